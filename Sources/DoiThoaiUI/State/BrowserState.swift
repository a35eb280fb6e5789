import DoiThoaiCore

/// The opinions browser: the search line, the filters chosen, and the results.
public struct BrowserState: Equatable, Sendable {
    public var query = TextField()
    /// Topic, period, organizer, speaker, kind and follow-up state (the filter form, F2).
    public var filters = BrowserFilterValue()
    public var results: [SearchDocument] = []
    /// The follow-ups of the results' meetings (where each stands), loaded with the results.
    public var followUps: [FollowUpRow] = []
    public var total = 0
    /// More than `total` match (counting stops there).
    public var more = false
    public var cursor = ListCursor()
    /// A search was asked for and its answer has not come yet.
    public var searching = false
    /// The second the search was asked for: one still unanswered a tick later says so over the rows of the query before.
    public var searchSentAt: Int64 = 0

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
    public func searchQuery(today: Day) -> SearchQuery {
        SearchQuery(query.text, filters: filters.searchFilters(today: today))
    }
}
