/// One assignment with the meeting it came from and where it stands on a given day.
public struct FollowUpRow: Equatable, Sendable {
    public var meetingID: MeetingID
    public var meetingTitle: String
    public var meetingDate: Day
    public var organizer: String
    public var followUp: FollowUp
    /// The numbers of the opinions it answers.
    public var opinionNumbers: [Int]
    public var topics: [TopicID]
    /// Days until due (negative: days late); nil once done or cancelled.
    public var daysLeft: Int?
    public var isOverdue: Bool
}

/// Which assignments to show: by status, overdue or due soon on a given
/// day, assignee, meeting, topic of the opinions they answer, and period.
public struct FollowUpQuery: Equatable, Sendable {
    public var statuses: Set<FollowUpStatus> = []
    public var overdueOnly = false
    /// Due within this many days of `asOf` (and not done).
    public var dueWithin: Int?
    /// Part of the assignee's name, marks and case ignored.
    public var assignee: String?
    public var meeting: MeetingID?
    public var topic: TopicID?
    /// Meetings held in this period.
    public var from: Day?
    public var to: Day?

    public init() {}

    /// The matching assignments, overdue first, then by due date.
    public func rows(in meetings: [Meeting], asOf today: Day) -> [FollowUpRow] {
        let wanted = assignee.map { VietnameseFolding.fold($0) }
        var rows: [FollowUpRow] = []
        for m in meetings {
            if let meeting, m.id != meeting { continue }
            if let from, m.date < from { continue }
            if let to, m.date > to { continue }
            for f in m.followUps {
                let overdue = f.isOverdue(asOf: today)
                if !statuses.isEmpty && !statuses.contains(f.status) { continue }
                if overdueOnly && !overdue { continue }
                let left = f.status.isPending ? today.days(until: f.dueDate) : nil
                if let dueWithin, !(f.status.isPending && (0...dueWithin).contains(left ?? -1)) { continue }
                if let wanted, !VietnameseFolding.fold(f.assignee).contains(wanted) { continue }
                let opinions = f.opinionIds.compactMap(m.opinion)
                if let topic, !opinions.contains(where: { $0.topic == topic }) { continue }
                rows.append(FollowUpRow(meetingID: m.id, meetingTitle: m.title, meetingDate: m.date, organizer: m.organizer,
                                        followUp: f, opinionNumbers: opinions.map(\.number), topics: opinions.map(\.topic),
                                        daysLeft: left, isOverdue: overdue))
            }
        }
        return rows.sorted { a, b in
            if a.isOverdue != b.isOverdue { return a.isOverdue }
            if a.followUp.dueDate != b.followUp.dueDate { return a.followUp.dueDate < b.followUp.dueDate }
            return (a.meetingID, a.followUp.id) < (b.meetingID, b.followUp.id)
        }
    }
}

/// A page of a follow-up query, as the tracker shows it: `rows` are the
/// query's rows from `offset`; `tally` the counts of every filter, when asked.
public struct FollowUpPage: Equatable, Sendable {
    public var query: FollowUpQuery
    public var asOf: Day
    public var offset: Int
    public var rows: [FollowUpRow]
    public var tally: FollowUpTally?

    public init(query: FollowUpQuery, asOf: Day, offset: Int, rows: [FollowUpRow], tally: FollowUpTally?) {
        self.query = query
        self.asOf = asOf
        self.offset = offset
        self.rows = rows
        self.tally = tally
    }

    /// The page read from the meetings themselves (what the index must agree with).
    public init(query: FollowUpQuery, in meetings: [Meeting], asOf: Day, offset: Int, limit: Int, counting: Bool) {
        let matching: [FollowUpRow] = query.rows(in: meetings, asOf: asOf)
        let page: [FollowUpRow] = Array(matching.dropFirst(offset).prefix(limit))
        let tally: FollowUpTally? = counting ? FollowUpTally(FollowUpQuery().rows(in: meetings, asOf: asOf)) : nil
        self.init(query: query, asOf: asOf, offset: offset, rows: page, tally: tally)
    }
}

extension FollowUpTally {
    /// Counted from every assignment's row.
    public init(_ rows: [FollowUpRow], soon: Int = 7) {
        self.init(all: rows.count, pending: rows.filter { $0.followUp.status.isPending }.count,
                  overdue: rows.filter(\.isOverdue).count,
                  dueSoon: rows.filter { $0.followUp.status.isPending && (0...soon).contains($0.daysLeft ?? -1) }.count,
                  done: rows.filter { $0.followUp.status == .done }.count)
    }
}
