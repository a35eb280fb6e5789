import Foundation
import GRDB

/// The totals of names typed (completion) and of topic uses, in the `names`
/// table: each meeting's own counts are kept with it, added when it is
/// written and taken off when it is removed; the changes of one
/// transaction are summed and written once at its end. Used by one thread
/// at a time (a refresh's batches hand it on one after another).
final class IndexNames: @unchecked Sendable {
    private var changes: [NameKey: Int] = [:]
    /// `changes` in key order, when `putInOrder` made it and nothing was added since.
    private var ordered: [NameRow]?
    /// Set when the `names` table is empty and every change is a name's first use (a first build).
    var appending = false

    func add(_ rows: [NameRow], sign: Int = 1) {
        ordered = nil
        for row in rows { changes[row.key, default: 0] += sign * row.uses }
    }

    /// Adds the changes `other` gathered (the reading threads' totals) to these.
    func absorb(_ other: IndexNames) {
        if changes.isEmpty {
            swap(&changes, &other.changes)
            swap(&ordered, &other.ordered)
            return
        }
        ordered = nil
        for (key, change) in other.changes { changes[key, default: 0] += change }
        other.changes = [:]
        other.ordered = nil
    }

    /// Sorts the changes for `write` ahead of it, on a thread that has time for it.
    func putInOrder() {
        ordered = Self.inOrder(changes)
    }

    private static func inOrder(_ changes: [NameKey: Int]) -> [NameRow] {
        var rows = changes.filter { $0.value != 0 }.map { NameRow(key: $0.key, uses: $0.value) }
        rows.sort { $0.key < $1.key }
        return rows
    }

    /// Writes the summed changes in key order (SQLite's order: kind, then
    /// the name's bytes), so a first build appends to the table instead of
    /// inserting all over it: totals raised or lowered, names counted down
    /// to nothing removed.
    func write(_ db: Database) throws {
        let upsert = try db.cachedStatement(sql: appending ? "INSERT INTO names(kind, name, uses) VALUES (?, ?, ?)" : """
            INSERT INTO names(kind, name, uses) VALUES (?, ?, ?) ON CONFLICT(kind, name) DO UPDATE SET uses = uses + excluded.uses
            """)
        let prune = try db.cachedStatement(sql: "DELETE FROM names WHERE kind = ? AND name = ? AND uses <= 0")
        let sorted = ordered ?? Self.inOrder(changes)
        changes = [:]
        ordered = nil
        for change in sorted {
            var row = BoundRow(upsert)
            row.bind(Int64(change.key.kind))
            row.bind(change.key.name)
            row.bind(Int64(change.uses))
            try row.run(db)
            if change.uses < 0 && !appending { try prune.execute(arguments: [change.key.kind, change.key.name]) }
        }
    }

    /// One meeting's rows, counted the way `NameCounts(meeting)` counts them
    /// (and `lists` lists them), made where the file is read: by the names'
    /// bytes, without Swift's normalising `String` hash.
    static func rows(_ m: Meeting) -> [NameRow] {
        var counts: [NameKey: Int] = [:]
        counts.reserveCapacity(m.opinions.count * 4 + m.attendees.count * 2)
        func count(_ kind: IndexSchema.NameKind, _ name: String) { counts[NameKey(kind.rawValue, name), default: 0] += 1 }
        for opinion in m.opinions {
            if let s = opinion.speaker, !s.isEmpty { count(.speaker, s) }
            if let o = opinion.origin, !o.isEmpty { count(.origin, o) }
            for response in opinion.responses where !response.responder.isEmpty { count(.responder, response.responder) }
            count(.topic, opinion.topic.rawValue)
            if let s = opinion.speaker, !s.isEmpty, let o = opinion.origin, !o.isEmpty { count(.speakerOrigin, s + detailMark + o) }
        }
        for followUp in m.followUps where !followUp.assignee.isEmpty { count(.assignee, followUp.assignee) }
        for attendee in m.attendees where !attendee.name.isEmpty {
            if let title = attendee.title, !title.isEmpty { count(.attendeeTitle, attendee.name + detailMark + title) }
            if let organization = attendee.organization, !organization.isEmpty {
                count(.attendeeOrganization, attendee.name + detailMark + organization)
            }
        }
        // In key order: the same names give the same stored text in every process.
        return counts.map { NameRow(key: $0.key, uses: $0.value) }.sorted { $0.key < $1.key }
    }

    /// Between a name and its detail in a `names` row.
    static let detailMark = "\u{1F}"

    /// Reads one `names` row into `names`.
    static func add(kind: IndexSchema.NameKind, name: String, uses: Int, to names: inout NameCounts) {
        switch kind {
        case .speaker: names.speakers[name] = uses
        case .origin: names.origins[name] = uses
        case .responder: names.responders[name] = uses
        case .assignee: names.assignees[name] = uses
        case .topic: names.topicUsage[TopicID(name)] = uses
        case .speakerOrigin, .attendeeTitle, .attendeeOrganization:
            guard let detailKind = kind.detail, let mark = name.range(of: detailMark) else { return }
            names.details[NameDetail(detailKind, name: String(name[..<mark.lowerBound]), detail: String(name[mark.upperBound...]))] = uses
        }
    }

    /// One meeting's counts as stored with it: JSON of kind → name → uses
    /// (`{"0":{"Lò Thị Xuyến":2},"4":{"dat-dai":3}}`), written by hand: JSONEncoder took
    /// a seventh of a first build's time for it.
    static func encode(_ rows: [NameRow]) -> String {
        var byKind = Array(repeating: [NameRow](), count: IndexSchema.NameKind.allCases.count)
        for row in rows where byKind.indices.contains(row.key.kind) { byKind[row.key.kind].append(row) }
        var out: [UInt8] = [0x7B]
        out.reserveCapacity(rows.reduce(2) { $0 + $1.key.name.utf8.count + 8 })
        for (kind, kindRows) in byKind.enumerated() where !kindRows.isEmpty {
            if out.count > 1 { out.append(0x2C) }
            out.append(0x22)
            out.append(contentsOf: String(kind).utf8)
            out.append(contentsOf: [0x22, 0x3A, 0x7B])
            for (n, row) in kindRows.enumerated() {
                if n > 0 { out.append(0x2C) }
                appendString(row.key.name, to: &out)
                out.append(0x3A)
                out.append(contentsOf: String(row.uses).utf8)
            }
            out.append(0x7D)
        }
        out.append(0x7D)
        return String(decoding: out, as: UTF8.self)
    }

    /// A JSON string: quote, backslash and control characters escaped, the rest as it is.
    private static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(0x22)
        defer { out.append(0x22) }
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            out.append(contentsOf: text.utf8)
            return
        }
        for byte in text.utf8 {
            switch byte {
            case 0x22, 0x5C: out.append(0x5C); out.append(byte)
            case 0..<0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: out.append(byte)
            }
        }
    }

    /// The rows `encode` (or an earlier version's JSONEncoder) stored.
    static func decode(_ text: String) -> [NameRow] {
        if let rows = IndexNamesReader.read(text) { return rows }
        guard let object = try? JSONDecoder().decode([String: [String: Int]].self, from: Data(text.utf8)) else { return [] }
        var rows: [NameRow] = []
        for (kind, counts) in object {
            guard let kind = Int(kind).flatMap(IndexSchema.NameKind.init(rawValue:)) else { continue }
            for (name, uses) in counts { rows.append(NameRow(key: NameKey(kind.rawValue, name), uses: uses)) }
        }
        return rows
    }
}

/// One name of one kind and how often a meeting uses it.
struct NameRow: Sendable {
    var key: NameKey
    var uses: Int
}

/// A `names` row's key, hashed, compared and ordered by the name's UTF-8
/// bytes, as SQLite keys the table (text is stored NFC): Swift's `String`
/// hash and equality normalise non-ASCII text every time, which was a
/// tenth of a first build.
struct NameKey: Hashable, Comparable, Sendable {
    let kind: Int
    let name: String
    /// The name's first 8 bytes, big-endian, zero-padded: most comparisons end here.
    private let head: UInt64

    init(_ kind: Int, _ name: String) {
        self.kind = kind
        self.name = name
        var head: UInt64 = 0
        var taken = 0
        for byte in name.utf8.prefix(8) {
            head = head << 8 | UInt64(byte)
            taken += 1
        }
        self.head = taken == 0 ? 0 : head << UInt64(8 * (8 - taken))
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        // In place (names are native strings); a copy made contiguous otherwise.
        if name.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            var name = name
            name.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    static func == (a: NameKey, b: NameKey) -> Bool {
        a.kind == b.kind && a.head == b.head && compare(a.name, b.name) == 0
    }

    static func < (a: NameKey, b: NameKey) -> Bool {
        if a.kind != b.kind { return a.kind < b.kind }
        if a.head != b.head { return a.head < b.head }
        return compare(a.name, b.name) < 0
    }

    /// memcmp order of the UTF-8 bytes, SQLite's BINARY collation.
    private static func compare(_ a: String, _ b: String) -> Int {
        if let order = a.utf8.withContiguousStorageIfAvailable({ x in
            b.utf8.withContiguousStorageIfAvailable { y in order(x, y) }
        }), let order { return order }
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in order(x, y) } }
    }

    private static func order(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Int {
        let common = min(x.count, y.count)
        if common > 0, let p = x.baseAddress, let q = y.baseAddress {
            let order = memcmp(p, q, common)
            if order != 0 { return Int(order) }
        }
        return x.count - y.count
    }
}
