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

    /// The English text (`text(_:)` gives it in the reader's language).
    public var description: String { text(.en) }

    /// What is wrong, naming the JSON field, in `language`.
    public func text(_ language: Language) -> String {
        switch self {
        case let .endBeforeStart(start, end): language.message(.endBeforeStart, end.iso, start.iso)
        case let .opinionNumbering(position, found): language.message(.opinionNumbering, position - 1, found, position)
        case let .duplicateID(kind, id): language.message(.duplicateID, kind, id)
        case let .unknownOpinionReference(followUp, opinion): language.message(.unknownOpinionReference, followUp.rawValue, opinion.rawValue)
        case let .unknownAttendeeReference(opinion, attendee): language.message(.unknownAttendeeReference, opinion.rawValue, attendee.rawValue)
        case let .unknownTopic(opinion, topic): language.message(.unknownTopic, opinion.rawValue, topic.rawValue)
        case let .emptyField(field): language.message(.emptyField, field)
        case let .idDoesNotMatchFileName(id, fileName): language.message(.idDoesNotMatchFileName, id.rawValue, fileName)
        case let .invalidMeetingID(id): language.message(.invalidMeetingID, id)
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
