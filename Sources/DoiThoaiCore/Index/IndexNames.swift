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
        [(.speaker, n.speakers), (.origin, n.origins), (.responder, n.responders), (.assignee, n.assignees),
         (.topic, Dictionary(uniqueKeysWithValues: n.topicUsage.map { ($0.key.rawValue, $0.value) }))]
    }

    /// One meeting's counts as stored with it: JSON of kind → name → uses.
    static func encode(_ names: NameCounts) -> String {
        var object: [String: [String: Int]] = [:]
        for (kind, counts) in lists(names) where !counts.isEmpty { object[String(kind.rawValue)] = counts }
        return (try? JSONEncoder().encode(object)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    static func decode(_ text: String) -> NameCounts {
        var names = NameCounts()
        guard let object = try? JSONDecoder().decode([String: [String: Int]].self, from: Data(text.utf8)) else { return names }
        for (kind, counts) in object {
            switch Int(kind).flatMap(IndexSchema.NameKind.init(rawValue:)) {
            case .speaker?: names.speakers = counts
            case .origin?: names.origins = counts
            case .responder?: names.responders = counts
            case .assignee?: names.assignees = counts
            case .topic?: names.topicUsage = Dictionary(uniqueKeysWithValues: counts.map { (TopicID($0.key), $0.value) })
            case nil: break
            }
        }
        return names
    }
}
