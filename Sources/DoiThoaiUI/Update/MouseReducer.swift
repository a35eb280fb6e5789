import DoiThoaiCore

/// The mouse, where the terminal reports it: a click on a list row selects
/// it (a second click opens it), the wheel scrolls, a click on the key bar
/// presses that key, a click on a meeting's tab shows that tab.
enum MouseReducer {
    static func click(_ state: inout AppState, row: Int, column: Int, wheel: Int) -> [Effect] {
        if wheel != 0 { return Reducer.keyPressed(&state, wheel < 0 ? .up : .down) }
        if row >= state.height - 2, let key = keyBarKey(state, row: row, column: column) {
            return Reducer.keyPressed(&state, key)
        }
        switch state.route {
        case .meetings:
            let index = state.list.cursor.top + row - 3
            guard row >= 3, row < 3 + MeetingsScreen.listRows(state), index < state.list.visibleRows.count else { return [] }
            if index == state.list.cursor.selected { return Reducer.keyPressed(&state, .enter) }
            state.list.cursor.selected = index
            state.list.cursor.keepInView(count: state.list.visibleRows.count, visible: MeetingsScreen.listRows(state))
        case .meeting:
            guard var open = state.meeting else { return [] }
            if row == 2, let tab = tab(at: column, state, open) {
                open.tab = tab
            } else {
                let index = open.cursor.top + row - MeetingScreen.contentRow - 1
                guard row > MeetingScreen.contentRow, index < open.rowCount else { return [] }
                if index == open.cursor.selected {
                    state.meeting = open
                    return Reducer.keyPressed(&state, .enter)
                }
                open.cursor.selected = index
            }
            state.meeting = open
        default:
            break
        }
        return []
    }

    /// The key whose entry on the key bar covers `row`, `column`.
    static func keyBarKey(_ state: AppState, row: Int, column: Int) -> Key? {
        guard let command = KeyBar(state).command(atRow: row, column: column, state) else { return nil }
        return KeyMap.rows(in: state.keyContext).first { $0.command == command }?.keys.first
    }

    static func tab(at column: Int, _ state: AppState, _ open: MeetingState) -> MeetingTab? {
        var x = 1
        for (tab, label) in MeetingScreen.tabLabels(state, open, width: state.width) {
            let width = TextWidth.of(label) + 1
            if column >= x && column < x + width { return tab }
            x += width
        }
        return nil
    }
}
