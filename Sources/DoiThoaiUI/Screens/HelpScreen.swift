import DoiThoaiCore
/// Help for the screen it was opened from, generated from the key table
/// itself, so it can never disagree with the keys.
enum HelpScreen {
    static func lines(_ state: AppState, scope: KeyScope) -> [(String, Style)] {
        var screenName = state.text(screenPhrase(scope))
        if case .form(let form)? = state.nav.below { screenName = state.text(form.title) }
        var lines: [(String, Style)] = [(" " + state.language.text(.helpTitle, screenName), .label), ("", .normal)]
        let helpKeys = KeyMap.rows(in: KeyContext(.help)).filter { $0.scope == .help }
        // The screen help was opened from names its keys as its key bar does (F2 in the print dialog: what is chosen).
        var screen = state
        _ = screen.nav.pop()
        for group in groups(state, scope: scope) + [(.helpGroupHelp, helpKeys)] where !group.1.isEmpty {
            lines.append((" " + state.text(group.0), .header))
            for binding in group.1 {
                let phrase = binding.scope == .help ? binding.command.phrase : ScreenRenderer.phrase(binding.command, screen)
                lines.append(("   " + TextWidth.pad(binding.label, to: 22) + "  " + state.text(phrase), .normal))
            }
            lines.append(("", .normal))
        }
        lines.append((" " + state.text(.helpTyping), .muted))
        return lines
    }

    /// The groups of keys for the screen help was opened from: each part it
    /// can focus (a form lists its fields' keys), its own, everywhere.
    static func groups(_ state: AppState, scope: KeyScope) -> [(Phrase, [KeyBinding])] {
        let below = state.nav.below.flatMap { $0.scope == scope ? $0 : nil }
        let focusable = below.map { state.focusableParts(of: $0) } ?? [[]]
        // Keys that cannot work there (a closed meeting's n, l, a…) are not offered, as on its key bar.
        var unavailable: Set<Command> = []
        if let below, below == .meeting || below == .live { unavailable = state.unavailableCommands(on: below) }
        return KeyMap.helpGroups(screen: scope, focusable: focusable).map { group in
            (groupPhrase(group.scope), group.rows.filter { !unavailable.contains($0.command) })
        }
    }

    static func groupPhrase(_ scope: KeyScope) -> Phrase {
        switch scope {
        case .global: return .helpGroupEverywhere
        case .lineEdit: return .helpGroupLineEdit
        case .textEditor: return .helpGroupTextEditor
        case .suggestions: return .helpGroupSuggestions
        case .choice: return .helpGroupChoice
        case .kind: return .helpGroupKind
        case .listFilter: return .helpGroupFilter
        default: return .helpGroupScreen
        }
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
        case .help, .global, .confirm, .lineEdit, .textEditor, .suggestions, .choice, .kind, .listFilter:
            return .screenHelp
        }
    }

    /// Rows of help on screen, between the title and the two bars.
    static func height(_ state: AppState) -> Int { max(1, state.height - 3) }

    /// The farthest help scrolls: its last line at the bottom.
    static func maxScroll(_ state: AppState, scope: KeyScope) -> Int {
        max(0, lines(state, scope: scope).count - height(state))
    }

    /// The help lines that fit; when more lie below or above, the last or
    /// first row says so (↓/↑, PgDn/PgUp and End/Home scroll).
    static func draw(_ canvas: inout Canvas, _ state: AppState, scope: KeyScope, scroll: Int) {
        let all = lines(state, scope: scope)
        let height = canvas.height - 3
        let top = min(scroll, max(0, all.count - height))
        for (offset, line) in all.dropFirst(top).prefix(height).enumerated() {
            canvas.put(TextWidth.truncate(line.0, to: canvas.width), row: 1 + offset, column: 0, style: line.1)
        }
        guard height > 1 else { return }
        if top + height < all.count {
            let sign = " " + state.language.text(.helpMoreBelow, all.count - top - height, scrollKeys(.down, .pageDown, .last))
            canvas.put(TextWidth.pad(TextWidth.truncate(sign, to: canvas.width), to: canvas.width), row: height, column: 0, style: .selected)
        }
        if top > 0 {
            let sign = " " + state.language.text(.helpMoreAbove, top, scrollKeys(.up, .pageUp, .first))
            canvas.put(TextWidth.pad(TextWidth.truncate(sign, to: canvas.width), to: canvas.width), row: 1, column: 0, style: .selected)
        }
    }

    /// "↓, PgDn, End": the keys that scroll help, from the key table.
    static func scrollKeys(_ commands: Command...) -> String {
        commands.map { KeyMap.keys(of: $0, in: .help) }.joined(separator: ", ")
    }
}
