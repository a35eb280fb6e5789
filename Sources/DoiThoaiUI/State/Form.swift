import Foundation
import DoiThoaiCore

/// What a form is for; decides the fields it starts with and what saving does.
public enum FormPurpose: Equatable, Sendable {
    case newMeeting
    case editMeeting
    case attendee(AttendeeID?)
    case conclusion
    case opinion(OpinionID?)
    case followUp(FollowUpID?)
    case report(AgendaItemID?)
    case endMeeting
    /// The print dialog for a meeting's minutes.
    case printMinutes(MeetingID)
    /// The opinions browser's filters.
    case searchFilters

    public var isOpinion: Bool { if case .opinion = self { return true }; return false }
    public var isPrintDialog: Bool { if case .printMinutes = self { return true }; return false }
    /// A dialog that records nothing (the print dialog, the browser's
    /// filters): no draft is kept, and Esc closes it without asking.
    public var isDialog: Bool { isPrintDialog || self == .searchFilters }
}

/// A fixed choice in a picker field: the value stored and the words shown.
public struct Choice: Equatable, Sendable {
    public var value: String
    public var phrase: Phrase

    public init(_ value: String, _ phrase: Phrase) {
        self.value = value
        self.phrase = phrase
    }
}

/// The value of one field as it is being edited.
public enum FieldValue: Equatable, Sendable {
    case text(TextField)
    case choice([Choice], selected: Int)
    case flag(Bool)
    case multiline(TextEditor)
    /// Free text with suggestions from `source`; `highlight` is the
    /// suggestion ↓/↑ chose, taken by Enter or Tab.
    case completion(TextField, source: CompletionSource, highlight: Int?)
    /// A topic from the catalog, found by typing part of its name.
    case topic(TextField, selected: TopicID?, highlight: Int)
}

extension FieldValue {
    /// What the field holds, leaving out where the cursor is, what is
    /// selected for replacing and which suggestion is highlighted: a key
    /// that changes only those moved, and does not make the form changed.
    public var content: String {
        switch self {
        case .text(let field), .completion(let field, _, _): return field.text
        case .multiline(let editor): return editor.text
        case .topic(let filter, let selected, _): return (selected?.rawValue ?? "") + "\u{1}" + filter.text
        case .choice(_, let selected): return String(selected)
        case .flag(let on): return on ? "1" : "0"
        }
    }
}

/// An attendee chosen from the suggestions of a field: the field, the
/// text taken, and who it is.
public struct AttendeeLink: Codable, Equatable, Sendable {
    public var key: FormField.Key
    public var index: Int
    public var text: String
    public var attendee: AttendeeID

    public init(key: FormField.Key, index: Int = 0, text: String, attendee: AttendeeID) {
        self.key = key
        self.index = index
        self.text = text
        self.attendee = attendee
    }
}

/// Where a completing field finds its suggestions.
public enum CompletionSource: Equatable, Sendable {
    case speakers, origins, responders, assignees
    /// The bodies that held meetings (the browser's filter).
    case organizers
}

/// One labelled field of a form.
public struct FormField: Equatable, Sendable {
    public enum Key: String, Codable, Sendable {
        case title, kind, organizer, parentBody, level, date, place, locality, legalBasis
        case documentNumber, start, end, status, name, jobTitle, organisation, role, present, conclusion
        case speaker, origin, topic, opinionKind, text, responder, response, disposition, forwardedTo
        case addSpeaker, headcount, task, assignee, due, opinionNumbers, followUpStatus, note, replyNumber, replyDate
        case minutesFormat, minutesLanguage, minutesAction, presenter, summary, figures
        case documentSymbol, recipients, minutesApproved
        /// The opinions browser's filters: a period, any kind, a follow-up state.
        case from, to, anyKind, anyDisposition, followUpState
    }

    public var key: Key
    /// Which one of a repeated field (the second response is `.response`, 1).
    public var index = 0
    public var label: Phrase
    /// Lines a multi-line editor takes; nil: the rest of the screen.
    public var lines: Int?
    public var value: FieldValue
    public var required: Bool
    /// Why the value cannot be saved, shown next to the field.
    public var error: Phrase?

    public init(_ key: Key, _ label: Phrase, _ value: FieldValue, required: Bool = false, index: Int = 0,
                lines: Int? = nil) {
        self.key = key
        self.index = index
        self.lines = lines
        self.label = label
        self.value = value
        self.required = required
    }

    /// The text typed, trimmed, as shown and checked for "required"; for a
    /// choice, its id. A form is read into typed values by `FormReading`.
    public var text: String {
        switch value {
        case .text(let field), .completion(let field, _, _): return field.text.trimmingCharacters(in: .whitespaces)
        case .topic(_, let selected, _): return selected?.rawValue ?? ""
        case .multiline(let editor): return editor.text.trimmingCharacters(in: .whitespacesAndNewlines)
        case .choice(let choices, let selected): return choices.indices.contains(selected) ? choices[selected].value : ""
        case .flag: return ""
        }
    }

    /// Nil when the trimmed text is empty.
    public var optionalText: String? { text.isEmpty ? nil : text }

    public var isTextInput: Bool {
        switch value {
        case .text, .multiline, .completion, .topic: return true
        case .choice, .flag: return false
        }
    }
}

/// A form on screen: its fields, which has focus, and whether anything was typed.
public struct FormState: Equatable, Sendable {
    public var purpose: FormPurpose
    public var title: Phrase
    public var fields: [FormField]
    public var focus = 0
    /// Something was typed or chosen since the form opened.
    public var dirty = false
    /// A save that failed: why, kept on screen with everything typed.
    public var failure: String?
    /// A topic was added to the catalog from this form; the catalog is saved with it.
    public var savesTopics = false
    /// The meeting was opened only for this form (a follow-up edited from F6):
    /// when the form ends, the meeting closes and the screen below it returns.
    public var closesMeeting = false
    /// The speaker asked not to be named (F5): the empty speaker field says
    /// so plainly, unlike a speaker field not filled in yet.
    public var anonymous = false
    /// The opinion's disposition is the core's rule (`Disposition.proposed`:
    /// noted, answered once an answer is typed) until the secretary chooses one.
    public var dispositionByRule = false
    /// Names taken from the attendees' suggestions (speaker, answerers):
    /// saved with the attendee's id while the field still holds that text.
    public var links: [AttendeeLink] = []

    public init(purpose: FormPurpose, title: Phrase, fields: [FormField]) {
        self.purpose = purpose
        self.title = title
        self.fields = fields
    }

    /// The form with its first field's value selected, so typing replaces
    /// it: for a form that opens on a value it proposes (the end time), not
    /// on a record's own text that typing would wipe out.
    public func selectingFirstField() -> FormState {
        var form = self
        guard let first = fields.first else { return form }
        switch first.value {
        case .text(var field):
            field.selectAll()
            form.fields[0].value = .text(field)
        case .completion(var field, let source, let highlight):
            field.selectAll()
            form.fields[0].value = .completion(field, source: source, highlight: highlight)
        default:
            break
        }
        return form
    }

    public func field(_ key: FormField.Key, _ index: Int = 0) -> FormField? {
        fields.first { $0.key == key && $0.index == index }
    }
    public func text(_ key: FormField.Key, _ index: Int = 0) -> String { field(key, index)?.text ?? "" }
    public func optionalText(_ key: FormField.Key, _ index: Int = 0) -> String? { field(key, index)?.optionalText }
    public func count(of key: FormField.Key) -> Int { fields.filter { $0.key == key }.count }

    public var focused: FormField? { fields.indices.contains(focus) ? fields[focus] : nil }

    public mutating func setError(_ key: FormField.Key, _ error: Phrase?, index: Int = 0) {
        if let position = fields.firstIndex(where: { $0.key == key && $0.index == index }) {
            fields[position].error = error
        }
    }

    public var hasErrors: Bool { fields.contains { $0.error != nil } }
}
