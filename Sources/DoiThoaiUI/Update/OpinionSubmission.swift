import DoiThoaiCore

/// Turns the opinion form's value into the meeting with that opinion added
/// or changed, through the core's one rule (`recordOpinion`, as
/// `add-opinion`): its answers, a new speaker added to the attendees, and
/// the follow-up assigned from the form.
enum OpinionSubmission {
    static func apply(_ value: OpinionValue, id: OpinionID?, meeting: Meeting, now: Timestamp) -> Result<Meeting, FieldProblems> {
        var problems: [FieldProblem] = []
        guard let entry = value.entry(problems: &problems) else { return .failure(FieldProblems(problems)) }
        var m = meeting
        let opinionID = m.recordOpinion(entry, at: now, replacing: id)
        if let assignment = value.assignment, let task = cleaned(assignment.task), let assignee = cleaned(assignment.assignee),
           let due = assignment.due {
            m.addFollowUp { FollowUp(id: $0, opinionIds: [opinionID], task: task, assignee: assignee, dueDate: due) }
        }
        return .success(m)
    }
}
