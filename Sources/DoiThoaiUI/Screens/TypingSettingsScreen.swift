import DoiThoaiCore

/// The built-in Vietnamese input method's settings: on or off, Telex or
/// VNI, classic or modern tone marks; where they are saved; the keys each
/// method uses.
enum TypingSettingsScreen {
    static func draw(_ canvas: inout Canvas, _ state: AppState, row selected: Int) {
        let settings = state.typing.settings
        var y = 1
        for line in TextWidth.wrap(state.text(.typingIntro), to: max(1, canvas.width - 2)) {
            canvas.put(" " + line, row: y, column: 0, style: .muted)
            y += 1
        }
        y += 1
        let rows: [(Phrase, String)] = [
            (.typingEnabled, state.text(settings.enabled ? .typingOn : .typingOff)),
            (.typingMethod, settings.method == .telex ? "Telex" : "VNI"),
            (.typingStyle, state.text(settings.style == .classic ? .typingClassic : .typingModern)),
        ]
        let labelWidth = rows.map { TextWidth.of(state.text($0.0)) }.max() ?? 0
        for (index, row) in rows.enumerated() {
            let focused = index == selected
            let label = (focused ? " ▸ " : "   ") + TextWidth.pad(state.text(row.0), to: labelWidth) + "  "
            let x = canvas.put(label, row: y, column: 0, style: focused ? .label : .normal)
            canvas.put("‹ " + row.1 + " ›", row: y, column: x, style: focused ? .selected : .input)
            y += 1
        }
        y += 1
        var notes = [state.text(settings.method == .telex ? .typingTelexHint : .typingVNIHint),
                     state.text(.typingSystemHint)]
        if let file = state.typing.file { notes.append(state.language.text(.typingFile, file)) }
        for note in notes {
            for line in TextWidth.wrap(note, to: max(1, canvas.width - 2)) where y < canvas.height - 2 {
                canvas.put(" " + line, row: y, column: 0, style: .muted)
                y += 1
            }
        }
    }
}
