import Foundation
import GRDB

extension ArchiveIndex {
    /// The assignments `query` asks for, judged on `today`: overdue first,
    /// then by due date (then meeting and id); `limit` of them from
    /// `offset`. A page costs what it holds, not what the archive holds: the
    /// overdue part and the rest are each read in due order from an index
    /// of due day and status, and only the page's rows are read whole.
    public func followUps(_ query: FollowUpQuery, asOf today: Day, offset: Int = 0, limit: Int = .max) throws -> [FollowUpRow] {
        let filter = FollowUpSQL(query, today: today)
        let limit = min(limit, Int(Int32.max)), offset = max(0, offset)
        return try read { db in
            var rows = try page(filter.overdue, filter, offset: offset, limit: limit, today: today, db)
            guard rows.count < limit, query.overdueOnly == false else { return rows }
            // The rest starts where the overdue ones end: counted only when the page begins past them.
            let skip = rows.isEmpty && offset > 0 ? offset - (try count(filter.overdue, filter, db)) : 0
            rows += try page(filter.rest, filter, offset: max(0, skip), limit: limit - rows.count, today: today, db)
            return rows
        }
    }

    /// Every assignment `query` asks for, in the order of `followUps`,
    /// handed to `body` one at a time as it is read (a listing of 100,000
    /// holds one row at a time, not all of them).
    public func forEachFollowUp(_ query: FollowUpQuery, asOf today: Day, _ body: (FollowUpRow) throws -> Void) throws {
        let filter = FollowUpSQL(query, today: today)
        try read { db in
            for part in query.overdueOnly ? [filter.overdue] : [filter.overdue, filter.rest] {
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT \(Self.followUpColumns) FROM followups f JOIN meetings m ON m.id = f.meeting
                    WHERE \(part.condition) ORDER BY f.due, f.meeting, f.id
                    """, arguments: part.arguments)
                while let row = try rows.next() { try body(Self.followUpRow(row, today: today)) }
            }
        }
    }

    /// Where the assignments `query` matches stand on `today`, each way once:
    /// days left (negative: late) of the pending ones, the status of the others.
    public func followUpStandings(_ query: FollowUpQuery, asOf today: Day) throws -> Set<FollowUpStanding> {
        let filter = FollowUpSQL(query, today: today)
        var onDueDays = query
        onDueDays.overdueOnly = false
        onDueDays.dueWithin = nil
        if onDueDays == FollowUpQuery() {
            // Filtered by due day alone (`--overdue`, `--due-within`, or nothing): the tally by state and due day says it.
            return try read { db in try Self.standingsFromTally(query, today: today, db) }
        }
        return try read { db in
            var found = Set<FollowUpStanding>()
            let rows = try Row.fetchCursor(db, sql: """
                SELECT DISTINCT f.status, CASE WHEN f.status IN ('open', 'inProgress') THEN f.due ELSE 0 END
                FROM followups f \(filter.join) WHERE \(filter.all.condition)
                """, arguments: filter.all.arguments)
            while let row = try rows.next() {
                let status = FollowUpStatus(rawValue: row[0]) ?? .open
                found.insert(status.isPending ? .daysLeft(today.days(until: Day(ordinal: row[1]))) : .settled(status))
            }
            return found
        }
    }

    private static func standingsFromTally(_ query: FollowUpQuery, today: Day, _ db: Database) throws -> Set<FollowUpStanding> {
        var found = Set<FollowUpStanding>()
        let rows = try Row.fetchCursor(db, sql: "SELECT state, due FROM followup_tally")
        while let row = try rows.next() {
            let state: Int = row[0], due: Int = row[1]
            guard state == 0 else {
                if !query.overdueOnly && query.dueWithin == nil { found.insert(.settled(state == 3 ? .cancelled : .done)) }
                continue
            }
            if query.overdueOnly && due >= today.ordinal { continue }
            if let days = query.dueWithin, due < today.ordinal || due > today.ordinal + days { continue }
            found.insert(.daysLeft(today.days(until: Day(ordinal: due))))
        }
        return found
    }

    static let followUpColumns = """
        f.meeting, m.title, m.day, m.organizer, f.id, f.task, f.assignee, f.due, f.status, f.done_on, f.body,
        f.opinion_ids, f.opinion_numbers, f.topics
        """

    /// How many assignments `query` matches on `today`.
    public func followUpCount(_ query: FollowUpQuery, asOf today: Day) throws -> Int {
        let filter = FollowUpSQL(query, today: today)
        return try read { db in try count(filter.all, filter, db) }
    }

    private func count(_ part: FollowUpSQL.Part, _ filter: FollowUpSQL, _ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM followups f \(filter.join) WHERE \(part.condition)",
                         arguments: part.arguments) ?? 0
    }

    private func page(_ part: FollowUpSQL.Part, _ filter: FollowUpSQL, offset: Int, limit: Int, today: Day,
                      _ db: Database) throws -> [FollowUpRow] {
        let columns = Self.followUpColumns
        // From the start: the table itself, in due order (its key). Further on: the rows skipped are
        // counted in the small index of due day and status, and only the page's rows are read whole.
        // A listing of everything (the command) reads the table in order; a page (F6) finds its rows in the
        // index first even from the start: the part after the overdue ones may begin after every row.
        let sql = offset == 0 && limit > 10_000 ? """
            SELECT \(columns) FROM followups f JOIN meetings m ON m.id = f.meeting
            WHERE \(part.condition) ORDER BY f.due, f.meeting, f.id LIMIT ?
            """ : """
            SELECT \(columns)
            FROM (SELECT f.due, f.meeting, f.id FROM followups f INDEXED BY followups_by_due \(filter.join) WHERE \(part.condition)
                  ORDER BY f.due, f.meeting, f.id LIMIT ? OFFSET ?) AS k
            JOIN followups f ON f.due = k.due AND f.meeting = k.meeting AND f.id = k.id JOIN meetings m ON m.id = f.meeting
            ORDER BY f.due, f.meeting, f.id
            """
        let rows = try Row.fetchCursor(db, sql: sql, arguments: part.arguments + (offset == 0 && limit > 10_000 ? [limit] : [limit, offset]))
        var result: [FollowUpRow] = []
        while let row = try rows.next() { result.append(Self.followUpRow(row, today: today)) }
        return result
    }

    /// Each of the tracker's counts (pending, overdue, due within `soon`
    /// days, done, all), from the counts the index keeps by state and due
    /// day (`IndexTally`): a few thousand rows, not every follow-up. Pending
    /// there is "neither done nor cancelled", which for a stored status (one
    /// of the four) is open or in progress.
    public func followUpTally(asOf today: Day, soon: Int = 7) throws -> FollowUpTally {
        try read { db in
            var tally = FollowUpTally()
            let rows = try Row.fetchCursor(db, sql: "SELECT state, due, count FROM followup_tally")
            while let row = try rows.next() {
                let count: Int = row[2], due: Int = row[1]
                tally.all += count
                switch row[0] as Int {
                case 0:
                    tally.pending += count
                    if due < today.ordinal { tally.overdue += count } else if due <= today.ordinal + soon { tally.dueSoon += count }
                case 1, 2: tally.done += count
                default: break
                }
            }
            return tally
        }
    }

    static func followUpRow(_ row: Row, today: Day) -> FollowUpRow {
        let body: String = row[10]
        let followUp = body.isEmpty ? nil : try? JSONDecoder().decode(FollowUp.self, from: Data(body.utf8))
        let f = followUp ?? FollowUp(
            id: FollowUpID(row[4] as String), opinionIds: pieces(row[11], 0x1E).map { OpinionID($0) }, task: row[5],
            assignee: row[6], dueDate: Day(ordinal: row[7]), status: FollowUpStatus(rawValue: row[8]) ?? .open,
            doneOn: (row[9] as Int?).map { Day(ordinal: $0) })
        let numbers = pieces(row[12], UInt8(ascii: ",")).compactMap { Int($0) }
        let topics = pieces(row[13], 0x1F).map { TopicID($0) }
        return FollowUpRow(meetingID: MeetingID(row[0] as String), meetingTitle: row[1], meetingDate: Day(ordinal: row[2]),
                           organizer: row[3], followUp: f, opinionNumbers: numbers, topics: topics,
                           daysLeft: f.status.isPending ? today.days(until: f.dueDate) : nil, isOverdue: f.isOverdue(asOf: today))
    }
}

/// The non-empty pieces of `text` between `separator` bytes (an ASCII
/// control or punctuation), split as bytes: this runs for every row listed.
private func pieces(_ text: String, _ separator: UInt8) -> [String] {
    guard !text.isEmpty else { return [] }
    return text.utf8.split(separator: separator).map { String(decoding: $0, as: UTF8.self) }
}

/// Where an assignment stands on a given day: days left (negative: late) while pending, else its status.
public enum FollowUpStanding: Hashable, Sendable {
    case daysLeft(Int)
    case settled(FollowUpStatus)
}

/// How many assignments each of the tracker's filters shows.
public struct FollowUpTally: Equatable, Sendable {
    public var all = 0
    public var pending = 0
    public var overdue = 0
    /// Pending and due from today to the days asked (not those already late).
    public var dueSoon = 0
    public var done = 0

    public init(all: Int = 0, pending: Int = 0, overdue: Int = 0, dueSoon: Int = 0, done: Int = 0) {
        self.all = all
        self.pending = pending
        self.overdue = overdue
        self.dueSoon = dueSoon
        self.done = done
    }
}

/// A follow-up query as SQL: its filter, split into the overdue part (shown
/// first) and the rest, each read in due order.
struct FollowUpSQL {
    struct Part {
        var condition: String
        var arguments: StatementArguments
    }

    var join = ""
    var all: Part
    var overdue: Part
    var rest: Part

    init(_ query: FollowUpQuery, today: Day) {
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
        if query.from != nil || query.to != nil {
            join = "JOIN meetings m ON m.id = f.meeting"
            if let from = query.from { conditions.append("m.day >= ?"); values.append(from.ordinal) }
            if let to = query.to { conditions.append("m.day <= ?"); values.append(to.ordinal) }
        }
        let filter = conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")
        let arguments = StatementArguments(values)
        all = Part(condition: filter, arguments: arguments)
        overdue = Part(condition: "(\(filter)) AND \(pending) AND f.due < ?", arguments: arguments + [today.ordinal])
        rest = Part(condition: "(\(filter)) AND NOT (\(pending) AND f.due < ?)", arguments: arguments + [today.ordinal])
    }
}
