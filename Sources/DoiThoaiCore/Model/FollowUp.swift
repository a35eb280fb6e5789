/// An assignment made at the meeting (giao nhiệm vụ): who must do what, by when.
public struct FollowUp: Equatable, Sendable, Codable, KeepsUnknownFields {
    public var id: FollowUpID
    /// The opinions this assignment answers.
    public var opinionIds: [OpinionID]
    public var task: String
    /// A unit or a person: "Phòng Quản lý đô thị".
    public var assignee: String
    public var dueDate: Day
    public var status: FollowUpStatus
    /// The day it was done (status `.done`).
    public var doneOn: Day?
    public var notes: [ProgressNote]
    /// The written reply sent to the citizen, where there is one.
    public var reply: WrittenReply?
    public var extra: JSONObject = [:]

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id, opinionIds, task, assignee, dueDate, status, doneOn, notes, reply
    }

    public init(id: FollowUpID, opinionIds: [OpinionID] = [], task: String, assignee: String,
                dueDate: Day, status: FollowUpStatus = .open, doneOn: Day? = nil,
                notes: [ProgressNote] = [], reply: WrittenReply? = nil) {
        self.id = id
        self.opinionIds = opinionIds
        self.task = task
        self.assignee = assignee
        self.dueDate = dueDate
        self.status = status
        self.doneOn = doneOn
        self.notes = notes
        self.reply = reply
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(FollowUpID.self, forKey: .id)
        opinionIds = try c.decodeIfPresent([OpinionID].self, forKey: .opinionIds) ?? []
        task = try c.decode(String.self, forKey: .task)
        assignee = try c.decode(String.self, forKey: .assignee)
        dueDate = try c.decode(Day.self, forKey: .dueDate)
        status = try c.decodeIfPresent(FollowUpStatus.self, forKey: .status) ?? .open
        doneOn = try c.decodeIfPresent(Day.self, forKey: .doneOn)
        notes = try c.decodeIfPresent([ProgressNote].self, forKey: .notes) ?? []
        reply = try c.decodeIfPresent(WrittenReply.self, forKey: .reply)
        extra = try Self.unknownFields(in: decoder)
    }

    /// Changes the status; becoming done records the day (`on`), leaving
    /// done forgets it. A written reply always means done.
    public mutating func setStatus(_ new: FollowUpStatus, on day: Day) {
        if new == .done && status != .done { doneOn = day }
        if new != .done { doneOn = nil }
        status = new
    }

    /// Not done nor cancelled, and due before `day`.
    public func isOverdue(asOf day: Day) -> Bool { status.isPending && dueDate < day }

    public mutating func absorbChildren(_ object: JSONObject) {
        notes.absorb(object["notes"])
        reply.absorb(object["reply"])
    }
    public func emitChildren(into object: inout JSONObject) {
        var value = object["notes"]
        notes.emit(into: &value)
        object["notes"] = value
        var replyValue = object["reply"]
        reply.emit(into: &replyValue)
        object["reply"] = replyValue
    }
    public var holdsExtra: Bool { !extra.isEmpty || notes.holdsExtra || reply.holdsExtra }
}

/// A dated note on a follow-up's progress.
public struct ProgressNote: Equatable, Sendable, Codable, KeepsUnknownFields {
    public var on: Day
    public var text: String
    public var extra: JSONObject = [:]

    public enum CodingKeys: String, CodingKey, CaseIterable { case on, text }

    public init(on: Day, text: String) {
        self.on = on
        self.text = text
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        on = try c.decode(Day.self, forKey: .on)
        text = try c.decode(String.self, forKey: .text)
        extra = try Self.unknownFields(in: decoder)
    }
}

/// The written answer sent to the citizen: "Số 125/UBND-QLĐT ngày 15/01/2019".
public struct WrittenReply: Equatable, Sendable, Codable, KeepsUnknownFields {
    public var number: String
    public var date: Day
    public var extra: JSONObject = [:]

    public enum CodingKeys: String, CodingKey, CaseIterable { case number, date }

    public init(number: String, date: Day) {
        self.number = number
        self.date = date
    }

    /// A reply is recorded once sent: it cannot be dated after today (it would
    /// mark the follow-up done on a day that has not come).
    public static func canBeDated(_ date: Day, today: Day) -> Bool { date <= today }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        number = try c.decode(String.self, forKey: .number)
        date = try c.decode(Day.self, forKey: .date)
        extra = try Self.unknownFields(in: decoder)
    }
}

extension FollowUp {
    /// Follow-ups live on after the minutes: a closed meeting's follow-ups
    /// take progress notes, the written reply, a status, a due date and an
    /// assignee without the meeting being reopened (the minutes' own text is
    /// untouched). The one rule the program (F6, the follow-ups tab) and
    /// `doithoai update-followup` both follow.
    public static let changesAfterTheMinutes = true
}
