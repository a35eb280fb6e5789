/// What the meetings list needs of a meeting, kept in the search cache so
/// the program starts without decoding every file.
public struct MeetingSummary: Equatable, Sendable {
    public var id: MeetingID
    public var date: Day
    public var organizer: String
    public var title: String
    public var status: MeetingStatus
    public var opinionCount: Int
    public var pendingFollowUps: Int

    public init(_ meeting: Meeting) {
        id = meeting.id
        date = meeting.date
        organizer = meeting.organizer
        title = meeting.title
        status = meeting.status
        opinionCount = meeting.opinions.count
        pendingFollowUps = meeting.pendingFollowUpCount
    }

    init(id: MeetingID, date: Day, organizer: String, title: String, status: MeetingStatus, opinionCount: Int, pendingFollowUps: Int) {
        self.id = id
        self.date = date
        self.organizer = organizer
        self.title = title
        self.status = status
        self.opinionCount = opinionCount
        self.pendingFollowUps = pendingFollowUps
    }

    func encode(into w: inout ByteWriter) {
        w.string(id.rawValue)
        w.i32(Int32(date.ordinal))
        w.string(organizer)
        w.string(title)
        w.string(status.rawValue)
        w.u32(UInt32(opinionCount))
        w.u32(UInt32(pendingFollowUps))
    }

    static func decode(from r: inout ByteReader) throws -> MeetingSummary {
        let id = MeetingID(try r.string())
        let date = Day(ordinal: Int(try r.i32()))
        let organizer = try r.string(), title = try r.string()
        guard let status = MeetingStatus(rawValue: try r.string()) else { throw ByteReader.Damaged() }
        return MeetingSummary(id: id, date: date, organizer: organizer, title: title, status: status,
                              opinionCount: try r.count(), pendingFollowUps: try r.count())
    }
}

/// Names typed in meetings, with how often: speakers, their origins, who
/// answered, who was assigned a follow-up; and how often each topic was
/// used. What completion offers back. Counts add up across meetings and
/// subtract when a meeting changes, so the cache keeps one total.
public struct NameCounts: Equatable, Sendable {
    public var speakers: [String: Int] = [:]
    public var origins: [String: Int] = [:]
    public var responders: [String: Int] = [:]
    public var assignees: [String: Int] = [:]
    public var topicUsage: [TopicID: Int] = [:]

    public init() {}

    public init(_ meeting: Meeting) {
        for opinion in meeting.opinions {
            if let s = opinion.speaker, !s.isEmpty { speakers[s, default: 0] += 1 }
            if let o = opinion.origin, !o.isEmpty { origins[o, default: 0] += 1 }
            for response in opinion.responses where !response.responder.isEmpty {
                responders[response.responder, default: 0] += 1
            }
            topicUsage[opinion.topic, default: 0] += 1
        }
        for followUp in meeting.followUps where !followUp.assignee.isEmpty {
            assignees[followUp.assignee, default: 0] += 1
        }
    }

    /// Adds `other` (or takes it away, `sign` -1), dropping names counted down to nothing.
    public mutating func add(_ other: NameCounts, sign: Int = 1) {
        func merge<Key>(_ mine: inout [Key: Int], _ theirs: [Key: Int]) {
            for (key, count) in theirs {
                let total = mine[key, default: 0] + sign * count
                mine[key] = total > 0 ? total : nil
            }
        }
        merge(&speakers, other.speakers)
        merge(&origins, other.origins)
        merge(&responders, other.responders)
        merge(&assignees, other.assignees)
        merge(&topicUsage, other.topicUsage)
    }

    func encode(into w: inout ByteWriter) {
        let topics = Dictionary(uniqueKeysWithValues: topicUsage.map { ($0.key.rawValue, $0.value) })
        for counts in [speakers, origins, responders, assignees, topics] {
            w.u32(UInt32(counts.count))
            for (name, count) in counts.sorted(by: { $0.key < $1.key }) {
                w.string(name)
                w.u32(UInt32(clamping: count))
            }
        }
    }

    static func decode(from r: inout ByteReader) throws -> NameCounts {
        func counts() throws -> [String: Int] {
            var result: [String: Int] = [:]
            for _ in 0..<(try r.count()) {
                let name = try r.string()
                result[name] = try r.count()
            }
            return result
        }
        var names = NameCounts()
        names.speakers = try counts()
        names.origins = try counts()
        names.responders = try counts()
        names.assignees = try counts()
        names.topicUsage = Dictionary(uniqueKeysWithValues: try counts().map { (TopicID($0.key), $0.value) })
        return names
    }
}
