import DoiThoaiCore

/// A draft written by version 1 of the draft format: each field's text,
/// and the form as a string ("opinion:op-3"). Read so that a draft left by
/// the previous version of the program is still offered and restored.
public struct LegacyDraft: Codable, Equatable, Sendable {
    public struct Field: Codable, Equatable, Sendable {
        public var key: String
        public var index: Int
        public var text: String

        /// A field's text as version 1 wrote it (a flag as "true"/"false").
        init(_ field: FormField) {
            key = field.key.rawValue
            index = field.index
            if case .flag(let on) = field.value { text = on ? "true" : "false" } else { text = field.text }
        }
    }

    public var version = 1
    public var meetingId: String?
    public var purpose: String
    public var focus: Int
    public var fields: [Field]
    public var writtenAt: String
    public var base: [Field]?
    public var anonymous: Bool?

    var preview: String {
        let named = fields.filter { ["text", "conclusion", "title", "name"].contains($0.key) }.map(\.text).first { !$0.isEmpty }
        return named ?? fields.map(\.text).first { !$0.isEmpty } ?? ""
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

    /// The form, opened afresh, with each field's text put back.
    func restore(_ purpose: FormPurpose, meeting: Meeting?, state: AppState) -> FormState? {
        var form: FormState
        if purpose == .newMeeting {
            form = Forms.newMeeting(today: state.now.day)
        } else {
            guard let meeting else { return nil }
            form = Forms.form(for: purpose, in: meeting, state: state)
        }
        for field in fields {
            guard let key = FormField.Key(rawValue: field.key) else { continue }
            if key == .response, field.index >= form.count(of: .response) { OpinionForm.addResponse(&form) }
            if key == .task, form.field(.task) == nil { OpinionForm.addFollowUp(&form, today: state.now.day) }
            guard let position = form.fields.firstIndex(where: { $0.key == key && $0.index == field.index }) else { continue }
            switch form.fields[position].value {
            case .text, .completion, .multiline: form.setText(key, field.index, field.text)
            case .topic: form.fields[position].value = .topic(TextField(), selected: field.text.isEmpty ? nil : TopicID(field.text), highlight: 0)
            case .flag: form.fields[position].value = .flag(field.text == "true")
            case .choice(let choices, let selected):
                form.fields[position].value = .choice(choices, selected: choices.firstIndex { $0.value == field.text } ?? selected)
            }
        }
        if purpose.isOpinion {
            form.anonymous = anonymous == true
            form.dispositionByRule = OpinionForm.hasAnswer(form)
                ? form.text(.disposition) == Disposition.answered.rawValue : form.text(.disposition) == Disposition.noted.rawValue
        }
        return form
    }
}
