import DoiThoaiCore

/// Draws the whole screen for a state: title bar, the top route's content,
/// the status line and the key bar. Pure: the same state gives the same cells.
public enum ScreenRenderer {
    /// Below this the program shows "window too small" instead of a layout.
    public static let minimumWidth = 40
    public static let minimumHeight = 10

    public static func render(_ state: AppState) -> Canvas {
        var canvas = Canvas(width: state.width, height: state.height)
        guard state.width >= minimumWidth, state.height >= minimumHeight else {
            drawTooSmall(&canvas, state)
            return canvas
        }
        drawRoute(&canvas, state, routes: state.routes)
        drawStatusLine(&canvas, state)
        drawKeyBar(&canvas, state)
        return canvas
    }

    /// The content of the top route; dialogs draw over the route beneath.
    static func drawRoute(_ canvas: inout Canvas, _ state: AppState, routes: [Route]) {
        let route = routes.last ?? .meetings
        switch route {
        case .meetings:
            drawTitle(&canvas, state, state.text(.screenMeetings))
            MeetingsScreen.draw(&canvas, state)
        case .meeting:
            drawTitle(&canvas, state, state.meeting.map { $0.meeting.date.vietnamese + " · " + $0.meeting.organizer } ?? "")
            MeetingScreen.draw(&canvas, state)
        case .live:
            drawTitle(&canvas, state, state.meeting.map { $0.meeting.date.vietnamese + " · " + $0.meeting.organizer } ?? "")
            LiveScreen.draw(&canvas, state)
        case .form(let form):
            drawTitle(&canvas, state, state.text(form.title))
            FormScreen.draw(&canvas, state, form)
        case .help(let scope, let scroll):
            drawTitle(&canvas, state, state.text(.screenHelp))
            HelpScreen.draw(&canvas, state, scope: scope, scroll: scroll)
        case .pager(let pager):
            let title = pager.opinion.map { state.language.text(.detailTitle, $0) } ?? state.text(.screenPreview)
            drawTitle(&canvas, state, title)
            PagerScreen.draw(&canvas, state, pager)
        case .browser:
            drawTitle(&canvas, state, state.text(.screenBrowser))
            BrowserScreen.draw(&canvas, state)
        case .tracker:
            drawTitle(&canvas, state, state.text(.screenTracker))
            TrackerScreen.draw(&canvas, state)
        case .report:
            drawTitle(&canvas, state, state.text(.screenReport))
            ReportScreen.draw(&canvas, state)
        case .typingSettings(let row):
            drawTitle(&canvas, state, state.text(.screenTypingSettings))
            TypingSettingsScreen.draw(&canvas, state, row: row)
        case .confirm(let confirmation):
            drawRoute(&canvas, state, routes: Array(routes.dropLast()))
            canvas.cursor = nil
            ConfirmDialog.draw(&canvas, state, confirmation)
        case .conflict(let id):
            drawRoute(&canvas, state, routes: Array(routes.dropLast()))
            canvas.cursor = nil
            ConflictsPanel.dialog(&canvas, state, id)
        }
    }

    /// The status message wrapped to the status line's width (at most four lines).
    static func messageLines(_ state: AppState) -> [String] {
        guard let message = state.message, state.indexing == nil else { return [] }
        let width = state.width - TextWidth.of(" " + state.typing.settings.badge + " ") - 2
        return Array(TextWidth.wrap(message.text, to: max(10, width)).prefix(4))
    }

    static func drawTitle(_ canvas: inout Canvas, _ state: AppState, _ title: String) {
        canvas.bar("", row: 0, style: .header)
        let clock = "\(state.now.clock)  \(state.now.day.vietnamese) "
        let right = canvas.width - TextWidth.of(clock)
        let left = " \(state.text(.appName)) › "
        let x = canvas.put(left, row: 0, column: 0, style: .header)
        canvas.put(TextWidth.truncate(title, to: max(0, right - x - 1)), row: 0, column: x, style: .header)
        canvas.put(clock, row: 0, column: right, style: .header)
    }

    /// The last message on the left; on the right, always, whether the
    /// built-in Vietnamese input method is on: `[V] Telex`, `[V] VNI`, `[E]`.
    /// When the key bar takes two lines its upper one shares this row with
    /// the badge, and the message stands just above it.
    static func drawStatusLine(_ canvas: inout Canvas, _ state: AppState) {
        let row = canvas.height - 2
        canvas.fill(row: row, column: 0, width: canvas.width, height: 1, style: .normal)
        let badge = " " + state.typing.settings.badge + " "
        let badgeColumn = canvas.width - TextWidth.of(badge)
        canvas.put(badge, row: row, column: badgeColumn, style: state.typing.settings.enabled ? .statusKey : .statusBar)
        let bottom = messageBottomRow(state)
        let room = bottom == row ? max(0, badgeColumn - 1) : canvas.width
        if let progress = state.indexing {
            let text = progress.secondsLeft.map { state.language.text(.msgIndexing, progress.done, progress.total, $0) }
                ?? state.language.text(.msgIndexingNoEstimate, progress.done, progress.total)
            if bottom != row { canvas.fill(row: bottom, column: 0, width: canvas.width, height: 1, style: .normal) }
            canvas.put(TextWidth.truncate(" " + text, to: room), row: bottom, column: 0, style: .muted)
            return
        }
        guard let message = state.message else { return }
        // A long message is read whole: it grows upwards, up to four lines, over the screen's last rows.
        let lines = messageLines(state)
        let style: Style = message.isError ? .error : .muted
        for (offset, line) in lines.enumerated() {
            let y = bottom - (lines.count - 1) + offset
            guard y > 0 else { continue }
            if y != row { canvas.fill(row: y, column: 0, width: canvas.width, height: 1, style: .normal) }
            canvas.put(TextWidth.truncate(" " + line, to: room), row: y, column: 0, style: style)
        }
    }

    /// The row a message ends on: the status line, or the row above it when
    /// the key bar's second line is there.
    static func messageBottomRow(_ state: AppState) -> Int {
        KeyBar(state).upper.isEmpty ? state.height - 2 : state.height - 3
    }

    /// The keys offered, from the key table (see `KeyBar`).
    static func drawKeyBar(_ canvas: inout Canvas, _ state: AppState) {
        KeyBar(state).draw(&canvas, state)
    }

    /// What a key does here: on a closed meeting, Enter shows rather than
    /// edits; in the print dialog, F2 does what is chosen (preview, save, print).
    static func phrase(_ command: Command, _ state: AppState) -> Phrase {
        if command == .save, case .form(let form) = state.route, case .printMinutes = form.purpose {
            var reading = FormReading(form)
            return MinutesChoice(reading: &reading).action.command
        }
        if command == .save, state.nav.form?.purpose == .searchFilters { return .cmdApplyFilters }
        return command == .editItem && state.unavailableCommands.contains(.newOpinion) ? .cmdView : command.phrase
    }

    /// The entries the key bar shows now, the bottom row first.
    static func keyBarEntries(_ state: AppState) -> [(keys: String, command: Command)] {
        KeyBar(state).shown(state)
    }

    static func drawTooSmall(_ canvas: inout Canvas, _ state: AppState) {
        let message = state.language.text(.windowTooSmall, state.width, state.height)
        let lines = TextWidth.wrap(message, to: max(1, canvas.width))
        for (index, line) in lines.prefix(canvas.height).enumerated() {
            canvas.put(line, row: index, column: 0, style: .warning)
        }
    }

    /// A table row: cells padded or cut to their column widths.
    static func row(_ values: [(String, Int, Bool)]) -> String {
        values.map { TextWidth.pad($0.0, to: $0.1, alignRight: $0.2) }.joined(separator: " ")
    }
}
