import DoiThoaiCore

/// The forms the program shows, built from the record they edit.
enum Forms {
    static func choices<T: RawRepresentable>(_ cases: [T], _ phrase: (T) -> Phrase) -> [Choice] where T.RawValue == String {
        cases.map { Choice($0.rawValue, phrase($0)) }
    }

    static func choice<T: RawRepresentable & CaseIterable>(_ value: T, _ phrase: (T) -> Phrase) -> FieldValue
        where T.RawValue == String, T.AllCases == [T] {
        let all = T.allCases
        return .choice(choices(all, phrase), selected: all.firstIndex { $0.rawValue == value.rawValue } ?? 0)
    }

    static func text(_ value: String?) -> FieldValue { .text(TextField(value ?? "")) }

    static func newMeeting(today: Day) -> FormState {
        FormState(purpose: .newMeeting, title: .formNewMeeting, fields: meetingFields(
            title: nil, kind: .dialogue, organizer: nil, parentBody: nil, level: .commune, date: today,
            place: nil, locality: nil, legalBasis: "Chỉ thị số 13/CT-TTg ngày 10/6/2015 của Thủ tướng Chính phủ",
            documentNumber: nil, documentSymbol: nil, recipients: nil, minutesApproved: nil, start: nil, end: nil, status: nil))
    }

    static func editMeeting(_ meeting: Meeting) -> FormState {
        FormState(purpose: .editMeeting, title: .formEditMeeting, fields: meetingFields(
            title: meeting.title, kind: meeting.kind, organizer: meeting.organizer, parentBody: meeting.parentBody,
            level: meeting.level, date: meeting.date, place: meeting.place, locality: meeting.locality,
            legalBasis: meeting.legalBasis, documentNumber: meeting.documentNumber, documentSymbol: meeting.documentSymbol,
            recipients: meeting.recipients, minutesApproved: meeting.minutesApproved,
            start: meeting.startedAt?.clock, end: meeting.endedAt?.clock, status: meeting.status))
    }

    private static func meetingFields(title: String?, kind: MeetingKind, organizer: String?, parentBody: String?,
                                      level: AdministrativeLevel, date: Day, place: String?, locality: String?,
                                      legalBasis: String?, documentNumber: String?, documentSymbol: String?,
                                      recipients: [String]?, minutesApproved: Bool?, start: String?, end: String?,
                                      status: MeetingStatus?) -> [FormField] {
        var fields = [
            FormField(.title, .fieldTitle, text(title), required: true),
            FormField(.organizer, .fieldOrganizer, text(organizer), required: true),
            FormField(.date, .fieldDate, text(date.vietnamese), required: true),
            FormField(.place, .fieldPlace, text(place)),
            FormField(.locality, .fieldLocality, text(locality)),
            FormField(.kind, .fieldKind, choice(kind, \.phrase)),
            FormField(.level, .fieldLevel, choice(level, \.phrase)),
            FormField(.parentBody, .fieldParentBody, text(parentBody)),
            FormField(.legalBasis, .fieldLegalBasis, text(legalBasis)),
            FormField(.documentNumber, .fieldDocumentNumber, text(documentNumber)),
            FormField(.start, .fieldStart, text(start)),
            FormField(.end, .fieldEnd, text(end)),
        ]
        if let status { fields.append(FormField(.status, .fieldStatus, choice(status, \.phrase))) }
        // The minutes' own details, least often changed, last.
        fields += [
            FormField(.documentSymbol, .fieldDocumentSymbol, text(documentSymbol)),
            FormField(.recipients, .fieldRecipients, .multiline(TextEditor((recipients ?? []).joined(separator: "\n"))), lines: 4),
            FormField(.minutesApproved, .fieldMinutesApproved, .flag(minutesApproved ?? true)),
        ]
        return fields
    }

    static func attendee(_ attendee: Attendee?, in meeting: Meeting) -> FormState {
        let role = attendee?.role ?? (meeting.chair == nil ? .chair : meeting.secretary == nil ? .secretary : .citizen)
        return FormState(purpose: .attendee(attendee?.id), title: attendee == nil ? .formNewAttendee : .formEditAttendee,
                         fields: [
                            FormField(.name, .fieldName, text(attendee?.name), required: true),
                            FormField(.jobTitle, .fieldJobTitle, text(attendee?.title)),
                            FormField(.organisation, .fieldOrganisation, text(attendee?.organization)),
                            FormField(.role, .fieldRole, choice(role, \.phrase)),
                            FormField(.present, .fieldPresent, .flag(attendee?.present ?? true)),
                            // A group row ("Đại diện các hộ dân tổ 5") stands for this many people.
                            FormField(.headcount, .fieldHeadcount, text(attendee?.count.map(String.init))),
                         ])
    }

    static func conclusion(_ meeting: Meeting) -> FormState {
        FormState(purpose: .conclusion, title: .formConclusion, fields: [
            FormField(.conclusion, .fieldConclusion, .multiline(TextEditor(meeting.conclusion ?? ""))),
        ])
    }
}

extension Forms {
    /// The form for editing part of an open meeting.
    static func form(for purpose: FormPurpose, in meeting: Meeting, state: AppState) -> FormState {
        switch purpose {
        case .newMeeting: return newMeeting(today: state.now.day)
        case .editMeeting: return editMeeting(meeting)
        case .attendee(let id): return attendee(id.flatMap(meeting.attendee), in: meeting)
        case .conclusion: return conclusion(meeting)
        case .opinion(let id): return OpinionForm.make(id.flatMap(meeting.opinion), in: meeting)
        case .endMeeting: return endMeeting(meeting, now: state.now)
        case .followUp(let id): return followUp(id.flatMap(meeting.followUp), in: meeting, today: state.now.day)
        case .printMinutes(let id): return printMinutes(id, language: state.language)
        case .report(let id): return report(id.flatMap { id in meeting.agenda.first { $0.id == id } })
        }
    }

    /// An assignment: what, who, by when, which opinions it answers, how far it got.
    static func followUp(_ followUp: FollowUp?, in meeting: Meeting, today: Day, opinion: Opinion? = nil) -> FormState {
        let numbers = followUp.map { f in f.opinionIds.compactMap { meeting.opinion($0)?.number }.map(String.init) }
            ?? opinion.map { [String($0.number)] } ?? []
        var fields = [
            FormField(.task, .fieldTask, text(followUp?.task), required: true),
            FormField(.assignee, .fieldAssignee, .completion(TextField(followUp?.assignee ?? ""), source: .assignees,
                                                             highlight: nil), required: true),
            FormField(.due, .fieldDue, text((followUp?.dueDate ?? today.adding(days: 15)).vietnamese), required: true),
            FormField(.opinionNumbers, .fieldOpinionNumbers, text(numbers.joined(separator: ", "))),
            FormField(.followUpStatus, .fieldStatus, choice(followUp?.status ?? .open, \.phrase)),
        ]
        if followUp != nil {
            fields += [
                FormField(.note, .fieldNote, text(nil)),
                FormField(.replyNumber, .fieldReplyNumber, text(followUp?.reply?.number)),
                FormField(.replyDate, .fieldReplyDate, text(followUp?.reply?.date.vietnamese)),
            ]
        }
        return FormState(purpose: .followUp(followUp?.id), title: followUp == nil ? .formNewFollowUp : .formEditFollowUp,
                         fields: fields)
    }

    /// A report presented at the meeting: who, what, and its figures.
    static func report(_ item: AgendaItem?) -> FormState {
        let figures = item?.figures.map { "\($0.label): \($0.value)" }.joined(separator: "; ")
        return FormState(purpose: .report(item?.id), title: item == nil ? .formNewReport : .formEditReport, fields: [
            FormField(.presenter, .fieldPresenter, text(item?.presenter), required: true),
            FormField(.summary, .fieldSummary, .multiline(TextEditor(item?.summary ?? "")), required: true, lines: 6),
            FormField(.figures, .fieldFigures, text(figures)),
        ])
    }

    /// The print dialog: format, language, and whether to preview, save or print.
    static func printMinutes(_ id: MeetingID, language: Language) -> FormState {
        FormState(purpose: .printMinutes(id), title: .formPrintMinutes, fields: [
            FormField(.minutesAction, .fieldMinutesAction, .choice([Choice("preview", .minutesPreview), Choice("save", .minutesSave),
                                                                     Choice("print", .minutesPrint)], selected: 0)),
            FormField(.minutesFormat, .fieldMinutesFormat, .choice([Choice("docx", .formatDocx), Choice("pdf", .formatPDF), Choice("html", .formatHTML),
                                                                     Choice("text", .formatText), Choice("md", .formatMarkdown)],
                                                                    selected: 0)),
            FormField(.minutesLanguage, .fieldMinutesLanguage, .choice([Choice("vi", .languageVi), Choice("en", .languageEn)],
                                                                        selected: language == .en ? 1 : 0)),
        ])
    }

    /// Closing the meeting: the end time (now, never before the start) and the chair's conclusion.
    static func endMeeting(_ meeting: Meeting, now: Timestamp) -> FormState {
        FormState(purpose: .endMeeting, title: .formEndMeeting, fields: [
            FormField(.end, .fieldEnd, text(meeting.proposedEnd(now: now).clock), required: true),
            FormField(.conclusion, .fieldConclusion, .multiline(TextEditor(meeting.conclusion ?? ""))),
        ])
    }
}
