/// One opinion as search sees it: what it can be found by, what filters
/// look at, and what a result line shows.
public struct SearchDocument: Equatable, Sendable, Codable {
    public var meetingID: MeetingID
    public var meetingTitle: String
    public var organizer: String
    public var date: Day
    public var opinionID: OpinionID
    public var number: Int
    public var speaker: String?
    public var origin: String?
    public var topic: TopicID
    public var topicName: String
    public var kind: OpinionKind
    public var disposition: Disposition
    public var text: String
    public var responses: [String]
    public var tasks: [String]

    /// Everything it can be found by, as one text.
    public var searchable: String {
        ([text, speaker ?? "", origin ?? "", topicName] + responses + tasks).joined(separator: "\n")
    }

    /// The documents of every opinion of a meeting.
    public static func of(_ m: Meeting, topics: TopicCatalog) -> [SearchDocument] {
        m.opinions.map { o in
            let followUps = m.followUps(answering: o.id)
            return SearchDocument(meetingID: m.id, meetingTitle: m.title, organizer: m.organizer, date: m.date, opinionID: o.id,
                                  number: o.number, speaker: o.speaker, origin: o.origin, topic: o.topic,
                                  topicName: topics.topic(o.topic)?.name ?? o.topic.rawValue, kind: o.kind,
                                  disposition: o.disposition, text: o.text,
                                  responses: o.responses.map { "\($0.responder): \($0.text)" }, tasks: followUps.map(\.task))
        }
    }
}
