/// Something wrong inside a meeting that parsed: an invariant broken.
public enum MeetingProblem: Equatable, Sendable, CustomStringConvertible {
    case endBeforeStart(start: Timestamp, end: Timestamp)
    case opinionNumbering(position: Int, found: Int)
    case duplicateID(kind: String, id: String)
    case unknownOpinionReference(followUp: FollowUpID, opinion: OpinionID)
    case unknownAttendeeReference(opinion: OpinionID, attendee: AttendeeID)
    case unknownTopic(opinion: OpinionID, topic: TopicID)
    case emptyField(String)
    case idDoesNotMatchFileName(id: MeetingID, fileName: String)
    case invalidMeetingID(String)

    public var description: String {
        switch self {
        case let .endBeforeStart(start, end):
            return "endedAt \(end.iso) is before startedAt \(start.iso)"
        case let .opinionNumbering(position, found):
            return "opinions[\(position - 1)].number is \(found), expected \(position) (numbers run 1…n without gaps)"
        case let .duplicateID(kind, id):
            return "\(kind) id “\(id)” is used twice"
        case let .unknownOpinionReference(followUp, opinion):
            return "followUps “\(followUp)”.opinionIds names opinion “\(opinion)”, which does not exist"
        case let .unknownAttendeeReference(opinion, attendee):
            return "opinions “\(opinion)”.attendeeId names attendee “\(attendee)”, which does not exist"
        case let .unknownTopic(opinion, topic):
            return "opinions “\(opinion)”.topic “\(topic)” is not in topics.json"
        case let .emptyField(field):
            return "\(field) is empty"
        case let .idDoesNotMatchFileName(id, fileName):
            return "id “\(id)” does not match the file name “\(fileName)” (a copy, or a renamed file?): set the id to the file name, or rename the file; until then it is neither shown nor changed"
        case let .invalidMeetingID(id):
            return "id “\(id)” is not a valid meeting id (lower-case letters, digits and dashes)"
        }
    }
}

extension Meeting {
    /// Every broken invariant; empty when the meeting is sound. `topics`, when
    /// given, is the catalog that opinion topics must come from.
    public func problems(topics: Set<TopicID>? = nil) -> [MeetingProblem] {
        var problems: [MeetingProblem] = []
        if !MeetingSlug.isValid(id.rawValue) { problems.append(.invalidMeetingID(id.rawValue)) }
        if title.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(.emptyField("title")) }
        if organizer.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(.emptyField("organizer")) }
        if let start = startedAt, let end = endedAt, end < start {
            problems.append(.endBeforeStart(start: start, end: end))
        }
        for (index, opinion) in opinions.enumerated() where opinion.number != index + 1 {
            problems.append(.opinionNumbering(position: index + 1, found: opinion.number))
        }
        problems += duplicates(attendees.map(\.id.rawValue), kind: "attendee")
        problems += duplicates(agenda.map(\.id.rawValue), kind: "agenda")
        problems += duplicates(opinions.map(\.id.rawValue), kind: "opinion")
        problems += duplicates(followUps.map(\.id.rawValue), kind: "followUp")
        problems += duplicates(opinions.flatMap(\.responses).map(\.id.rawValue), kind: "response")
        problems += duplicates(conflicts.map(\.id.rawValue), kind: "conflict")
        let opinionIDs = Set(opinions.map(\.id))
        for followUp in followUps {
            for reference in followUp.opinionIds where !opinionIDs.contains(reference) {
                problems.append(.unknownOpinionReference(followUp: followUp.id, opinion: reference))
            }
        }
        let attendeeIDs = Set(attendees.map(\.id))
        for opinion in opinions {
            if let reference = opinion.attendeeId, !attendeeIDs.contains(reference) {
                problems.append(.unknownAttendeeReference(opinion: opinion.id, attendee: reference))
            }
            if let topics, !topics.contains(opinion.topic) {
                problems.append(.unknownTopic(opinion: opinion.id, topic: opinion.topic))
            }
        }
        return problems
    }

    private func duplicates(_ ids: [String], kind: String) -> [MeetingProblem] {
        var seen = Set<String>()
        var reported = Set<String>()
        var problems: [MeetingProblem] = []
        for id in ids where !seen.insert(id).inserted && reported.insert(id).inserted {
            problems.append(.duplicateID(kind: kind, id: id))
        }
        return problems
    }
}
