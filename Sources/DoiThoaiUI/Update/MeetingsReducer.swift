import DoiThoaiCore

/// Keys on the meetings list, and in its filter while it is typed.
enum MeetingsReducer {
    static func key(_ state: inout AppState, _ key: Key) -> [Effect] {
        let row = KeyMap.binding(for: key, in: state.keyContext)
        // While the filter is typed, letters and its line-editing keys change it.
        if state.list.filtering, row == nil || row?.scope == .lineEdit {
            let taken = row.map { state.list.filter.edit($0.command) } ?? state.list.filter.type(key)
            if taken { state.list.cursor = ListCursor() }
            return []
        }
        guard let command = row?.command else { return [] }
        let rows = state.list.visibleRows
        if state.list.cursor.apply(command, count: rows.count, visible: MeetingsScreen.listRows(state)) { return [] }
        let selected = rows.indices.contains(state.list.cursor.selected) ? rows[state.list.cursor.selected] : nil
        switch command {
        case .open:
            if let selected { return [.openMeeting(selected.id)] }
        case .newMeeting:
            state.nav.push(.form(Forms.newMeeting(today: state.now.day)))
        case .deleteMeeting:
            if let selected {
                let message = state.language.text(.confirmDeleteMeeting, "\(selected.date.vietnamese) · \(selected.title)")
                state.nav.push(.confirm(Confirmation(.deleteMeeting(selected.id), message: message)))
            }
        case .printMinutes:
            if let selected { return MinutesDialog.open(&state, selected.id) }
        case .filter:
            state.list.filtering = true
        case .endFilter:
            state.list.filtering = false
        case .clearFilter:
            state.list.filtering = false
            state.list.filter = TextField()
            state.list.cursor = ListCursor()
        case .sync:
            return SyncReducer.start(&state)
        case .back:
            if !state.list.filter.isEmpty {
                state.list.filter = TextField()
                state.list.cursor = ListCursor()
            }
        default:
            return Reducer.global(&state, command)
        }
        return []
    }
}
