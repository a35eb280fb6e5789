import DoiThoaiCore

/// The opinions browser: the search line, the filters chosen, and the results.
public struct BrowserState: Equatable, Sendable {
    public enum Period: Int, CaseIterable, Sendable {
        case all, thisYear, lastYear

        public var phrase: Phrase {
            switch self {
            case .all: return .periodAll
            case .thisYear: return .periodYear
            case .lastYear: return .periodLastYear
            }
        }
    }

    public var query = TextField()
    /// Index into the topic catalog; nil: every topic.
    public var topic: Int?
    public var period: Period = .all
    public var followUp: SearchFilters.FollowUpState?
    public var results: [SearchDocument] = []
    /// The follow-ups of the results' meetings (where each stands), loaded with the results.
    public var followUps: [FollowUpRow] = []
    public var total = 0
    /// More than `total` match (counting stops there).
    public var more = false
    public var cursor = ListCursor()
    /// A search was asked for and its answer has not come yet.
    public var searching = false

    public init() {}

    public var selected: SearchDocument? {
        results.indices.contains(cursor.selected) ? results[cursor.selected] : nil
    }

    /// The follow-ups assigned for an opinion among the results; nil until loaded.
    public func followUps(of d: SearchDocument) -> [FollowUp]? {
        let rows = followUps.filter { $0.meetingID == d.meetingID }
        guard !rows.isEmpty || d.tasks.isEmpty else { return nil }
        return rows.map(\.followUp).filter { $0.opinionIds.contains(d.opinionID) }
    }

    /// The query and filters as the index takes them.
    public func searchQuery(topics: TopicCatalog, today: Day) -> SearchQuery {
        var filters = SearchFilters()
        if let topic, topics.topics.indices.contains(topic) { filters.topic = topics.topics[topic].id }
        switch period {
        case .all: break
        case .thisYear:
            filters.from = Day(year: today.year, month: 1, day: 1)
            filters.to = Day(year: today.year, month: 12, day: 31)
        case .lastYear:
            filters.from = Day(year: today.year - 1, month: 1, day: 1)
            filters.to = Day(year: today.year - 1, month: 12, day: 31)
        }
        filters.followUp = followUp
        filters.asOf = today
        return SearchQuery(query.text, filters: filters)
    }
}
