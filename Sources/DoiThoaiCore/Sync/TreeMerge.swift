/// Something the merge had to decide between the two sides: a field both
/// changed differently, or a record one side deleted and the other changed.
/// `kept` is what the result holds; `other` is what was set aside (nil when
/// that side had deleted or removed the value).
struct MergeFinding: Equatable {
    var field: FieldPath
    var kept: JSONValue?
    var other: JSONValue?
    var keptSide: MergeSide
    var otherSide: MergeSide
}

/// A three-way merge of JSON trees, field by field and record by record.
///
/// What only one side changed is taken. Objects merge key by key. A list
/// whose items are all objects with an `id` is a list of records, matched by
/// id: records added on either side are kept, a record deleted on one side
/// and unchanged on the other is deleted, a record deleted on one side and
/// changed on the other is kept (a finding). Other lists merge as a set of
/// values (both sides' additions kept, either side's removals applied). A
/// field changed differently on both sides keeps the value `ConflictRule`
/// picks and becomes a finding. Keys never seen here survive like any other.
final class TreeMerge {
    let oursSide: MergeSide
    let theirsSide: MergeSide
    /// Fields derived from the order of their list (`number`): merged by the
    /// rule but never reported, since they are recomputed afterwards.
    var derivedKeys: Set<String> = ["number"]
    /// Lists under these top-level keys take the rule silently (the
    /// conflicts list itself).
    var quietTopKeys: Set<String> = ["conflicts"]
    /// Records kept even though one side deleted them (still referenced).
    var keep: Set<FieldPath> = []
    private(set) var findings: [MergeFinding] = []

    init(ours: MergeSide, theirs: MergeSide) {
        oursSide = ours
        theirsSide = theirs
    }

    func merge(_ base: JSONValue?, _ ours: JSONValue?, _ theirs: JSONValue?, at path: FieldPath) -> JSONValue? {
        if ours == theirs { return ours }
        // A record kept below this point must be looked at even where one side took the other's list.
        if !keepsRecord(under: path) {
            if ours == base { return theirs }
            if theirs == base { return ours }
        }
        switch (ours, theirs) {
        case (.object(let o)?, .object(let t)?):
            return .object(mergeObject(base?.objectValue ?? [:], o, t, at: path))
        case (.array(let o)?, .array(let t)?):
            let b = base?.arrayValue ?? []
            if RecordList.holdsRecords(b, o, t) { return .array(mergeRecords(b, o, t, at: path)) }
            return .array(ValueSetMerge.merge(b, o, t))
        default:
            return pick(ours, theirs, at: path)
        }
    }

    private func mergeObject(_ b: JSONObject, _ o: JSONObject, _ t: JSONObject, at path: FieldPath) -> JSONObject {
        var result: JSONObject = [:]
        let keys = Set(b.keys).union(o.keys).union(t.keys).sorted()
        for key in keys {
            if let value = merge(b[key], o[key], t[key], at: path.key(key)) { result[key] = value }
        }
        return result
    }

    /// Both sides changed one value differently: the rule picks, the other is noted.
    private func pick(_ ours: JSONValue?, _ theirs: JSONValue?, at path: FieldPath) -> JSONValue? {
        let oursWins = ConflictRule.oursWins(ours: ours, theirs: theirs, oursSide: oursSide, theirsSide: theirsSide)
        if !isQuiet(path) {
            findings.append(oursWins
                ? MergeFinding(field: path, kept: ours, other: theirs, keptSide: oursSide, otherSide: theirsSide)
                : MergeFinding(field: path, kept: theirs, other: ours, keptSide: theirsSide, otherSide: oursSide))
        }
        return oursWins ? ours : theirs
    }

    private func keepsRecord(under path: FieldPath) -> Bool {
        keep.contains { $0.segments.starts(with: path.segments) }
    }

    private func isQuiet(_ path: FieldPath) -> Bool {
        if let last = path.segments.last, case .key(let name) = last, derivedKeys.contains(name) { return true }
        if case .key(let top)? = path.segments.first, quietTopKeys.contains(top) { return true }
        return false
    }

    private func mergeRecords(_ b: [JSONValue], _ o: [JSONValue], _ t: [JSONValue], at path: FieldPath) -> [JSONValue] {
        let base = RecordList(b), ours = RecordList(o), theirs = RecordList(t)
        var merged: [String: JSONValue] = [:]
        for id in Set(base.ids).union(ours.ids).union(theirs.ids).sorted() {
            let recordPath = path.record(id)
            let bv = base[id], ov = ours[id], tv = theirs[id]
            switch (bv, ov, tv) {
            case (_, .some, .some):
                merged[id] = merge(bv, ov, tv, at: recordPath)
            case (.some(let kept), .some(let changed), nil), (.some(let kept), nil, .some(let changed)):
                let oursKept = ov != nil
                if changed != kept || keep.contains(recordPath) {
                    merged[id] = changed
                    if !isQuiet(recordPath) {
                        findings.append(MergeFinding(field: recordPath, kept: changed, other: nil,
                                                     keptSide: oursKept ? oursSide : theirsSide,
                                                     otherSide: oursKept ? theirsSide : oursSide))
                    }
                }
            case (nil, .some(let added), nil), (nil, nil, .some(let added)):
                merged[id] = added
            case (.some(let old), nil, nil):
                if keep.contains(recordPath) {
                    merged[id] = old
                    findings.append(MergeFinding(field: recordPath, kept: old, other: nil,
                                                 keptSide: oursSide, otherSide: theirsSide))
                }
            case (nil, nil, nil):
                break
            }
        }
        return RecordOrder(base: base, ours: ours, theirs: theirs).arrange(merged)
    }
}
