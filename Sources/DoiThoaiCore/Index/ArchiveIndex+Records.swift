import Foundation
import GRDB

extension ArchiveIndex {
    /// Every meeting's list row, newest first (`MeetingOrder`: a day's rank is its place in that order).
    public func meetings() throws -> [MeetingSummary] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, day, organizer, title, status, opinions, pending, conflicts, started FROM meetings ORDER BY day DESC, rank
                """).map { row in
                MeetingSummary(id: MeetingID(row[0] as String), date: Day(ordinal: row[1]), organizer: row[2], title: row[3],
                               status: MeetingStatus(rawValue: row[4]) ?? .planned, opinionCount: row[5], pendingFollowUps: row[6],
                               openConflicts: row[7], started: row[8])
            }
        }
    }

    /// Names typed in every meeting, with how often (what completion offers), and how often each topic was used.
    /// Not the details beside them (hundreds of thousands on a province's archive): see `nameDetails()`.
    public func names() throws -> NameCounts {
        try read { db in
            var names = NameCounts()
            let rows = try Row.fetchCursor(db, sql: "SELECT kind, name, uses FROM names WHERE kind < ?",
                                           arguments: [IndexSchema.NameKind.speakerOrigin.rawValue])
            while let row = try rows.next() {
                guard let kind = IndexSchema.NameKind(rawValue: row[0]) else { continue }
                IndexNames.add(kind: kind, name: row[1], uses: row[2], to: &names)
            }
            return names
        }
    }

    /// For each name (folded), the detail of each kind written beside it
    /// most often: chosen by SQLite, so only one row per name reaches here.
    public func nameDetails() throws -> [NameDetail.Kind: [String: String]] {
        try read { db in
            var best: [NameDetail.Kind: [String: (detail: String, uses: Int)]] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT kind, substr(name, 1, instr(name, char(31)) - 1), substr(name, instr(name, char(31)) + 1), max(uses)
                FROM names WHERE kind >= ? GROUP BY kind, substr(name, 1, instr(name, char(31)) - 1)
                """, arguments: [IndexSchema.NameKind.speakerOrigin.rawValue])
            while let row = try rows.next() {
                guard let kind = IndexSchema.NameKind(rawValue: row[0])?.detail else { continue }
                let key = VietnameseFolding.fold(row[1] as String), uses: Int = row[3]
                if let known = best[kind]?[key], known.uses >= uses { continue }
                best[kind, default: [:]][key] = (row[2], uses)
            }
            return best.mapValues { $0.mapValues(\.detail) }
        }
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
        return try read { db in
            var tally = DialogueReport.Tally()
            tally.meetings = try Int.fetchOne(db, sql: "SELECT count(*) FROM meetings \(chosen)", arguments: arguments) ?? 0
            if chosen.isEmpty {
                // All time: from the counts the index keeps (IndexTally), not every opinion and follow-up.
                try IndexTally.allTime(db, asOf: asOf, into: &tally)
                return DialogueReport(tally: tally, topics: catalog, from: from, to: to, organizer: organizer, asOf: asOf,
                                      english: english)
            }
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
            // Read from the index of due day and status (it holds every column counted), not the table.
            let chosenFollowUps = chosen.isEmpty ? "" : "WHERE meeting IN (SELECT id FROM meetings \(chosen))"
            // One pass, no sorting: each count a sum (a status this version does not know counts as open, as before).
            if let row = try Row.fetchOne(db, sql: """
                SELECT count(*), total(status = 'done'), total(status = 'done' AND done_on IS NOT NULL AND done_on > due),
                       total(status = 'cancelled'), total(status NOT IN ('done', 'cancelled') AND due < ?)
                FROM followups INDEXED BY followups_by_due \(chosenFollowUps)
                """, arguments: [asOf.ordinal] + arguments) {
                let all: Int = row[0]
                let done = Int(row[1] as Double), late = Int(row[2] as Double), cancelled = Int(row[3] as Double)
                let pastDue = Int(row[4] as Double)
                tally.addFollowUps(status: .done, late: true, pastDue: false, count: late)
                tally.addFollowUps(status: .done, late: false, pastDue: false, count: done - late)
                tally.addFollowUps(status: .cancelled, late: false, pastDue: false, count: cancelled)
                tally.addFollowUps(status: .open, late: false, pastDue: true, count: pastDue)
                tally.addFollowUps(status: .open, late: false, pastDue: false, count: all - done - cancelled - pastDue)
            }
            return DialogueReport(tally: tally, topics: catalog, from: from, to: to, organizer: organizer, asOf: asOf,
                                  english: english)
        }
    }
}
