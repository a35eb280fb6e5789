import DoiThoaiCore

/// What the new-meeting and meeting-details forms hold, typed: the
/// meeting's title, where and when, and the minutes' own details.
public struct MeetingDetailsValue: Codable, Equatable, Sendable {
    public var title = ""
    public var organizer = ""
    public var date: Day?
    public var place = ""
    public var locality = ""
    public var kind = MeetingKind.dialogue
    public var level = AdministrativeLevel.commune
    public var parentBody = ""
    public var legalBasis = ""
    public var documentNumber = ""
    public var start: TimeOfDay?
    public var end: TimeOfDay?
    /// Nil on a new meeting's form, which has no status field.
    public var status: MeetingStatus?
    /// The minutes' symbol ("BB-SNV"); empty: derived from the organizer.
    public var documentSymbol = ""
    /// Nơi nhận, one a line; none: the usual recipients.
    public var recipients: [String] = []
    public var minutesApproved = true

    /// A new meeting: today, at the commune, under Directive 13.
    public init(today: Day) {
        date = today
        legalBasis = "Chỉ thị số 13/CT-TTg ngày 10/6/2015 của Thủ tướng Chính phủ"
    }

    public init(_ m: Meeting) {
        title = m.title
        organizer = m.organizer
        date = m.date
        place = m.place ?? ""
        locality = m.locality ?? ""
        kind = m.kind
        level = m.level
        parentBody = m.parentBody ?? ""
        legalBasis = m.legalBasis ?? ""
        documentNumber = m.documentNumber ?? ""
        start = m.startedAt.map(TimeOfDay.init)
        end = m.endedAt.map(TimeOfDay.init)
        status = m.status
        documentSymbol = m.documentSymbol ?? ""
        recipients = m.recipients ?? []
        minutesApproved = m.minutesApproved ?? true
    }

    var fields: [FormField] {
        var fields = [
            FormField(.title, .fieldTitle, Forms.text(title), required: true),
            FormField(.organizer, .fieldOrganizer, Forms.text(organizer), required: true),
            FormField(.date, .fieldDate, Forms.text(date?.vietnamese), required: true),
            FormField(.place, .fieldPlace, Forms.text(place)),
            FormField(.locality, .fieldLocality, Forms.text(locality)),
            FormField(.kind, .fieldKind, Forms.choice(kind, \.phrase)),
            FormField(.level, .fieldLevel, Forms.choice(level, \.phrase)),
            FormField(.parentBody, .fieldParentBody, Forms.text(parentBody)),
            FormField(.legalBasis, .fieldLegalBasis, Forms.text(legalBasis)),
            FormField(.documentNumber, .fieldDocumentNumber, Forms.text(documentNumber)),
            FormField(.start, .fieldStart, Forms.text(start?.description)),
            FormField(.end, .fieldEnd, Forms.text(end?.description)),
        ]
        if let status {
            // A meeting that has taken place never goes back to planned: going
            // live again would overwrite its real start. Reopening is "live".
            let offered: [MeetingStatus] = status == .planned ? MeetingStatus.allCases : [.live, .closed]
            let choices = Forms.choices(offered, \.phrase)
            fields.append(FormField(.status, .fieldStatus, .choice(choices, selected: offered.firstIndex(of: status) ?? 0)))
        }
        // The minutes' own details, least often changed, last.
        fields += [
            FormField(.documentSymbol, .fieldDocumentSymbol, Forms.text(documentSymbol)),
            FormField(.recipients, .fieldRecipients, .multiline(TextEditor(recipients.joined(separator: "\n"))), lines: 4),
            FormField(.minutesApproved, .fieldMinutesApproved, .flag(minutesApproved)),
        ]
        return fields
    }

    init(reading r: inout FormReading) {
        title = r.text(.title)
        organizer = r.text(.organizer)
        date = r.day(.date)
        place = r.text(.place)
        locality = r.text(.locality)
        kind = r.choice(.kind, MeetingKind.self) ?? kind
        level = r.choice(.level, AdministrativeLevel.self) ?? level
        parentBody = r.text(.parentBody)
        legalBasis = r.text(.legalBasis)
        documentNumber = r.text(.documentNumber)
        start = r.time(.start)
        end = r.time(.end)
        status = r.choice(.status, among: MeetingStatus.self)
        documentSymbol = r.text(.documentSymbol)
        recipients = r.text(.recipients).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        minutesApproved = r.flag(.minutesApproved) ?? minutesApproved
    }

    /// The meeting with these details; the problems that stop it (end before start).
    func apply(to meeting: Meeting, now: Timestamp) -> Result<Meeting, FieldProblems> {
        var problems: [FieldProblem] = []
        if let start, let end, end < start { problems.append(FieldProblem(.end, .errorEndBeforeStart)) }
        guard problems.isEmpty, let date else { return .failure(FieldProblems(problems)) }
        var m = meeting
        m.title = cleaned(title) ?? ""
        m.organizer = cleaned(organizer) ?? ""
        m.date = date
        m.place = cleaned(place)
        m.locality = cleaned(locality)
        m.parentBody = cleaned(parentBody)
        m.legalBasis = cleaned(legalBasis)
        m.documentNumber = cleaned(documentNumber)
        m.kind = kind
        m.level = level
        // A time left as it was keeps its seconds (16:42:48 stays, not 16:42:00).
        m.startedAt = start.map { kept(meeting.startedAt, $0, on: meeting.date) ?? $0.on(date, offset: now.offset) }
        m.endedAt = end.map { kept(meeting.endedAt, $0, on: meeting.date) ?? $0.on(date, offset: now.offset) }
        if let status {
            if status != .closed { m.reopen(at: now) }
            m.status = status
        }
        m.documentSymbol = cleaned(documentSymbol)
        let lines = recipients.compactMap(cleaned)
        m.recipients = lines.isEmpty ? nil : lines
        // Approved is what an absent field means: a file that never said otherwise keeps not saying it.
        m.minutesApproved = minutesApproved && meeting.minutesApproved == nil ? nil : minutesApproved
        return .success(m)
    }

    /// `recorded` when neither the date nor its time of day was changed in
    /// the form (so its seconds, and an end past midnight, are kept).
    private func kept(_ recorded: Timestamp?, _ time: TimeOfDay, on meetingDate: Day) -> Timestamp? {
        guard let recorded, date == meetingDate, TimeOfDay(recorded) == time else { return nil }
        return recorded
    }
}

/// The fields that stop a save, each with why.
public struct FieldProblems: Error, Equatable {
    public var problems: [FieldProblem]
    public init(_ problems: [FieldProblem]) { self.problems = problems }

}
