/// Where a binding works: a screen, a part of a screen that has the focus
/// (a line of text, a long text, suggestions, a choice), or everywhere.
public enum KeyScope: String, Hashable, Sendable, CaseIterable {
    case global, meetings, meeting, live, form, opinionForm, help, confirm, pager, tracker, report, browser
    case typingSettings, conflict
    // parts of a screen, with keys of their own while they have the focus
    /// A line of text: a form's field, the list's filter, the search.
    case lineEdit
    /// A long text over several lines: the opinion, the conclusion.
    case textEditor
    /// Names or topics suggested under the focused field.
    case suggestions
    /// A field with a fixed set of values (a level, a role, yes or no).
    case choice
    /// The opinion's kind, picked with one digit.
    case kind
    /// The meetings list while its filter is typed.
    case listFilter

    /// Whether this is a part of a screen rather than a screen.
    public var isPart: Bool {
        switch self {
        case .lineEdit, .textEditor, .suggestions, .choice, .kind, .listFilter: return true
        default: return false
        }
    }
}

/// Where keys go now: the screen on top, and the parts of it that have the
/// focus, the most specific first (a name field with suggestions is
/// `[.suggestions, .lineEdit]` on a `.form`).
public struct KeyContext: Hashable, Sendable {
    public var screen: KeyScope
    public var parts: [KeyScope]

    public init(_ screen: KeyScope, parts: [KeyScope] = []) {
        self.screen = screen
        self.parts = parts
    }

    /// Whether letters type text here: in a form (whatever field has the
    /// focus, `q` never quits it) and wherever a line of text is typed. Then
    /// only a part's own rows take a printable key (the kind's digits, Space
    /// in a choice); other printable keys are text.
    public var takesLetters: Bool {
        screen == .form || screen == .opinionForm || parts.contains(.lineEdit) || parts.contains(.textEditor)
    }
}

/// One row of the key table: these keys, on this screen or part, do this.
/// The same rows drive dispatch, the key bar and the help screen, so they
/// cannot drift.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var command: Command
    public var scope: KeyScope
    /// Shown on the bottom key bar (the most used ones); all show in help.
    public var onBar: Bool

    public init(_ keys: [Key], _ command: Command, _ scope: KeyScope, bar: Bool = false) {
        self.keys = keys
        self.command = command
        self.scope = scope
        self.onBar = bar
    }

    /// The keys as help writes them: "F2, ^S"; a run of digits as "1–5".
    public var label: String { Self.label(keys, separator: ", ") }

    /// `keys` written for people: a run of three or more digits is "1–5".
    static func label(_ keys: [Key], separator: String) -> String {
        let digits = keys.compactMap { key -> Int? in
            if case .character(let c) = key { return c.wholeNumberValue }
            return nil
        }
        if digits.count == keys.count, digits.count > 2, let first = digits.first, let last = digits.last,
           digits == Array(first...last) {
            return "\(first)–\(last)"
        }
        return keys.map(\.label).joined(separator: separator)
    }
}
