import DoiThoaiCore

/// A question the secretary must answer before something happens.
public struct Confirmation: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        case deleteMeeting(MeetingID)
        case removeAttendee(AttendeeID)
        case discardForm
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
    case form(FormState)
    case help(scope: KeyScope, scroll: Int)
    case confirm(Confirmation)

    /// Which rows of the key table work here.
    public var scope: KeyScope {
        switch self {
        case .meetings: return .meetings
        case .meeting: return .meeting
        case .form: return .form
        case .help: return .help
        case .confirm: return .confirm
        }
    }
}
