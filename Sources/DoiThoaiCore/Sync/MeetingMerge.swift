import Foundation

/// Why a merge gave no file: git then reports a conflict and the office's
/// own copy stays as it was.
public enum MergeError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(String)
    case invalidResult(path: String, problems: [String])

    public var description: String {
        switch self {
        case .unreadable(let reason): return reason
        case let .invalidResult(path, problems):
            return "\(path): the merged meeting would break its rules (" + problems.joined(separator: "; ")
                + "); git marks the file as a conflict and both versions stay in its history"
        }
    }
}

/// The three-way merge of one meeting file, record by record (see
/// `TreeMerge`), as `doithoai merge-driver` and `doithoai sync` run it.
/// The result is the file the store would write (sorted keys, NFC), valid
/// by the meeting's invariants, or an error and no file.
public enum MeetingMerge {
    public static func merge(base: Data?, ours: Data, theirs: Data, path: String,
                             oursSide: MergeSide, theirsSide: MergeSide) throws -> Data {
        let baseTree = try base.flatMap { $0.isEmpty ? nil : try object($0, path: path, side: "base") } ?? [:]
        var oursTree = try object(ours, path: path, side: "ours")
        var theirsTree = try object(theirs, path: path, side: "theirs")
        RecordCollisions.separate(base: baseTree, ours: &oursTree, theirs: &theirsTree)

        var keep: Set<FieldPath> = []
        var merged: JSONObject = [:]
        var findings: [MergeFinding] = []
        // A record one side deleted but the merged result still refers to
        // (a follow-up added on the other side names it) is kept: repeat
        // until no reference dangles.
        for _ in 0..<6 {
            let tree = TreeMerge(ours: oursSide, theirs: theirsSide)
            tree.keep = keep
            merged = tree.merge(.object(baseTree), .object(oursTree), .object(theirsTree), at: FieldPath())?
                .objectValue ?? [:]
            findings = tree.findings
            let dangling = danglingRecords(in: merged).subtracting(keep)
            if dangling.isEmpty { break }
            keep.formUnion(dangling)
        }
        merged = recordConflicts(findings, in: merged)
        return try validFile(merged, path: path)
    }

    static func object(_ data: Data, path: String, side: String) throws -> JSONObject {
        do {
            guard case .object(let object) = try MeetingCodec.parseTree(data, path: path) else {
                throw MergeError.unreadable("\(path) (\(side)): the file holds no JSON object")
            }
            try MeetingCodec.checkSchemaVersion(object, path: path)
            return object
        } catch let error as StoreError {
            throw MergeError.unreadable("\(path) (\(side)): \(error)")
        }
    }

    /// Records referred to in `tree` that it does not hold.
    static func danglingRecords(in tree: JSONObject) -> Set<FieldPath> {
        let opinions = tree["opinions"]?.arrayValue ?? []
        let opinionIDs = Set(opinions.compactMap(RecordList.id(of:)))
        let attendeeIDs = Set((tree["attendees"]?.arrayValue ?? []).compactMap(RecordList.id(of:)))
        var missing: Set<FieldPath> = []
        for followUp in tree["followUps"]?.arrayValue ?? [] {
            for case .string(let id) in followUp.objectValue?["opinionIds"]?.arrayValue ?? [] where !opinionIDs.contains(id) {
                missing.insert(FieldPath([.key("opinions"), .record(id)]))
            }
        }
        for opinion in opinions {
            let object = opinion.objectValue ?? [:]
            var references = (object["responses"]?.arrayValue ?? []).map { $0.objectValue?["attendeeId"] }
            references.append(object["attendeeId"])
            for case .string(let id)? in references where !attendeeIDs.contains(id) {
                missing.insert(FieldPath([.key("attendees"), .record(id)]))
            }
        }
        return missing
    }

    /// Appends each finding to the meeting's `conflicts` list as `cf-N`.
    static func recordConflicts(_ findings: [MergeFinding], in tree: JSONObject) -> JSONObject {
        guard !findings.isEmpty else { return tree }
        var tree = tree
        var list = tree["conflicts"]?.arrayValue ?? []
        var number = list.compactMap { RecordList.id(of: $0).flatMap { RecordCollisions.numberedPrefix($0).number } }
            .max() ?? 0
        for finding in findings {
            number += 1
            var record: JSONObject = ["id": .string("cf-\(number)"), "field": .string(finding.field.description)]
            record["kept"] = version(finding.kept, finding.keptSide)
            record["other"] = version(finding.other, finding.otherSide)
            list.append(.object(record))
        }
        tree["conflicts"] = .array(list)
        return tree
    }

    private static func version(_ value: JSONValue?, _ side: MergeSide) -> JSONValue {
        var object: JSONObject = [:]
        if let value { object["value"] = value }
        if let office = side.office { object["office"] = .string(office) }
        if let time = side.time { object["at"] = .string(time.iso) }
        return .object(object)
    }

    /// The bytes the store would write for `tree`, after checking that it
    /// reads as a meeting and keeps every invariant.
    static func validFile(_ tree: JSONObject, path: String) throws -> Data {
        let data = try MeetingCodec.encoder.encode(JSONValue.object(tree))
        let meeting: Meeting
        do {
            meeting = try MeetingCodec.decode(data, path: path)
        } catch {
            throw MergeError.invalidResult(path: path, problems: ["\(error)"])
        }
        let problems = meeting.problems().filter {
            if case .idDoesNotMatchFileName = $0 { return false }
            return true
        }
        guard problems.isEmpty else { throw MergeError.invalidResult(path: path, problems: problems.map(\.description)) }
        return try MeetingCodec.encode(meeting)
    }
}
