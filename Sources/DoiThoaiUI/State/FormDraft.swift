import DoiThoaiCore

/// What is typed in an open form, kept on disk (`DATA/drafts/`) while the
/// secretary types, so a crash, a closed terminal or a power cut loses at
/// most the last second or two. Offered back at the next start.
///
/// Version 2 keeps the form's typed value (`FormValue`), keyed by the typed
/// form it belongs to, and beside it any text typed that does not read yet
/// (a date half typed). A version-1 draft (each field's text) still restores.
public struct FormDraft: Codable, Equatable, Sendable {
    public static let currentVersion = 2

    public var version = FormDraft.currentVersion
    /// The meeting the form belongs to; nil for a new meeting.
    public var meetingId: String?
    /// Which form: a new opinion, opinion op-3, the conclusion…
    public var form: FormPurpose
    public var focus: Int
    /// What the form holds, typed (nil only in a version-1 draft).
    public var value: FormValue?
    /// Text typed in a field that does not read as its kind yet, as typed.
    public var unread: [FieldText] = []
    public var writtenAt: String
    /// For a form editing a record: the record's value when the draft was
    /// written, so a restore can tell that it changed since (nil otherwise).
    public var base: FormValue?
    /// A draft written by version 1, field by field.
    public var legacy: LegacyDraft?

    /// The draft file's name (without folder): one per meeting, or per new meeting.
    public var name: String { meetingId ?? "new-meeting" }

    public static func name(for form: FormState, meeting: MeetingID?) -> String {
        form.purpose == .newMeeting ? "new-meeting" : (meeting?.rawValue ?? "new-meeting")
    }

    /// The draft of `form`: its value read once, the text that does not read kept as typed.
    public init(form state: FormState, meeting: MeetingID?, meetingDay: Day? = nil, at time: Timestamp) {
        meetingId = state.purpose == .newMeeting ? nil : meeting?.rawValue
        form = state.purpose
        focus = state.focus
        if let read = FormValue.read(state, meetingDay: meetingDay) {
            value = read.value
            unread = read.reading.unread.map(\.text)
        }
        writtenAt = time.iso
    }

    /// The text that best shows what the draft holds.
    public var preview: String { legacy?.preview ?? value?.preview ?? "" }

    /// The form this draft was taken from, with the typed values back in it.
    func restore(meeting: Meeting?, state: AppState) -> FormState? {
        if form.isDialog { return nil }
        if form != .newMeeting, meeting == nil { return nil }
        var restored: FormState
        if let legacy {
            guard let made = legacy.restore(form, meeting: meeting, state: state) else { return nil }
            restored = made
        } else {
            guard let value, let made = Optional(value.form(form)), made.purpose == form else { return nil }
            restored = made
            for text in unread { restored.setText(text.key, text.index, text.text) }
        }
        restored.focus = min(max(0, focus), restored.fields.count - 1)
        restored.dirty = true
        return restored
    }

    enum CodingKeys: String, CodingKey {
        case version, meetingId, form, focus, value, unread, writtenAt, base
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        version = try c.decodeIfPresent(Int.self, forKey: .version) ?? 1
        meetingId = try c.decodeIfPresent(String.self, forKey: .meetingId)
        focus = try c.decodeIfPresent(Int.self, forKey: .focus) ?? 0
        writtenAt = try c.decode(String.self, forKey: .writtenAt)
        if version < 2 {
            let old = try LegacyDraft(from: decoder)
            guard let purpose = old.formPurpose else {
                throw DecodingError.dataCorruptedError(forKey: .form, in: c, debugDescription: "unknown form “\(old.purpose)”")
            }
            form = purpose
            legacy = old
            return
        }
        form = try c.decode(FormPurpose.self, forKey: .form)
        value = try c.decodeIfPresent(FormValue.self, forKey: .value)
        unread = try c.decodeIfPresent([FieldText].self, forKey: .unread) ?? []
        base = try c.decodeIfPresent(FormValue.self, forKey: .base)
    }

    public func encode(to encoder: Encoder) throws {
        if let legacy { return try legacy.encode(to: encoder) }
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(version, forKey: .version)
        try c.encodeIfPresent(meetingId, forKey: .meetingId)
        try c.encode(form, forKey: .form)
        try c.encode(focus, forKey: .focus)
        try c.encodeIfPresent(value, forKey: .value)
        if !unread.isEmpty { try c.encode(unread, forKey: .unread) }
        try c.encode(writtenAt, forKey: .writtenAt)
        try c.encodeIfPresent(base, forKey: .base)
    }
}

extension FormState {
    /// Puts `text` back in a text field as typed (a draft's unread text).
    mutating func setText(_ key: FormField.Key, _ index: Int, _ text: String) {
        guard let position = fields.firstIndex(where: { $0.key == key && $0.index == index }) else { return }
        switch fields[position].value {
        case .text: fields[position].value = .text(TextField(text))
        case .completion(_, let source, _): fields[position].value = .completion(TextField(text), source: source, highlight: nil)
        case .multiline: fields[position].value = .multiline(TextEditor(text))
        case .topic, .choice, .flag: break
        }
    }
}
