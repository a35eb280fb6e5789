/// A list of records (JSON objects with a string `id`), indexed by id.
struct RecordList {
    let ids: [String]
    private let records: [String: JSONValue]
    private let positions: [String: Int]

    init(_ values: [JSONValue]) {
        var ids: [String] = []
        var records: [String: JSONValue] = [:]
        var positions: [String: Int] = [:]
        for value in values {
            guard let id = RecordList.id(of: value), records[id] == nil else { continue }
            ids.append(id)
            records[id] = value
            positions[id] = positions.count
        }
        self.ids = ids
        self.records = records
        self.positions = positions
    }

    subscript(id: String) -> JSONValue? { records[id] }
    func position(of id: String) -> Int? { positions[id] }

    static func id(of value: JSONValue) -> String? {
        if case .string(let id)? = value.objectValue?["id"] { return id }
        return nil
    }

    /// Whether these lists are lists of records: every item of each is an
    /// object with a string id, with no id twice, and at least one item.
    static func holdsRecords(_ lists: [JSONValue]...) -> Bool {
        var any = false
        for list in lists {
            var seen = Set<String>()
            for value in list {
                guard let id = id(of: value), seen.insert(id).inserted else { return false }
                any = true
            }
        }
        return any
    }

    /// The time a record carries, for ordering additions: `recordedAt`, a
    /// note's `on`, a reopening's `at`; "" when none.
    static func time(of value: JSONValue) -> String {
        guard let object = value.objectValue else { return "" }
        for key in ["recordedAt", "on", "at"] {
            if case .string(let text)? = object[key] { return text }
        }
        return ""
    }

    static func number(of value: JSONValue?) -> Int64? {
        if case .int(let number)? = value?.objectValue?["number"] { return number }
        return nil
    }
}

/// The order of a merged list of records, the same whichever side is
/// "ours": records the base had stay in the base's order (or by their merged
/// `number`, for opinions, so a move made on one side is kept); each record
/// added on one side goes after the record it followed there; records added
/// on both sides after the same place are interleaved by the time they
/// carry (an opinion's `recordedAt`), each side's own order kept.
/// A list with numbers is renumbered 1…n.
struct RecordOrder {
    let base: RecordList
    let ours: RecordList
    let theirs: RecordList

    func arrange(_ merged: [String: JSONValue]) -> [JSONValue] {
        let numbered = merged.values.contains { RecordList.number(of: $0) != nil }
        let common = merged.keys.filter { base[$0] != nil }.sorted { a, b in
            if numbered {
                let na = RecordList.number(of: merged[a]) ?? 0, nb = RecordList.number(of: merged[b]) ?? 0
                if na != nb { return na < nb }
            }
            return (base.position(of: a) ?? 0) < (base.position(of: b) ?? 0)
        }
        let commonSet = Set(common)
        // Additions of each side, grouped by the common record they follow
        // ("" = the start); those after a side's last common record go to
        // the end of the list, whatever the other side moved.
        let end = "\u{0}end"
        func additions(of side: RecordList) -> [String: [String]] {
            var groups: [String: [String]] = [:]
            var anchor = ""
            var trailing: [String] = []
            for id in side.ids {
                if commonSet.contains(id) {
                    groups[anchor, default: []] += trailing
                    trailing = []
                    anchor = id
                } else if merged[id] != nil, base[id] == nil {
                    trailing.append(id)
                }
            }
            groups[common.isEmpty ? anchor : end, default: []] += trailing
            return groups
        }
        let oursAdded = additions(of: ours), theirsAdded = additions(of: theirs)
        var placed = Set<String>()
        var result: [JSONValue] = []
        func place(_ ids: [String]) {
            for id in ids where placed.insert(id).inserted {
                if let value = merged[id] { result.append(value) }
            }
        }
        for anchor in [""] + common + [end] {
            if !anchor.isEmpty && anchor != end { place([anchor]) }
            place(SequenceInterleave.interleave(oursAdded[anchor] ?? [], theirsAdded[anchor] ?? [],
                                                values: merged))
        }
        // Anything left (an addition whose anchor vanished) goes last, in a fixed order.
        place(merged.keys.sorted().filter { !placed.contains($0) })
        guard numbered else { return result }
        return result.enumerated().map { index, value in
            guard case .object(var object) = value else { return value }
            object["number"] = .int(Int64(index + 1))
            return .object(object)
        }
    }
}

/// Two sequences merged into one keeping each one's order: the item whose
/// time is earlier goes first; on equal times, the sequence whose first
/// item's canonical JSON sorts first goes first. Items in both appear once.
enum SequenceInterleave {
    static func interleave(_ a: [String], _ b: [String], values: [String: JSONValue]) -> [String] {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        let aFirst = CanonicalJSON.text(values[a[0]]) <= CanonicalJSON.text(values[b[0]])
        let (first, second) = aFirst ? (a, b) : (b, a)
        var i = 0, j = 0
        var result: [String] = []
        func time(_ id: String) -> String { values[id].map(RecordList.time(of:)) ?? "" }
        while i < first.count || j < second.count {
            if j == second.count || (i < first.count && time(first[i]) <= time(second[j])) {
                result.append(first[i]); i += 1
            } else {
                result.append(second[j]); j += 1
            }
        }
        var seen = Set<String>()
        return result.filter { seen.insert($0).inserted }
    }
}

/// A list of plain values (a follow-up's `opinionIds`, progress notes,
/// figures) merged as a set: what the base had stays unless a side removed
/// it; what either side added is kept once, interleaved by time.
enum ValueSetMerge {
    static func merge(_ b: [JSONValue], _ o: [JSONValue], _ t: [JSONValue]) -> [JSONValue] {
        var oursLeft = counts(o), theirsLeft = counts(t)
        var result: [JSONValue] = []
        for value in b {
            let key = CanonicalJSON.text(value)
            let inOurs = (oursLeft[key] ?? 0) > 0, inTheirs = (theirsLeft[key] ?? 0) > 0
            if inOurs { oursLeft[key, default: 0] -= 1 }
            if inTheirs { theirsLeft[key, default: 0] -= 1 }
            if inOurs && inTheirs { result.append(value) }
        }
        func added(_ side: [JSONValue], _ left: inout [String: Int]) -> [(String, JSONValue)] {
            var items: [(String, JSONValue)] = []
            for value in side {
                let key = CanonicalJSON.text(value)
                if (left[key] ?? 0) > 0 {
                    left[key, default: 0] -= 1
                    items.append((key, value))
                }
            }
            return items
        }
        let oursAdded = added(o, &oursLeft), theirsAdded = added(t, &theirsLeft)
        // Both sides adding the same value keep it once.
        var oursKeys = counts(oursAdded.map(\.1))
        let theirsOnly = theirsAdded.filter { key, _ in
            if (oursKeys[key] ?? 0) > 0 { oursKeys[key, default: 0] -= 1; return false }
            return true
        }
        // One side's additions keep their order; both sides' are sorted by
        // time, then canonical JSON, so the result does not depend on which
        // side is "ours".
        if theirsOnly.isEmpty { return result + oursAdded.map(\.1) }
        if oursAdded.isEmpty { return result + theirsOnly.map(\.1) }
        let all = (oursAdded + theirsOnly).sorted { a, b in
            let ta = RecordList.time(of: a.1), tb = RecordList.time(of: b.1)
            return ta != tb ? ta < tb : a.0 < b.0
        }
        return result + all.map(\.1)
    }

    private static func counts(_ values: [JSONValue]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for value in values { counts[CanonicalJSON.text(value), default: 0] += 1 }
        return counts
    }
}
