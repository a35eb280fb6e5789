import DoiThoaiCore

/// Turns a filled form into the meeting it describes: the form is read
/// once into its typed value (`FormValue`), and what cannot be read or
/// saved (a bad date, end before start) is marked beside its field.
enum FormSubmission {
    enum Outcome: Equatable {
        case create(Meeting)
        case update(Meeting)
    }

    static func apply(_ form: inout FormState, meeting: Meeting?, now: Timestamp) -> Outcome? {
        guard let (value, reading) = FormValue.read(form, meetingDay: meeting.map { daysCountFrom($0, today: now.day) })
        else { return nil }
        // Every problem is shown at once: what cannot be read, and what cannot be saved.
        mark(&form, reading.problems)
        if form.purpose == .newMeeting, case .meetingDetails(let details) = value {
            let placeholder = Meeting(id: "new", title: "", organizer: "", date: now.day)
            return outcome(details.apply(to: placeholder, now: now), &form, made: true)
        }
        guard let meeting else { return nil }
        let result: Result<Meeting, FieldProblems>
        switch (form.purpose, value) {
        case (.editMeeting, .meetingDetails(let details)):
            result = details.apply(to: meeting, now: now)
        case (.attendee(let id), .attendee(let attendee)):
            result = .success(attendee.apply(to: meeting, id: id))
        case (.conclusion, .conclusion(let value)):
            var changed = meeting
            changed.conclusion = cleaned(value.conclusion)
            result = .success(changed)
        case (.opinion(let id), .opinion(let opinion)):
            result = OpinionSubmission.apply(opinion, id: id, meeting: meeting, now: now)
        case (.followUp(let id), .followUp(let followUp)):
            result = followUp.apply(to: meeting, id: id, today: now.day)
        case (.report(let id), .report(let report)):
            result = .success(report.apply(to: meeting, id: id))
        default:
            // Ending a meeting goes through MeetingEnding, which asks about midnight and a missing conclusion.
            return nil
        }
        return outcome(result, &form, made: false)
    }

    private static func outcome(_ result: Result<Meeting, FieldProblems>, _ form: inout FormState, made: Bool) -> Outcome? {
        if case .failure(let problems) = result { mark(&form, problems.problems) }
        guard !form.hasErrors, case .success(let changed) = result else { return nil }
        return made ? .create(changed) : .update(changed)
    }

    /// Shows each problem beside its field.
    static func mark(_ form: inout FormState, _ problems: [FieldProblem]) {
        for problem in problems { form.setError(problem.key, problem.why, index: problem.index) }
    }

    /// A due date typed as dd/mm/yyyy, or as a number of days ("15").
    static func dueDate(_ text: String, meeting: Meeting, today: Day) -> Day? {
        FormReading.dueDate(text, meetingDay: daysCountFrom(meeting, today: today))
    }

    /// The day a due date typed as a number of days counts from: the
    /// meeting's day, or today once it is past ("7" typed in F6 weeks later
    /// gives a week from today, not a day already gone).
    static func daysCountFrom(_ meeting: Meeting, today: Day) -> Day {
        max(meeting.date, today)
    }
}
