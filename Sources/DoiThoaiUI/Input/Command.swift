/// What a key asks for on the current screen. The key table maps keys to
/// commands; the reducer decides what each command does where it is used.
public enum Command: String, Hashable, Sendable, CaseIterable {
    // everywhere
    case help, quit, back
    // moving around lists and panels
    case up, down, pageUp, pageDown, first, last, nextPanel, previousPanel
    // meetings list
    case open, newMeeting, deleteMeeting, filter
    // meeting
    case editDetails, addAttendee, editItem, deleteItem, conclusion, undo, redo
    // live note-taking
    case live, newOpinion, endMeeting, addFollowUp, printMinutes, addReport, moveUp, moveDown
    // follow-ups and the report
    case showTracker, showReport, nextFilter, previousFilter, openMeetingOfRow
    // the opinions browser
    case showBrowser, editFilters, filterPeriod, filterFollowUp, clearFilters
    // opinion form
    case addResponse, assignFollowUp, anonymous
    // forms
    case save, nextField, previousField, cycleNext, cyclePrevious
    // confirmations
    case confirm, cancel
    // the built-in Vietnamese input method
    case toggleTyping, typingSettings
    // sync between offices and its conflicts
    case keepValue, takeOther, sync
    // editing a line of text (a field, the list's filter, the search)
    case cursorLeft, cursorRight, lineStart, lineEnd, wordLeft, wordRight
    case deleteBackward, deleteForward, deleteWord, deleteToEnd, clearField
    // a long text (the opinion, the conclusion)
    case newLine
    // the suggestions under a field, the opinion's kind, the list's filter
    case nextSuggestion, previousSuggestion, takeSuggestion, pickKind, endFilter, clearFilter

    /// Shorter words for the key bar when the full ones do not all fit.
    public var shortPhrase: Phrase? {
        switch self {
        case .live: return .barLive
        case .showBrowser: return .barSearch
        case .nextPanel: return .barNextPanel
        case .showTracker: return .barTracker
        default: return nil
        }
    }

    /// The words shown beside the key on the key bar and in help.
    public var phrase: Phrase {
        switch self {
        case .help: return .cmdHelp
        case .quit: return .cmdQuit
        case .back: return .cmdBack
        case .up: return .cmdUp
        case .down: return .cmdDown
        case .pageUp: return .cmdPageUp
        case .pageDown: return .cmdPageDown
        case .first: return .cmdFirst
        case .last: return .cmdLast
        case .nextPanel: return .cmdNextPanel
        case .previousPanel: return .cmdPreviousPanel
        case .open: return .cmdOpen
        case .newMeeting: return .cmdNewMeeting
        case .deleteMeeting: return .cmdDelete
        case .filter: return .cmdFilter
        case .editDetails: return .cmdEditDetails
        case .addAttendee: return .cmdAddAttendee
        case .editItem: return .cmdEditItem
        case .deleteItem: return .cmdDeleteItem
        case .conclusion: return .cmdConclusion
        case .undo: return .cmdUndo
        case .redo: return .cmdRedo
        case .save: return .cmdSave
        case .nextField: return .cmdNextField
        case .previousField: return .cmdPreviousField
        case .cycleNext: return .cmdCycleNext
        case .cyclePrevious: return .cmdCyclePrevious
        case .confirm: return .cmdConfirm
        case .cancel: return .cmdCancel
        case .live: return .cmdLive
        case .newOpinion: return .cmdNewOpinion
        case .endMeeting: return .cmdEndMeeting
        case .addFollowUp: return .cmdFollowUp
        case .printMinutes: return .cmdPrint
        case .addReport: return .cmdAddReport
        case .moveUp: return .cmdMoveUp
        case .moveDown: return .cmdMoveDown
        case .showTracker: return .cmdTracker
        case .showReport: return .cmdReport
        case .nextFilter: return .cmdNextFilter
        case .previousFilter: return .cmdPreviousFilter
        case .openMeetingOfRow: return .cmdOpenMeeting
        case .showBrowser: return .cmdSearch
        case .editFilters: return .cmdEditFilters
        case .clearFilters: return .cmdClearFilters
        case .filterPeriod: return .cmdFilterPeriod
        case .filterFollowUp: return .cmdFilterFollowUp
        case .addResponse: return .cmdAddResponse
        case .assignFollowUp: return .cmdAssignFollowUp
        case .anonymous: return .cmdAnonymous
        case .toggleTyping: return .cmdToggleTyping
        case .typingSettings: return .cmdTypingSettings
        case .keepValue: return .cmdKeepValue
        case .takeOther: return .cmdTakeOther
        case .sync: return .cmdSync
        case .cursorLeft: return .cmdCursorLeft
        case .cursorRight: return .cmdCursorRight
        case .lineStart: return .cmdLineStart
        case .lineEnd: return .cmdLineEnd
        case .wordLeft: return .cmdWordLeft
        case .wordRight: return .cmdWordRight
        case .deleteBackward: return .cmdDeleteBackward
        case .deleteForward: return .cmdDeleteForward
        case .deleteWord: return .cmdDeleteWord
        case .deleteToEnd: return .cmdDeleteToEnd
        case .clearField: return .cmdClearField
        case .newLine: return .cmdNewLine
        case .nextSuggestion: return .cmdNextSuggestion
        case .previousSuggestion: return .cmdPreviousSuggestion
        case .takeSuggestion: return .cmdTakeSuggestion
        case .pickKind: return .cmdPickKind
        case .endFilter: return .cmdEndFilter
        case .clearFilter: return .cmdClearFilter
        }
    }
}
