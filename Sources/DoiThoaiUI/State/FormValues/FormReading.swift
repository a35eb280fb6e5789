import DoiThoaiCore

/// Text typed in one field, as typed: a draft keeps it when it cannot be
/// read yet ("15/12/20" on the way to a date), so nothing typed is lost.
public struct FieldText: Codable, Equatable, Sendable {
    public var key: FormField.Key
    public var index: Int
    public var text: String

    public init(_ key: FormField.Key, _ index: Int = 0, _ text: String) {
        self.key = key
        self.index = index
        self.text = text
    }
}

/// Why one field cannot be saved, in the interface's words.
public struct FieldProblem: Equatable, Sendable {
    public var key: FormField.Key
    public var index: Int
    public var why: Phrase

    public init(_ key: FormField.Key, _ index: Int, _ why: Phrase) {
        self.key = key
        self.index = index
        self.why = why
    }

    public init(_ key: FormField.Key, _ why: Phrase) {
        self.init(key, 0, why)
    }
}

/// Reads a form's fields into a typed value, once. A text that does not
/// read as what its field holds (a date, a time, a count) is not replaced
/// by a default: it is kept as typed, with why, for the form to show and
/// for the draft to keep.
struct FormReading {
    let form: FormState
    /// The meeting's day: a due date may be typed as a number of days from it.
    let meetingDay: Day?
    private(set) var unread: [(text: FieldText, why: Phrase)] = []

    init(_ form: FormState, meetingDay: Day? = nil) {
        self.form = form
        self.meetingDay = meetingDay
    }

    var problems: [FieldProblem] { unread.map { FieldProblem($0.text.key, $0.text.index, $0.why) } }

    /// The text as typed (not trimmed: a draft gives it back as it was).
    func text(_ key: FormField.Key, _ index: Int = 0) -> String {
        guard let field = form.field(key, index) else { return "" }
        switch field.value {
        case .text(let text), .completion(let text, _, _): return text.text
        case .multiline(let editor): return editor.text
        case .topic, .choice, .flag: return field.text
        }
    }

    func flag(_ key: FormField.Key) -> Bool? {
        if case .flag(let on)? = form.field(key)?.value { return on }
        return nil
    }

    /// The choice made in a picker built from `T.allCases` (`Forms.choice`).
    func choice<T: CaseIterable>(_ key: FormField.Key, _ type: T.Type) -> T? {
        guard case .choice(let choices, let selected)? = form.field(key)?.value else { return nil }
        let all = Array(T.allCases)
        guard choices.count == all.count, all.indices.contains(selected) else { return nil }
        return all[selected]
    }

    /// A choice offered among some of `T`'s cases, read back by its value.
    func choice<T: RawRepresentable>(_ key: FormField.Key, among type: T.Type) -> T? where T.RawValue == String {
        guard case .choice(let choices, let selected)? = form.field(key)?.value, choices.indices.contains(selected) else { return nil }
        return T(rawValue: choices[selected].value)
    }

    func topic(_ key: FormField.Key) -> TopicID? {
        if case .topic(_, let selected, _)? = form.field(key)?.value { return selected }
        return nil
    }

    /// The attendee chosen from the suggestions in this field, while its text is still theirs.
    func attendee(_ key: FormField.Key, _ index: Int = 0) -> AttendeeID? {
        form.links.first { $0.key == key && $0.index == index && $0.text == text(key, index) }?.attendee
    }

    /// Nil for an empty field; for a text that does not read, nil and the reason.
    mutating func parse<T>(_ key: FormField.Key, _ index: Int = 0, _ why: Phrase, _ read: (String) -> T?) -> T? {
        let typed = text(key, index)
        let trimmed = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, form.field(key, index) != nil else { return nil }
        if let value = read(trimmed) { return value }
        unread.append((FieldText(key, index, typed), why))
        return nil
    }

    mutating func day(_ key: FormField.Key) -> Day? { parse(key, 0, .errorDate) { Day(parsing: $0) } }
    mutating func time(_ key: FormField.Key) -> TimeOfDay? { parse(key, 0, .errorTime) { TimeOfDay(parsing: $0) } }

    /// A due date typed as dd/mm/yyyy, or as a number of days from the meeting ("15").
    mutating func due(_ key: FormField.Key) -> Day? {
        let day = meetingDay
        return parse(key, 0, .errorDate) { Self.dueDate($0, meetingDay: day) }
    }

    static func dueDate(_ text: String, meetingDay: Day?) -> Day? {
        if let days = Int(text.trimmingCharacters(in: .whitespaces)), (0...3650).contains(days) {
            return meetingDay?.adding(days: days)
        }
        return Day(parsing: text)
    }
}

/// Text as it is saved: trimmed, NFC; nil when nothing is left.
func cleaned(_ text: String) -> String? {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    return trimmed.isEmpty ? nil : NFC.normalize(trimmed)
}
