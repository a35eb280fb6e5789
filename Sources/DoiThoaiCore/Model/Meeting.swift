/// One dialogue meeting, seminar or workshop: the whole record, kept as one
/// JSON file, `DATA/meetings/<id>.json`.
public struct Meeting: Equatable, Sendable, Codable, KeepsUnknownFields {
    /// The format version this program writes. A file with a higher one is
    /// refused and never rewritten.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    /// A slug of date and place, `2020-07-17-ngoc-thuy`; also the file name.
    public var id: MeetingID
    public var title: String
    public var kind: MeetingKind
    /// The body holding the meeting: "UBND phường Ngọc Thụy".
    public var organizer: String
    /// The body above it, first line of the minutes' header: "UBND quận Long Biên".
    public var parentBody: String?
    public var level: AdministrativeLevel
    /// The day the meeting is (or was) held.
    public var date: Day
    /// The hall: "Hội trường UBND phường".
    public var place: String?
    /// The place name of the minutes' date line (địa danh): "Ngọc Thụy".
    public var locality: String?
    public var legalBasis: String?
    /// When the meeting started (planned, until it goes live; then the real start).
    public var startedAt: Timestamp?
    /// The start that was planned, kept when going live recorded another.
    public var plannedStart: Timestamp?
    /// When the meeting ends; while it is live, absent (a planned end moves to `plannedEnd`).
    public var endedAt: Timestamp?
    /// The end that was planned, kept when going live.
    public var plannedEnd: Timestamp?
    /// "Số: …/BB-UBND" of the minutes.
    public var documentNumber: String?
    /// The minutes' symbol, "BB-SNV"; absent: derived from the organizer
    /// (`MinutesConventions.symbol`).
    public var documentSymbol: String?
    /// Nơi nhận of the minutes, one recipient a line; absent: the defaults
    /// of `MinutesConventions.recipients` (the level above, the assignees).
    public var recipients: [String]?
    /// Whether the minutes say they were read out and approved at the
    /// meeting ("Biên bản đã được thông qua trước hội nghị…"); absent: yes.
    public var minutesApproved: Bool?
    public var status: MeetingStatus
    public var attendees: [Attendee]
    public var agenda: [AgendaItem]
    public var opinions: [Opinion]
    public var followUps: [FollowUp]
    /// The chair's closing conclusion (kết luận).
    public var conclusion: String?
    /// Free notes: where the record came from, what is illustrative.
    public var notes: String?
    /// Each time a closed meeting was opened again for changes.
    public var reopenings: [Reopening]
    /// Fields two offices changed differently, found when their copies were
    /// merged; written only when there are some.
    public var conflicts: [MergeConflict] = []
    public var extra: JSONObject = [:]

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case schemaVersion, id, title, kind, organizer, parentBody, level, date, place, locality,
             legalBasis, startedAt, plannedStart, endedAt, plannedEnd, documentNumber, documentSymbol, recipients, minutesApproved,
             status, attendees, agenda, opinions, followUps, conclusion, notes, reopenings, conflicts
    }

    public init(id: MeetingID, title: String, kind: MeetingKind = .dialogue, organizer: String,
                parentBody: String? = nil, level: AdministrativeLevel = .commune, date: Day,
                place: String? = nil, locality: String? = nil, legalBasis: String? = nil,
                startedAt: Timestamp? = nil, endedAt: Timestamp? = nil, documentNumber: String? = nil,
                status: MeetingStatus = .planned, attendees: [Attendee] = [], agenda: [AgendaItem] = [],
                opinions: [Opinion] = [], followUps: [FollowUp] = [], conclusion: String? = nil,
                notes: String? = nil, reopenings: [Reopening] = []) {
        self.schemaVersion = Meeting.currentSchemaVersion
        self.id = id
        self.title = title
        self.kind = kind
        self.organizer = organizer
        self.parentBody = parentBody
        self.level = level
        self.date = date
        self.place = place
        self.locality = locality
        self.legalBasis = legalBasis
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.documentNumber = documentNumber
        self.status = status
        self.attendees = attendees
        self.agenda = agenda
        self.opinions = opinions
        self.followUps = followUps
        self.conclusion = conclusion
        self.notes = notes
        self.reopenings = reopenings
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        id = try c.decode(MeetingID.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        kind = try c.decodeIfPresent(MeetingKind.self, forKey: .kind) ?? .dialogue
        organizer = try c.decode(String.self, forKey: .organizer)
        parentBody = try c.decodeIfPresent(String.self, forKey: .parentBody)
        level = try c.decodeIfPresent(AdministrativeLevel.self, forKey: .level) ?? .commune
        date = try c.decode(Day.self, forKey: .date)
        place = try c.decodeIfPresent(String.self, forKey: .place)
        locality = try c.decodeIfPresent(String.self, forKey: .locality)
        legalBasis = try c.decodeIfPresent(String.self, forKey: .legalBasis)
        startedAt = try c.decodeIfPresent(Timestamp.self, forKey: .startedAt)
        plannedStart = try c.decodeIfPresent(Timestamp.self, forKey: .plannedStart)
        endedAt = try c.decodeIfPresent(Timestamp.self, forKey: .endedAt)
        plannedEnd = try c.decodeIfPresent(Timestamp.self, forKey: .plannedEnd)
        documentNumber = try c.decodeIfPresent(String.self, forKey: .documentNumber)
        documentSymbol = try c.decodeIfPresent(String.self, forKey: .documentSymbol)
        recipients = try c.decodeIfPresent([String].self, forKey: .recipients)
        minutesApproved = try c.decodeIfPresent(Bool.self, forKey: .minutesApproved)
        status = try c.decodeIfPresent(MeetingStatus.self, forKey: .status) ?? .planned
        attendees = try c.decodeIfPresent([Attendee].self, forKey: .attendees) ?? []
        agenda = try c.decodeIfPresent([AgendaItem].self, forKey: .agenda) ?? []
        opinions = try c.decodeIfPresent([Opinion].self, forKey: .opinions) ?? []
        followUps = try c.decodeIfPresent([FollowUp].self, forKey: .followUps) ?? []
        conclusion = try c.decodeIfPresent(String.self, forKey: .conclusion)
        notes = try c.decodeIfPresent(String.self, forKey: .notes)
        reopenings = try c.decodeIfPresent([Reopening].self, forKey: .reopenings) ?? []
        conflicts = try c.decodeIfPresent([MergeConflict].self, forKey: .conflicts) ?? []
        extra = try Self.unknownFields(in: decoder)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(kind, forKey: .kind)
        try c.encode(organizer, forKey: .organizer)
        try c.encodeIfPresent(parentBody, forKey: .parentBody)
        try c.encode(level, forKey: .level)
        try c.encode(date, forKey: .date)
        try c.encodeIfPresent(place, forKey: .place)
        try c.encodeIfPresent(locality, forKey: .locality)
        try c.encodeIfPresent(legalBasis, forKey: .legalBasis)
        try c.encodeIfPresent(startedAt, forKey: .startedAt)
        try c.encodeIfPresent(plannedStart, forKey: .plannedStart)
        try c.encodeIfPresent(endedAt, forKey: .endedAt)
        try c.encodeIfPresent(plannedEnd, forKey: .plannedEnd)
        try c.encodeIfPresent(documentNumber, forKey: .documentNumber)
        try c.encodeIfPresent(documentSymbol, forKey: .documentSymbol)
        try c.encodeIfPresent(recipients, forKey: .recipients)
        try c.encodeIfPresent(minutesApproved, forKey: .minutesApproved)
        try c.encode(status, forKey: .status)
        try c.encode(attendees, forKey: .attendees)
        try c.encode(agenda, forKey: .agenda)
        try c.encode(opinions, forKey: .opinions)
        try c.encode(followUps, forKey: .followUps)
        try c.encodeIfPresent(conclusion, forKey: .conclusion)
        try c.encodeIfPresent(notes, forKey: .notes)
        try c.encode(reopenings, forKey: .reopenings)
        if !conflicts.isEmpty { try c.encode(conflicts, forKey: .conflicts) }
    }

    public mutating func absorbChildren(_ object: JSONObject) {
        attendees.absorb(object["attendees"])
        agenda.absorb(object["agenda"])
        opinions.absorb(object["opinions"])
        followUps.absorb(object["followUps"])
        reopenings.absorb(object["reopenings"])
        conflicts.absorb(object["conflicts"])
    }

    public func emitChildren(into object: inout JSONObject) {
        func emit<T: KeepsUnknownFields>(_ items: [T], _ key: String) {
            var value = object[key]
            items.emit(into: &value)
            object[key] = value
        }
        emit(attendees, "attendees")
        emit(agenda, "agenda")
        emit(opinions, "opinions")
        emit(followUps, "followUps")
        emit(reopenings, "reopenings")
        emit(conflicts, "conflicts")
    }

    public var holdsExtra: Bool {
        !extra.isEmpty || attendees.holdsExtra || agenda.holdsExtra || opinions.holdsExtra
            || followUps.holdsExtra || reopenings.holdsExtra || conflicts.holdsExtra
    }
}

/// A closed meeting opened again for changes: when, by whom, why.
public struct Reopening: Equatable, Sendable, Codable, KeepsUnknownFields {
    public var at: Timestamp
    public var by: String
    public var reason: String?
    public var extra: JSONObject = [:]

    public enum CodingKeys: String, CodingKey, CaseIterable { case at, by, reason }

    public init(at: Timestamp, by: String, reason: String? = nil) {
        self.at = at
        self.by = by
        self.reason = reason
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        at = try c.decode(Timestamp.self, forKey: .at)
        by = try c.decode(String.self, forKey: .by)
        reason = try c.decodeIfPresent(String.self, forKey: .reason)
        extra = try Self.unknownFields(in: decoder)
    }
}
