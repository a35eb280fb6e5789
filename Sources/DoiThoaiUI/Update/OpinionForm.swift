import DoiThoaiCore

/// The opinion form: speaker, origin, topic, kind, text, answers,
/// disposition, and a follow-up assigned from the same place.
enum OpinionForm {
    static func make(_ opinion: Opinion?, in meeting: Meeting) -> FormState {
        FormValue.opinion(opinion.map(OpinionValue.init) ?? OpinionValue()).form(.opinion(opinion?.id))
    }

    static func responseFields(index: Int, responder: String?, text: String?) -> [FormField] {
        [
            FormField(.responder, .fieldResponder, .completion(TextField(responder ?? ""), source: .responders, highlight: nil),
                      index: index),
            FormField(.response, .fieldResponse, .multiline(TextEditor(text ?? "")), index: index, lines: 3),
        ]
    }

    /// Whether an answer is typed in the form.
    static func hasAnswer(_ form: FormState) -> Bool {
        (0..<form.count(of: .response)).contains { form.optionalText(.response, $0) != nil }
    }

    /// The disposition follows the core's rule until the secretary chooses
    /// one: noted while there is no answer, answered once one is typed.
    static func followRule(_ form: inout FormState, before: FormState) {
        guard form.purpose.isOpinion, let index = form.fields.firstIndex(where: { $0.key == .disposition }),
              case .choice(let choices, let selected) = form.fields[index].value else { return }
        if let was = before.field(.disposition), was.value.content != form.fields[index].value.content {
            form.dispositionByRule = false
        }
        guard form.dispositionByRule else { return }
        let proposed = Disposition.proposed(answered: hasAnswer(form))
        let position = Disposition.allCases.firstIndex(of: proposed) ?? selected
        form.fields[index].value = .choice(choices, selected: position)
    }

    /// Another answer (several officials may answer one opinion).
    static func addResponse(_ form: inout FormState) {
        let count = form.count(of: .responder)
        let after = form.fields.lastIndex { $0.key == .response } ?? form.fields.count - 1
        form.fields.insert(contentsOf: responseFields(index: count, responder: nil, text: nil), at: after + 1)
        form.focus = after + 1
    }

    /// Task, assignee and due date (15 days by default) for a follow-up.
    static func addFollowUp(_ form: inout FormState, today: Day) {
        if let existing = form.fields.firstIndex(where: { $0.key == .task }) {
            form.focus = existing
            return
        }
        form.fields += assignmentFields(OpinionValue.Assignment(due: today.adding(days: 15)))
        form.focus = form.fields.count - 3
    }

    static func assignmentFields(_ assignment: OpinionValue.Assignment) -> [FormField] {
        [
            FormField(.task, .fieldTask, Forms.text(assignment.task)),
            FormField(.assignee, .fieldAssignee, .completion(TextField(assignment.assignee), source: .assignees, highlight: nil)),
            FormField(.due, .fieldDue, Forms.text(assignment.due?.vietnamese)),
        ]
    }

    /// A name taken from the suggestions that is an attendee's is kept with
    /// the attendee's id (speaker and answerers alike); a name that is no
    /// attendee stays free text.
    static func link(_ form: inout FormState, _ field: FormField, taken: String, source: CompletionSource, meeting: Meeting?) {
        form.links.removeAll { $0.key == field.key && $0.index == field.index }
        guard let id = Completion.attendee(taken: taken, source, in: meeting) else { return }
        form.links.append(AttendeeLink(key: field.key, index: field.index, text: taken, attendee: id))
    }

    /// A speaker taken from the suggestions brings where they come from
    /// (as an attendee of this meeting, or as written at an earlier one),
    /// unless the origin is already typed.
    static func bringOrigin(_ form: inout FormState, of speaker: String, state: AppState) {
        guard let index = form.fields.firstIndex(where: { $0.key == .origin }),
              case .completion(var origin, let source, _) = form.fields[index].value, origin.isEmpty else { return }
        let known = state.meeting?.meeting.attendee(named: speaker)?.organization
            ?? state.vocabulary.origin(of: speaker)
        guard let known, !known.isEmpty else { return }
        origin.set(known)
        form.fields[index].value = .completion(origin, source: source, highlight: nil)
    }

    /// The speaker asked not to be named (F5), or F5 again: no longer.
    /// The focus stays where it was, so the next key goes where the
    /// secretary was looking; typing a name in the speaker field undoes it.
    static func makeAnonymous(_ form: inout FormState) {
        guard let index = form.fields.firstIndex(where: { $0.key == .speaker }) else { return }
        form.anonymous.toggle()
        if form.anonymous {
            form.fields[index].value = .completion(TextField(), source: .speakers, highlight: nil)
        }
        form.dirty = true
    }
}
