/// What the meetings list needs of a meeting, kept in the index so the
/// program starts without decoding every file.
public struct MeetingSummary: Equatable, Sendable {
    public var id: MeetingID
    public var date: Day
    public var organizer: String
    public var title: String
    public var status: MeetingStatus
    public var opinionCount: Int
    public var pendingFollowUps: Int
    /// Conflicts from sync the secretary has not chosen a value for.
    public var openConflicts: Int
    /// When it started (or is planned to), seconds since 1970 (`startedAt`): orders the meetings of one day.
    public var started: Int64?

    public init(_ meeting: Meeting) {
        id = meeting.id
        date = meeting.date
        organizer = meeting.organizer
        title = meeting.title
        status = meeting.status
        opinionCount = meeting.opinions.count
        pendingFollowUps = meeting.pendingFollowUpCount
        openConflicts = meeting.openConflicts.count
        started = meeting.startedAt?.seconds
    }

    public init(id: MeetingID, date: Day, organizer: String, title: String, status: MeetingStatus, opinionCount: Int, pendingFollowUps: Int,
                openConflicts: Int = 0, started: Int64? = nil) {
        self.openConflicts = openConflicts
        self.started = started
        self.id = id
        self.date = date
        self.organizer = organizer
        self.title = title
        self.status = status
        self.opinionCount = opinionCount
        self.pendingFollowUps = pendingFollowUps
    }
}

/// Names typed in meetings, with how often: speakers, their origins, who
/// answered, who was assigned a follow-up; and how often each topic was
/// used. What completion offers back; the index keeps their totals.
public struct NameCounts: Equatable, Sendable {
    public var speakers: [String: Int] = [:]
    public var origins: [String: Int] = [:]
    public var responders: [String: Int] = [:]
    public var assignees: [String: Int] = [:]
    public var topicUsage: [TopicID: Int] = [:]
    /// What was written beside a name, with how often: a speaker's origin,
    /// an attendee's title and organization. Completion fills them in when
    /// the name is taken again.
    public var details: [NameDetail: Int] = [:]

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
        for opinion in meeting.opinions {
            guard let s = opinion.speaker, !s.isEmpty, let o = opinion.origin, !o.isEmpty else { continue }
            details[NameDetail(.speakerOrigin, name: s, detail: o), default: 0] += 1
        }
        for attendee in meeting.attendees where !attendee.name.isEmpty {
            if let title = attendee.title, !title.isEmpty {
                details[NameDetail(.attendeeTitle, name: attendee.name, detail: title), default: 0] += 1
            }
            if let organization = attendee.organization, !organization.isEmpty {
                details[NameDetail(.attendeeOrganization, name: attendee.name, detail: organization), default: 0] += 1
            }
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
        merge(&details, other.details)
    }
}

/// Something written beside a name: the origin a speaker gave, an attendee's title or organization.
public struct NameDetail: Hashable, Sendable {
    public enum Kind: Int, CaseIterable, Sendable {
        case speakerOrigin, attendeeTitle, attendeeOrganization
    }

    public var kind: Kind
    public var name: String
    public var detail: String

    public init(_ kind: Kind, name: String, detail: String) {
        self.kind = kind
        self.name = name
        self.detail = detail
    }
}

extension NameCounts {
    /// For each name (folded: marks and case ignored), the detail of `kind`
    /// written beside it most often (the first in Vietnamese order on a tie).
    public func mostUsed(_ kind: NameDetail.Kind) -> [String: String] {
        var best: [String: (detail: String, uses: Int)] = [:]
        for (pair, uses) in details where pair.kind == kind {
            let key = VietnameseFolding.fold(pair.name)
            if let known = best[key], known.uses > uses || (known.uses == uses && !VietnameseCollation.precedes(pair.detail, known.detail)) {
                continue
            }
            best[key] = (pair.detail, uses)
        }
        return best.mapValues(\.detail)
    }
}
