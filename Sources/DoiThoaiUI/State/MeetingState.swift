import DoiThoaiCore

/// The panels of the meeting screen, in Tab order.
public enum MeetingTab: Int, CaseIterable, Sendable {
    case details, attendees, agenda, opinions, followUps, conclusion
    /// Fields two offices changed differently (from sync); shown only when there are some.
    case conflicts

    public var phrase: Phrase {
        switch self {
        case .details: return .tabDetails
        case .attendees: return .tabAttendees
        case .agenda: return .tabAgenda
        case .opinions: return .tabOpinions
        case .followUps: return .tabFollowUps
        case .conclusion: return .tabConclusion
        case .conflicts: return .tabConflicts
        }
    }
}

/// The meeting open on screen, as last saved, with what undo needs.
public struct MeetingState: Equatable, Sendable {
    public var meeting: Meeting
    public var fingerprint: FileFingerprint
    /// Why changes are refused (another program holds the lock), if they are.
    public var readOnlyReason: String?
    public var tab: MeetingTab = .details
    public var cursors: [MeetingTab: ListCursor] = [:]
    /// Earlier saved versions, newest last (undo), and undone ones (redo).
    public var undoStack: [Meeting] = []
    public var redoStack: [Meeting] = []

    public static let undoDepth = 50

    public init(meeting: Meeting, fingerprint: FileFingerprint, readOnlyReason: String? = nil) {
        self.meeting = meeting
        self.fingerprint = fingerprint
        self.readOnlyReason = readOnlyReason
    }

    public var cursor: ListCursor {
        get { cursors[tab] ?? ListCursor() }
        set { cursors[tab] = newValue }
    }

    /// Attendees in the order the screen lists them: chair, secretary, then by role.
    public var attendeesInOrder: [Attendee] {
        let order = AttendeeRole.allCases
        return meeting.attendees.enumerated().sorted { lhs, rhs in
            let l = order.firstIndex(of: lhs.element.role) ?? 0
            let r = order.firstIndex(of: rhs.element.role) ?? 0
            return l != r ? l < r : lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// Rows the current tab lists (for moving the cursor).
    public var rowCount: Int {
        switch tab {
        case .details, .conclusion: return 0
        case .attendees: return meeting.attendees.count
        case .agenda: return meeting.agenda.count
        case .opinions: return meeting.opinions.count
        case .followUps: return meeting.followUps.count
        case .conflicts: return meeting.conflicts.count
        }
    }

    /// The tabs on screen: the conflicts tab only when the meeting has some.
    public var tabs: [MeetingTab] {
        meeting.conflicts.isEmpty ? MeetingTab.allCases.filter { $0 != .conflicts } : MeetingTab.allCases
    }

    /// The conflicts in the order the tab lists them: open ones first.
    public var conflictsInOrder: [MergeConflict] {
        meeting.conflicts.filter(\.isOpen) + meeting.conflicts.filter { !$0.isOpen }
    }
}
