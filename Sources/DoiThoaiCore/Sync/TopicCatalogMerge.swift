import Foundation

/// The three-way merge of `topics.json`: topics matched by id (an id is the
/// slug of the name, and meetings name topics by it, so ids are never
/// renamed); a topic added on both sides with different names keeps one by
/// the conflict rule and records the other in the file's `conflicts` list.
public enum TopicCatalogMerge {
    public static func merge(base: Data?, ours: Data, theirs: Data, path: String,
                             oursSide: MergeSide, theirsSide: MergeSide) throws -> Data {
        let baseTree = try base.flatMap { $0.isEmpty ? nil : try object($0, path: path, side: "base") } ?? [:]
        let oursTree = try object(ours, path: path, side: "ours")
        let theirsTree = try object(theirs, path: path, side: "theirs")
        let tree = TreeMerge(ours: oursSide, theirs: theirsSide)
        var merged = tree.merge(.object(baseTree), .object(oursTree), .object(theirsTree), at: FieldPath())?
            .objectValue ?? [:]
        merged = MeetingMerge.recordConflicts(tree.findings, in: merged)
        var data = try MeetingCodec.encoder.encode(JSONValue.object(merged))
        do {
            let topics = try JSONDecoder().decode([Topic].self, from: MeetingCodec.encoder.encode(merged["topics"] ?? .array([])))
            if Set(topics.map(\.id)).count != topics.count {
                throw MergeError.invalidResult(path: path, problems: ["a topic id is used twice"])
            }
        } catch let error as MergeError {
            throw error
        } catch {
            throw MergeError.invalidResult(path: path, problems: ["the topics do not read: \(error)"])
        }
        data.append(0x0A)
        return NFC.normalizedJSON(data)
    }

    static func object(_ data: Data, path: String, side: String) throws -> JSONObject {
        do {
            guard case .object(let object) = try MeetingCodec.parseTree(data, path: path) else {
                throw MergeError.unreadable("\(path) (\(side)): the file holds no JSON object")
            }
            if case .int(let version)? = object["schemaVersion"], version > TopicStore.currentSchemaVersion {
                throw StoreError.newerSchema(path: path, version: Int(version))
            }
            return object
        } catch let error as StoreError {
            throw MergeError.unreadable("\(path) (\(side)): \(error)")
        }
    }
}
