import Foundation

/// Finds topics by what is typed: any part of the name, the starts of its
/// words in order ("giai phong"), or its initials ("gpmb"); marks and case
/// ignored.
///
/// In three groups: initials typed whole ("dd" for Đất đai), then names
/// with words that start with what is typed ("c": Cấp giấy phép xây dựng,
/// Chính sách…), then the rest (the c inside "thực" of An toàn vệ sinh
/// thực phẩm, initials with words skipped). Within a group, a topic used in
/// the meeting being typed comes first (`inMeeting`: how often), then the
/// most used in the archive (`usage`), then Vietnamese alphabetical order.
public enum TopicMatcher {
    public static func matches(_ typed: String, in catalog: TopicCatalog, usage: [TopicID: Int],
                               inMeeting: [TopicID: Int] = [:]) -> [Topic] {
        let query = VietnameseFolding.fold(typed).split(separator: " ").map(String.init)
        let ranked = catalog.topics.sorted { lhs, rhs in
            let lm = inMeeting[lhs.id] ?? 0, rm = inMeeting[rhs.id] ?? 0
            if lm != rm { return lm > rm }
            let l = usage[lhs.id] ?? 0, r = usage[rhs.id] ?? 0
            return l != r ? l > r : VietnameseCollation.precedes(lhs.name, rhs.name)
        }
        guard !query.isEmpty else { return ranked }
        var groups: [[Topic]] = [[], [], []]
        for topic in ranked {
            let name = VietnameseFolding.fold(topic.name)
            guard matches(query, name) || matches(query, topic.id.rawValue) else { continue }
            if query.count == 1 && initials(name) == query[0] {
                groups[0].append(topic)
            } else if startsWords(query, name) || startsWords(query, topic.id.rawValue) {
                groups[1].append(topic)
            } else {
                groups[2].append(topic)
            }
        }
        return groups.flatMap { $0 }
    }

    /// Whether each word typed starts a word of `name`, in order ("c", "giai phong").
    static func startsWords(_ query: [String], _ name: String) -> Bool {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" })
        var position = 0
        for q in query {
            guard let found = words[position...].firstIndex(where: { $0.hasPrefix(q) }) else { return false }
            position = found + 1
        }
        return true
    }

    static func initials(_ folded: String) -> String {
        String(folded.split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap(\.first))
    }

    public static func isSubsequence(_ short: String, of long: String) -> Bool {
        var rest = Substring(long)
        for character in short {
            guard let found = rest.firstIndex(of: character) else { return false }
            rest = rest[rest.index(after: found)...]
        }
        return true
    }

    public static func matches(_ query: [String], _ name: String) -> Bool {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        if query.count == 1 {
            let q = query[0]
            if name.contains(q) { return true }
            // Initials: "gpmb", and with words skipped, "gpxd" (Cấp giấy phép xây dựng), "attp" (An toàn vệ sinh thực phẩm).
            let initials = String(words.compactMap(\.first))
            if q.count >= 2, isSubsequence(q, of: initials) { return true }
        }
        // Each query word starts a name word, in order.
        return startsWords(query, name)
    }
}
