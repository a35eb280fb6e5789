import DoiThoaiCore

/// The follow-ups screen: every assignment across meetings, with a filter.
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
    }

    public var rows: [FollowUpRow] = []
    /// Asked for and not come yet (the screen says so; keys work meanwhile).
    public var loading = false
    public var filter: Filter = .pending
    public var cursor = ListCursor()

    public init() {}

    public var visible: [FollowUpRow] {
        rows.filter { row in
            switch filter {
            case .pending: return row.followUp.status.isPending
            case .overdue: return row.isOverdue
            case .thisWeek: return row.followUp.status.isPending && (0...7).contains(row.daysLeft ?? -1)
            case .done: return row.followUp.status == .done
            case .all: return true
            }
        }
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
