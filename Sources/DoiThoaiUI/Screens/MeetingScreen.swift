import DoiThoaiCore

/// A meeting: its title, a row of tabs, and the chosen tab's content.
enum MeetingScreen {
    /// First row of tab content; list tabs put their headings here.
    static let contentRow = 3

    static func draw(_ canvas: inout Canvas, _ state: AppState) {
        guard let open = state.meeting else { return }
        let meeting = open.meeting
        let status = "[\(state.text(meeting.status.phrase))]"
        let titleWidth = canvas.width - TextWidth.of(status) - 3
        canvas.put(" " + TextWidth.truncate(meeting.title, to: titleWidth), row: 1, column: 0, style: .label)
        canvas.put(status, row: 1, column: canvas.width - TextWidth.of(status) - 1,
                   style: meeting.status == .live ? .warning : .muted)
        drawTabs(&canvas, state, open)
        switch open.tab {
        case .details: MeetingDetailsPanel.draw(&canvas, state, meeting)
        case .attendees: MeetingListsPanel.attendees(&canvas, state, open)
        case .agenda: MeetingListsPanel.agenda(&canvas, state, open)
        case .opinions: MeetingListsPanel.opinions(&canvas, state, open)
        case .followUps: MeetingListsPanel.followUps(&canvas, state, open)
        case .conclusion: MeetingDetailsPanel.conclusion(&canvas, state, meeting)
        case .conflicts: ConflictsPanel.list(&canvas, state, open)
        }
    }

    static func drawTabs(_ canvas: inout Canvas, _ state: AppState, _ open: MeetingState) {
        var x = 1
        for (tab, label) in tabLabels(state, open, width: canvas.width) {
            x = canvas.put(label, row: 2, column: x, style: tab == open.tab ? .selected : .label) + 1
        }
    }

    /// The tabs' labels as drawn: with their counts when they fit in
    /// `width`, else the counts only on the conflicts tab.
    static func tabLabels(_ state: AppState, _ open: MeetingState, width: Int) -> [(MeetingTab, String)] {
        let full = open.tabs.map { ($0, tabLabel($0, state, open)) }
        let needed = full.reduce(1) { $0 + TextWidth.of($1.1) + 1 }
        guard needed > width else { return full }
        return open.tabs.map { ($0, $0 == .conflicts ? tabLabel($0, state, open) : " " + state.text($0.phrase) + " ") }
    }

    /// " Ý kiến 12 ": a tab's name and how many rows it holds.
    static func tabLabel(_ tab: MeetingTab, _ state: AppState, _ open: MeetingState) -> String {
        let m = open.meeting
        let count: Int? = switch tab {
        case .attendees: m.attendees.count
        case .agenda: m.agenda.count
        case .opinions: m.opinions.count
        case .followUps: m.followUps.count
        case .conflicts: m.openConflicts.count
        default: nil
        }
        return " " + state.text(tab.phrase) + (count.map { " \($0)" } ?? "") + " "
    }

    /// Draws rows `lines` of a list tab under its heading, the cursor's row selected.
    static func drawList(_ canvas: inout Canvas, _ state: AppState, heading: String, lines: [String],
                         cursor: ListCursor, empty: Phrase) {
        canvas.bar(heading, row: contentRow, style: .header)
        if lines.isEmpty {
            canvas.put(" " + state.language.text(empty, KeyMap.keys(of: .addAttendee, in: .meeting)), row: contentRow + 2, column: 0, style: .muted)
            return
        }
        // As many rows as the reducer keeps the cursor within (rows 4 to 21 at 24 lines).
        let height = state.listHeight
        for (offset, index) in (cursor.top..<min(lines.count, cursor.top + height)).enumerated() {
            let row = contentRow + 1 + offset
            let selected = index == cursor.selected
            if selected { canvas.fill(row: row, column: 0, width: canvas.width, height: 1, style: .selected) }
            canvas.put(lines[index], row: row, column: 0, style: selected ? .selected : .normal)
        }
    }
}
