/// The meeting and the records of its attendance and agenda, read as their
/// `init(from:)` reads them: same required fields, same defaults.
extension MeetingFileReader {
    enum MeetingField: Int, RecordField {
        case schemaVersion, id, title, kind, organizer, parentBody, level, date, place, locality,
             legalBasis, startedAt, plannedStart, endedAt, plannedEnd, documentNumber, documentSymbol, recipients, minutesApproved,
             status, attendees, agenda, opinions, followUps, conclusion, notes, reopenings, conflicts
        static let keys = RecordKeys(Meeting.CodingKeys.allCases.map(\.rawValue))
    }

    func meeting(_ at: Int) throws -> Meeting {
        let (f, extra) = try record(at, MeetingField.self)
        let schemaVersion = try integer(f[.schemaVersion])
        var m = Meeting(id: try id(f[.id]), title: try text(f[.title]), kind: try word(f[.kind], or: .dialogue),
                        organizer: try text(f[.organizer]), parentBody: try optionalText(f[.parentBody]),
                        level: try word(f[.level], or: .commune), date: try day(f[.date]),
                        place: try optionalText(f[.place]), locality: try optionalText(f[.locality]),
                        legalBasis: try optionalText(f[.legalBasis]), startedAt: try optionalTimestamp(f[.startedAt]),
                        endedAt: try optionalTimestamp(f[.endedAt]), documentNumber: try optionalText(f[.documentNumber]),
                        status: try word(f[.status], or: .planned),
                        attendees: try items(f[.attendees], attendee) ?? [],
                        agenda: try items(f[.agenda], agendaItem) ?? [],
                        opinions: try items(f[.opinions], opinion) ?? [],
                        followUps: try items(f[.followUps], followUp) ?? [],
                        conclusion: try optionalText(f[.conclusion]), notes: try optionalText(f[.notes]),
                        reopenings: try items(f[.reopenings], reopening) ?? [])
        m.schemaVersion = schemaVersion
        m.plannedStart = try optionalTimestamp(f[.plannedStart])
        m.plannedEnd = try optionalTimestamp(f[.plannedEnd])
        m.documentSymbol = try optionalText(f[.documentSymbol])
        m.recipients = try items(f[.recipients], text)
        m.minutesApproved = try optionalFlag(f[.minutesApproved])
        m.conflicts = try items(f[.conflicts], mergeConflict) ?? []
        m.extra = extra
        return m
    }

    enum AttendeeField: Int, RecordField {
        case id, name, title, organization, role, present, count
        static let keys = RecordKeys(Attendee.CodingKeys.allCases.map(\.rawValue))
    }

    func attendee(_ at: Int) throws -> Attendee {
        let (f, extra) = try record(at, AttendeeField.self)
        var attendee = Attendee(id: try id(f[.id]), name: try text(f[.name]), title: try optionalText(f[.title]),
                                organization: try optionalText(f[.organization]), role: try word(f[.role]),
                                present: try flag(f[.present]), count: try optionalInteger(f[.count]))
        attendee.extra = extra
        return attendee
    }

    enum AgendaItemField: Int, RecordField {
        case id, presenter, summary, figures
        static let keys = RecordKeys(AgendaItem.CodingKeys.allCases.map(\.rawValue))
    }

    func agendaItem(_ at: Int) throws -> AgendaItem {
        let (f, extra) = try record(at, AgendaItemField.self)
        var item = AgendaItem(id: try id(f[.id]), presenter: try text(f[.presenter]), summary: try text(f[.summary]),
                              figures: try items(f[.figures], figure) ?? [])
        item.extra = extra
        return item
    }

    enum FigureField: Int, RecordField {
        case label, value
        static let keys = RecordKeys(Figure.CodingKeys.allCases.map(\.rawValue))
    }

    func figure(_ at: Int) throws -> Figure {
        let (f, extra) = try record(at, FigureField.self)
        var figure = Figure(label: try text(f[.label]), value: try text(f[.value]))
        figure.extra = extra
        return figure
    }

    enum OpinionField: Int, RecordField {
        case id, number, speaker, attendeeId, origin, topic, kind, text, recordedAt, responses, disposition, forwardedTo
        static let keys = RecordKeys(Opinion.CodingKeys.allCases.map(\.rawValue))
    }

    func opinion(_ at: Int) throws -> Opinion {
        let (f, extra) = try record(at, OpinionField.self)
        var opinion = Opinion(id: try id(f[.id]), number: try integer(f[.number]), speaker: try optionalText(f[.speaker]),
                              attendeeId: try optionalID(f[.attendeeId]), origin: try optionalText(f[.origin]),
                              topic: try id(f[.topic]), kind: try word(f[.kind], or: .recommendation), text: try text(f[.text]),
                              recordedAt: try optionalTimestamp(f[.recordedAt]),
                              responses: try items(f[.responses], response) ?? [],
                              disposition: try word(f[.disposition], or: Disposition.noted),
                              forwardedTo: try optionalText(f[.forwardedTo]))
        opinion.extra = extra
        return opinion
    }

    enum ResponseField: Int, RecordField {
        case id, responder, attendeeId, text
        static let keys = RecordKeys(Response.CodingKeys.allCases.map(\.rawValue))
    }

    func response(_ at: Int) throws -> Response {
        let (f, extra) = try record(at, ResponseField.self)
        var response = Response(id: try id(f[.id]), responder: try text(f[.responder]),
                                attendeeId: try optionalID(f[.attendeeId]), text: try text(f[.text]))
        response.extra = extra
        return response
    }

    enum ReopeningField: Int, RecordField {
        case at, by, reason
        static let keys = RecordKeys(Reopening.CodingKeys.allCases.map(\.rawValue))
    }

    func reopening(_ at: Int) throws -> Reopening {
        let (f, extra) = try record(at, ReopeningField.self)
        var reopening = Reopening(at: try timestamp(f[.at]), by: try text(f[.by]), reason: try optionalText(f[.reason]))
        reopening.extra = extra
        return reopening
    }
}
