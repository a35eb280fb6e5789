/// Where a meeting stands in every list of meetings (the program's list,
/// `doithoai list`, and the meetings' places in search's newest-first
/// order): a later day first; on one day the later start first, a meeting
/// with no start time after those with one; then by id.
///
/// Three meetings held on one day are read the way the secretary remembers
/// them, the latest first, as the days are. `<` means "listed before".
public struct MeetingOrder: Comparable, Sendable {
    public var date: Day
    /// Seconds since 1970 of `startedAt`; nil when the meeting has no start time.
    public var started: Int64?
    public var id: String

    public init(date: Day, started: Int64?, id: String) {
        self.date = date
        self.started = started
        self.id = id
    }

    public static func < (a: MeetingOrder, b: MeetingOrder) -> Bool {
        if a.date != b.date { return a.date > b.date }
        return a.sameDayBefore(b)
    }

    /// The order of two meetings of one day: the index's rank of a meeting within its day.
    public func sameDayBefore(_ b: MeetingOrder) -> Bool {
        switch (started, b.started) {
        case let (x?, y?) where x != y: return x > y
        case (_?, nil): return true
        case (nil, _?): return false
        default: return id < b.id
        }
    }
}

extension MeetingSummary {
    /// Where this meeting stands in a list: see `MeetingOrder`.
    public var order: MeetingOrder { MeetingOrder(date: date, started: started, id: id.rawValue) }

    /// Newest first, as every list of meetings is.
    public static func newestFirst(_ a: MeetingSummary, _ b: MeetingSummary) -> Bool { a.order < b.order }
}
