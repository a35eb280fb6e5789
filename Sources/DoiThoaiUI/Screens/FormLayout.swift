import DoiThoaiCore

/// Where each field of a form stands: rows, heights, the label column, and
/// the scroll that keeps the focused field in view. The reducer uses the
/// same numbers to move the editor's cursor by visual lines.
struct FormLayout {
    static let firstRow = 2

    struct Block {
        var field: Int
        var row: Int
        var height: Int
    }

    let labelWidth: Int
    let valueColumn: Int
    let valueWidth: Int
    let editorWidth: Int
    /// Rows available to fields.
    let height: Int
    let blocks: [Block]
    /// The first layout row on screen.
    let top: Int

    init(_ state: AppState, _ form: FormState) {
        labelWidth = min(24, (form.fields.map { TextWidth.of(FormScreen.label(state, $0)) }.max() ?? 10) + 1)
        valueColumn = labelWidth + 3
        valueWidth = max(4, state.width - valueColumn - 1)
        editorWidth = max(10, state.width - 4)
        height = max(1, state.height - 3 - FormLayout.firstRow)
        let heights = form.fields.indices.map { FormLayout.fixedHeight(state, form, $0) }
        let fixed = heights.compactMap { $0 }.reduce(0, +)
        let flexible = heights.filter { $0 == nil }.count
        let share = flexible == 0 ? 0 : max(4, (height - fixed) / flexible)
        var row = 0
        var blocks: [Block] = []
        for (index, value) in heights.enumerated() {
            let h = value ?? share
            blocks.append(Block(field: index, row: row, height: h))
            row += h
        }
        self.blocks = blocks
        let focused = blocks.indices.contains(form.focus) ? blocks[form.focus] : Block(field: 0, row: 0, height: 1)
        let visibleHeight = height
        top = focused.row + focused.height > visibleHeight ? min(focused.row, focused.row + focused.height - visibleHeight) : 0
    }

    /// Rows a field takes; nil for an editor that shares what is left.
    static func fixedHeight(_ state: AppState, _ form: FormState, _ index: Int) -> Int? {
        let field = form.fields[index]
        switch field.value {
        case .multiline:
            return field.lines.map { $0 + 1 }
        case .topic(let filter, _, _):
            guard index == form.focus else { return 1 }
            return 1 + min(6, FormReducer.topicChoices(state, filter: filter.text).count)
        case .completion(let text, let source, _):
            guard index == form.focus else { return 1 }
            let items = Completion.suggestions(for: text.text, among: Completion.candidates(
                source, meeting: state.meeting?.meeting, vocabulary: state.vocabulary))
            return 1 + items.count
        default:
            return 1
        }
    }

    /// The editor's size for the focused multi-line field.
    static func editorSize(_ state: AppState, _ form: FormState) -> (width: Int, height: Int) {
        let layout = FormLayout(state, form)
        let block = layout.blocks.first { $0.field == form.focus }
        return (layout.editorWidth, max(1, (block?.height ?? 4) - 1))
    }
}
