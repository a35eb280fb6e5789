import Foundation
import GRDB

/// Writes and removes meetings' rows, inside a transaction its caller
/// holds; `finish()` writes the names' totals before it commits.
struct IndexWriter {
    let db: Database
    let names = IndexNames()
    let terms = IndexTerms()
    /// The two statements run for every opinion, kept here: GRDB's statement cache hashed and
    /// compared their SQL (300 bytes) for each of 1,000,000 calls of a first build.
    private let perOpinion = PerOpinionStatements()

    func finish() throws {
        try names.write(db)
        try terms.write(db)
    }

    /// Takes a meeting out of every table; its words out of the contentless
    /// word table by giving back the words it was indexed with.
    func remove(_ id: MeetingID) throws {
        // Opinions and follow-ups are only ever written with their meeting's row: no row, nothing to remove.
        guard let known = try String.fetchOne(db.cachedStatement(sql: "SELECT names FROM meeting_names WHERE meeting = ?"),
                                              arguments: [id.rawValue]) else { return }
        names.add(IndexNames.decode(known), sign: -1)
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT rowid, text, speaker, origin, topic_name, responses, tasks, topic FROM opinions WHERE meeting = ?
            """), arguments: [id.rawValue])
        for row in rows {
            try forgetWords(rowid: row[0], text: row[1], speaker: row[2], origin: row[3], topicName: row[4], responses: row[5],
                            tasks: row[6], topic: TopicID(row[7] as String))
        }
        for sql in ["DELETE FROM opinions WHERE meeting = ?", "DELETE FROM followups WHERE meeting = ?",
                    "DELETE FROM meetings WHERE id = ?", "DELETE FROM meeting_names WHERE meeting = ?"] {
            try db.cachedStatement(sql: sql).execute(arguments: [id.rawValue])
        }
    }

    func forgetWords(rowid: Int64, text: String, speaker: String?, origin: String?, topicName: String, responses: String,
                             tasks: String, topic: TopicID) throws {
        let words = IndexedOpinion.words(text: text, speaker: speaker, origin: origin, topicName: topicName,
                                         responses: Self.split(responses), tasks: Self.split(tasks))
        try db.cachedStatement(sql: "INSERT INTO opinion_words(opinion_words, rowid, words) VALUES ('delete', ?, ?)")
            .execute(arguments: [rowid, IndexedOpinion.indexed(words, topic: topic)])
    }

    /// Split as bytes (the separator is one ASCII byte): `components(separatedBy:)` compared
    /// character by character and was most of a search's time, run on every result.
    static func split(_ joined: String) -> [String] {
        joined.isEmpty ? [] : joined.utf8.split(separator: 0x1E, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Writes a meeting that is not in the index.
    func insert(_ id: MeetingID, _ m: IndexedMeeting) throws {
        let s = m.summary
        let rank = try place(s.order, on: s.date)
        try writeMeetingRow(id, m, rank: rank)
        // By index, not `for o in`: each opinion is lent to insert, not copied (and freed) on the writer thread.
        for i in m.opinions.indices where m.opinions[i].position <= OpinionKey.maxPosition {
            try insert(m.opinions[i], rowid: OpinionKey.rowid(day: s.date, rank: rank, position: m.opinions[i].position), meeting: id,
                       day: s.date)
        }
        try insertFollowUps(id, m)
        if !m.namesCounted { names.add(m.nameRows) }
        terms.add(m.longTerms)
    }

    /// The meetings list's row and (unless `names` is false: they are the same) the meeting's own name
    /// counts, new or over the ones it had (same rank).
    func writeMeetingRow(_ id: MeetingID, _ m: IndexedMeeting, rank: Int, names: Bool = true) throws {
        let s = m.summary
        try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO meetings(id, day, rank, started, organizer, organizer_folded, title, status, opinions, pending, conflicts)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [id.rawValue, s.date.ordinal, rank, s.started, s.organizer, m.organizerFolded, s.title,
                                     s.status.rawValue, s.opinionCount, s.pendingFollowUps, s.openConflicts])
        guard names else { return }
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO meeting_names(meeting, names) VALUES (?, ?)")
            .execute(arguments: [id.rawValue, m.encodedNames])
    }

    /// The columns of a follow-up's row, in the order `followUpValues` gives them.
    static let followUpColumns = """
        meeting, id, position, task, assignee, assignee_folded, due, status, done_on, body, opinion_ids, opinion_numbers, topics
        """

    /// A follow-up's row.
    static func followUpValues(_ id: MeetingID, _ f: IndexedFollowUp) -> [DatabaseValue] {
        let u = f.followUp
        let values: [(any DatabaseValueConvertible)?] = [
            id.rawValue, u.id.rawValue, f.position, u.task, u.assignee, f.assigneeFolded, u.dueDate.ordinal,
            u.status.rawValue, u.doneOn?.ordinal, f.body, f.opinionIdText, f.opinionNumberText, f.topicText,
        ]
        return values.map { $0?.databaseValue ?? .null }
    }

    /// The meeting's follow-ups, or those of them whose rows differ from `stored` (by follow-up id).
    func insertFollowUps(_ id: MeetingID, _ m: IndexedMeeting, over stored: [String: [DatabaseValue]] = [:]) throws {
        let marks = Array(repeating: "?", count: Self.followUpColumns.split(separator: ",").count).joined(separator: ", ")
        let followUp = try db.cachedStatement(sql: "INSERT OR REPLACE INTO followups(\(Self.followUpColumns)) VALUES (\(marks))")
        for f in m.followUps {
            if stored.isEmpty {
                // A new meeting (every meeting of a first build): bound straight, as followUpValues gives them.
                let u = f.followUp
                var row = BoundRow(followUp)
                row.bind(id.rawValue)
                row.bind(u.id.rawValue)
                row.bind(Int64(f.position))
                row.bind(u.task)
                row.bind(u.assignee)
                row.bind(f.assigneeFolded)
                row.bind(Int64(u.dueDate.ordinal))
                row.bind(u.status.rawValue)
                row.bind(u.doneOn.map { Int64($0.ordinal) })
                row.bind(f.body)
                row.bind(f.opinionIdText)
                row.bind(f.opinionNumberText)
                row.bind(f.topicText)
                try row.run(db)
                continue
            }
            let values = Self.followUpValues(id, f)
            if stored[f.followUp.id.rawValue] == values { continue }
            try followUp.execute(arguments: StatementArguments(values))
        }
    }

    /// Topics of a follow-up's opinions, each between separators so one can be looked for with `instr`.
    static func topicList(_ topics: [TopicID]) -> String {
        "\u{1F}" + topics.map(\.rawValue).joined(separator: "\u{1F}") + "\u{1F}"
    }

    /// The hot path of a first build (500,000 times on a province's archive): values bound straight to SQLite.
    func insert(_ o: IndexedOpinion, rowid: Int64, meeting: MeetingID, day: Day) throws {
        var row = try BoundRow(perOpinion.opinion ?? perOpinion.keep(opinion: db.cachedStatement(sql: """
            INSERT INTO opinions(rowid, meeting, opinion_id, number, day, topic, topic_name, kind, disposition, speaker,
                                 speaker_folded, origin, text, responses, tasks, pending_due, has_done)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)))
        row.bind(rowid)
        row.bind(meeting.rawValue)
        row.bind(o.id.rawValue)
        row.bind(Int64(o.number))
        row.bind(Int64(day.ordinal))
        row.bind(o.topic.rawValue)
        row.bind(o.topicName)
        row.bind(o.kind.rawValue)
        row.bind(o.disposition.rawValue)
        row.bind(o.speaker)
        row.bind(o.speakerFolded)
        row.bind(o.origin)
        row.bind(o.text)
        row.bind(o.responseText)
        row.bind(o.taskText)
        row.bind(o.pendingDue.map { Int64($0.ordinal) })
        row.bind(Int64(o.hasDone ? 1 : 0))
        try row.run(db)
        var words = try BoundRow(perOpinion.words
                                 ?? perOpinion.keep(words: db.cachedStatement(sql: "INSERT INTO opinion_words(rowid, words) VALUES (?, ?)")))
        words.bind(rowid)
        words.bind(o.indexedWords)
        try words.run(db)
    }

    /// The rank of a new meeting among the meetings of its day (in
    /// `MeetingOrder`: latest start first, then id), leaving room between ranks; when there is none, the day's
    /// meetings are ranked again and their opinions moved to their new row numbers.
    func place(_ meeting: MeetingOrder, on day: Day) throws -> Int {
        let rows = try Row.fetchAll(db.cachedStatement(sql: "SELECT id, rank, started FROM meetings WHERE day = ? ORDER BY rank"),
                                    arguments: [day.ordinal])
        let others = rows.map { (id: $0[0] as String, rank: $0[1] as Int, order: MeetingOrder(date: day, started: $0[2], id: $0[0])) }
        let at = others.firstIndex { meeting.sameDayBefore($0.order) } ?? others.count
        let low = at > 0 ? others[at - 1].rank + 1 : 0
        let high = at < others.count ? others[at].rank - 1 : OpinionKey.maxRank
        // A day's first meeting in the middle: a later start goes before it, an earlier one after, without moving it.
        if others.isEmpty { return OpinionKey.maxRank / 2 }
        if low <= high { return at < others.count ? (low + high) / 2 : min(high, low + 15) }
        let spacing = max(1, OpinionKey.maxRank / (others.count + 2))
        var ranks: [String: Int] = [:]
        var all = others.map(\.id)
        all.insert(meeting.id, at: at)
        for (position, other) in all.enumerated() { ranks[other] = position * spacing }
        try move(others.filter { ranks[$0.id] != $0.rank }.map(\.id), to: ranks, day: day)
        return ranks[meeting.id] ?? 0
    }

    /// Moves meetings' opinions to the row numbers of their new ranks: all
    /// taken out first, then all put back, so no two ever share a number.
    private func move(_ ids: [String], to ranks: [String: Int], day: Day) throws {
        var kept: [(String, Row)] = []
        for id in ids {
            for row in try Row.fetchAll(db, sql: "SELECT * FROM opinions WHERE meeting = ?", arguments: [id]) {
                kept.append((id, row))
                try forgetWords(rowid: row["rowid"], text: row["text"], speaker: row["speaker"], origin: row["origin"],
                                topicName: row["topic_name"], responses: row["responses"], tasks: row["tasks"],
                                topic: TopicID(row["topic"] as String))
            }
            try db.execute(sql: "DELETE FROM opinions WHERE meeting = ?", arguments: [id])
            try db.execute(sql: "UPDATE meetings SET rank = ? WHERE id = ?", arguments: [ranks[id] ?? 0, id])
        }
        for (id, row) in kept {
            let old: Int64 = row["rowid"]
            let rowid = OpinionKey.rowid(day: day, rank: ranks[id] ?? 0, position: Int(old & Int64(OpinionKey.maxPosition)))
            let columns = Array(row.columnNames)
            var values = columns.map { row[$0] as DatabaseValue }
            values[0] = rowid.databaseValue
            let marks = columns.map { _ in "?" }.joined(separator: ", ")
            try db.execute(sql: "INSERT INTO opinions(\(columns.joined(separator: ", "))) VALUES (\(marks))",
                           arguments: StatementArguments(values))
            let words = IndexedOpinion.words(text: row["text"], speaker: row["speaker"], origin: row["origin"], topicName: row["topic_name"],
                                             responses: Self.split(row["responses"]), tasks: Self.split(row["tasks"]))
            try db.execute(sql: "INSERT INTO opinion_words(rowid, words) VALUES (?, ?)",
                           arguments: [rowid, IndexedOpinion.indexed(words, topic: TopicID(row["topic"] as String))])
        }
    }

    func recordFile(_ id: MeetingID, stat: FileStat, problem: String?) throws {
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO files(meeting, size, mtime, inode, problem) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [id.rawValue, stat.size, stat.modified, Int64(bitPattern: stat.inode), problem])
    }

    func forgetFile(_ id: MeetingID) throws {
        try db.cachedStatement(sql: "DELETE FROM files WHERE meeting = ?").execute(arguments: [id.rawValue])
    }
}

/// The statements `IndexWriter.insert` runs for each opinion, prepared at the first.
final class PerOpinionStatements {
    private(set) var opinion: Statement?
    private(set) var words: Statement?

    func keep(opinion statement: Statement) -> Statement {
        opinion = statement
        return statement
    }

    func keep(words statement: Statement) -> Statement {
        words = statement
        return statement
    }
}

/// The long words of one transaction's meetings, each written to `terms` once at its end.
final class IndexTerms: @unchecked Sendable {
    private var fresh = Set<String>()

    func add(_ words: [String]) {
        for word in words { fresh.insert(word) }
    }

    /// Takes the words `other` gathered (where the files were read).
    func absorb(_ other: IndexTerms) {
        if fresh.isEmpty { swap(&fresh, &other.fresh) } else { fresh.formUnion(other.fresh) }
        other.fresh = []
    }

    func write(_ db: Database) throws {
        let insert = try db.cachedStatement(sql: "INSERT OR IGNORE INTO terms(term) VALUES (?)")
        for word in fresh { try insert.execute(arguments: [word]) }
        fresh = []
    }
}
