import DoiThoaiCore

/// Ending the meeting from its form: the core says when it ended; the
/// secretary is asked when the end is earlier than the start (past
/// midnight?) and when there is no conclusion yet.
enum MeetingEnding {
    static func submit(_ state: inout AppState, _ checked: FormState, pastMidnight: Bool = false,
                       withoutConclusion: Bool = false) -> [Effect] {
        guard let open = state.meeting else { return [] }
        var form = checked
        var reading = FormReading(form)
        let value = EndMeetingValue(reading: &reading)
        FormSubmission.mark(&form, reading.problems)
        guard let time = value.end else {
            form.focus = 0
            state.nav.form = form
            return []
        }
        let conclusion = cleaned(value.conclusion)
        let end: Timestamp
        do {
            end = try open.meeting.end(at: time, offset: state.now.offset, pastMidnight: pastMidnight)
        } catch {
            guard case .endBeforeStart(let start, let typed) = error else { return [] }
            let message = state.language.text(.confirmEndPastMidnight, typed.description, start.clock)
            state.nav.push(.confirm(Confirmation(.endMeeting(pastMidnight: true, withoutConclusion: withoutConclusion),
                                                 message: message)))
            return []
        }
        if conclusion == nil && !withoutConclusion {
            state.nav.push(.confirm(Confirmation(.endMeeting(pastMidnight: pastMidnight, withoutConclusion: true),
                                                 message: state.text(.confirmEndWithoutConclusion))))
            return []
        }
        var changed = open.meeting
        changed.close(at: end, conclusion: conclusion)
        return [.saveMeeting(changed, over: open.fingerprint, .edit)]
    }
}
