/// The dialogue report that goes up a level for a period: meetings held,
/// opinions by topic and by kind, what was done with them, and how the
/// assignments went. One computation; the text, CSV and JSON reports and the
/// screen all draw from it, so they always agree.
public struct DialogueReport: Equatable, Sendable, Codable {
    public struct TopicLine: Equatable, Sendable, Codable {
        public var topic: String
        public var name: String
        public var opinions: Int
        public var answeredAtMeeting: Int
        /// Answered on the spot, in per cent of the topic's opinions.
        public var answeredShare: Int
    }

    public struct FollowUpCounts: Equatable, Sendable, Codable {
        public var assigned = 0
        public var doneOnTime = 0
        public var doneLate = 0
        public var open = 0
        public var overdue = 0
        public var cancelled = 0
    }

    public var from: Day?
    public var to: Day?
    public var organizer: String?
    public var asOf: Day
    public var meetings: Int
    public var opinions: Int
    public var byTopic: [TopicLine]
    /// Kind (rawValue) → count, every kind present.
    public var byKind: [String: Int]
    /// Disposition (rawValue) → count, every disposition present.
    public var byDisposition: [String: Int]
    public var followUps: FollowUpCounts

    public init(meetings all: [Meeting], topics: TopicCatalog, from: Day? = nil, to: Day? = nil, organizer: String? = nil,
                asOf: Day, english: Bool = false) {
        self.from = from
        self.to = to
        self.organizer = organizer
        self.asOf = asOf
        let wanted = organizer.map { VietnameseFolding.fold($0) }
        let chosen = all.filter { m in
            (from.map { m.date >= $0 } ?? true) && (to.map { m.date <= $0 } ?? true)
                && (wanted.map { VietnameseFolding.fold(m.organizer).contains($0) } ?? true)
        }
        meetings = chosen.count
        let opinionList = chosen.flatMap(\.opinions)
        opinions = opinionList.count
        var kinds = Dictionary(uniqueKeysWithValues: OpinionKind.allCases.map { ($0.rawValue, 0) })
        var dispositions = Dictionary(uniqueKeysWithValues: Disposition.allCases.map { ($0.rawValue, 0) })
        var perTopic: [TopicID: (total: Int, answered: Int)] = [:]
        for o in opinionList {
            kinds[o.kind.rawValue, default: 0] += 1
            dispositions[o.disposition.rawValue, default: 0] += 1
            var line = perTopic[o.topic] ?? (0, 0)
            line.total += 1
            if o.disposition == .answered { line.answered += 1 }
            perTopic[o.topic] = line
        }
        byKind = kinds
        byDisposition = dispositions
        // Topics in Vietnamese alphabetical order (the bar chart ranks them by count).
        byTopic = VietnameseCollation.sorted(perTopic.map { id, counts in
            TopicLine(topic: id.rawValue, name: topics.topic(id)?.name(english: english) ?? id.rawValue, opinions: counts.total,
                      answeredAtMeeting: counts.answered,
                      answeredShare: counts.total == 0 ? 0 : Int((Double(counts.answered) * 100 / Double(counts.total)).rounded()))
        }, by: \.name)
        var f = FollowUpCounts()
        for followUp in chosen.flatMap(\.followUps) {
            f.assigned += 1
            switch followUp.status {
            case .done:
                if let done = followUp.doneOn, done > followUp.dueDate { f.doneLate += 1 } else { f.doneOnTime += 1 }
            case .cancelled:
                f.cancelled += 1
            case .open, .inProgress:
                f.open += 1
                if followUp.isOverdue(asOf: asOf) { f.overdue += 1 }
            }
        }
        followUps = f
    }
}
