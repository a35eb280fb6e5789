/// The key table: every key any screen takes, one row per command and
/// scope. Dispatch, the key bar and help all read these rows (see
/// `KeyMap+Lookup.swift`), so they cannot disagree.
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
        // Meeting (on the bar in this order, the most used first: at 80 columns the
        // first ones share the bottom row with help, back and quit, the rest go above)
        KeyBinding([c("n"), c("o"), .insert], .newOpinion, .meeting, bar: true),
        KeyBinding([c("a")], .addAttendee, .meeting, bar: true),
        KeyBinding([c("e")], .editDetails, .meeting, bar: true),
        KeyBinding([.tab, .right], .nextPanel, .meeting, bar: true),
        KeyBinding([.backTab, .left], .previousPanel, .meeting),
        KeyBinding([.enter], .editItem, .meeting, bar: true),
        KeyBinding([.control("z"), c("u")], .undo, .meeting, bar: true),
        KeyBinding([c("l")], .live, .meeting, bar: true),
        KeyBinding([c("f")], .addFollowUp, .meeting),
        KeyBinding([c("b")], .addReport, .meeting),
        KeyBinding([c("-")], .moveUp, .meeting),
        KeyBinding([c("+")], .moveDown, .meeting),
        KeyBinding([c("p")], .printMinutes, .meeting),
        KeyBinding([c("c")], .conclusion, .meeting),
        KeyBinding([.delete, c("x")], .deleteItem, .meeting),
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
        KeyBinding([.escape], .cancel, .form, bar: true),
        // Confirmation
        KeyBinding([c("c"), c("y"), .enter], .confirm, .confirm, bar: true),
        KeyBinding([c("k"), c("n"), .escape], .cancel, .confirm, bar: true),
        // The minutes' preview
        KeyBinding([c("p"), .function(2)], .printMinutes, .pager, bar: true),
        // The opinions browser
        // (F2 the filter form, F3 too — it chose the topic before, and the form opens on the topic;
        // F4 and F5 step the period and the follow-up state at once; F8 clears every filter)
        KeyBinding([.enter], .open, .browser, bar: true),
        KeyBinding([.function(2), .function(3)], .editFilters, .browser, bar: true),
        KeyBinding([.function(4)], .filterPeriod, .browser, bar: true),
        KeyBinding([.function(5)], .filterFollowUp, .browser, bar: true),
        KeyBinding([.function(8)], .clearFilters, .browser, bar: true),
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
        // A line of text: a form's field, the list's filter, the search
        KeyBinding([.left], .cursorLeft, .lineEdit),
        KeyBinding([.right], .cursorRight, .lineEdit),
        KeyBinding([.home, .control("a")], .lineStart, .lineEdit),
        KeyBinding([.end, .control("e")], .lineEnd, .lineEdit),
        KeyBinding([.controlLeft, .alt("b")], .wordLeft, .lineEdit),
        KeyBinding([.controlRight, .alt("f")], .wordRight, .lineEdit),
        KeyBinding([.backspace], .deleteBackward, .lineEdit),
        KeyBinding([.delete], .deleteForward, .lineEdit),
        KeyBinding([.control("w")], .deleteWord, .lineEdit),
        KeyBinding([.control("k")], .deleteToEnd, .lineEdit),
        KeyBinding([.control("u")], .clearField, .lineEdit),
        // A long text (the opinion, the conclusion): Enter starts a new line
        KeyBinding([.enter], .newLine, .textEditor),
        KeyBinding([.left], .cursorLeft, .textEditor),
        KeyBinding([.right], .cursorRight, .textEditor),
        KeyBinding([.up], .up, .textEditor),
        KeyBinding([.down], .down, .textEditor),
        KeyBinding([.pageUp], .pageUp, .textEditor),
        KeyBinding([.pageDown], .pageDown, .textEditor),
        KeyBinding([.home, .control("a")], .lineStart, .textEditor),
        KeyBinding([.end, .control("e")], .lineEnd, .textEditor),
        KeyBinding([.controlLeft, .alt("b")], .wordLeft, .textEditor),
        KeyBinding([.controlRight, .alt("f")], .wordRight, .textEditor),
        KeyBinding([.backspace], .deleteBackward, .textEditor),
        KeyBinding([.delete], .deleteForward, .textEditor),
        KeyBinding([.control("w")], .deleteWord, .textEditor),
        KeyBinding([.control("k")], .deleteToEnd, .textEditor),
        // Names and topics suggested under a field (the highlighted one says its key)
        KeyBinding([.tab, .enter], .takeSuggestion, .suggestions),
        KeyBinding([.down], .nextSuggestion, .suggestions),
        KeyBinding([.up], .previousSuggestion, .suggestions),
        // A field with fixed values
        KeyBinding([.right, c(" ")], .cycleNext, .choice),
        KeyBinding([.left], .cyclePrevious, .choice),
        // The opinion's kind: one digit each (the field shows each kind's digit)
        KeyBinding([c("1"), c("2"), c("3"), c("4"), c("5")], .pickKind, .kind),
        // The meetings list while its filter is typed
        KeyBinding([.enter, .down, .tab], .endFilter, .listFilter, bar: true),
        KeyBinding([.escape], .clearFilter, .listFilter, bar: true),
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
}
