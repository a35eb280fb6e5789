import DoiThoaiCore

/// The follow-ups screen: assignments across meetings, with a filter. The
/// index answers the filter shown a page at a time: only the rows around
/// the cursor are held, with the count of every filter.
public struct TrackerState: Equatable, Sendable {
    public enum Filter: Int, CaseIterable, Sendable {
        case pending, overdue, thisWeek, done, all

        public var phrase: Phrase {
            switch self {
            case .pending: return .trackerPending
            case .overdue: return .trackerOverdue
            case .thisWeek: return .trackerThisWeek
            case .done: return .trackerDone
            case .all: return .trackerAll
            }
        }

        /// What the index is asked for.
        public var query: FollowUpQuery {
            var query = FollowUpQuery()
            switch self {
            case .pending: query.statuses = [.open, .inProgress]
            case .overdue: query.overdueOnly = true
            case .thisWeek: query.dueWithin = 7
            case .done: query.statuses = [.done]
            case .all: break
            }
            return query
        }

        public func count(in tally: FollowUpTally) -> Int {
            switch self {
            case .pending: return tally.pending
            case .overdue: return tally.overdue
            case .thisWeek: return tally.dueSoon
            case .done: return tally.done
            case .all: return tally.all
            }
        }
    }

    /// The rows held of the filter shown: `rows[i]` is its row `first + i`.
    public var rows: [FollowUpRow] = []
    public var first = 0
    /// How many rows each filter holds; nil until the index has counted.
    public var tally: FollowUpTally?
    /// The files changed since the tally was made: the next page counts again.
    public var recount = false
    /// Asked for and not come yet (the screen says so; keys work meanwhile).
    public var loading = false
    public var filter: Filter = .pending
    public var cursor = ListCursor()

    public init() {}

    /// How many rows the filter shown holds.
    public var count: Int { tally.map(filter.count(in:)) ?? rows.count }

    /// Row `index` of the filter shown, when it is held.
    public func row(_ index: Int) -> FollowUpRow? {
        index >= first && index < first + rows.count ? rows[index - first] : nil
    }

    public var selected: FollowUpRow? { row(cursor.selected) }

    /// Whether the rows `top ..< top + height` are all held.
    func holds(top: Int, height: Int) -> Bool {
        let end = min(count, top + height)
        return end <= top || (top >= first && end <= first + rows.count)
    }
}

/// The report screen: the period chosen and the report for it.
public struct ReportScreenState: Equatable, Sendable {
    public enum Period: Int, CaseIterable, Sendable {
        case month, quarter, year, all

        public var phrase: Phrase {
            switch self {
            case .month: return .periodMonth
            case .quarter: return .periodQuarter
            case .year: return .periodYear
            case .all: return .periodAll
            }
        }

        /// The first and last day of this period around `today`.
        public func range(around today: Day) -> (from: Day?, to: Day?) {
            switch self {
            case .month:
                return (Day(year: today.year, month: today.month, day: 1), lastDay(year: today.year, month: today.month))
            case .quarter:
                let first = (today.month - 1) / 3 * 3 + 1
                return (Day(year: today.year, month: first, day: 1), lastDay(year: today.year, month: first + 2))
            case .year:
                return (Day(year: today.year, month: 1, day: 1), Day(year: today.year, month: 12, day: 31))
            case .all:
                return (nil, nil)
            }
        }

        func lastDay(year: Int, month: Int) -> Day? {
            let next = month == 12 ? Day(year: year + 1, month: 1, day: 1) : Day(year: year, month: month + 1, day: 1)
            return next?.adding(days: -1)
        }
    }

    public var period: Period = .year
    /// The secretary chose the period (Tab): it is kept from then on.
    public var periodChosen = false
    public var report: DialogueReport?
    /// Asked for and not come yet.
    public var loading = false
    public var top = 0

    public init() {}
}
