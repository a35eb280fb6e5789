import GRDB
import GRDBSQLite

/// What a one-line listing of assignments shows of one, as the index holds
/// it: the text cells are the index's own UTF-8 bytes, valid only inside
/// the call that hands them (`ControlCharacters.isPlain` says which may be
/// copied out as they are). `doithoai followups` prints 80,000 such rows at
/// a province's scale: no `String` is made for a row whose cells are plain.
public struct FollowUpLine {
    public let meeting: UnsafeBufferPointer<UInt8>
    public let id: UnsafeBufferPointer<UInt8>
    public let assignee: UnsafeBufferPointer<UInt8>
    public let task: UnsafeBufferPointer<UInt8>
    /// The due day as `Day.ordinal`: rows come in due order, so a listing makes each day's words once.
    public let due: Int
    public let status: FollowUpStatus
}

extension ArchiveIndex {
    /// Every assignment `query` asks for, in the order of `followUps`
    /// (overdue first, then by due day, meeting and id), handed to `body` one
    /// at a time straight from SQLite's row.
    public func forEachFollowUpLine(_ query: FollowUpQuery, asOf today: Day, _ body: (FollowUpLine) throws -> Void) throws {
        let filter = FollowUpSQL(query, today: today)
        // The status as a number: an unknown word reads as open, as `FollowUpStatus(rawValue:) ?? .open` reads it.
        let statuses: [FollowUpStatus] = [.open, .inProgress, .done, .cancelled]
        try read { db in
            for part in query.overdueOnly ? [filter.overdue] : [filter.overdue, filter.rest] {
                let statement = try db.makeStatement(sql: """
                    SELECT f.meeting, f.id, f.assignee, f.task, f.due,
                           CASE f.status WHEN 'inProgress' THEN 1 WHEN 'done' THEN 2 WHEN 'cancelled' THEN 3 ELSE 0 END
                    FROM followups f \(filter.join) WHERE \(part.condition) ORDER BY f.due, f.meeting, f.id
                    """)
                try statement.setArguments(part.arguments)
                let row = statement.sqliteStatement
                defer { sqlite3_reset(row) }
                while true {
                    let code = sqlite3_step(row)
                    if code == SQLITE_DONE { break }
                    guard code == SQLITE_ROW else {
                        throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                                            sql: statement.sql)
                    }
                    try body(FollowUpLine(meeting: Self.text(row, 0), id: Self.text(row, 1), assignee: Self.text(row, 2),
                                          task: Self.text(row, 3), due: Int(sqlite3_column_int64(row, 4)),
                                          status: statuses[Int(sqlite3_column_int64(row, 5))]))
                }
            }
        }
    }

    /// A text column's bytes in the current row (empty for NULL).
    private static func text(_ row: SQLiteStatement, _ column: Int32) -> UnsafeBufferPointer<UInt8> {
        guard let start = sqlite3_column_text(row, column) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: start, count: Int(sqlite3_column_bytes(row, column)))
    }
}
