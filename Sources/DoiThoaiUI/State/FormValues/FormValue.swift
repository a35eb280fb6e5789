import DoiThoaiCore

/// The typed value of a form that edits a meeting, one struct per form.
/// A form is built from its value, read back into it once (with why for
/// what cannot be read), saved from it, and kept in a draft as it.
public enum FormValue: Codable, Equatable, Sendable {
    case meetingDetails(MeetingDetailsValue)
    case attendee(AttendeeValue)
    case conclusion(ConclusionValue)
    case opinion(OpinionValue)
    case followUp(FollowUpValue)
    case report(ReportValue)
    case endMeeting(EndMeetingValue)

    /// The value a form for `purpose` starts with, from the record it edits
    /// in `meeting` (nil for a new meeting); nil for the print dialog.
    static func start(_ purpose: FormPurpose, in meeting: Meeting?, now: Timestamp) -> FormValue? {
        switch purpose {
        case .newMeeting: return .meetingDetails(MeetingDetailsValue(today: now.day))
        case .printMinutes, .searchFilters: return nil
        default: break
        }
        guard let meeting else { return nil }
        switch purpose {
        case .editMeeting: return .meetingDetails(MeetingDetailsValue(meeting))
        case .attendee(let id): return .attendee(id.flatMap(meeting.attendee).map(AttendeeValue.init) ?? AttendeeValue(in: meeting))
        case .conclusion: return .conclusion(ConclusionValue(meeting))
        case .opinion(let id): return .opinion(id.flatMap(meeting.opinion).map(OpinionValue.init) ?? OpinionValue())
        case .followUp(let id):
            return .followUp(id.flatMap(meeting.followUp).map { FollowUpValue($0, in: meeting) } ?? FollowUpValue(today: now.day))
        case .report(let id): return .report(ReportValue(id.flatMap { id in meeting.agenda.first { $0.id == id } }))
        case .endMeeting: return .endMeeting(EndMeetingValue(meeting, now: now))
        case .newMeeting, .printMinutes, .searchFilters: return nil
        }
    }

    /// The form showing this value.
    func form(_ purpose: FormPurpose) -> FormState {
        var form: FormState
        switch self {
        case .meetingDetails(let v):
            form = FormState(purpose: purpose, title: purpose == .newMeeting ? .formNewMeeting : .formEditMeeting, fields: v.fields)
        case .attendee(let v):
            form = FormState(purpose: purpose, title: purpose == .attendee(nil) ? .formNewAttendee : .formEditAttendee, fields: v.fields)
        case .conclusion(let v):
            form = FormState(purpose: purpose, title: .formConclusion, fields: v.fields)
        case .opinion(let v):
            form = FormState(purpose: purpose, title: purpose == .opinion(nil) ? .formNewOpinion : .formEditOpinion, fields: v.fields)
            form.anonymous = v.anonymous
            form.dispositionByRule = v.disposition == nil
            form.links = v.links
        case .followUp(let v):
            form = FormState(purpose: purpose, title: v.editing ? .formEditFollowUp : .formNewFollowUp, fields: v.fields)
        case .report(let v):
            form = FormState(purpose: purpose, title: purpose == .report(nil) ? .formNewReport : .formEditReport, fields: v.fields)
        case .endMeeting(let v):
            form = FormState(purpose: purpose, title: .formEndMeeting, fields: v.fields)
        }
        return form
    }

    /// Reads `form` into the value of its kind, once.
    static func read(_ form: FormState, meetingDay: Day?) -> (value: FormValue, reading: FormReading)? {
        var r = FormReading(form, meetingDay: meetingDay)
        let value: FormValue
        switch form.purpose {
        case .newMeeting, .editMeeting: value = .meetingDetails(MeetingDetailsValue(reading: &r))
        case .attendee: value = .attendee(AttendeeValue(reading: &r))
        case .conclusion: value = .conclusion(ConclusionValue(reading: &r))
        case .opinion: value = .opinion(OpinionValue(reading: &r))
        case .followUp: value = .followUp(FollowUpValue(reading: &r))
        case .report: value = .report(ReportValue(reading: &r))
        case .endMeeting: value = .endMeeting(EndMeetingValue(reading: &r))
        case .printMinutes, .searchFilters: return nil
        }
        return (value, r)
    }

    /// The words that best show what a draft holds, to offer it back.
    var preview: String {
        switch self {
        case .meetingDetails(let v): return v.title
        case .attendee(let v): return v.name
        case .conclusion(let v): return v.conclusion
        case .opinion(let v): return v.text.isEmpty ? v.speaker : v.text
        case .followUp(let v): return v.task
        case .report(let v): return v.summary.isEmpty ? v.presenter : v.summary
        case .endMeeting(let v): return v.conclusion
        }
    }
}

/// A draft names its value by form: `{"opinion": {…}}`.
extension FormValue {
    private enum Kind: String, CodingKey {
        case meetingDetails, attendee, conclusion, opinion, followUp, report, endMeeting
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Kind.self)
        guard let kind = c.allKeys.first else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "no form's value"))
        }
        switch kind {
        case .meetingDetails: self = .meetingDetails(try c.decode(MeetingDetailsValue.self, forKey: kind))
        case .attendee: self = .attendee(try c.decode(AttendeeValue.self, forKey: kind))
        case .conclusion: self = .conclusion(try c.decode(ConclusionValue.self, forKey: kind))
        case .opinion: self = .opinion(try c.decode(OpinionValue.self, forKey: kind))
        case .followUp: self = .followUp(try c.decode(FollowUpValue.self, forKey: kind))
        case .report: self = .report(try c.decode(ReportValue.self, forKey: kind))
        case .endMeeting: self = .endMeeting(try c.decode(EndMeetingValue.self, forKey: kind))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Kind.self)
        switch self {
        case .meetingDetails(let v): try c.encode(v, forKey: .meetingDetails)
        case .attendee(let v): try c.encode(v, forKey: .attendee)
        case .conclusion(let v): try c.encode(v, forKey: .conclusion)
        case .opinion(let v): try c.encode(v, forKey: .opinion)
        case .followUp(let v): try c.encode(v, forKey: .followUp)
        case .report(let v): try c.encode(v, forKey: .report)
        case .endMeeting(let v): try c.encode(v, forKey: .endMeeting)
        }
    }
}

/// The key a draft is filed under: the form and the record it edits,
/// `{"form": "opinion", "id": "op-3"}` (no id: a new one).
extension FormPurpose: Codable {
    private enum CodingKeys: String, CodingKey { case form, id }
    private enum Form: String, Codable {
        case newMeeting, editMeeting, attendee, conclusion, opinion, followUp, report, endMeeting, printMinutes, searchFilters
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let id = try c.decodeIfPresent(String.self, forKey: .id)
        switch try c.decode(Form.self, forKey: .form) {
        case .newMeeting: self = .newMeeting
        case .editMeeting: self = .editMeeting
        case .attendee: self = .attendee(id.map { AttendeeID($0) })
        case .conclusion: self = .conclusion
        case .opinion: self = .opinion(id.map { OpinionID($0) })
        case .followUp: self = .followUp(id.map { FollowUpID($0) })
        case .report: self = .report(id.map { AgendaItemID($0) })
        case .endMeeting: self = .endMeeting
        case .printMinutes:
            guard let id else { throw DecodingError.dataCorruptedError(forKey: .id, in: c, debugDescription: "no meeting") }
            self = .printMinutes(MeetingID(id))
        case .searchFilters: self = .searchFilters
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        let (form, id): (Form, String?) = switch self {
        case .newMeeting: (.newMeeting, nil)
        case .editMeeting: (.editMeeting, nil)
        case .attendee(let id): (.attendee, id?.rawValue)
        case .conclusion: (.conclusion, nil)
        case .opinion(let id): (.opinion, id?.rawValue)
        case .followUp(let id): (.followUp, id?.rawValue)
        case .report(let id): (.report, id?.rawValue)
        case .endMeeting: (.endMeeting, nil)
        case .printMinutes(let id): (.printMinutes, id.rawValue)
        case .searchFilters: (.searchFilters, nil)
        }
        try c.encode(form, forKey: .form)
        try c.encodeIfPresent(id, forKey: .id)
    }
}
