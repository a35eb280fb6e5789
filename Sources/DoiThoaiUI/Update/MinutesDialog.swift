import DoiThoaiCore

/// What the print dialog asks the runner for.
public struct MinutesRequest: Equatable, Sendable {
    public enum Action: String, Sendable { case preview, save, print }
    public var meeting: MeetingID
    public var format: String
    public var english: Bool
    public var action: Action
}

/// The print dialog (`p`) and the preview pager.
enum MinutesDialog {
    static func open(_ state: inout AppState, _ id: MeetingID) -> [Effect] {
        state.nav.push(.form(Forms.printMinutes(id, language: state.language)))
        return []
    }

    static func submit(_ state: inout AppState, _ form: FormState, _ id: MeetingID) -> [Effect] {
        let action = MinutesRequest.Action(rawValue: form.text(.minutesAction)) ?? .preview
        let request = MinutesRequest(meeting: id, format: action == .preview ? "text" : form.text(.minutesFormat),
                                     english: form.text(.minutesLanguage) == "en", action: action)
        // The dialog leaves no draft behind: its choices are not typed text to keep.
        let effects = Reducer.formEnded(&state, .saved) + [.publishMinutes(request)]
        if request.format == "pdf" || request.action == .print {
            state.message = StatusMessage(state.language.text(.msgMakingPDF))
        }
        return effects
    }

    static func pagerKey(_ state: inout AppState, _ pager: Pager, _ key: Key) -> [Effect] {
        guard let command = KeyMap.command(for: key, in: .pager, typing: false) else { return [] }
        var next = pager
        let page = max(1, state.height - 4)
        switch command {
        case .up: next.top -= 1
        case .down: next.top += 1
        case .pageUp: next.top -= page
        case .pageDown: next.top += page
        case .first: next.top = 0
        case .last: next.top = pager.lines.count - page
        case .back:
            state.nav.pop()
            return []
        case .printMinutes:
            guard pager.opinion == nil else { return [] }
            state.nav.pop()
            return [.publishMinutes(MinutesRequest(meeting: pager.meeting, format: "text", english: pager.english, action: .print))]
        case .help, .quit:
            return Reducer.global(&state, command)
        default:
            return []
        }
        next.top = max(0, min(next.top, pager.lines.count - page))
        state.nav.replaceTop(.pager(next))
        return []
    }
}

/// A read-only text shown page by page (the minutes before printing).
public struct Pager: Equatable, Sendable {
    public var meeting: MeetingID
    public var english: Bool
    public var lines: [String]
    public var top = 0
    /// The number of the opinion shown read-only; nil for the minutes' preview.
    public var opinion: Int?
}
