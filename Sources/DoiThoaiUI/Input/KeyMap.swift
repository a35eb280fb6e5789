/// Where a binding works: a screen, or everywhere.
public enum KeyScope: String, Hashable, Sendable, CaseIterable {
    case global, meetings, meeting, live, form, opinionForm, help, confirm, pager, tracker, report, browser
    case typingSettings, conflict
}

/// One row of the key table: these keys, on this screen, do this. The same
/// rows drive dispatch, the key bar and the help screen, so they cannot drift.
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
}

/// The key table.
public enum KeyMap {
    private static func c(_ s: Character) -> Key { .character(s) }

    public static let bindings: [KeyBinding] = [
        // Meetings list
        KeyBinding([.enter], .open, .meetings, bar: true),
        KeyBinding([c("n"), .insert], .newMeeting, .meetings, bar: true),
        KeyBinding([c("d"), .delete], .deleteMeeting, .meetings, bar: true),
        KeyBinding([c("f")], .filter, .meetings, bar: true),
        KeyBinding([c("p")], .printMinutes, .meetings, bar: true),
        KeyBinding([.function(8)], .sync, .meetings, bar: true),
        // Meeting
        KeyBinding([c("n"), c("o"), .insert], .newOpinion, .meeting, bar: true),
        KeyBinding([c("l")], .live, .meeting, bar: true),
        KeyBinding([.tab, .right], .nextPanel, .meeting, bar: true),
        KeyBinding([.backTab, .left], .previousPanel, .meeting),
        KeyBinding([.enter], .editItem, .meeting, bar: true),
        KeyBinding([c("e")], .editDetails, .meeting, bar: true),
        KeyBinding([c("a")], .addAttendee, .meeting, bar: true),
        KeyBinding([c("f")], .addFollowUp, .meeting),
        KeyBinding([c("b")], .addReport, .meeting),
        KeyBinding([c("-")], .moveUp, .meeting),
        KeyBinding([c("+")], .moveDown, .meeting),
        KeyBinding([c("p")], .printMinutes, .meeting),
        KeyBinding([c("c")], .conclusion, .meeting),
        KeyBinding([.delete, c("x")], .deleteItem, .meeting),
        KeyBinding([.control("z"), c("u")], .undo, .meeting, bar: true),
        KeyBinding([.control("y"), c("r")], .redo, .meeting),
        // Live note-taking
        // (on the bar in this order, the most used first: what fits at 80 columns)
        KeyBinding([c("n"), c("o"), .insert, .enter], .newOpinion, .live, bar: true),
        KeyBinding([c("f")], .addFollowUp, .live, bar: true),
        KeyBinding([c("c")], .conclusion, .live, bar: true),
        KeyBinding([c("l")], .endMeeting, .live, bar: true),
        KeyBinding([.control("z"), c("u")], .undo, .live, bar: true),
        KeyBinding([c("a")], .addAttendee, .live, bar: true),
        KeyBinding([c("b")], .addReport, .live),
        KeyBinding([.control("y"), c("r")], .redo, .live),
        // The opinion form (with the form keys below)
        KeyBinding([.function(3)], .addResponse, .opinionForm, bar: true),
        KeyBinding([.function(4)], .assignFollowUp, .opinionForm, bar: true),
        KeyBinding([.function(5)], .anonymous, .opinionForm, bar: true),
        // Forms
        KeyBinding([.function(2), .control("s")], .save, .form, bar: true),
        KeyBinding([.tab, .down, .enter], .nextField, .form, bar: true),
        KeyBinding([.backTab, .up], .previousField, .form),
        KeyBinding([.right, c(" ")], .cycleNext, .form),
        KeyBinding([.left], .cyclePrevious, .form),
        KeyBinding([.escape], .cancel, .form, bar: true),
        // Confirmation
        KeyBinding([c("c"), c("y"), .enter], .confirm, .confirm, bar: true),
        KeyBinding([c("k"), c("n"), .escape], .cancel, .confirm, bar: true),
        // The minutes' preview
        KeyBinding([c("p"), .function(2)], .printMinutes, .pager, bar: true),
        // The opinions browser
        KeyBinding([.enter], .open, .browser, bar: true),
        KeyBinding([.function(3)], .filterTopic, .browser, bar: true),
        KeyBinding([.function(4)], .filterPeriod, .browser, bar: true),
        KeyBinding([.function(5)], .filterFollowUp, .browser, bar: true),
        // Follow-ups across meetings
        KeyBinding([.enter], .editItem, .tracker, bar: true),
        KeyBinding([.tab, .right], .nextFilter, .tracker, bar: true),
        KeyBinding([.backTab, .left], .previousFilter, .tracker),
        KeyBinding([c("o")], .openMeetingOfRow, .tracker, bar: true),
        // The report
        KeyBinding([.tab, .right], .nextFilter, .report, bar: true),
        KeyBinding([.backTab, .left], .previousFilter, .report),
        // Help
        KeyBinding([.escape, c("q"), .function(1)], .back, .help, bar: true),
        KeyBinding([c("g"), .function(8)], .typingSettings, .help, bar: true),
        // Vietnamese typing settings
        KeyBinding([.right, c(" "), .enter], .cycleNext, .typingSettings, bar: true),
        KeyBinding([.left], .cyclePrevious, .typingSettings),
        KeyBinding([.escape, c("q"), .function(8)], .back, .typingSettings, bar: true),
        // Choosing the value kept for a conflict from sync
        KeyBinding([c("1"), c("g")], .keepValue, .conflict, bar: true),
        KeyBinding([c("2"), c("k")], .takeOther, .conflict, bar: true),
        KeyBinding([.escape], .cancel, .conflict, bar: true),
        // Everywhere
        KeyBinding([.up, c("k")], .up, .global),
        KeyBinding([.down, c("j")], .down, .global),
        KeyBinding([.pageUp], .pageUp, .global),
        KeyBinding([.pageDown], .pageDown, .global),
        KeyBinding([.home], .first, .global),
        KeyBinding([.end], .last, .global),
        KeyBinding([.function(1), c("?")], .help, .global, bar: true),
        KeyBinding([c("/"), .control("f")], .showBrowser, .global, bar: true),
        KeyBinding([.function(6)], .showTracker, .global, bar: true),
        KeyBinding([.function(7)], .showReport, .global, bar: true),
        KeyBinding([.escape], .back, .global, bar: true),
        KeyBinding([.function(9), .alt("z"), .alt("Z")], .toggleTyping, .global, bar: true),
        KeyBinding([.function(10), c("q"), .control("c")], .quit, .global, bar: true),
    ]

    /// Whether `key` turns the built-in Vietnamese input method on or off:
    /// on every screen, dialogs included.
    public static func togglesTyping(_ key: Key) -> Bool {
        bindings.contains { $0.command == .toggleTyping && $0.keys.contains(key) }
    }

    /// The command `key` gives in `scope`. While text is typed into a field,
    /// printable keys type text and no binding takes them.
    public static func command(for key: Key, in scope: KeyScope, typing: Bool) -> Command? {
        for binding in bindings(for: scope) where binding.keys.contains(key) {
            if typing && key.isPrintable { continue }
            return binding.command
        }
        return nil
    }

    /// The rows that work in `scope`: its own first, then the global ones
    /// (which modal screens — forms, confirmations, help — do not take).
    public static func bindings(for scope: KeyScope) -> [KeyBinding] {
        var own = bindings.filter { $0.scope == scope }
        if scope == .opinionForm { own += bindings.filter { $0.scope == .form } }
        switch scope {
        case .form, .opinionForm, .confirm, .help, .pager, .typingSettings, .conflict:
            let allowed: Set<Command> = switch scope {
            case .form, .opinionForm: [.help, .quit, .pageUp, .pageDown, .toggleTyping]
            case .pager: [.up, .down, .pageUp, .pageDown, .first, .last, .back, .help, .quit, .toggleTyping]
            case .typingSettings: [.up, .down, .help, .quit, .toggleTyping]
            case .conflict: [.help, .quit]
            case .help: [.up, .down, .pageUp, .pageDown, .quit, .toggleTyping]
            default: [.up, .down, .pageUp, .pageDown, .quit]
            }
            return own + bindings.filter { $0.scope == .global && allowed.contains($0.command) }
        default:
            return own + bindings.filter { $0.scope == .global }
        }
    }

    /// The bar's entries for `scope`: each command once, with its keys shown
    /// as the first key (and the second when it is a plain letter).
    public static func bar(for scope: KeyScope, typing: Bool) -> [(keys: String, command: Command)] {
        var seen = Set<Command>()
        var entries: [(keys: String, command: Command)] = []
        // A confirmation offers its answers only (not F10 or help beside them).
        for binding in bindings(for: scope) where binding.onBar && (scope != .confirm || binding.scope == .confirm)
            && seen.insert(binding.command).inserted {
            let usable = binding.keys.filter { !(typing && $0.isPrintable) }
            guard let first = usable.first else { continue }
            entries.append((first.label, binding.command))
        }
        return entries
    }

    /// The keys of `command` in `scope` as the key bar writes them ("n",
    /// "→/Space"), for phrases that name a key: the words never hard-code one.
    public static func keys(of command: Command, in scope: KeyScope, count: Int = 1) -> String {
        let binding = bindings(for: scope).first { $0.command == command }
        return (binding?.keys.prefix(count) ?? []).map(\.label).joined(separator: "/")
    }
}
