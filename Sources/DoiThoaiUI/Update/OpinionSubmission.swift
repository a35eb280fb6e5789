import DoiThoaiCore
import Foundation

/// Turns a filled opinion form into the meeting with that opinion added or
/// changed: its answers, a new speaker added to the attendees, and the
/// follow-up assigned from the form.
enum OpinionSubmission {
    static func apply(_ form: inout FormState, id: OpinionID?, meeting: Meeting, now: Timestamp) -> Meeting? {
        var m = meeting
        let speaker = form.optionalText(.speaker).map(NFC.normalize)
        let origin = form.optionalText(.origin).map(NFC.normalize)
        // Nil leaves it to the core's rule, as `add-opinion` does without --disposition.
        let disposition = form.dispositionByRule ? nil : Disposition(rawValue: form.text(.disposition))
        let forwardedTo = form.optionalText(.forwardedTo).map(NFC.normalize)
        if disposition == .forwarded, forwardedTo == nil { form.setError(.forwardedTo, .errorForwardedTo) }
        let task = form.optionalText(.task)
        let due = FormSubmission.dueDate(form.text(.due), meeting: meeting)
        if task != nil {
            if form.optionalText(.assignee) == nil { form.setError(.assignee, .errorAssignee) }
            if due == nil { form.setError(.due, .errorDate) }
        }
        guard !form.hasErrors, let topic = form.optionalText(.topic) else { return nil }

        var answers: [OpinionEntry.Answer] = []
        for index in 0..<form.count(of: .response) {
            guard let text = form.optionalText(.response, index) else { continue }
            answers.append(OpinionEntry.Answer(responder: form.text(.responder, index), text: text))
        }
        let entry = OpinionEntry(speaker: speaker, origin: origin, topic: TopicID(topic),
                                 kind: OpinionKind(rawValue: form.text(.opinionKind)) ?? .recommendation,
                                 text: form.text(.text), answers: answers, disposition: disposition,
                                 forwardedTo: forwardedTo, addsSpeaker: form.text(.addSpeaker) == "true")
        let opinionID = m.recordOpinion(entry, at: now, replacing: id)
        if let task, let due, let assignee = form.optionalText(.assignee) {
            m.addFollowUp { FollowUp(id: $0, opinionIds: [opinionID], task: NFC.normalize(task),
                                     assignee: NFC.normalize(assignee), dueDate: due) }
        }
        return m
    }
}
