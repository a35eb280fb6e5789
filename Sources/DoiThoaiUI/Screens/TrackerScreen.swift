import DoiThoaiCore

/// Follow-ups across meetings: due date, days late or left, assignee,
/// status, the meeting and opinions; overdue rows marked with ⚠ and words,
/// so they read clearly without colour.
enum TrackerScreen {
    static func drawFilters<T>(_ canvas: inout Canvas, _ state: AppState, _ all: [T], chosen: T, phrase: (T) -> Phrase,
                               trailing: String) where T: Equatable {
        var x = 1
        for item in all {
            x = canvas.put(" \(state.text(phrase(item))) ", row: 1, column: x, style: item == chosen ? .selected : .label) + 1
        }
        canvas.put(trailing, row: 1, column: max(x + 1, canvas.width - TextWidth.of(trailing) - 1), style: .muted)
    }

    /// Rows of the detail pane under the list (none in a short window).
    static func paneHeight(_ state: AppState) -> Int { state.height >= 20 ? 4 : 0 }

    /// Rows of follow-ups on screen, above the detail pane.
    static func listRows(_ state: AppState) -> Int { max(1, state.listHeight - 1 - paneHeight(state)) }

    /// The selected follow-up whole: its meeting, the opinions it answers,
    /// the assignee and the task, wrapped.
    static func drawPane(_ canvas: inout Canvas, _ state: AppState, _ row: FollowUpRow) {
        let height = paneHeight(state)
        guard height > 0 else { return }
        let top = canvas.height - 2 - height
        let w = canvas.width
        canvas.bar(" " + TextWidth.truncate(row.meetingDate.vietnamese + " · " + row.organizer
            + (row.opinionNumbers.isEmpty ? "" : " · " + state.language.text(.trackerOpinions,
                row.opinionNumbers.map(String.init).joined(separator: ", "))), to: w - 2), row: top, style: .header)
        var lines = TextWidth.wrap(state.text(.fieldAssignee) + ": " + row.followUp.assignee, to: w - 2)
        lines += TextWidth.wrap(state.text(.fieldTask) + ": " + row.followUp.task, to: w - 2)
        for (offset, line) in lines.prefix(height - 1).enumerated() {
            canvas.put(" " + line, row: top + 1 + offset, column: 0)
        }
    }

    static func draw(_ canvas: inout Canvas, _ state: AppState) {
        let tracker = state.tracker
        let count = tracker.count
        drawFilters(&canvas, state, TrackerState.Filter.allCases, chosen: tracker.filter, phrase: \.phrase,
                    trailing: tracker.tally == nil ? "" : state.language.text(.trackerCount, count))
        let w = canvas.width
        let widths = columns(state, width: w)
        let headings = [state.text(.colDue), "", state.text(.colMeeting), state.text(.colOpinionNumbers),
                        state.text(.fieldAssignee), state.text(.fieldTask)]
        canvas.bar(" " + ScreenRenderer.row(headings.indices.map { (headings[$0], widths[$0], $0 == 3) }), row: 2, style: .header)
        if count == 0 || (tracker.loading && tracker.rows.isEmpty) {
            canvas.put(" " + state.text(tracker.loading ? .trackerLoading : .trackerNone), row: 4, column: 0, style: .muted)
            return
        }
        let height = listRows(state)
        if let selected = tracker.selected { drawPane(&canvas, state, selected) }
        for (offset, index) in (tracker.cursor.top..<min(count, tracker.cursor.top + height)).enumerated() {
            let selected = index == tracker.cursor.selected
            guard let row = tracker.row(index) else {
                // Not read yet (the page around it is on its way): said, not left blank.
                canvas.put(" " + state.text(.trackerLoading), row: 3 + offset, column: 0, style: selected ? .selected : .muted)
                continue
            }
            let style: Style = selected ? .selected : row.isOverdue ? .warning : .normal
            if selected { canvas.fill(row: 3 + offset, column: 0, width: w, height: 1, style: .selected) }
            let cells = [row.followUp.dueDate.vietnamese, when(state, row), meeting(row, width: w), numbers(row),
                         row.followUp.assignee, row.followUp.task]
            canvas.put(" " + ScreenRenderer.row(cells.indices.map { (cells[$0], widths[$0], $0 == 3) }),
                       row: 3 + offset, column: 0, style: style)
        }
    }

    /// "⚠ trễ 12 ngày", "còn 3 ngày", or the status once done.
    static func when(_ state: AppState, _ row: FollowUpRow) -> String {
        guard let left = row.daysLeft else { return state.text(row.followUp.status.phrase) }
        return left < 0 ? state.language.text(.trackerLate, -left) : left == 0 ? state.text(.trackerToday)
            : state.language.text(.trackerLeft, left)
    }

    /// The meeting by its place ("P. Ngọc Thụy"); its organizer whole from 120 columns.
    static func meeting(_ row: FollowUpRow, width: Int) -> String {
        width >= 120 ? row.organizer : ShortNames.organizer(row.organizer)
    }

    static func numbers(_ row: FollowUpRow) -> String { row.opinionNumbers.map(String.init).joined(separator: ",") }

    /// Due, when, meeting, opinions and assignee as wide as the rows on
    /// screen need, the task in the rest; below 100 columns the task gives
    /// way to the assignee and the meeting (the pane below shows it whole).
    static func columns(_ state: AppState, width: Int) -> [Int] {
        let top = state.tracker.cursor.top
        let shown = (top..<top + listRows(state)).compactMap(state.tracker.row)
        let roomy = width >= 100
        return ColumnFit.widths([
            ColumnFit.Column(need: 10, minimum: 10),
            ColumnFit.Column(shown.map { when(state, $0) }, minimum: 8),
            ColumnFit.Column(shown.map { meeting($0, width: width) }, heading: state.text(.colMeeting), minimum: 10),
            ColumnFit.Column(shown.map(numbers), heading: state.text(.colOpinionNumbers)),
            ColumnFit.Column(shown.map(\.followUp.assignee), heading: state.text(.fieldAssignee), minimum: 12),
            ColumnFit.Column(shown.map(\.followUp.task), heading: state.text(.fieldTask), minimum: roomy ? 16 : 0, filler: true),
        ], total: width - 1)
    }
}

/// The dialogue report: the period chosen, the table and the bar charts,
/// drawn to fit the window and scrolled with the arrows.
enum ReportScreen {
    static func lines(_ state: AppState, width: Int) -> [String] {
        guard let report = state.reportScreen.report, !state.reportScreen.loading else { return [state.text(.reportLoading)] }
        return ReportRenderer.text(report, english: state.language == .en, width: width).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static func draw(_ canvas: inout Canvas, _ state: AppState) {
        TrackerScreen.drawFilters(&canvas, state, ReportScreenState.Period.allCases, chosen: state.reportScreen.period,
                                  phrase: \.phrase, trailing: "")
        let all = lines(state, width: canvas.width - 2)
        let height = canvas.height - 5
        let top = min(state.reportScreen.top, max(0, all.count - height))
        for (offset, line) in all.dropFirst(top).prefix(height).enumerated() {
            canvas.put(" " + line, row: 3 + offset, column: 0, style: offset + top == 0 ? .label : .normal)
        }
    }
}
