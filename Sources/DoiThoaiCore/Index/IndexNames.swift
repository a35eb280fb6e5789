import Foundation
import GRDB

/// The totals of names typed (completion) and of topic uses, in the `names`
/// table: each meeting's own counts are kept with it, added when it is
/// written and taken off when it is removed; the changes of one
/// transaction are summed and written once at its end.
final class IndexNames {
    private var changes: [Key: Int] = [:]

    struct Key: Hashable {
        var kind: Int
        var name: String
    }

    func add(_ names: NameCounts, sign: Int = 1) {
        for (kind, counts) in Self.lists(names) {
            for (name, uses) in counts { changes[Key(kind: kind.rawValue, name: name), default: 0] += sign * uses }
        }
    }

    /// Writes the summed changes: totals raised or lowered, names counted down to nothing removed.
    func write(_ db: Database) throws {
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO names(kind, name, uses) VALUES (?, ?, ?) ON CONFLICT(kind, name) DO UPDATE SET uses = uses + excluded.uses
            """)
        let prune = try db.cachedStatement(sql: "DELETE FROM names WHERE kind = ? AND name = ? AND uses <= 0")
        for (key, change) in changes where change != 0 {
            try upsert.execute(arguments: [key.kind, key.name, change])
            if change < 0 { try prune.execute(arguments: [key.kind, key.name]) }
        }
        changes = [:]
    }

    static func lists(_ n: NameCounts) -> [(IndexSchema.NameKind, [String: Int])] {
        var lists: [(IndexSchema.NameKind, [String: Int])] = [
            (.speaker, n.speakers), (.origin, n.origins), (.responder, n.responders), (.assignee, n.assignees),
            (.topic, Dictionary(uniqueKeysWithValues: n.topicUsage.map { ($0.key.rawValue, $0.value) })),
        ]
        for kind in NameDetail.Kind.allCases {
            var pairs: [String: Int] = [:]
            for (pair, uses) in n.details where pair.kind == kind { pairs[pair.name + detailMark + pair.detail] = uses }
            lists.append((IndexSchema.NameKind(kind), pairs))
        }
        return lists
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

    /// One meeting's counts as stored with it: JSON of kind → name → uses, keys sorted.
    static func encode(_ names: NameCounts) -> String {
        var object: [String: [String: Int]] = [:]
        for (kind, counts) in lists(names) where !counts.isEmpty { object[String(kind.rawValue)] = counts }
        return (try? sortedEncoder.encode(object)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// Keys sorted: the same names give the same text in every process, so an update compares texts, not counts.
    private static let sortedEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    static func decode(_ text: String) -> NameCounts {
        if let names = IndexNamesReader.read(text) { return names }
        var names = NameCounts()
        guard let object = try? JSONDecoder().decode([String: [String: Int]].self, from: Data(text.utf8)) else { return names }
        for (kind, counts) in object {
            guard let kind = Int(kind).flatMap(IndexSchema.NameKind.init(rawValue:)) else { continue }
            for (name, uses) in counts { add(kind: kind, name: name, uses: uses, to: &names) }
        }
        return names
    }
}
