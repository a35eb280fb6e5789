import Foundation

/// Records added on both sides under the same id (two offices each adding
/// `op-12` to one meeting) are different records: before merging, the later
/// of the two (by `recordedAt`, then canonical JSON) gets a fresh id after
/// the highest used on any side, and every reference to it on its own side
/// follows (follow-ups' `opinionIds`, opinions' and answers' `attendeeId`,
/// the fields named by recorded conflicts). Several renames are given ids in
/// the order of their time, so `op-12` and `op-13` read in the order spoken.
struct RecordCollisions {
    /// A kind of record with ids unique in the meeting.
    struct Family {
        let key: String
        /// For records nested in another list's records (answers in opinions).
        let parent: String?
    }

    static let meetingFamilies = [
        Family(key: "attendees", parent: nil), Family(key: "agenda", parent: nil),
        Family(key: "opinions", parent: nil), Family(key: "followUps", parent: nil),
        Family(key: "conflicts", parent: nil), Family(key: "responses", parent: "opinions"),
    ]

    struct Rename {
        var oursSide: Bool
        var family: Family
        var old: String
        var sortKey: String
    }

    /// Renames colliding additions in `ours` and `theirs`.
    static func separate(base: JSONObject, ours: inout JSONObject, theirs: inout JSONObject,
                         families: [Family] = meetingFamilies) {
        var renames: [Rename] = []
        for family in families {
            let b = records(in: base, family), o = records(in: ours, family), t = records(in: theirs, family)
            for id in Set(o.keys).intersection(t.keys).subtracting(b.keys).sorted() {
                guard let ov = o[id], let tv = t[id], ov != tv else { continue }
                let oKey = RecordList.time(of: ov.value) + "\u{1}" + ov.owner + CanonicalJSON.text(ov.value)
                let tKey = RecordList.time(of: tv.value) + "\u{1}" + tv.owner + CanonicalJSON.text(tv.value)
                let oursLater = oKey > tKey
                renames.append(Rename(oursSide: oursLater, family: family, old: id, sortKey: oursLater ? oKey : tKey))
            }
        }
        guard !renames.isEmpty else { return }
        var next: [String: Int] = [:]
        for planned in renames.sorted(by: { $0.sortKey < $1.sortKey }) {
            let prefix = numberedPrefix(planned.old).prefix
            let counterKey = planned.family.key + "/" + prefix
            if next[counterKey] == nil {
                let used = [base, ours, theirs].flatMap { records(in: $0, planned.family).keys }
                next[counterKey] = used.compactMap { numberedPrefix($0).prefix == prefix ? numberedPrefix($0).number : nil }
                    .max() ?? 0
            }
            let number = (next[counterKey] ?? 0) + 1
            next[counterKey] = number
            let new = "\(prefix)-\(number)"
            if planned.oursSide {
                rename(planned.old, to: new, family: planned.family, in: &ours)
            } else {
                rename(planned.old, to: new, family: planned.family, in: &theirs)
            }
        }
    }

    /// `op-12` → ("op", 12); an id without a number → (id, nil).
    static func numberedPrefix(_ id: String) -> (prefix: String, number: Int?) {
        guard let dash = id.lastIndex(of: "-"), let number = Int(id[id.index(after: dash)...]) else { return (id, nil) }
        return (String(id[..<dash]), number)
    }

    /// Every record of a family by id, with the id of the record holding it.
    static func records(in tree: JSONObject, _ family: Family) -> [String: (owner: String, value: JSONValue)] {
        var found: [String: (owner: String, value: JSONValue)] = [:]
        func collect(_ list: JSONValue?, owner: String) {
            for value in list?.arrayValue ?? [] {
                if let id = RecordList.id(of: value), found[id] == nil { found[id] = (owner, value) }
            }
        }
        if let parent = family.parent {
            for holder in tree[parent]?.arrayValue ?? [] {
                collect(holder.objectValue?[family.key], owner: RecordList.id(of: holder) ?? "")
            }
        } else {
            collect(tree[family.key], owner: "")
        }
        return found
    }

    static func rename(_ old: String, to new: String, family: Family, in tree: inout JSONObject) {
        func renameIn(_ list: JSONValue?) -> JSONValue? {
            guard let items = list?.arrayValue else { return list }
            return .array(items.map { item in
                guard RecordList.id(of: item) == old, case .object(var object) = item else { return item }
                object["id"] = .string(new)
                return .object(object)
            })
        }
        if let parent = family.parent {
            tree[parent] = mapRecords(tree[parent]) { holder in
                var holder = holder
                holder[family.key] = renameIn(holder[family.key])
                return holder
            }
        } else {
            tree[family.key] = renameIn(tree[family.key])
        }
        switch family.key {
        case "opinions":
            tree["followUps"] = mapRecords(tree["followUps"]) { followUp in
                var followUp = followUp
                if let ids = followUp["opinionIds"]?.arrayValue {
                    followUp["opinionIds"] = .array(ids.map { $0 == .string(old) ? .string(new) : $0 })
                }
                return followUp
            }
        case "attendees":
            tree["opinions"] = mapRecords(tree["opinions"]) { opinion in
                var opinion = opinion
                if opinion["attendeeId"] == .string(old) { opinion["attendeeId"] = .string(new) }
                opinion["responses"] = mapRecords(opinion["responses"]) { response in
                    var response = response
                    if response["attendeeId"] == .string(old) { response["attendeeId"] = .string(new) }
                    return response
                }
                return opinion
            }
        default:
            break
        }
        // Conflicts recorded on that side name the record by its id.
        let before = "\(family.key)[\(old)]", after = "\(family.key)[\(new)]"
        tree["conflicts"] = mapRecords(tree["conflicts"]) { conflict in
            var conflict = conflict
            if case .string(let field)? = conflict["field"], field.contains(before) {
                conflict["field"] = .string(field.replacingOccurrences(of: before, with: after))
            }
            return conflict
        }
    }

    private static func mapRecords(_ list: JSONValue?, _ change: (JSONObject) -> JSONObject) -> JSONValue? {
        guard let items = list?.arrayValue else { return list }
        return .array(items.map { item in
            guard case .object(let object) = item else { return item }
            return .object(change(object))
        })
    }
}
