import DoiThoaiCore

/// Keys on the follow-ups screen and on the report screen.
enum TrackerReducer {
    static func open(_ state: inout AppState) -> [Effect] {
        state.nav.lookUp(.tracker)
        state.tracker.recount = true
        return [load(&state)]
    }

    /// Asks the index for the rows around the cursor (three screens' worth)
    /// of the filter shown, with the counts when they are not known or stale.
    static func load(_ state: inout AppState) -> Effect {
        let height = TrackerScreen.listRows(state)
        state.tracker.loading = true
        return .loadFollowUps(FollowUpPageRequest(query: state.tracker.filter.query, asOf: state.now.day,
                                                  offset: max(0, state.tracker.cursor.top - height), limit: max(60, 3 * height),
                                                  counting: state.tracker.tally == nil || state.tracker.recount))
    }

    /// A page came: kept when it is of the filter shown (a page asked for
    /// before the filter changed is dropped).
    static func loaded(_ state: inout AppState, _ page: FollowUpPage) -> [Effect] {
        if let tally = page.tally {
            state.tracker.tally = tally
            state.tracker.recount = false
        }
        guard page.query == state.tracker.filter.query, page.asOf == state.now.day else { return [] }
        state.tracker.loading = false
        state.tracker.rows = page.rows
        state.tracker.first = page.offset
        let height = TrackerScreen.listRows(state)
        state.tracker.cursor.keepInView(count: state.tracker.count, visible: height)
        return state.tracker.holds(top: state.tracker.cursor.top, height: height) ? [] : [load(&state)]
    }

    static func key(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard let command = KeyMap.command(for: key, in: state.keyContext) else { return [] }
        var tracker = state.tracker
        let height = TrackerScreen.listRows(state)
        if tracker.cursor.apply(command, count: tracker.count, visible: height) {
            state.tracker = tracker
            return tracker.holds(top: tracker.cursor.top, height: height) ? [] : [load(&state)]
        }
        let selected = tracker.selected
        switch command {
        case .nextFilter, .previousFilter:
            let all = TrackerState.Filter.allCases
            let step = command == .nextFilter ? 1 : all.count - 1
            tracker.filter = all[(tracker.filter.rawValue + step) % all.count]
            tracker.cursor = ListCursor()
            tracker.rows = []
            tracker.first = 0
            state.tracker = tracker
            return [load(&state)]
        case .editItem:
            guard let selected else { return [] }
            return [.openMeeting(selected.meetingID, then: .editFollowUp(selected.followUp.id))]
        case .openMeetingOfRow:
            guard let selected else { return [] }
            return [.openMeeting(selected.meetingID)]
        case .back:
            state.nav.leaveLookUp()
        default:
            return Reducer.global(&state, command)
        }
        return []
    }

    static func openReport(_ state: inout AppState) -> [Effect] {
        // The report opens on this year; an archive with no meeting this year
        // (one kept for the record, or the first days of January) opens on
        // all time rather than on a page of zeros, until a period is chosen.
        if !state.reportScreen.periodChosen {
            let year = ReportScreenState.Period.year.range(around: state.now.day)
            let thisYear = state.list.rows.contains { row in
                year.from.map { row.date >= $0 } ?? true && year.to.map { row.date <= $0 } ?? true
            }
            state.reportScreen.period = thisYear || state.list.rows.isEmpty ? .year : .all
        }
        state.nav.lookUp(.report)
        state.reportScreen.loading = true
        return [reportEffect(state)]
    }

    static func reportEffect(_ state: AppState) -> Effect {
        let range = state.reportScreen.period.range(around: state.now.day)
        return .loadReport(from: range.from, to: range.to, asOf: state.now.day, english: state.language == .en)
    }

    static func reportKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard let command = KeyMap.command(for: key, in: state.keyContext) else { return [] }
        switch command {
        case .nextFilter, .previousFilter:
            let all = ReportScreenState.Period.allCases
            let step = command == .nextFilter ? 1 : all.count - 1
            state.reportScreen.period = all[(state.reportScreen.period.rawValue + step) % all.count]
            state.reportScreen.periodChosen = true
            state.reportScreen.top = 0
            state.reportScreen.loading = true
            return [reportEffect(state)]
        case .up: state.reportScreen.top = max(0, state.reportScreen.top - 1)
        case .down: state.reportScreen.top += 1
        case .pageUp: state.reportScreen.top = max(0, state.reportScreen.top - state.listHeight)
        case .pageDown: state.reportScreen.top += state.listHeight
        case .first: state.reportScreen.top = 0
        case .back: state.nav.leaveLookUp()
        default: return Reducer.global(&state, command)
        }
        return []
    }
}
