import DoiThoaiCore

/// Keys in the opinions browser: typing searches at once; F3, F4 and F5
/// change the topic, period and follow-up filters; Enter opens the meeting
/// at that opinion; Esc goes back, and `/` returns to the results as they were.
enum BrowserReducer {
    static let pageSize = 200

    static func open(_ state: inout AppState) -> [Effect] {
        let leave = Reducer.leaveMeeting(&state)
        state.nav.show(.browser)
        return leave + [search(&state)]
    }

    static func search(_ state: inout AppState) -> Effect {
        state.browser.searching = true
        return .search(state.browser.searchQuery(topics: state.topics, today: state.now.day), limit: pageSize)
    }

    static func key(_ state: inout AppState, _ key: Key) -> [Effect] {
        let row = KeyMap.binding(for: key, in: state.keyContext)
        // Letters and the line-editing keys change the query, and search at once.
        if row == nil || row?.scope == .lineEdit {
            let before = state.browser.query
            guard row.map({ state.browser.query.edit($0.command) }) ?? state.browser.query.type(key) else { return [] }
            if state.browser.query.text == before.text { return [] }
            state.browser.cursor = ListCursor()
            return [search(&state)]
        }
        guard let command = row?.command else { return [] }
        var cursor = state.browser.cursor
        if cursor.apply(command, count: state.browser.results.count, visible: BrowserScreen.listHeight(state)) {
            state.browser.cursor = cursor
            return []
        }
        switch command {
        case .filterTopic:
            let count = state.topics.topics.count
            state.browser.topic = state.browser.topic.map { $0 + 1 < count ? $0 + 1 : nil } ?? (count > 0 ? 0 : nil)
        case .filterPeriod:
            let all = BrowserState.Period.allCases
            state.browser.period = all[(state.browser.period.rawValue + 1) % all.count]
        case .filterFollowUp:
            let all: [SearchFilters.FollowUpState?] = [nil] + SearchFilters.FollowUpState.allCases
            let index = all.firstIndex(of: state.browser.followUp) ?? 0
            state.browser.followUp = all[(index + 1) % all.count]
        case .open:
            guard let hit = state.browser.selected else { return [] }
            return [.openMeeting(hit.meetingID, then: .showOpinion(hit.opinionID))]
        case .back:
            state.nav.show(.meetings)
            return []
        default:
            return Reducer.global(&state, command)
        }
        state.browser.cursor = ListCursor()
        return [search(&state)]
    }
}
