import DoiThoaiCore

/// The meetings table: date, organizer, title, opinions, open follow-ups,
/// status; newest first, with a filter as you type.
enum MeetingsScreen {
    /// Column widths: the organizer takes what its short names need (at
    /// most nine twentieths of the free width), the title the rest; at 120
    /// columns and more the organizer and the title are shown whole.
    struct Columns {
        var organizer: Int
        var title: Int
        var status: Int
        var fullOrganizer: Bool

        init(width: Int, rows: [MeetingRow] = []) {
            status = 11
            let fixed = 1 + 11 + 1 + 1 + 7 + 8 + status
            let rest = max(12, width - fixed)
            let full = width >= 120
            fullOrganizer = full
            // Each organizer measured once: a province's 10,000 meetings have a few hundred.
            let names = Set(rows.lazy.map(\.organizer)).map { full ? $0 : ShortNames.organizer($0) }
            let needed = max(8, names.map(TextWidth.of).max() ?? 8)
            organizer = min(needed, max(8, rest * 9 / 20))
            title = max(4, rest - organizer)
        }

        /// Below 120 columns, the generic lead of titles is dropped too.
        func organizerText(_ row: MeetingRow) -> String {
            fullOrganizer ? row.organizer : ShortNames.organizer(row.organizer)
        }
    }

    static func draw(_ canvas: inout Canvas, _ state: AppState) {
        let list = state.list
        let rows = list.visibleRows
        let count = list.loading ? "…" : state.language.text(.meetingsCount, rows.count)
        var x = canvas.put(" " + count + "   ", row: 1, column: 0, style: .label)
        // The last sync (F8) on the right; the filter takes what is left.
        let sync = TextWidth.truncate(SyncReducer.headerText(state), to: max(0, canvas.width / 2 - 2))
        let syncStyle: Style = state.sync.last?.failure != nil && !state.sync.running ? .warning : .muted
        canvas.put(sync, row: 1, column: canvas.width - TextWidth.of(sync) - 1, style: syncStyle)
        x = canvas.put(state.text(.meetingsFilterLabel), row: 1, column: x, style: .muted)
        let filterWidth = max(1, canvas.width - x - TextWidth.of(sync) - 3)
        let visible = list.filter.visible(in: filterWidth)
        if list.filtering {
            canvas.fill(row: 1, column: x, width: filterWidth, height: 1, style: .input)
            canvas.cursor = (1, x + visible.cursorColumn)
        }
        canvas.put(visible.text, row: 1, column: x, style: list.filtering ? .input : .normal)

        let columns = Columns(width: canvas.width, rows: rows)
        canvas.bar(heading(state, columns), row: 2, style: .header)
        if rows.isEmpty && !list.loading {
            canvas.put(" " + state.language.text(.meetingsNone, KeyMap.keys(of: .newMeeting, in: .meetings)), row: 4, column: 0, style: .muted)
        }
        let height = state.listHeight
        for (offset, index) in (list.cursor.top..<min(rows.count, list.cursor.top + height)).enumerated() {
            let item = rows[index]
            let style: Style = index == list.cursor.selected ? .selected : .normal
            if style == .selected { canvas.fill(row: 3 + offset, column: 0, width: canvas.width, height: 1, style: style) }
            canvas.put(line(state, item, columns), row: 3 + offset, column: 0, style: style)
        }
        if !list.failures.isEmpty {
            let text = state.language.text(.brokenFiles, list.failures.count, list.failures.joined(separator: "; "))
            // Above the status message, which may take several lines.
            let row = ScreenRenderer.messageBottomRow(state) - max(1, ScreenRenderer.messageLines(state).count)
            canvas.put(TextWidth.truncate(" " + text, to: canvas.width), row: row, column: 0, style: .warning)
        }
    }

    static func heading(_ state: AppState, _ c: Columns) -> String {
        let cells: [(String, Int, Bool)] = [
            (state.text(.colDate), 10, false), (state.text(.colOrganizer), c.organizer, false),
            (state.text(.colTitle), c.title, false), (state.text(.colOpinions), 6, true),
            (state.text(.colOpenFollowUps), 7, true),
            (state.text(.colStatus), c.status, false),
        ]
        return " " + ScreenRenderer.row(cells)
    }

    static func line(_ state: AppState, _ row: MeetingRow, _ c: Columns) -> String {
        let cells: [(String, Int, Bool)] = [
            (row.date.vietnamese, 10, false), (c.organizerText(row), c.organizer, false),
            (c.fullOrganizer ? row.title : ShortNames.title(row.title), c.title, false),
            (String(row.opinionCount), 6, true), (row.openFollowUps == 0 ? "·" : String(row.openFollowUps), 7, true),
            (state.text(row.status.phrase), c.status, false),
        ]
        // "!" in the first column: conflicts from sync wait for the secretary's choice.
        return (row.openConflicts > 0 ? "!" : " ") + ScreenRenderer.row(cells)
    }
}
