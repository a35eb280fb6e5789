import DoiThoaiCore

/// One line of the meetings table: what the list needs of a meeting,
/// without holding the whole record.
public struct MeetingRow: Equatable, Sendable {
    public var id: MeetingID
    public var date: Day
    public var organizer: String
    public var title: String
    public var opinionCount: Int
    public var openFollowUps: Int
    public var status: MeetingStatus
    /// Conflicts from sync still to choose: the row is marked.
    public var openConflicts: Int
    /// Folded organizer + title + id, for the filter as you type.
    public var searchKey: String
    /// When it started, seconds since 1970 (nil when not said): orders the meetings of one day.
    public var started: Int64?

    public init(id: MeetingID, date: Day, organizer: String, title: String, opinionCount: Int,
                openFollowUps: Int, status: MeetingStatus, openConflicts: Int = 0, started: Int64? = nil) {
        self.openConflicts = openConflicts
        self.started = started
        self.id = id
        self.date = date
        self.organizer = organizer
        self.title = title
        self.opinionCount = opinionCount
        self.openFollowUps = openFollowUps
        self.status = status
        searchKey = VietnameseFolding.fold("\(organizer) \(title) \(id.rawValue) \(date.vietnamese)")
    }

    public init(_ meeting: Meeting) {
        self.init(id: meeting.id, date: meeting.date, organizer: meeting.organizer, title: meeting.title,
                  opinionCount: meeting.opinions.count, openFollowUps: meeting.pendingFollowUpCount,
                  status: meeting.status, openConflicts: meeting.openConflicts.count, started: meeting.startedAt?.seconds)
    }

    public init(_ summary: MeetingSummary) {
        self.init(id: summary.id, date: summary.date, organizer: summary.organizer, title: summary.title,
                  opinionCount: summary.opinionCount, openFollowUps: summary.pendingFollowUps, status: summary.status,
                  openConflicts: summary.openConflicts, started: summary.started)
    }

    /// Newest first, as every list of meetings is (the core's `MeetingOrder`: day, then the later start, then id).
    public static func newestFirst(_ a: MeetingRow, _ b: MeetingRow) -> Bool {
        MeetingOrder(date: a.date, started: a.started, id: a.id.rawValue) < MeetingOrder(date: b.date, started: b.started, id: b.id.rawValue)
    }
}
