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
        let disposition = Disposition(rawValue: form.text(.disposition)) ?? .noted
        let forwardedTo = form.optionalText(.forwardedTo).map(NFC.normalize)
        if disposition == .forwarded, forwardedTo == nil { form.setError(.forwardedTo, .errorForwardedTo) }
        let task = form.optionalText(.task)
        let due = FormSubmission.dueDate(form.text(.due), meeting: meeting)
        if task != nil {
            if form.optionalText(.assignee) == nil { form.setError(.assignee, .errorAssignee) }
            if due == nil { form.setError(.due, .errorDate) }
        }
        guard !form.hasErrors, let topic = form.optionalText(.topic) else { return nil }

        var attendeeId = speaker.flatMap { name in
            m.attendees.first { VietnameseFolding.fold($0.name) == VietnameseFolding.fold(name) }?.id
        }
        if attendeeId == nil, let speaker, form.text(.addSpeaker) == "true" {
            let lowered = VietnameseFolding.fold(origin ?? "")
            let business = ["cong ty", "doanh nghiep", "htx", "hop tac xa", "tnhh", "co phan"].contains { lowered.contains($0) }
            attendeeId = m.addAttendee { Attendee(id: $0, name: speaker, organization: origin,
                                                  role: business ? .business : .citizen) }
        }
        let existing = id.flatMap(m.opinion)
        var nextResponse = Int(m.nextResponseID().rawValue.dropFirst(3)) ?? 1
        var responses: [Response] = []
        for index in 0..<form.count(of: .response) {
            guard let text = form.optionalText(.response, index).map(NFC.normalize) else { continue }
            let responder = NFC.normalize(form.text(.responder, index))
            let kept = existing?.responses.indices.contains(index) == true ? existing?.responses[index].id : nil
            let responseID = kept ?? ResponseID("re-\(nextResponse)")
            if kept == nil { nextResponse += 1 }
            responses.append(Response(id: responseID, responder: responder, text: text))
        }
        let text = NFC.normalize(form.text(.text))
        let kind = OpinionKind(rawValue: form.text(.opinionKind)) ?? .recommendation
        let opinionID: OpinionID
        if var opinion = existing {
            opinion.speaker = speaker
            opinion.attendeeId = attendeeId
            opinion.origin = origin
            opinion.topic = TopicID(topic)
            opinion.kind = kind
            opinion.text = text
            opinion.responses = responses
            opinion.disposition = disposition
            opinion.forwardedTo = disposition == .forwarded ? forwardedTo : nil
            m.replaceOpinion(opinion)
            opinionID = opinion.id
        } else {
            opinionID = m.addOpinion { id, number in
                Opinion(id: id, number: number, speaker: speaker, attendeeId: attendeeId, origin: origin,
                        topic: TopicID(topic), kind: kind, text: text, recordedAt: now, responses: responses,
                        disposition: disposition, forwardedTo: disposition == .forwarded ? forwardedTo : nil)
            }
        }
        if let task, let due, let assignee = form.optionalText(.assignee) {
            m.addFollowUp { FollowUp(id: $0, opinionIds: [opinionID], task: NFC.normalize(task),
                                     assignee: NFC.normalize(assignee), dueDate: due) }
        }
        return m
    }
}
