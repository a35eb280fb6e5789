import DoiThoaiCore

/// Keys in the opinions browser: typing searches at once; F2 (or F3) opens
/// the filter form, F4 and F5 step the period and the
/// follow-up state at once, F8 clears the filters; Enter opens the meeting
/// at that opinion; Esc goes back, and `/` returns to the results as they were.
enum BrowserReducer {
    static let pageSize = 200

    static func open(_ state: inout AppState) -> [Effect] {
        // A look-up during a meeting (the same household's complaint last time?) keeps the meeting under it.
        let leave = state.nav.looksUpOverMeeting ? [] : Reducer.leaveMeeting(&state)
        state.nav.lookUp(.browser)
        return leave + [search(&state)]
    }

    static func search(_ state: inout AppState) -> Effect {
        state.browser.searching = true
        state.browser.searchSentAt = state.now.seconds
        return .search(state.browser.searchQuery(today: state.now.day), limit: pageSize)
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
        case .editFilters:
            return openFilters(&state)
        case .filterPeriod:
            state.browser.filters.stepPeriod(today: state.now.day)
        case .filterFollowUp:
            let all: [SearchFilters.FollowUpState?] = [nil] + SearchFilters.FollowUpState.allCases
            let index = all.firstIndex(of: state.browser.filters.followUp) ?? 0
            state.browser.filters.followUp = all[(index + 1) % all.count]
        case .clearFilters:
            guard !state.browser.filters.isEmpty else { return [] }
            state.browser.filters = BrowserFilterValue()
        case .open:
            guard let hit = state.browser.selected else { return [] }
            return [.openMeeting(hit.meetingID, then: .showOpinion(hit.opinionID))]
        case .back:
            state.nav.leaveLookUp()
            return []
        default:
            return Reducer.global(&state, command)
        }
        state.browser.cursor = ListCursor()
        return [search(&state)]
    }

    /// The filter form over the results, built from the filters chosen,
    /// with the focus on `key` (the topic, its first field, unless told).
    static func openFilters(_ state: inout AppState, at key: FormField.Key = .topic) -> [Effect] {
        let value = state.browser.filters
        var form = FormState(purpose: .searchFilters, title: .formSearchFilters, fields: value.fields)
        state.nav.push(.form(form))
        // Entered as Tab enters a field: a date is selected so typing replaces it, the topic's list shows where it is.
        form.focus = (form.fields.firstIndex { $0.key == key } ?? 0) - 1
        FormReducer.moveFocus(&state, &form, by: 1)
        state.nav.form = form
        return []
    }

    /// F2 in the filter form: the filters are read (a date that does not
    /// read, or a period that ends before it starts, is marked beside its
    /// field and the form stays), kept, and the results searched again.
    static func applyFilters(_ state: inout AppState, _ checked: FormState) -> [Effect] {
        var form = checked
        var reading = FormReading(form)
        let value = BrowserFilterValue(reading: &reading)
        FormSubmission.mark(&form, reading.problems)
        if let from = value.from, let to = value.to, to < from { form.setError(.to, .errorToBeforeFrom) }
        if form.hasErrors, let first = form.fields.firstIndex(where: { $0.error != nil }) { form.focus = first }
        state.nav.form = form
        guard !form.hasErrors else { return [] }
        state.browser.filters = value
        state.nav.pop()
        state.browser.cursor = ListCursor()
        return [search(&state)]
    }

    /// The organizers the filter completes, from the meetings list (the index's rows).
    static func learnOrganizers(_ state: inout AppState) {
        state.vocabulary.organizers = Vocabulary.ranked(organizers: state.list.rows.map(\.organizer))
    }
}
