import DoiThoaiCore

/// The built-in Vietnamese input method in the program: letters typed into
/// the focused text go through it, F9 or Alt-Z turns it on and off, and its
/// settings screen chooses the method and the style. Pasted text is never
/// converted; with the method off, keys (and text from the system's input
/// method) arrive as they are.
enum TypingReducer {
    /// The keys the screen receives for `key`: a letter becomes the edit the
    /// engine asks for; any other key first ends the word being composed
    /// (which may give the keys of a word that is not Vietnamese back).
    static func keys(_ state: inout AppState, for key: Key) -> [Key] {
        guard state.typing.settings.enabled, state.takesText else {
            state.typing.engine.reset()
            return [key]
        }
        switch key {
        case .character(let c):
            let edit = state.typing.engine.type(c)
            return edit == TypingEdit(insert: String(c)) ? [key] : [.composed(edit)]
        case .backspace where !state.typing.engine.isIdle:
            return [.composed(state.typing.engine.backspace())]
        case .paste:
            state.typing.engine.reset()
            return [key]
        default:
            let ending = state.typing.engine.endWord()
            return ending.isNone ? [key] : [.composed(ending), key]
        }
    }

    /// F9 / Alt-Z: on or off, said on the status line and remembered.
    static func toggle(_ state: inout AppState) -> [Effect] {
        var settings = state.typing.settings
        settings.enabled.toggle()
        return change(&state, to: settings)
    }

    static func change(_ state: inout AppState, to settings: TypingSettings) -> [Effect] {
        state.typing.settings = settings
        state.message = StatusMessage(settings.enabled ? state.language.text(.msgTypingOn, settings.badge)
                                                       : state.text(.msgTypingOff))
        return [.saveSettings(settings)]
    }

    /// The settings rows, top to bottom.
    enum Row: Int, CaseIterable {
        case enabled, method, style
    }

    /// Keys on the settings screen: ↑↓ choose a row, ←→ Space Enter change it
    /// (saved at once), Esc goes back.
    static func settingsKey(_ state: inout AppState, row: Int, _ key: Key) -> [Effect] {
        guard let command = KeyMap.command(for: key, in: state.keyContext) else { return [] }
        let count = Row.allCases.count
        switch command {
        case .up: state.nav.replaceTop(.typingSettings(row: (row + count - 1) % count))
        case .down: state.nav.replaceTop(.typingSettings(row: (row + 1) % count))
        case .cycleNext, .cyclePrevious:
            var settings = state.typing.settings
            switch Row(rawValue: row) ?? .enabled {
            case .enabled: settings.enabled.toggle()
            case .method: settings.method = settings.method == .telex ? .vni : .telex
            case .style: settings.style = settings.style == .classic ? .modern : .classic
            }
            return change(&state, to: settings)
        case .back: state.nav.pop()
        case .quit: return Reducer.quit(&state)
        default: break
        }
        return []
    }
}
