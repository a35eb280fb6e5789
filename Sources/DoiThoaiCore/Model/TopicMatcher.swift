import Foundation

/// Finds topics by what is typed: any part of the name, the starts of its
/// words in order ("giai phong"), or its initials ("gpmb"); marks and case
/// ignored; most used first.
public enum TopicMatcher {
    public static func matches(_ typed: String, in catalog: TopicCatalog, usage: [TopicID: Int]) -> [Topic] {
        let query = VietnameseFolding.fold(typed).split(separator: " ").map(String.init)
        let ranked = catalog.topics.enumerated().sorted { lhs, rhs in
            let l = usage[lhs.element.id] ?? 0, r = usage[rhs.element.id] ?? 0
            return l != r ? l > r : VietnameseCollation.precedes(lhs.element.name, rhs.element.name)
        }.map(\.element)
        guard !query.isEmpty else { return ranked }
        let found = ranked.filter { matches(query, VietnameseFolding.fold($0.name)) || matches(query, $0.id.rawValue) }
        // Initials typed whole ("dd" for Đất đai) come before a subsequence of longer ones (Đăng ký kinh doanh).
        guard query.count == 1 else { return found }
        let exact = found.filter { initials(VietnameseFolding.fold($0.name)) == query[0] }
        return exact + found.filter { !exact.contains($0) }
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
        var position = 0
        for q in query {
            guard let found = words[position...].firstIndex(where: { $0.hasPrefix(q) }) else { return false }
            position = found + 1
            if position > words.count { return false }
        }
        return true
    }
}
