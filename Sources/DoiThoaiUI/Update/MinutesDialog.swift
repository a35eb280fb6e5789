import DoiThoaiCore

/// What the print dialog asks the runner for.
public struct MinutesRequest: Equatable, Sendable {
    public enum Action: String, CaseIterable, Sendable { case preview, save, print }
    public var meeting: MeetingID
    public var format: String
    public var english: Bool
    public var action: Action
    /// Replace minutes already written for this meeting (asked first).
    public var overwrite = false

    public init(meeting: MeetingID, format: String, english: Bool, action: Action, overwrite: Bool = false) {
        self.meeting = meeting
        self.format = format
        self.english = english
        self.action = action
        self.overwrite = overwrite
    }
}

/// The print dialog (`p`) and the preview pager.
enum MinutesDialog {
    static func open(_ state: inout AppState, _ id: MeetingID) -> [Effect] {
        state.nav.push(.form(Forms.printMinutes(id, language: state.language)))
        return []
    }

    static func submit(_ state: inout AppState, _ form: FormState, _ id: MeetingID) -> [Effect] {
        var reading = FormReading(form)
        let choice = MinutesChoice(reading: &reading)
        // The format chosen is kept for a preview too, so `p` there prints what the dialog showed.
        let request = MinutesRequest(meeting: id, format: choice.format.rawValue, english: choice.language == .en,
                                     action: choice.action)
        // The dialog leaves no draft behind: its choices are not typed text to keep.
        let effects = Reducer.formEnded(&state, .saved)
        return effects + publish(&state, request)
    }

    /// Asks the runner for the minutes; a PDF (printing makes one) takes
    /// LibreOffice seconds, which the status line says.
    static func publish(_ state: inout AppState, _ request: MinutesRequest) -> [Effect] {
        if request.format == "pdf" || request.action == .print {
            state.message = StatusMessage(state.language.text(.msgMakingPDF))
        }
        return [.publishMinutes(request)]
    }

    /// Minutes of this meeting were written before: ask before replacing
    /// them. Nothing is being made while the question waits, so the status
    /// line does not say so under it.
    static func askToOverwrite(_ state: inout AppState, _ request: MinutesRequest, path: String) -> [Effect] {
        if state.message == StatusMessage(state.language.text(.msgMakingPDF)) { state.message = nil }
        state.nav.push(.confirm(Confirmation(.overwriteMinutes(request), message: state.language.text(.confirmOverwriteMinutes, path))))
        return []
    }

    static func pagerKey(_ state: inout AppState, _ pager: Pager, _ key: Key) -> [Effect] {
        guard let command = KeyMap.command(for: key, in: state.keyContext) else { return [] }
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
            return [.publishMinutes(MinutesRequest(meeting: pager.meeting, format: pager.format, english: pager.english, action: .print))]
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
    /// The format `p` prints in: the one chosen in the print dialog.
    public var format = "docx"

    public init(meeting: MeetingID, english: Bool, lines: [String], format: String = "docx") {
        self.meeting = meeting
        self.english = english
        self.lines = lines
        self.format = format
    }
}
