import GRDB

/// The report's counts over all time, kept in two small tables by
/// triggers on `opinions` and `followups`: "all time" in F7 and `doithoai
/// report` without a period read a few hundred rows instead of every
/// opinion and every follow-up (500,000 and 167,000 on a province's archive:
/// about 110 ms of CPU, 276 ms on screen at load 11).
///
/// Triggers, not the writer: every path that writes opinions or follow-ups
/// (a first build, a refresh, a save, a renamed topic, meetings moved to new
/// row numbers) keeps them right without knowing of them. A first build
/// makes them after the tables are filled, with one count each (as it
/// makes the secondary indexes).
enum IndexTally {
    /// A follow-up's state as the report counts it: done (on time or late),
    /// cancelled, or pending (any other status, as `report` always counted it).
    static func state(_ f: String) -> String {
        """
        (CASE WHEN \(f).status = 'done' THEN (CASE WHEN \(f).done_on IS NOT NULL AND \(f).done_on > \(f).due THEN 2 ELSE 1 END) \
        WHEN \(f).status = 'cancelled' THEN 3 ELSE 0 END)
        """
    }

    /// The due day of a pending follow-up (what "overdue" is judged by); 0 for the others.
    static func due(_ f: String) -> String { "(CASE WHEN \(f).status IN ('done', 'cancelled') THEN 0 ELSE \(f).due END)" }

    private static func addOpinion(_ o: String) -> String {
        """
        INSERT INTO opinion_tally(topic, kind, disposition, count) VALUES (\(o).topic, \(o).kind, \(o).disposition, 1)
            ON CONFLICT(topic, kind, disposition) DO UPDATE SET count = count + 1;
        """
    }

    private static func removeOpinion(_ o: String) -> String {
        """
        UPDATE opinion_tally SET count = count - 1 WHERE topic = \(o).topic AND kind = \(o).kind AND disposition = \(o).disposition;
        DELETE FROM opinion_tally WHERE topic = \(o).topic AND kind = \(o).kind AND disposition = \(o).disposition AND count = 0;
        """
    }

    private static func addFollowUp(_ f: String) -> String {
        """
        INSERT INTO followup_tally(state, due, count) VALUES (\(state(f)), \(due(f)), 1)
            ON CONFLICT(state, due) DO UPDATE SET count = count + 1;
        """
    }

    private static func removeFollowUp(_ f: String) -> String {
        """
        UPDATE followup_tally SET count = count - 1 WHERE state = \(state(f)) AND due = \(due(f));
        DELETE FROM followup_tally WHERE state = \(state(f)) AND due = \(due(f)) AND count = 0;
        """
    }

    /// The counts of the follow-ups the table holds (a first build's: 0.1 s at 167,000).
    static let followUpCounts = """
        INSERT INTO followup_tally(state, due, count)
            SELECT \(state("f")), \(due("f")), count(*) FROM followups f GROUP BY 1, 2;
        """

    /// The counts of what the tables hold. A first build counts its opinions
    /// where the files are read instead (`OpinionTally`): grouping 500,000
    /// rows without an index on those columns took a second alone on one core.
    static let countsFromTables = """
        INSERT INTO opinion_tally(topic, kind, disposition, count)
            SELECT topic, kind, disposition, count(*) FROM opinions GROUP BY topic, kind, disposition;
        """ + followUpCounts

    /// The triggers that keep the counts.
    /// Follow-ups are written with INSERT OR REPLACE, whose replacing does not
    /// fire delete triggers (SQLite's recursive_triggers is off, as GRDB
    /// leaves it): the row it replaces is taken off before the insert.
    static let triggers = """
        CREATE TRIGGER opinion_tally_insert AFTER INSERT ON opinions BEGIN \(addOpinion("new")) END;
        CREATE TRIGGER opinion_tally_delete AFTER DELETE ON opinions BEGIN \(removeOpinion("old")) END;
        CREATE TRIGGER opinion_tally_update AFTER UPDATE OF topic, kind, disposition ON opinions
            BEGIN \(removeOpinion("old")) \(addOpinion("new")) END;
        CREATE TRIGGER followup_tally_replace BEFORE INSERT ON followups BEGIN
            UPDATE followup_tally SET count = count - 1
                WHERE (state, due) IN (SELECT \(state("f")), \(due("f")) FROM followups f WHERE f.meeting = new.meeting AND f.id = new.id);
            DELETE FROM followup_tally WHERE count = 0
                AND (state, due) IN (SELECT \(state("f")), \(due("f")) FROM followups f WHERE f.meeting = new.meeting AND f.id = new.id);
        END;
        CREATE TRIGGER followup_tally_insert AFTER INSERT ON followups BEGIN \(addFollowUp("new")) END;
        CREATE TRIGGER followup_tally_delete AFTER DELETE ON followups BEGIN \(removeFollowUp("old")) END;
        CREATE TRIGGER followup_tally_update AFTER UPDATE OF status, due, done_on ON followups
            BEGIN \(removeFollowUp("old")) \(addFollowUp("new")) END;
        """

    /// The report's counts of every opinion and follow-up, as of `asOf`.
    static func allTime(_ db: Database, asOf: Day, into tally: inout DialogueReport.Tally) throws {
        for row in try Row.fetchAll(db, sql: "SELECT topic, kind, disposition, count FROM opinion_tally") {
            tally.add(topic: TopicID(row[0] as String), kind: row[1], disposition: row[2], count: row[3])
        }
        var pending = 0, pastDue = 0, done = 0, late = 0, cancelled = 0
        for row in try Row.fetchAll(db, sql: "SELECT state, due, count FROM followup_tally") {
            let count: Int = row[2]
            switch row[0] as Int {
            case 1: done += count
            case 2: late += count
            case 3: cancelled += count
            default:
                if (row[1] as Int) < asOf.ordinal { pastDue += count } else { pending += count }
            }
        }
        tally.addFollowUps(status: .done, late: true, pastDue: false, count: late)
        tally.addFollowUps(status: .done, late: false, pastDue: false, count: done)
        tally.addFollowUps(status: .cancelled, late: false, pastDue: false, count: cancelled)
        tally.addFollowUps(status: .open, late: false, pastDue: true, count: pastDue)
        tally.addFollowUps(status: .open, late: false, pastDue: false, count: pending)
    }
}

/// A first build's opinion counts by topic, kind and disposition, summed
/// where the files are read (one batch at a time, as `IndexNames`) and
/// written to `opinion_tally` once the opinions are all in.
final class OpinionTally: @unchecked Sendable {
    private struct Key: Hashable {
        var topic: String
        var kind: String
        var disposition: String
    }

    private var counts: [Key: Int] = [:]

    /// The opinions of `m` the writer will write.
    func add(_ m: IndexedMeeting) {
        for o in m.opinions where o.position <= OpinionKey.maxPosition {
            counts[Key(topic: o.topic.rawValue, kind: o.kind.rawValue, disposition: o.disposition.rawValue), default: 0] += 1
        }
    }

    func write(_ db: Database) throws {
        let insert = try db.cachedStatement(sql: "INSERT INTO opinion_tally(topic, kind, disposition, count) VALUES (?, ?, ?, ?)")
        for (key, count) in counts { try insert.execute(arguments: [key.topic, key.kind, key.disposition, count]) }
        counts = [:]
    }
}
