import DoiThoaiCore

/// A read-only text page by page (the minutes' preview, an opinion of a
/// closed meeting). When it goes on below or above the window, the last or
/// first row says how many lines and which keys bring them, as help does.
enum PagerScreen {
    static func draw(_ canvas: inout Canvas, _ state: AppState, _ pager: Pager) {
        let height = canvas.height - 3
        for (offset, line) in pager.lines.dropFirst(pager.top).prefix(height).enumerated() {
            canvas.put(line, row: 1 + offset, column: 0)
        }
        guard height > 2 else { return }
        // Each sign stands over a line of the text, which it counts among those not seen.
        if pager.top + height < pager.lines.count {
            let below = pager.lines.count - (pager.top + height - 1)
            let sign = " " + state.language.text(.helpMoreBelow, below, keys(.down, .pageDown, .last))
            canvas.put(TextWidth.pad(TextWidth.truncate(sign, to: canvas.width), to: canvas.width), row: height, column: 0, style: .selected)
        }
        if pager.top > 0 {
            let sign = " " + state.language.text(.helpMoreAbove, pager.top + 1, keys(.up, .pageUp, .first))
            canvas.put(TextWidth.pad(TextWidth.truncate(sign, to: canvas.width), to: canvas.width), row: 1, column: 0, style: .selected)
        }
    }

    /// "↓, PgDn, End": the keys that scroll the page, from the key table.
    static func keys(_ commands: Command...) -> String {
        commands.map { KeyMap.keys(of: $0, in: .pager) }.joined(separator: ", ")
    }
}
