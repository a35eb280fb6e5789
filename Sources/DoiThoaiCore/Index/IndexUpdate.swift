import GRDB

/// A meeting the index already holds, written again (a save by the
/// program, a file changed on disk): only what differs is touched.
///
/// Taking every row of the meeting out and putting it back cost a save 16 ms
/// and the next command after 100 changed files 4 s at 500,000 opinions:
/// each opinion taken out of the contentless word table must be given back
/// its words, folded again, and each put back is written again with its
/// prefix entries. A save adds or changes one opinion; so does a typical
/// change on disk. Opinions whose stored columns are the same keep their
/// rows and their words.
extension IndexWriter {
    /// Writes `m` over what the index holds of meeting `id`, or inserts it when it holds nothing.
    func update(_ id: MeetingID, _ m: IndexedMeeting) throws {
        guard let old = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT m.day, m.rank, n.names, m.started FROM meetings m JOIN meeting_names n ON n.meeting = m.id WHERE m.id = ?
            """), arguments: [id.rawValue]) else {
            return try insert(id, m)
        }
        let day = m.summary.date
        guard (old[0] as Int) == day.ordinal, (old[3] as Int64?) == m.summary.started else {
            // Another day, or another start (another place among the day's meetings): other row numbers for every opinion.
            try remove(id)
            return try insert(id, m)
        }
        let rank: Int = old[1]
        // The same names (a save changes a text far more often than a name): nothing to take off and add back.
        let namesDiffer = (old[2] as String) != m.encodedNames
        if namesDiffer {
            names.add(IndexNames.decode(old[2]), sign: -1)
            if !m.namesCounted { names.add(m.nameRows) }
        } else if m.namesCounted {
            names.add(m.nameRows, sign: -1)  // added where the file was read: taken off again, as nothing changed
        }
        try writeMeetingRow(id, m, rank: rank, names: namesDiffer)
        try updateOpinions(id, m, day: day, rank: rank)
        try updateFollowUps(id, m)
    }

    /// Follow-ups written again only when their row differs: each row
    /// rewritten also moves its entries in the follow-ups' indexes (17
    /// pages a meeting, most of what 100 changed files wrote).
    private func updateFollowUps(_ id: MeetingID, _ m: IndexedMeeting) throws {
        var stored: [String: [DatabaseValue]] = [:]
        let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT \(Self.followUpColumns) FROM followups WHERE meeting = ?"),
                                       arguments: [id.rawValue])
        while let row = try rows.next() { stored[row[1]] = Array(row.databaseValues) }
        let kept = Set(m.followUps.map(\.followUp.id.rawValue))
        for gone in stored.keys where !kept.contains(gone) {
            try db.cachedStatement(sql: "DELETE FROM followups WHERE meeting = ? AND id = ?").execute(arguments: [id.rawValue, gone])
        }
        try insertFollowUps(id, m, over: stored)
    }

    private static let storedOpinion = """
        SELECT rowid, opinion_id, number, topic, topic_name, kind, disposition, speaker, speaker_folded, origin, text,
               responses, tasks, pending_due, has_done
        FROM opinions WHERE meeting = ?
        """

    private func updateOpinions(_ id: MeetingID, _ m: IndexedMeeting, day: Day, rank: Int) throws {
        var stored: [Int64: Row] = [:]
        let rows = try Row.fetchCursor(db.cachedStatement(sql: Self.storedOpinion), arguments: [id.rawValue])
        while let row = try rows.next() { stored[row[0]] = row.copy() }
        for o in m.opinions where o.position <= OpinionKey.maxPosition {
            let rowid = OpinionKey.rowid(day: day, rank: rank, position: o.position)
            if let row = stored.removeValue(forKey: rowid) {
                if Self.holds(row, o) { continue }
                try forget(row)
            }
            try insert(o, rowid: rowid, meeting: id, day: day)
            // `terms` only grows: the words of the opinions kept are in it since they were written.
            terms.add(o.words.split(separator: " ").filter { $0.utf8.count > IndexSchema.longestPrefix }.map(String.init))
        }
        for row in stored.values { try forget(row) }
    }

    /// Whether the stored row says everything the opinion would be written with.
    private static func holds(_ row: Row, _ o: IndexedOpinion) -> Bool {
        (row[1] as String) == o.id.rawValue && (row[2] as Int) == o.number && (row[3] as String) == o.topic.rawValue
            && (row[4] as String) == o.topicName && (row[5] as String) == o.kind.rawValue
            && (row[6] as String) == o.disposition.rawValue && (row[7] as String?) == o.speaker
            && (row[8] as String) == o.speakerFolded && (row[9] as String?) == o.origin && (row[10] as String) == o.text
            && (row[11] as String) == o.responseText && (row[12] as String) == o.taskText
            && (row[13] as Int?) == o.pendingDue?.ordinal && (row[14] as Bool) == o.hasDone
    }

    /// One opinion out of the word table (given back its words) and out of the opinions.
    private func forget(_ row: Row) throws {
        try forgetWords(rowid: row[0], text: row[10], speaker: row[7], origin: row[9], topicName: row[4], responses: row[11],
                        tasks: row[12], topic: TopicID(row[3] as String))
        try db.cachedStatement(sql: "DELETE FROM opinions WHERE rowid = ?").execute(arguments: [row[0] as Int64])
    }
}
