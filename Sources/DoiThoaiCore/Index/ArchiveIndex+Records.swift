import Foundation
import GRDB

extension ArchiveIndex {
    /// Every meeting's list row, newest first.
    public func meetings() throws -> [MeetingSummary] {
        try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, day, organizer, title, status, opinions, pending, conflicts FROM meetings ORDER BY day DESC, id
                """).map { row in
                MeetingSummary(id: MeetingID(row[0] as String), date: Day(ordinal: row[1]), organizer: row[2], title: row[3],
                               status: MeetingStatus(rawValue: row[4]) ?? .planned, opinionCount: row[5], pendingFollowUps: row[6],
                               openConflicts: row[7])
            }
        }
    }

    /// Names typed in every meeting, with how often (what completion offers), and how often each topic was used.
    public func names() throws -> NameCounts {
        try database.read { db in
            var names = NameCounts()
            let rows = try Row.fetchCursor(db, sql: "SELECT kind, name, uses FROM names")
            while let row = try rows.next() {
                let name: String = row[1], uses: Int = row[2]
                switch IndexSchema.NameKind(rawValue: row[0]) {
                case .speaker?: names.speakers[name] = uses
                case .origin?: names.origins[name] = uses
                case .responder?: names.responders[name] = uses
                case .assignee?: names.assignees[name] = uses
                case .topic?: names.topicUsage[TopicID(name)] = uses
                case nil: break
                }
            }
            return names
        }
    }

    /// The assignments `query` asks for, judged on `today`: overdue first, then by due date.
    public func followUps(_ query: FollowUpQuery, asOf today: Day) throws -> [FollowUpRow] {
        var conditions: [String] = []
        var values: [(any DatabaseValueConvertible)?] = []
        let pending = "f.status IN ('open', 'inProgress')"
        if !query.statuses.isEmpty {
            conditions.append("f.status IN (\(query.statuses.map { _ in "?" }.joined(separator: ",")))")
            values += query.statuses.map(\.rawValue).sorted()
        }
        if query.overdueOnly { conditions.append("\(pending) AND f.due < ?"); values.append(today.ordinal) }
        if let days = query.dueWithin {
            conditions.append("\(pending) AND f.due BETWEEN ? AND ?")
            values += [today.ordinal, today.ordinal + days]
        }
        if let assignee = query.assignee {
            conditions.append("instr(f.assignee_folded, ?) > 0")
            values.append(VietnameseFolding.fold(assignee))
        }
        if let meeting = query.meeting { conditions.append("f.meeting = ?"); values.append(meeting.rawValue) }
        if let topic = query.topic { conditions.append("instr(f.topics, ?) > 0"); values.append(IndexWriter.topicList([topic])) }
        if let from = query.from { conditions.append("m.day >= ?"); values.append(from.ordinal) }
        if let to = query.to { conditions.append("m.day <= ?"); values.append(to.ordinal) }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        values.append(today.ordinal)
        return try database.read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT f.meeting, m.title, m.day, m.organizer, f.id, f.task, f.assignee, f.due, f.status, f.done_on, f.body,
                       f.opinion_ids, f.opinion_numbers, f.topics
                FROM followups f JOIN meetings m ON m.id = f.meeting \(filter)
                ORDER BY (\(pending) AND f.due < ?) DESC, f.due, f.meeting, f.id
                """, arguments: StatementArguments(values))
            var result: [FollowUpRow] = []
            while let row = try rows.next() { result.append(Self.followUpRow(row, today: today)) }
            return result
        }
    }

    private static func followUpRow(_ row: Row, today: Day) -> FollowUpRow {
        let body: String = row[10]
        let followUp = body.isEmpty ? nil : try? JSONDecoder().decode(FollowUp.self, from: Data(body.utf8))
        let f = followUp ?? FollowUp(
            id: FollowUpID(row[4] as String), opinionIds: IndexWriter.split(row[11]).map { OpinionID($0) }, task: row[5],
            assignee: row[6], dueDate: Day(ordinal: row[7]), status: FollowUpStatus(rawValue: row[8]) ?? .open,
            doneOn: (row[9] as Int?).map { Day(ordinal: $0) })
        let numbers = (row[12] as String).split(separator: ",").compactMap { Int($0) }
        let topics = (row[13] as String).split(separator: "\u{1F}").map { TopicID(String($0)) }
        return FollowUpRow(meetingID: MeetingID(row[0] as String), meetingTitle: row[1], meetingDate: Day(ordinal: row[2]),
                           organizer: row[3], followUp: f, opinionNumbers: numbers, topics: topics,
                           daysLeft: f.status.isPending ? today.days(until: f.dueDate) : nil, isOverdue: f.isOverdue(asOf: today))
    }

    /// The dialogue report's counts for a period and organizer, straight from the index.
    public func report(from: Day? = nil, to: Day? = nil, organizer: String? = nil, asOf: Day, english: Bool = false) throws -> DialogueReport {
        var meetingConditions: [String] = []
        var values: [(any DatabaseValueConvertible)?] = []
        if let from { meetingConditions.append("day >= ?"); values.append(from.ordinal) }
        if let to { meetingConditions.append("day <= ?"); values.append(to.ordinal) }
        if let organizer {
            meetingConditions.append("instr(organizer_folded, ?) > 0")
            values.append(VietnameseFolding.fold(organizer))
        }
        let chosen = meetingConditions.isEmpty ? "" : "WHERE " + meetingConditions.joined(separator: " AND ")
        let arguments = StatementArguments(values)
        let range = OpinionKey.range(from: from, to: to)
        let catalog = topics
        return try database.read { db in
            var tally = DialogueReport.Tally()
            tally.meetings = try Int.fetchOne(db, sql: "SELECT count(*) FROM meetings \(chosen)", arguments: arguments) ?? 0
            var opinionConditions: [String] = []
            var opinionArguments: StatementArguments = []
            if from != nil || to != nil {
                opinionConditions.append("rowid BETWEEN ? AND ?")
                opinionArguments += [range.low, range.high]
            }
            if organizer != nil {
                opinionConditions.append("meeting IN (SELECT id FROM meetings \(chosen))")
                opinionArguments += arguments
            }
            let opinionFilter = opinionConditions.isEmpty ? "" : "WHERE " + opinionConditions.joined(separator: " AND ")
            for row in try Row.fetchAll(db, sql: """
                SELECT topic, kind, disposition, count(*) FROM opinions \(opinionFilter) GROUP BY topic, kind, disposition
                """, arguments: opinionArguments) {
                tally.add(topic: TopicID(row[0] as String), kind: row[1], disposition: row[2], count: row[3])
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT status, done_on IS NOT NULL AND done_on > due, due < ?, count(*)
                FROM followups WHERE meeting IN (SELECT id FROM meetings \(chosen)) GROUP BY 1, 2, 3
                """, arguments: [asOf.ordinal] + arguments) {
                tally.addFollowUps(status: FollowUpStatus(rawValue: row[0]) ?? .open, late: row[1], pastDue: row[2], count: row[3])
            }
            return DialogueReport(tally: tally, topics: catalog, from: from, to: to, organizer: organizer, asOf: asOf,
                                  english: english)
        }
    }
}
