import DoiThoaiCore

/// The conclusion form: the chair's closing words.
public struct ConclusionValue: Codable, Equatable, Sendable {
    public var conclusion = ""

    var fields: [FormField] { [FormField(.conclusion, .fieldConclusion, .multiline(TextEditor(conclusion)))] }
    init(conclusion: String) { self.conclusion = conclusion }
    init(_ meeting: Meeting) { conclusion = meeting.conclusion ?? "" }
    init(reading r: inout FormReading) { conclusion = r.text(.conclusion) }
}

/// The end-meeting form: when it ended and the chair's conclusion.
public struct EndMeetingValue: Codable, Equatable, Sendable {
    public var end: TimeOfDay?
    public var conclusion = ""

    /// The end proposed is now, never before the start (the core's rule).
    init(_ meeting: Meeting, now: Timestamp) {
        end = TimeOfDay(meeting.proposedEnd(now: now))
        conclusion = meeting.conclusion ?? ""
    }

    var fields: [FormField] {
        [
            FormField(.end, .fieldEnd, Forms.text(end?.description), required: true),
            FormField(.conclusion, .fieldConclusion, .multiline(TextEditor(conclusion))),
        ]
    }

    init(reading r: inout FormReading) {
        end = r.time(.end)
        conclusion = r.text(.conclusion)
    }
}

/// A report presented at the meeting: who, what, and its figures.
public struct ReportValue: Codable, Equatable, Sendable {
    public var presenter = ""
    public var summary = ""
    public var figures: [Figure] = []

    init(_ item: AgendaItem?) {
        presenter = item?.presenter ?? ""
        summary = item?.summary ?? ""
        figures = item?.figures ?? []
    }

    var fields: [FormField] {
        [
            FormField(.presenter, .fieldPresenter, Forms.text(presenter), required: true),
            FormField(.summary, .fieldSummary, .multiline(TextEditor(summary)), required: true, lines: 6),
            FormField(.figures, .fieldFigures, Forms.text(figures.map { "\($0.label): \($0.value)" }.joined(separator: "; "))),
        ]
    }

    init(reading r: inout FormReading) {
        presenter = r.text(.presenter)
        summary = r.text(.summary)
        // "Hộ dân: 120; Diện tích: 8 ha": a label, a colon, a value, separated by semicolons.
        figures = r.text(.figures).split(separator: ";").compactMap { part -> Figure? in
            let pieces = part.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let label = pieces.first, !label.isEmpty else { return nil }
            return Figure(label: NFC.normalize(label), value: NFC.normalize(pieces.count > 1 ? pieces[1] : ""))
        }
    }

    func apply(to meeting: Meeting, id: AgendaItemID?) -> Meeting {
        var m = meeting
        let presenter = cleaned(presenter) ?? "", summary = cleaned(summary) ?? ""
        if let id, let index = m.agenda.firstIndex(where: { $0.id == id }) {
            m.agenda[index].presenter = presenter
            m.agenda[index].summary = summary
            m.agenda[index].figures = figures
        } else {
            m.addAgendaItem { AgendaItem(id: $0, presenter: presenter, summary: summary, figures: figures) }
        }
        return m
    }
}

/// The formats the print dialog offers.
public enum MinutesFileFormat: String, CaseIterable, Codable, Sendable {
    case docx, pdf, html, text, md

    var phrase: Phrase {
        switch self {
        case .docx: .formatDocx
        case .pdf: .formatPDF
        case .html: .formatHTML
        case .text: .formatText
        case .md: .formatMarkdown
        }
    }
}

/// The print dialog: preview, save or print; which format; which language.
public struct MinutesChoice: Equatable, Sendable {
    public var action = MinutesRequest.Action.preview
    public var format = MinutesFileFormat.docx
    public var language = Language.vi

    var fields: [FormField] {
        [
            FormField(.minutesAction, .fieldMinutesAction, Forms.choice(action, \.phrase)),
            FormField(.minutesFormat, .fieldMinutesFormat, Forms.choice(format, \.phrase)),
            FormField(.minutesLanguage, .fieldMinutesLanguage, Forms.choice(language, \.minutesPhrase)),
        ]
    }

    init(language: Language) { self.language = language }

    init(reading r: inout FormReading) {
        action = r.choice(.minutesAction, MinutesRequest.Action.self) ?? action
        format = r.choice(.minutesFormat, MinutesFileFormat.self) ?? format
        language = r.choice(.minutesLanguage, Language.self) ?? language
    }
}

extension MinutesRequest.Action {
    /// What F2 says in the print dialog: "Xem trước", "Lưu tệp", "In".
    var command: Phrase {
        switch self {
        case .preview: .minutesPreview
        case .save: .minutesSave
        case .print: .cmdPrint
        }
    }

    var phrase: Phrase {
        switch self {
        case .preview: .minutesPreview
        case .save: .minutesSave
        case .print: .minutesPrint
        }
    }
}

extension Language {
    /// The language the minutes are written in, as the print dialog names it.
    var minutesPhrase: Phrase { self == .en ? .languageEn : .languageVi }
}
