import GRDB
import GRDBSQLite

/// Values bound one after another straight to a prepared statement, then
/// the statement run: no argument arrays, no boxing, for the rows a first
/// build writes by the hundred thousand.
struct BoundRow {
    private let statement: SQLiteStatement
    private var position: Int32 = 1
    /// SQLite copies the text before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ statement: Statement) {
        self.statement = statement.sqliteStatement
        sqlite3_reset(self.statement)
        sqlite3_clear_bindings(self.statement)
    }

    mutating func bind(_ value: Int64?) {
        if let value { sqlite3_bind_int64(statement, position, value) } else { sqlite3_bind_null(statement, position) }
        position += 1
    }

    mutating func bind(_ value: String?) {
        if var text = value {
            text.withUTF8 { bytes in
                let start = UnsafeRawPointer(bytes.baseAddress ?? UnsafePointer<UInt8>(bitPattern: 1).unsafelyUnwrapped)
                sqlite3_bind_text(statement, position, start.assumingMemoryBound(to: CChar.self), Int32(bytes.count), Self.transient)
            }
        } else {
            sqlite3_bind_null(statement, position)
        }
        position += 1
    }

    func run(_ db: Database) throws {
        let code = sqlite3_step(statement)
        sqlite3_reset(statement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
    }
}
