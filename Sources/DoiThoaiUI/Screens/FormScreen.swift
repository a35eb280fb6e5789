import DoiThoaiCore

/// A form: one labelled field per line; a multi-line editor takes its own
/// lines under its label; the focused field shows its suggestions under it;
/// errors stand beside the field they belong to.
enum FormScreen {
    static func draw(_ canvas: inout Canvas, _ state: AppState, _ form: FormState) {
        if form.dirty {
            let mark = state.text(.formUnsavedMark)
            canvas.put(mark, row: 1, column: canvas.width - TextWidth.of(mark) - 1, style: .warning)
        }
        let layout = FormLayout(state, form)
        // The fields scroll inside their area: nothing is drawn over the title or the bars.
        let area = FormLayout.firstRow..<(FormLayout.firstRow + layout.height)
        canvas.clip = area
        for block in layout.blocks where block.row + block.height > layout.top && block.row < layout.top + layout.height {
            let row = block.row - layout.top + FormLayout.firstRow
            drawField(&canvas, state, form, index: block.field, row: row, height: block.height, layout: layout)
        }
        canvas.clip = nil
        if let cursor = canvas.cursor, !area.contains(cursor.row) { canvas.cursor = nil }
        if let failure = form.failure {
            canvas.put(TextWidth.truncate(" " + failure, to: canvas.width), row: canvas.height - 3, column: 0, style: .error)
        }
    }

    static func drawField(_ canvas: inout Canvas, _ state: AppState, _ form: FormState, index: Int, row: Int,
                          height: Int, layout: FormLayout) {
        let field = form.fields[index]
        let focused = index == form.focus
        let style: Style = focused ? .input : .normal
        let x = layout.valueColumn
        let width = layout.valueWidth
        let marker = field.required ? "*" : " "
        canvas.put(" " + TextWidth.pad(label(state, field), to: layout.labelWidth) + marker, row: row, column: 0,
                   style: focused ? .selected : .label)
        switch field.value {
        case .text(let text), .completion(let text, _, _):
            drawLine(&canvas, text, focused: focused, row: row, column: x, width: width)
            let linked = form.links.contains { $0.key == field.key && $0.index == field.index && $0.text == text.text }
            if form.purpose == .searchFilters {
                drawFilterNote(&canvas, state, field, text: text.text, row: row, column: x, width: width)
            } else {
                drawNote(&canvas, state, field, anonymous: form.anonymous, linked: linked, text: text.text, row: row, column: x, width: width)
            }
        case .topic(let filter, let selected, _):
            if focused {
                drawLine(&canvas, filter, focused: true, row: row, column: x, width: width)
            } else if let name = selected.flatMap({ state.topics.topic($0)?.name(english: state.language == .en) }) {
                canvas.put(TextWidth.truncate(name, to: width), row: row, column: x)
            } else if form.purpose == .searchFilters {
                canvas.put(TextWidth.truncate(state.text(.browserAllTopics), to: width), row: row, column: x, style: .muted)
            }
        case .choice(let choices, let selected):
            let words = choices.indices.contains(selected) ? state.text(choices[selected].phrase) : ""
            var text = words
            if focused {
                let numbered = choices.count <= 9 && field.key == .opinionKind
                let items = choices.enumerated().map { "\($0.offset + 1) " + state.text($0.element.phrase) }
                // Two spaces between the kinds when they fit, one when the window is narrow.
                let gap = TextWidth.of(items.joined(separator: "  ")) <= width ? "  " : " "
                text = numbered ? items.joined(separator: gap) : "◀ \(words) ▶  " + state.language.text(.formHint, KeyMap.keys(of: .cycleNext, in: state.keyContext(of: .form(form)), count: 2))
            }
            let end = canvas.put(TextWidth.truncate(text, to: width), row: row, column: x, style: style)
            if focused, field.key == .opinionKind {
                let gap = TextWidth.of(text) > 0 && text.contains("  ") ? 2 : 1
                highlightChoice(&canvas, state, choices, selected, row: row, column: x, end: end, gap: gap)
            }
        case .flag(let on):
            canvas.put((on ? "[x] " : "[ ] ") + state.text(on ? .yes : .no), row: row, column: x, style: style)
        case .multiline(let editor):
            drawEditor(&canvas, editor, focused: focused, row: row + 1, height: height - 1, width: layout.editorWidth)
        }
        if focused { drawSuggestions(&canvas, state, form, field, row: row + 1, height: height - 1, layout: layout) }
        if let error = field.error {
            let text = "⚠ " + state.text(error)
            canvas.put(text, row: row, column: max(x, canvas.width - TextWidth.of(text) - 1), style: .error)
        }
    }

    /// What an empty or short value means, muted after it: an empty speaker
    /// hints at F5, and once F5 made it anonymous says so plainly (not muted);
    /// a due date typed as a number of days is that date.
    static func drawNote(_ canvas: inout Canvas, _ state: AppState, _ field: FormField, anonymous: Bool, linked: Bool = false,
                         text: String,
                         row: Int, column: Int, width: Int) {
        var note: String?
        var style = Style.muted
        if field.key == .speaker, text.trimmingCharacters(in: .whitespaces).isEmpty {
            note = state.language.text(anonymous ? .speakerAnonymous : .speakerHint, KeyMap.keys(of: .anonymous, in: .opinionForm))
            if anonymous { style = .label }
        } else if field.key == .due, Int(text.trimmingCharacters(in: .whitespaces)) != nil,
                  let meeting = state.meeting?.meeting, let day = FormSubmission.dueDate(text, meeting: meeting, today: state.now.day) {
            note = state.language.text(.dueMeans, day.vietnamese)
        } else if field.key == .due {
            note = state.text(.dueFormatHint)
        } else if linked {
            // Chosen from the attendees: saved with who they are, not only their name.
            note = state.text(.linkedAttendee)
        }
        guard let note else { return }
        let start = column + (text.isEmpty ? 0 : TextWidth.of(text) + 1)
        guard start + TextWidth.of(note) <= column + width else { return }
        canvas.put(note, row: row, column: start, style: style)
    }

    /// Beside a filter of the opinions browser: an empty one filters
    /// nothing; a period typed as a month or a year is the day it means.
    static func drawFilterNote(_ canvas: inout Canvas, _ state: AppState, _ field: FormField, text: String,
                               row: Int, column: Int, width: Int) {
        let typed = text.trimmingCharacters(in: .whitespaces)
        var note: String?
        switch field.key {
        case .from, .to:
            if typed.isEmpty {
                note = state.text(.filterDateHint)
            } else if Day(parsing: typed) == nil, let day = BrowserFilterValue.day(typed, last: field.key == .to) {
                note = state.language.text(.filterDateMeans, day.vietnamese)
            }
        default:
            if typed.isEmpty { note = state.text(.filterAny) }
        }
        guard let note else { return }
        let start = column + (text.isEmpty ? 0 : TextWidth.of(text) + 1)
        guard start + TextWidth.of(note) <= column + width else { return }
        canvas.put(note, row: row, column: start, style: .muted)
    }

    static func label(_ state: AppState, _ field: FormField) -> String {
        let words = state.text(field.label)
        return field.key == .responder || field.key == .response ? "\(words) \(field.index + 1)" : words
    }

    static func drawLine(_ canvas: inout Canvas, _ text: TextField, focused: Bool, row: Int, column: Int, width: Int) {
        let shown = focused ? text.visible(in: width) : (text: TextWidth.truncate(text.text, to: width), cursorColumn: 0)
        canvas.fill(row: row, column: column, width: width, height: 1, style: focused ? .input : .normal)
        // A selected value stands out: typing replaces it.
        canvas.put(shown.text, row: row, column: column, style: focused ? (text.selected ? .selected : .input) : .normal)
        if focused { canvas.cursor = (row, column + shown.cursorColumn) }
    }

    /// The chosen kind stands out among the numbered choices.
    static func highlightChoice(_ canvas: inout Canvas, _ state: AppState, _ choices: [Choice], _ selected: Int,
                                row: Int, column: Int, end: Int, gap: Int) {
        var x = column
        for (offset, choice) in choices.enumerated() {
            let item = "\(offset + 1) " + state.text(choice.phrase)
            if offset == selected, x + TextWidth.of(item) <= end {
                canvas.put(item, row: row, column: x, style: .selected)
            }
            x += TextWidth.of(item) + gap
        }
    }

    static func drawSuggestions(_ canvas: inout Canvas, _ state: AppState, _ form: FormState, _ field: FormField,
                                row: Int, height: Int, layout: FormLayout) {
        let items: [String]
        let highlight: Int?
        // Whether Tab takes the highlighted one (a topic list with nothing typed is only passed through).
        var takes = true
        switch field.value {
        case .completion(let text, let source, let chosen):
            items = Completion.suggestions(for: text.text, among: Completion.candidates(
                source, meeting: state.meeting?.meeting, vocabulary: state.vocabulary))
            highlight = chosen
        case .topic(let filter, let topic, let chosen):
            let choices = FormReducer.topicChoices(state, filter: filter.text)
            items = choices.map(\.label)
            highlight = chosen
            takes = choices.indices.contains(chosen)
                && FormReducer.takesTopic(filter: filter, selected: topic, highlight: chosen, choice: choices[chosen])
        default:
            return
        }
        let hint = state.language.text(.suggestionHint, KeyMap.keys(of: .takeSuggestion, in: state.keyContext(of: .form(form))))
        for (offset, item) in items.prefix(height).enumerated() {
            let selected = offset == highlight
            // The highlighted suggestion says which key takes it.
            let hinted = selected && takes
            let room = layout.valueWidth - (hinted ? TextWidth.of(hint) + 1 : 0)
            var line = TextWidth.pad(TextWidth.truncate((selected ? "▸ " : "  ") + item, to: max(4, room)), to: max(4, room))
            if hinted { line += " " + hint }
            canvas.put(TextWidth.pad(line, to: layout.valueWidth), row: row + offset,
                       column: layout.valueColumn, style: selected ? .selected : .muted)
        }
    }

    static func drawEditor(_ canvas: inout Canvas, _ editor: TextEditor, focused: Bool, row: Int, height: Int, width: Int) {
        guard height > 0 else { return }
        let lines = editor.layout(width: width)
        let position = editor.cursorPosition(width: width)
        let top = focused ? max(0, position.line - height + 1) : 0
        canvas.fill(row: row, column: 2, width: width, height: height, style: focused ? .input : .muted)
        let characters = editor.characters
        for (offset, line) in lines[top..<min(lines.count, top + height)].enumerated() {
            canvas.put(String(characters[line.start..<line.end]), row: row + offset, column: 2,
                       style: focused ? .input : .normal)
        }
        if focused { canvas.cursor = (row + position.line - top, 2 + position.column) }
    }
}
