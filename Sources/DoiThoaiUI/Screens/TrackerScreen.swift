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

    static func draw(_ canvas: inout Canvas, _ state: AppState) {
        let tracker = state.tracker
        let rows = tracker.visible
        drawFilters(&canvas, state, TrackerState.Filter.allCases, chosen: tracker.filter, phrase: \.phrase,
                    trailing: state.language.text(.trackerCount, rows.count))
        let w = canvas.width
        let whenWidth = 16
        let assigneeWidth = max(10, (w - 10 - whenWidth - 8) / 3)
        let taskWidth = max(8, w - 10 - whenWidth - assigneeWidth - 5)
        canvas.bar(" " + ScreenRenderer.row([(state.text(.colDue), 10, false), ("", whenWidth, false),
                                              (state.text(.fieldAssignee), assigneeWidth, false), (state.text(.fieldTask), taskWidth, false)]),
                   row: 2, style: .header)
        if rows.isEmpty {
            canvas.put(" " + state.text(tracker.loading ? .trackerLoading : .trackerNone), row: 4, column: 0, style: .muted)
        }
        let height = state.listHeight - 1
        for (offset, index) in (tracker.cursor.top..<min(rows.count, tracker.cursor.top + height)).enumerated() {
            let row = rows[index]
            let selected = index == tracker.cursor.selected
            let when: String
            if let left = row.daysLeft {
                when = left < 0 ? state.language.text(.trackerLate, -left) : left == 0 ? state.text(.trackerToday)
                    : state.language.text(.trackerLeft, left)
            } else {
                when = state.text(row.followUp.status.phrase)
            }
            let style: Style = selected ? .selected : row.isOverdue ? .warning : .normal
            if selected { canvas.fill(row: 3 + offset, column: 0, width: w, height: 1, style: .selected) }
            let task = row.followUp.task + " — " + row.meetingDate.vietnamese + " " + row.organizer
                + (row.opinionNumbers.isEmpty ? "" : " (#" + row.opinionNumbers.map(String.init).joined(separator: ", #") + ")")
            canvas.put(" " + ScreenRenderer.row([(row.followUp.dueDate.vietnamese, 10, false), (when, whenWidth, false),
                                                 (row.followUp.assignee, assigneeWidth, false), (task, taskWidth, false)]),
                       row: 3 + offset, column: 0, style: style)
        }
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
