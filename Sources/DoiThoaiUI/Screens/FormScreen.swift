import DoiThoaiCore

/// A form: one labelled field per line (a multi-line editor takes the rest
/// of the screen), the focused field highlighted, errors beside the field.
enum FormScreen {
    static func draw(_ canvas: inout Canvas, _ state: AppState, _ form: FormState) {
        if form.dirty {
            let mark = state.text(.formUnsavedMark)
            canvas.put(mark, row: 1, column: canvas.width - TextWidth.of(mark) - 1, style: .warning)
        }
        let labelWidth = min(24, (form.fields.map { TextWidth.of(state.text($0.label)) }.max() ?? 10) + 1)
        let valueColumn = labelWidth + 3
        let valueWidth = max(4, canvas.width - valueColumn - 1)
        let firstRow = 2
        let bottom = canvas.height - 3
        let visibleRows = max(1, bottom - firstRow)
        let top = max(0, form.focus - visibleRows + 1)
        var row = firstRow
        for index in top..<form.fields.count where row < bottom {
            let field = form.fields[index]
            let focused = index == form.focus
            let marker = field.required ? "*" : " "
            canvas.put(" " + TextWidth.pad(state.text(field.label), to: labelWidth) + marker, row: row, column: 0,
                       style: focused ? .selected : .label)
            switch field.value {
            case .text(let text):
                let shown = focused ? text.visible(in: valueWidth)
                    : (text: TextWidth.truncate(text.text, to: valueWidth), cursorColumn: 0)
                canvas.fill(row: row, column: valueColumn, width: valueWidth, height: 1, style: focused ? .input : .normal)
                canvas.put(shown.text, row: row, column: valueColumn, style: focused ? .input : .normal)
                if focused { canvas.cursor = (row, valueColumn + shown.cursorColumn) }
            case .choice(let choices, let selected):
                let words = choices.indices.contains(selected) ? state.text(choices[selected].phrase) : ""
                let text = focused ? "◀ \(words) ▶  " + state.text(.formHint) : words
                canvas.put(TextWidth.truncate(text, to: valueWidth), row: row, column: valueColumn,
                           style: focused ? .input : .normal)
            case .flag(let on):
                canvas.put((on ? "[x] " : "[ ] ") + state.text(on ? .yes : .no), row: row, column: valueColumn,
                           style: focused ? .input : .normal)
            case .multiline(let editor):
                row = drawEditor(&canvas, state, editor, focused: focused, from: row + 1, bottom: bottom)
                continue
            }
            if let error = field.error {
                let text = "⚠ " + state.text(error)
                let x = canvas.width - TextWidth.of(text) - 1
                canvas.put(text, row: row, column: max(valueColumn, x), style: .error)
            }
            row += 1
        }
        if let failure = form.failure {
            canvas.put(TextWidth.truncate(" " + failure, to: canvas.width), row: canvas.height - 3, column: 0, style: .error)
        }
    }

    /// A multi-line editor from `from` to `bottom`, scrolled to the cursor.
    static func drawEditor(_ canvas: inout Canvas, _ state: AppState, _ editor: TextEditor, focused: Bool,
                           from: Int, bottom: Int) -> Int {
        let size = FormLayout.editorSize(state)
        let height = max(1, min(size.height, bottom - from))
        let lines = editor.layout(width: size.width)
        let position = editor.cursorPosition(width: size.width)
        let top = max(0, position.line - height + 1)
        canvas.fill(row: from, column: 2, width: size.width, height: height, style: focused ? .input : .normal)
        let characters = editor.characters
        for (offset, line) in lines[top..<min(lines.count, top + height)].enumerated() {
            canvas.put(String(characters[line.start..<line.end]), row: from + offset, column: 2,
                       style: focused ? .input : .normal)
        }
        if focused { canvas.cursor = (from + position.line - top, 2 + position.column) }
        return from + height
    }
}
