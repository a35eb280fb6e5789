import DoiThoaiCore

/// The forms the program shows, each built from its typed value
/// (`FormValue`), which is built from the record it edits.
enum Forms {
    static func choices<T: RawRepresentable>(_ cases: [T], _ phrase: (T) -> Phrase) -> [Choice] where T.RawValue == String {
        cases.map { Choice($0.rawValue, phrase($0)) }
    }

    /// A picker over every case of `T`, read back by `FormReading.choice`.
    static func choice<T: RawRepresentable & CaseIterable>(_ value: T, _ phrase: (T) -> Phrase) -> FieldValue
        where T.RawValue == String, T.AllCases == [T] {
        let all = T.allCases
        return .choice(choices(all, phrase), selected: all.firstIndex { $0.rawValue == value.rawValue } ?? 0)
    }

    static func text(_ value: String?) -> FieldValue { .text(TextField(value ?? "")) }

    static func newMeeting(today: Day) -> FormState {
        FormValue.meetingDetails(MeetingDetailsValue(today: today)).form(.newMeeting)
    }

    static func editMeeting(_ meeting: Meeting) -> FormState {
        FormValue.meetingDetails(MeetingDetailsValue(meeting)).form(.editMeeting)
    }

    static func attendee(_ attendee: Attendee?, in meeting: Meeting) -> FormState {
        FormValue.attendee(attendee.map(AttendeeValue.init) ?? AttendeeValue(in: meeting)).form(.attendee(attendee?.id))
    }

    static func conclusion(_ meeting: Meeting) -> FormState {
        FormValue.conclusion(ConclusionValue(meeting)).form(.conclusion)
    }

    /// The form for editing part of an open meeting.
    static func form(for purpose: FormPurpose, in meeting: Meeting, state: AppState) -> FormState {
        if case .printMinutes(let id) = purpose { return printMinutes(id, language: state.language) }
        return FormValue.start(purpose, in: meeting, now: state.now)?.form(purpose) ?? newMeeting(today: state.now.day)
    }

    /// An assignment: what, who, by when, which opinions it answers, how far it got.
    static func followUp(_ followUp: FollowUp?, in meeting: Meeting, today: Day, opinion: Opinion? = nil) -> FormState {
        let value = followUp.map { FollowUpValue($0, in: meeting) } ?? FollowUpValue(today: today, opinion: opinion)
        return FormValue.followUp(value).form(.followUp(followUp?.id))
    }

    /// A report presented at the meeting: who, what, and its figures.
    static func report(_ item: AgendaItem?) -> FormState {
        FormValue.report(ReportValue(item)).form(.report(item?.id))
    }

    /// The print dialog: format, language, and whether to preview, save or print.
    static func printMinutes(_ id: MeetingID, language: Language) -> FormState {
        FormState(purpose: .printMinutes(id), title: .formPrintMinutes, fields: MinutesChoice(language: language).fields)
    }

    /// Closing the meeting: the end time (now, never before the start) and the chair's conclusion.
    static func endMeeting(_ meeting: Meeting, now: Timestamp) -> FormState {
        FormValue.endMeeting(EndMeetingValue(meeting, now: now)).form(.endMeeting).selectingFirstField()
    }
}
