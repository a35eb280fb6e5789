import DoiThoaiCore
import Foundation

/// An argument error in the reader's language. The commands' own errors
/// come from the core's message tables already; the argument parser's
/// (swift-argument-parser writes English and offers no hook for its words)
/// are read sentence by sentence and said again from the same tables: the
/// "Error:", "Help:" and "Usage:" lines, and the sentences it writes for a
/// missing, unknown, unexpected or invalid argument. A sentence not known
/// here is kept as the parser wrote it, after the translated prefix.
enum ArgumentErrorText {
    static func localized(_ message: String, _ language: Language) -> String {
        guard language != .en else { return message }
        return message.split(separator: "\n", omittingEmptySubsequences: false).map { line(String($0), language) }
            .joined(separator: "\n")
    }

    private static func line(_ text: String, _ language: Language) -> String {
        if text.hasPrefix("Error: ") { return language.message(.errorPrefix) + sentence(String(text.dropFirst(7)), language) }
        if text.hasPrefix("Help: ") { return language.message(.helpPrefix) + text.dropFirst(6) }
        if text.hasPrefix("Usage: ") { return language.message(.usagePrefix) + text.dropFirst(7) }
        if let see = match(#"^(\s*)See '(.+)' for more information\.$"#, text) {
            return see[0] + language.message(.seeHelp, see[1])
        }
        return text
    }

    /// One sentence of the parser's, in `language` when it is one it writes.
    static func sentence(_ text: String, _ language: Language) -> String {
        if let v = match(#"^Missing expected argument ('.+')$"#, text) { return language.message(.argumentMissing, v[0]) }
        if let v = match(#"^Missing value for ('.+')$"#, text) { return language.message(.argumentValueMissing, v[0]) }
        if let v = match(#"^Unknown option ('.+')$"#, text) { return language.message(.argumentUnknown, v[0]) }
        if let v = match(#"^Unexpected arguments? (.+)$"#, text) { return language.message(.argumentUnexpected, v[0]) }
        if let v = match(#"^The value ('.*') is invalid for ('.+')\. Please provide one of (.+)\.$"#, text) {
            let choices = v[2].replacingOccurrences(of: " or ", with: " " + language.message(.wordOr) + " ")
            return language.message(.argumentInvalidOneOf, v[0], v[1], choices)
        }
        if let v = match(#"^The value ('.*') is invalid for ('.+')$"#, text) { return language.message(.argumentInvalid, v[0], v[1]) }
        return text
    }

    /// The groups `pattern` captures in the whole of `text`, or nil.
    private static func match(_ pattern: String, _ text: String) -> [String]? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let found = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return (1..<found.numberOfRanges).map { index in
            Range(found.range(at: index), in: text).map { String(text[$0]) } ?? ""
        }
    }
}
