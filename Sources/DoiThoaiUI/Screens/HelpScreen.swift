import DoiThoaiCore
/// Help for the screen it was opened from, generated from the key table
/// itself, so it can never disagree with the keys.
enum HelpScreen {
    static func lines(_ state: AppState, scope: KeyScope) -> [(String, Style)] {
        var screenName = state.text(screenPhrase(scope))
        if case .form(let form)? = state.nav.below { screenName = state.text(form.title) }
        var lines: [(String, Style)] = [(" " + state.language.text(.helpTitle, screenName), .label), ("", .normal)]
        let all = KeyMap.bindings(for: scope)
        let groups: [(Phrase, [KeyBinding])] = [
            (.helpGroupScreen, all.filter { $0.scope != .global }),
            (.helpGroupEverywhere, all.filter { $0.scope == .global }),
            (.helpGroupHelp, KeyMap.bindings.filter { $0.scope == .help }),
        ]
        for (title, bindings) in groups where !bindings.isEmpty {
            lines.append((" " + state.text(title), .header))
            for binding in bindings {
                let keys = binding.keys.map(\.label).joined(separator: ", ")
                lines.append(("   " + TextWidth.pad(keys, to: 22) + "  " + state.text(binding.command.phrase), .normal))
            }
            lines.append(("", .normal))
        }
        lines.append((" " + state.text(.helpTyping), .muted))
        return lines
    }

    static func screenPhrase(_ scope: KeyScope) -> Phrase {
        switch scope {
        case .meetings: return .screenMeetings
        case .meeting: return .screenMeeting
        case .live: return .screenLive
        case .form, .opinionForm: return .screenForm
        case .pager: return .screenPreview
        case .tracker: return .screenTracker
        case .report: return .screenReport
        case .browser: return .screenBrowser
        case .typingSettings: return .screenTypingSettings
        case .conflict: return .screenConflict
        case .help, .global, .confirm: return .screenHelp
        }
    }

    /// Rows of help on screen, between the title and the two bars.
    static func height(_ state: AppState) -> Int { max(1, state.height - 3) }

    /// The farthest help scrolls: its last line at the bottom.
    static func maxScroll(_ state: AppState, scope: KeyScope) -> Int {
        max(0, lines(state, scope: scope).count - height(state))
    }

    /// The help lines that fit; when more lie below or above, the last or
    /// first row says so (↓/↑ and PgDn/PgUp scroll).
    static func draw(_ canvas: inout Canvas, _ state: AppState, scope: KeyScope, scroll: Int) {
        let all = lines(state, scope: scope)
        let height = canvas.height - 3
        let top = min(scroll, max(0, all.count - height))
        for (offset, line) in all.dropFirst(top).prefix(height).enumerated() {
            canvas.put(TextWidth.truncate(line.0, to: canvas.width), row: 1 + offset, column: 0, style: line.1)
        }
        guard height > 1 else { return }
        if top + height < all.count {
            let sign = " " + state.language.text(.helpMoreBelow, all.count - top - height)
            canvas.put(TextWidth.pad(TextWidth.truncate(sign, to: canvas.width), to: canvas.width), row: height, column: 0, style: .selected)
        }
        if top > 0 {
            let sign = " " + state.language.text(.helpMoreAbove, top)
            canvas.put(TextWidth.pad(TextWidth.truncate(sign, to: canvas.width), to: canvas.width), row: 1, column: 0, style: .selected)
        }
    }
}
