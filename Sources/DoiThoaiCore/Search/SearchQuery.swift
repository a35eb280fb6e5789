/// What was typed in the search line: words that must all match (the last
/// one as a prefix while it is being typed), "quoted phrases" that must
/// match in order, and the filters chosen beside it.
public struct SearchQuery: Equatable, Sendable {
    /// Folded words; every one must match a word of the opinion.
    public var words: [String] = []
    /// Folded phrases; each must appear as typed, in order.
    public var phrases: [String] = []
    /// The last word matches any word it starts (search as you type).
    public var lastWordIsPrefix = false
    /// The words as typed, lower case with their marks, to rank exact matches first.
    public var markedWords: [String] = []
    public var filters = SearchFilters()

    public init() {}

    /// Parses `text`: words split on spaces and punctuation; "…" is a phrase.
    public init(_ text: String, filters: SearchFilters = SearchFilters()) {
        self.filters = filters
        var rest = ""
        var inQuote = false
        var phrase = ""
        for character in text {
            if character == "\"" || character == "“" || character == "”" {
                if inQuote {
                    let folded = SearchText.words(VietnameseFolding.fold(phrase)).joined(separator: " ")
                    if !folded.isEmpty { phrases.append(folded) }
                    phrase = ""
                }
                inQuote.toggle()
                rest.append(" ")
                continue
            }
            if inQuote { phrase.append(character) } else { rest.append(character) }
        }
        if inQuote { rest += " " + phrase }
        words = SearchText.words(VietnameseFolding.fold(rest))
        markedWords = SearchText.words(rest.lowercased())
        lastWordIsPrefix = !words.isEmpty && !(text.last.map { $0 == " " || $0 == "\"" } ?? true)
    }

    public var isEmpty: Bool { words.isEmpty && phrases.isEmpty }
}

/// The order of search results: newest first, or those holding the words
/// with the marks as typed first ("đất đai" before "đạt đại").
public enum SearchOrder: Sendable {
    case newest, relevance
}

/// Filters beside the search words.
public struct SearchFilters: Equatable, Sendable {
    public enum FollowUpState: String, Sendable, CaseIterable {
        case open, overdue, done
    }

    public var topic: TopicID?
    public var kind: OpinionKind?
    public var disposition: Disposition?
    public var from: Day?
    public var to: Day?
    /// Part of the organizer's name, folded.
    public var organizer: String?
    public var meeting: MeetingID?
    /// Part of the speaker's name, folded.
    public var speaker: String?
    public var followUp: FollowUpState?
    /// The day "overdue" is judged on.
    public var asOf: Day?

    public init() {}
}

/// Splitting folded text into words: ASCII letters and digits, and letters
/// beyond ASCII (folding leaves Vietnamese as ASCII); punctuation, quotes and
/// dashes separate. No Unicode property look-ups: it runs over every opinion
/// when indexing.
public enum SearchText {
    public static func words(_ folded: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            let v = scalar.value
            let isWord = (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A)
                || (v >= 0xC0 && v != 0xD7 && v != 0xF7 && !(0x2000...0x2BFF).contains(v) && !(0x3000...0x303F).contains(v))
            if isWord {
                current.append(scalar)
            } else if !current.isEmpty {
                result.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { result.append(String(current)) }
        return result
    }
}
