import DoiThoaiCore

/// A question the secretary must answer before something happens.
public struct Confirmation: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        case deleteMeeting(MeetingID)
        case removeAttendee(AttendeeID)
        case restoreDraft(FormDraft)
        /// The record a draft edits changed after the draft was written: restore the draft anyway?
        case restoreChangedDraft(FormDraft)
        case removeOpinion(OpinionID)
        case discardForm
        /// Replace the minutes file already written.
        case overwriteMinutes(MinutesRequest)
        /// Add this topic to the catalog and choose it in the form below.
        case createTopic(String)
        /// End the meeting from the form below, having asked about midnight or the conclusion.
        case endMeeting(pastMidnight: Bool, withoutConclusion: Bool)
        /// Go live on a day other than the one planned (the meeting's date moves to today).
        case goLiveOnAnotherDay
        case quit
    }

    public var purpose: Purpose
    public var message: String

    public init(_ purpose: Purpose, message: String) {
        self.purpose = purpose
        self.message = message
    }
}

/// A screen on the stack; the top one has the keys.
public enum Route: Equatable, Sendable {
    case meetings
    case meeting
    /// Live note-taking on the open meeting.
    case live
    case form(FormState)
    case help(scope: KeyScope, scroll: Int)
    case confirm(Confirmation)
    case pager(Pager)
    /// Follow-ups across every meeting.
    case tracker
    /// The dialogue report.
    case report
    /// Every opinion of every meeting, searched as you type.
    case browser
    /// The built-in Vietnamese input method's settings; `row` has the focus.
    case typingSettings(row: Int)
    /// The secretary picks the value kept for a conflict of the open meeting.
    case conflict(ConflictID)

    /// Which rows of the key table work here.
    public var scope: KeyScope {
        switch self {
        case .meetings: return .meetings
        case .meeting: return .meeting
        case .live: return .live
        case .form(let form): return form.purpose.isOpinion ? .opinionForm : .form
        case .help: return .help
        case .confirm: return .confirm
        case .pager: return .pager
        case .tracker: return .tracker
        case .report: return .report
        case .browser: return .browser
        case .typingSettings: return .typingSettings
        case .conflict: return .conflict
        }
    }
}
