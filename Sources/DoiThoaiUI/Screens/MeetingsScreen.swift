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
        /// The counts' columns: as wide as their headings ("Opinions", "Open tasks" in English), six and seven at least.
        var opinions = 6
        var openFollowUps = 7
        var fullOrganizer: Bool

        init(width: Int, organizers: Set<String> = [], language: Language = .vi) {
            // The status as wide as its longest word in this language, eleven at most (the Vietnamese).
            let statuses = [Phrase.colStatus, .statusPlanned, .statusLive, .statusClosed].map { TextWidth.of(language.text($0)) }
            status = min(11, statuses.max() ?? 11)
            opinions = max(6, TextWidth.of(language.text(.colOpinions)))
            openFollowUps = max(7, TextWidth.of(language.text(.colOpenFollowUps)))
            let fixed = 1 + 11 + 1 + 1 + (opinions + 1) + (openFollowUps + 1) + status
            let rest = max(12, width - fixed)
            let full = width >= 120
            fullOrganizer = full
            // Each organizer measured once: a province's 10,000 meetings have a few hundred.
            let names = organizers.map { full ? $0 : ShortNames.organizer($0) }
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

        let columns = Columns(width: canvas.width, organizers: list.organizers, language: state.language)
        canvas.bar(heading(state, columns), row: 2, style: .header)
        if rows.isEmpty && !list.loading {
            canvas.put(" " + state.language.text(.meetingsNone, KeyMap.keys(of: .newMeeting, in: .meetings)), row: 4, column: 0, style: .muted)
        }
        let height = listRows(state)
        for (offset, index) in (list.cursor.top..<min(rows.count, list.cursor.top + height)).enumerated() {
            let item = rows[index]
            let style: Style = index == list.cursor.selected ? .selected : .normal
            if style == .selected { canvas.fill(row: 3 + offset, column: 0, width: canvas.width, height: 1, style: style) }
            canvas.put(line(state, item, columns), row: 3 + offset, column: 0, style: style)
        }
        let lines = warningLines(state)
        // Above the status message, which may take several lines; the list stops above it (`listRows`).
        let row = ScreenRenderer.messageBottomRow(state) - max(1, ScreenRenderer.messageLines(state).count)
        for (offset, line) in lines.enumerated() {
            let at = row - (lines.count - 1) + offset
            guard at > 2 else { continue }
            canvas.fill(row: at, column: 0, width: canvas.width, height: 1, style: .normal)
            canvas.put(TextWidth.truncate(" " + line, to: canvas.width), row: at, column: 0, style: .warning)
        }
    }

    /// The rows of meetings on screen: above the warning about unreadable files, when there is one.
    static func listRows(_ state: AppState) -> Int {
        max(1, state.listHeight - warningLines(state).count)
    }

    /// The files that cannot be read, by name, every one of them; why each
    /// cannot be read (in the interface's language, whole) is what `validate`
    /// says. Two lines at most, so the names and where to read why both show at 80 columns.
    static func warningLines(_ state: AppState) -> [String] {
        let failures = state.list.failures
        guard !failures.isEmpty else { return [] }
        let names = failures.map { failure in
            String(failure.split(separator: ":", maxSplits: 1).first ?? Substring(failure)).split(separator: "/").last.map(String.init) ?? failure
        }
        let text = state.language.text(.brokenFiles, failures.count, names.joined(separator: ", "))
        return Array(TextWidth.wrap(text, to: max(1, state.width - 1)).prefix(2))
    }

    static func heading(_ state: AppState, _ c: Columns) -> String {
        let cells: [(String, Int, Bool)] = [
            (state.text(.colDate), 10, false), (state.text(.colOrganizer), c.organizer, false),
            (state.text(.colTitle), c.title, false), (state.text(.colOpinions), c.opinions, true),
            (state.text(.colOpenFollowUps), c.openFollowUps, true),
            (state.text(.colStatus), c.status, false),
        ]
        return " " + ScreenRenderer.row(cells)
    }

    static func line(_ state: AppState, _ row: MeetingRow, _ c: Columns) -> String {
        let cells: [(String, Int, Bool)] = [
            (row.date.vietnamese, 10, false), (c.organizerText(row), c.organizer, false),
            (c.fullOrganizer ? row.title : ShortNames.title(row.title), c.title, false),
            (String(row.opinionCount), c.opinions, true),
            (row.openFollowUps == 0 ? "·" : String(row.openFollowUps), c.openFollowUps, true),
            (state.text(row.status.phrase), c.status, false),
        ]
        // "!" in the first column: conflicts from sync wait for the secretary's choice.
        return (row.openConflicts > 0 ? "!" : " ") + ScreenRenderer.row(cells)
    }
}
