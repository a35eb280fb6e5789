import DoiThoaiCore

/// Keys on the follow-ups screen and on the report screen.
enum TrackerReducer {
    static func open(_ state: inout AppState) -> [Effect] {
        state.nav.show(.tracker)
        state.tracker.loading = true
        return [.loadFollowUps(asOf: state.now.day)]
    }

    static func key(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard let command = KeyMap.command(for: key, in: state.keyContext) else { return [] }
        var tracker = state.tracker
        let rows = tracker.visible
        if tracker.cursor.apply(command, count: rows.count, visible: TrackerScreen.listRows(state)) {
            state.tracker = tracker
            return []
        }
        let selected = rows.indices.contains(tracker.cursor.selected) ? rows[tracker.cursor.selected] : nil
        switch command {
        case .nextFilter, .previousFilter:
            let all = TrackerState.Filter.allCases
            let step = command == .nextFilter ? 1 : all.count - 1
            tracker.filter = all[(tracker.filter.rawValue + step) % all.count]
            tracker.cursor = ListCursor()
            state.tracker = tracker
        case .editItem:
            guard let selected else { return [] }
            return [.openMeeting(selected.meetingID, then: .editFollowUp(selected.followUp.id))]
        case .openMeetingOfRow:
            guard let selected else { return [] }
            return [.openMeeting(selected.meetingID)]
        case .back:
            state.nav.show(.meetings)
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
        state.nav.show(.report)
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
        case .back: state.nav.show(.meetings)
        default: return Reducer.global(&state, command)
        }
        return []
    }
}
