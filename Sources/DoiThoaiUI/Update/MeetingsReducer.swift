import DoiThoaiCore

/// Keys on the meetings list.
enum MeetingsReducer {
    static func key(_ state: inout AppState, _ key: Key) -> [Effect] {
        if state.list.filtering {
            switch key {
            case .enter, .down, .tab:
                state.list.filtering = false
                return []
            case .escape:
                state.list.filtering = false
                state.list.filter = TextField()
                state.list.cursor = ListCursor()
                return []
            default:
                if KeyMap.command(for: key, in: .meetings, typing: true) == nil || key == .left || key == .right {
                    if state.list.filter.handle(key) {
                        state.list.cursor = ListCursor()
                        return []
                    }
                }
            }
        }
        guard let command = KeyMap.command(for: key, in: .meetings, typing: state.list.filtering) else { return [] }
        let rows = state.list.visibleRows
        if state.list.cursor.apply(command, count: rows.count, visible: state.listHeight) { return [] }
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
