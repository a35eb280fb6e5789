import DoiThoaiCore

/// Turns a filled follow-up form into the meeting with that assignment
/// added or changed: status (done sets the day it was done), a dated
/// progress note, and the written reply sent to the citizen (which marks it done).
enum FollowUpSubmission {
    static func apply(_ form: inout FormState, id: FollowUpID?, meeting: Meeting, today: Day) -> Meeting? {
        var m = meeting
        let due = FormSubmission.dueDate(form.text(.due), meeting: meeting)
        if due == nil, !form.text(.due).isEmpty { form.setError(.due, .errorDate) }
        var opinionIds: [OpinionID] = []
        for part in form.text(.opinionNumbers).split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }) {
            guard let number = Int(part), let opinion = m.opinion(number: number) else {
                form.setError(.opinionNumbers, .errorOpinionNumbers)
                break
            }
            opinionIds.append(opinion.id)
        }
        let replyNumber = form.optionalText(.replyNumber).map(NFC.normalize)
        let replyDate = Day(parsing: form.text(.replyDate))
        if replyNumber != nil, replyDate == nil { form.setError(.replyDate, .errorDate) }
        if let replyDate, !WrittenReply.canBeDated(replyDate, today: today) { form.setError(.replyDate, .errorReplyDateAfterToday) }
        guard !form.hasErrors, let due else { return nil }
        var status = FollowUpStatus(rawValue: form.text(.followUpStatus)) ?? .open
        if replyNumber != nil { status = .done }
        let task = NFC.normalize(form.text(.task))
        let assignee = NFC.normalize(form.text(.assignee))
        if let id, var followUp = m.followUp(id) {
            followUp.task = task
            followUp.assignee = assignee
            followUp.dueDate = due
            followUp.opinionIds = opinionIds
            followUp.setStatus(status, on: replyDate ?? today)
            if let note = form.optionalText(.note) { followUp.notes.append(ProgressNote(on: today, text: NFC.normalize(note))) }
            if let replyNumber, let replyDate { followUp.reply = WrittenReply(number: replyNumber, date: replyDate) }
            m.replaceFollowUp(followUp)
        } else {
            m.addFollowUp { FollowUp(id: $0, opinionIds: opinionIds, task: task, assignee: assignee, dueDate: due,
                                     status: status, doneOn: status == .done ? today : nil) }
        }
        return m
    }
}
