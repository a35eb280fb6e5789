import DoiThoaiCore
/// A question in a box over the screen beneath it.
enum ConfirmDialog {
    static func draw(_ canvas: inout Canvas, _ state: AppState, _ confirmation: Confirmation) {
        draw(&canvas, state, message: confirmation.message, answers: .confirm)
    }

    /// A box with `message` (lines wrapped, blank lines kept) and the keys of `answers`.
    static func draw(_ canvas: inout Canvas, _ state: AppState, message: String, answers: KeyScope) {
        let boxWidth = min(canvas.width - 4, 64)
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { $0.isEmpty ? [""] : TextWidth.wrap(String($0), to: boxWidth - 4) }
        let answer = KeyMap.bar(in: KeyContext(answers))
            .map { "\($0.keys) \(state.text($0.command.phrase))" }.joined(separator: "   ")
        let boxHeight = min(canvas.height - 4, lines.count + 4)
        let top = max(1, (canvas.height - boxHeight) / 2)
        let left = max(0, (canvas.width - boxWidth) / 2)
        canvas.fill(row: top, column: left, width: boxWidth, height: boxHeight, style: .selected)
        canvas.put("┌" + String(repeating: "─", count: boxWidth - 2) + "┐", row: top, column: left, style: .selected)
        for (offset, line) in lines.prefix(boxHeight - 4).enumerated() {
            canvas.put("│ " + line, row: top + 1 + offset, column: left, style: .selected)
            canvas.put("│", row: top + 1 + offset, column: left + boxWidth - 1, style: .selected)
        }
        let answerRow = top + boxHeight - 2
        canvas.put("│", row: answerRow - 1, column: left, style: .selected)
        canvas.put("│", row: answerRow - 1, column: left + boxWidth - 1, style: .selected)
        canvas.put("│ " + TextWidth.truncate(answer, to: boxWidth - 4), row: answerRow, column: left, style: .selected)
        canvas.put("│", row: answerRow, column: left + boxWidth - 1, style: .selected)
        canvas.put("└" + String(repeating: "─", count: boxWidth - 2) + "┘", row: top + boxHeight - 1, column: left,
                   style: .selected)
    }
}
