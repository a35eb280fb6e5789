/// The language a person reads: the program's interface, a command's output,
/// the minutes, the report. One rule decides it everywhere.
public enum Language: String, Sendable, CaseIterable {
    case vi, en

    /// `--lang` when given, else English when LC_ALL, LC_MESSAGES or LANG
    /// (the first one set, as the C library reads them) starts with `en`;
    /// Vietnamese otherwise.
    public static func choose(option: String?, environment: [String: String]) -> Language {
        if let option { return option.lowercased().hasPrefix("en") ? .en : .vi }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("en") ? .en : .vi
            }
        }
        return .vi
    }

    /// The table of domain words in this language.
    public var words: DomainWords { self == .vi ? .vi : .en }
}

/// The minutes' language is the same choice.
public typealias MinutesLanguage = Language
