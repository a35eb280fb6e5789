import DoiThoaiCore

/// What the follow-up form holds, typed: the task, who and by when, the
/// opinions it answers (by number), its status, a progress note and the
/// written reply sent to the citizen.
public struct FollowUpValue: Codable, Equatable, Sendable {
    public var task = ""
    public var assignee = ""
    public var due: Day?
    public var opinionNumbers: [Int] = []
    public var status = FollowUpStatus.open
    /// Only when editing an assignment: a note, the reply's number and date.
    public var editing = false
    public var note = ""
    public var replyNumber = ""
    public var replyDate: Day?

    /// A new assignment, due in 15 days, for `opinion` when made from one.
    public init(today: Day, opinion: Opinion? = nil) {
        due = today.adding(days: 15)
        opinionNumbers = opinion.map { [$0.number] } ?? []
    }

    public init(_ f: FollowUp, in meeting: Meeting) {
        task = f.task
        assignee = f.assignee
        due = f.dueDate
        opinionNumbers = f.opinionIds.compactMap { meeting.opinion($0)?.number }
        status = f.status
        editing = true
        replyNumber = f.reply?.number ?? ""
        replyDate = f.reply?.date
    }

    var fields: [FormField] {
        var fields = [
            FormField(.task, .fieldTask, Forms.text(task), required: true),
            FormField(.assignee, .fieldAssignee, .completion(TextField(assignee), source: .assignees, highlight: nil),
                      required: true),
            FormField(.due, .fieldDue, Forms.text(due?.vietnamese), required: true),
            FormField(.opinionNumbers, .fieldOpinionNumbers, Forms.text(opinionNumbers.map(String.init).joined(separator: ", "))),
            FormField(.followUpStatus, .fieldStatus, Forms.choice(status, \.phrase)),
        ]
        if editing {
            fields += [
                FormField(.note, .fieldNote, Forms.text(note)),
                FormField(.replyNumber, .fieldReplyNumber, Forms.text(replyNumber)),
                FormField(.replyDate, .fieldReplyDate, Forms.text(replyDate?.vietnamese)),
            ]
        }
        return fields
    }

    init(reading r: inout FormReading) {
        task = r.text(.task)
        assignee = r.text(.assignee)
        due = r.due(.due)
        opinionNumbers = r.parse(.opinionNumbers, 0, .errorOpinionNumbers) { text in
            let parts = text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" })
            let numbers = parts.compactMap { Int($0) }.filter { $0 >= 1 }
            return numbers.count == parts.count ? numbers : nil
        } ?? []
        status = r.choice(.followUpStatus, FollowUpStatus.self) ?? status
        editing = r.form.field(.replyNumber) != nil
        note = r.text(.note)
        replyNumber = r.text(.replyNumber)
        replyDate = r.day(.replyDate)
    }

    /// The meeting with this assignment added, or follow-up `id` changed.
    func apply(to meeting: Meeting, id: FollowUpID?, today: Day) -> Result<Meeting, FieldProblems> {
        var problems: [FieldProblem] = []
        var opinionIds: [OpinionID] = []
        for number in opinionNumbers {
            guard let opinion = meeting.opinion(number: number) else {
                problems.append(FieldProblem(.opinionNumbers, .errorOpinionNumbers))
                break
            }
            opinionIds.append(opinion.id)
        }
        let reply = cleaned(replyNumber)
        if reply != nil, replyDate == nil { problems.append(FieldProblem(.replyDate, .errorDate)) }
        if let replyDate, !WrittenReply.canBeDated(replyDate, today: today) {
            problems.append(FieldProblem(.replyDate, .errorReplyDateAfterToday))
        }
        guard problems.isEmpty, let due else { return .failure(FieldProblems(problems)) }
        // A written reply sent means the task is done.
        let status = reply != nil ? FollowUpStatus.done : status
        var m = meeting
        let task = cleaned(task) ?? "", assignee = cleaned(assignee) ?? ""
        if let id, var followUp = m.followUp(id) {
            followUp.task = task
            followUp.assignee = assignee
            followUp.dueDate = due
            followUp.opinionIds = opinionIds
            followUp.setStatus(status, on: replyDate ?? today)
            if let note = cleaned(note) { followUp.notes.append(ProgressNote(on: today, text: note)) }
            if let reply, let replyDate { followUp.reply = WrittenReply(number: reply, date: replyDate) }
            m.replaceFollowUp(followUp)
        } else {
            m.addFollowUp { FollowUp(id: $0, opinionIds: opinionIds, task: task, assignee: assignee, dueDate: due,
                                     status: status, doneOn: status == .done ? today : nil) }
        }
        return .success(m)
    }
}
