/// How the keys of the built-in Vietnamese input mean marks.
public enum TypingMethod: String, CaseIterable, Codable, Sendable {
    /// Letters as marks: `aa` â, `aw` ă, `ow` ơ, `dd` đ, `s f r x j` tones, `z` removes.
    case telex
    /// Digits as marks: `6` circumflex, `7` horn, `8` breve, `9` đ, `1`–`5` tones, `0` removes.
    case vni
}

/// Where the tone goes in `oa`, `oe` and `uy` at the end of a syllable.
public enum ToneStyle: String, CaseIterable, Codable, Sendable {
    /// `hòa`, `thúy`: Unikey's default.
    case classic
    /// `hoà`, `thuý`.
    case modern
}

/// What one key does to the text before the cursor: take back
/// `deleteCount` letters (grapheme clusters), then insert `insert`.
public struct TypingEdit: Hashable, Sendable, CustomStringConvertible {
    public var deleteCount: Int
    public var insert: String

    public init(deleteCount: Int = 0, insert: String = "") {
        self.deleteCount = deleteCount
        self.insert = insert
    }

    public static let none = TypingEdit()

    public var isNone: Bool { deleteCount == 0 && insert.isEmpty }

    /// The edit that turns `before` into `after`, keeping their common start.
    static func between(_ before: [Character], _ after: [Character]) -> TypingEdit {
        var common = 0
        while common < before.count, common < after.count, before[common] == after[common] { common += 1 }
        return TypingEdit(deleteCount: before.count - common, insert: String(after[common...]))
    }

    /// Applies the edit to text whose end is where the cursor stands.
    public func apply(to text: inout [Character]) {
        text.removeLast(min(deleteCount, text.count))
        text.append(contentsOf: insert)
    }

    public var description: String { "−\(deleteCount) +\"\(insert)\"" }
}
