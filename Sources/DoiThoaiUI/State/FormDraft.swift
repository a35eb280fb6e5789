import DoiThoaiCore

/// What is typed in an open form, kept on disk (`DATA/drafts/`) while the
/// secretary types, so a crash, a closed terminal or a power cut loses at
/// most the last second or two. Offered back at the next start.
public struct FormDraft: Codable, Equatable, Sendable {
    public struct Field: Codable, Equatable, Sendable {
        public var key: String
        public var index: Int
        public var text: String
    }

    public var version = 1
    /// The meeting the form belongs to; nil for a new meeting.
    public var meetingId: String?
    /// The form: "opinion:op-3", "opinion:", "attendee:at-2", "conclusion"…
    public var purpose: String
    public var focus: Int
    public var fields: [Field]
    public var writtenAt: String
    /// For a form editing a record: the record's values when the draft was
    /// written, so a restore can tell that it changed since (nil otherwise).
    public var base: [Field]?
    /// The opinion's speaker was made anonymous with F5 (absent in older drafts).
    public var anonymous: Bool?

    /// The draft file's name (without folder): one per meeting, or per new meeting.
    public var name: String { meetingId ?? "new-meeting" }

    public static func name(for form: FormState, meeting: MeetingID?) -> String {
        form.purpose == .newMeeting ? "new-meeting" : (meeting?.rawValue ?? "new-meeting")
    }

    public init(form: FormState, meeting: MeetingID?, at time: Timestamp) {
        meetingId = form.purpose == .newMeeting ? nil : meeting?.rawValue
        purpose = FormDraft.encode(form.purpose)
        focus = form.focus
        fields = form.fields.map { field in
            let text: String
            switch field.value {
            case .text(let t), .completion(let t, _, _): text = t.text
            case .multiline(let editor): text = editor.text
            default: text = field.text
            }
            return Field(key: field.key.rawValue, index: field.index, text: text)
        }
        writtenAt = time.iso
        anonymous = form.anonymous ? true : nil
    }

    /// Whether the draft holds anything typed (not only the form's defaults).
    public var preview: String { Self.preview(fields) }

    /// The text that best shows what a set of field values says.
    static func preview(_ fields: [Field]) -> String {
        let longest = fields.filter { $0.key == "text" || $0.key == "conclusion" || $0.key == "title" || $0.key == "name" }
            .map(\.text).first { !$0.isEmpty } ?? fields.map(\.text).first { !$0.isEmpty } ?? ""
        return longest
    }

    static func encode(_ purpose: FormPurpose) -> String {
        switch purpose {
        case .newMeeting: return "newMeeting"
        case .editMeeting: return "editMeeting"
        case .attendee(let id): return "attendee:" + (id?.rawValue ?? "")
        case .conclusion: return "conclusion"
        case .opinion(let id): return "opinion:" + (id?.rawValue ?? "")
        case .endMeeting: return "endMeeting"
        case .followUp(let id): return "followUp:" + (id?.rawValue ?? "")
        case .printMinutes(let id): return "printMinutes:" + id.rawValue
        case .report(let id): return "report:" + (id?.rawValue ?? "")
        }
    }

    var formPurpose: FormPurpose? {
        let parts = purpose.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let id = parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil
        switch parts[0] {
        case "newMeeting": return .newMeeting
        case "editMeeting": return .editMeeting
        case "attendee": return .attendee(id.map { AttendeeID($0) })
        case "conclusion": return .conclusion
        case "opinion": return .opinion(id.map { OpinionID($0) })
        case "endMeeting": return .endMeeting
        case "followUp": return .followUp(id.map { FollowUpID($0) })
        case "report": return .report(id.map { AgendaItemID($0) })
        default: return nil
        }
    }

    /// The form this draft was taken from, with the typed values back in it.
    func restore(meeting: Meeting?, state: AppState) -> FormState? {
        guard let purpose = formPurpose else { return nil }
        var form: FormState
        switch purpose {
        case .newMeeting: form = Forms.newMeeting(today: state.now.day)
        case .endMeeting:
            guard let meeting else { return nil }
            form = Forms.endMeeting(meeting, now: state.now)
        case .printMinutes: return nil
        case .editMeeting, .attendee, .conclusion, .opinion, .followUp, .report:
            guard let meeting else { return nil }
            form = Forms.form(for: purpose, in: meeting, state: state)
        }
        for field in fields {
            if field.key == FormField.Key.response.rawValue, field.index >= form.count(of: .response) {
                OpinionForm.addResponse(&form)
            }
            if field.key == FormField.Key.task.rawValue, form.field(.task) == nil { OpinionForm.addFollowUp(&form, today: state.now.day) }
            guard let position = form.fields.firstIndex(where: { $0.key.rawValue == field.key && $0.index == field.index }) else { continue }
            switch form.fields[position].value {
            case .text: form.fields[position].value = .text(TextField(field.text))
            case .completion(_, let source, _): form.fields[position].value = .completion(TextField(field.text), source: source, highlight: nil)
            case .multiline: form.fields[position].value = .multiline(TextEditor(field.text))
            case .topic: form.fields[position].value = .topic(TextField(), selected: field.text.isEmpty ? nil : TopicID(field.text), highlight: 0)
            case .flag: form.fields[position].value = .flag(field.text == "true")
            case .choice(let choices, let selected):
                form.fields[position].value = .choice(choices, selected: choices.firstIndex { $0.value == field.text } ?? selected)
            }
        }
        if purpose.isOpinion {
            form.anonymous = anonymous == true
            form.dispositionByRule = Disposition(rawValue: form.text(.disposition)) == .proposed(answered: OpinionForm.hasAnswer(form))
        }
        form.focus = min(max(0, focus), form.fields.count - 1)
        form.dirty = true
        return form
    }
}
