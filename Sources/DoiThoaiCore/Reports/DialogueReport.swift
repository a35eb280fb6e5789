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

    /// What the report counts, added up from meetings or from the index.
    public struct Tally: Equatable, Sendable {
        public var meetings = 0
        public var opinions = 0
        public var byKind = Dictionary(uniqueKeysWithValues: OpinionKind.allCases.map { ($0.rawValue, 0) })
        public var byDisposition = Dictionary(uniqueKeysWithValues: Disposition.allCases.map { ($0.rawValue, 0) })
        public var byTopic: [TopicID: (total: Int, answered: Int)] = [:]
        public var followUps = FollowUpCounts()

        public init() {}

        public static func == (a: Tally, b: Tally) -> Bool {
            a.meetings == b.meetings && a.opinions == b.opinions && a.byKind == b.byKind && a.byDisposition == b.byDisposition
                && a.followUps == b.followUps && a.byTopic.mapValues { [$0.total, $0.answered] } == b.byTopic.mapValues { [$0.total, $0.answered] }
        }

        /// `count` opinions of one topic, kind and disposition.
        public mutating func add(topic: TopicID, kind: String, disposition: String, count: Int) {
            opinions += count
            byKind[kind, default: 0] += count
            byDisposition[disposition, default: 0] += count
            var line = byTopic[topic] ?? (0, 0)
            line.total += count
            if disposition == Disposition.answered.rawValue { line.answered += count }
            byTopic[topic] = line
        }

        /// `count` follow-ups of one status; `late`: done after the due day; `pastDue`: due before the report's day.
        public mutating func addFollowUps(status: FollowUpStatus, late: Bool, pastDue: Bool, count: Int) {
            followUps.assigned += count
            switch status {
            case .done:
                if late { followUps.doneLate += count } else { followUps.doneOnTime += count }
            case .cancelled:
                followUps.cancelled += count
            case .open, .inProgress:
                followUps.open += count
                if pastDue { followUps.overdue += count }
            }
        }
    }

    /// The report of the meetings held in the period (and by the organizer), counted from the meetings themselves.
    public init(meetings all: [Meeting], topics: TopicCatalog, from: Day? = nil, to: Day? = nil, organizer: String? = nil,
                asOf: Day, english: Bool = false) {
        let wanted = organizer.map { VietnameseFolding.fold($0) }
        let chosen = all.filter { m in
            (from.map { m.date >= $0 } ?? true) && (to.map { m.date <= $0 } ?? true)
                && (wanted.map { VietnameseFolding.fold(m.organizer).contains($0) } ?? true)
        }
        var tally = Tally()
        tally.meetings = chosen.count
        for o in chosen.flatMap(\.opinions) {
            tally.add(topic: o.topic, kind: o.kind.rawValue, disposition: o.disposition.rawValue, count: 1)
        }
        for f in chosen.flatMap(\.followUps) {
            tally.addFollowUps(status: f.status, late: f.doneOn.map { $0 > f.dueDate } ?? false, pastDue: f.dueDate < asOf, count: 1)
        }
        self.init(tally: tally, topics: topics, from: from, to: to, organizer: organizer, asOf: asOf, english: english)
    }

    /// The report of counts already made (by the index, or from meetings).
    public init(tally: Tally, topics: TopicCatalog, from: Day? = nil, to: Day? = nil, organizer: String? = nil, asOf: Day,
                english: Bool = false) {
        self.from = from
        self.to = to
        self.organizer = organizer
        self.asOf = asOf
        meetings = tally.meetings
        opinions = tally.opinions
        byKind = tally.byKind
        byDisposition = tally.byDisposition
        // Topics in Vietnamese alphabetical order (the bar chart ranks them by count).
        byTopic = VietnameseCollation.sorted(tally.byTopic.map { id, counts in
            TopicLine(topic: id.rawValue, name: topics.topic(id)?.name(english: english) ?? id.rawValue, opinions: counts.total,
                      answeredAtMeeting: counts.answered,
                      answeredShare: counts.total == 0 ? 0 : Int((Double(counts.answered) * 100 / Double(counts.total)).rounded()))
        }, by: \.name)
        followUps = tally.followUps
    }
}
