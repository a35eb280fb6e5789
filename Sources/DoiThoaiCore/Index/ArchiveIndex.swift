#if canImport(Glibc)
import Glibc
#endif
import Foundation
import GRDB

/// Files done and files to do, reported while the index reads files.
public typealias IndexProgress = @Sendable (_ done: Int, _ total: Int) -> Void

/// The derived index of the whole archive, `DATA/.cache/index.sqlite`:
/// every question the screens and commands ask (the list, search,
/// follow-ups, the report, completion) is answered from it, never by
/// decoding the meeting files, which stay the only truth.
///
/// It is brought up to date file by file: each file's size, modification
/// time and inode are compared with what the index recorded, and only the
/// files that changed, appeared or vanished are read again, in one
/// transaction. An index that is missing, of another format, made with
/// other folding rules, truncated or not a database is never trusted: it is
/// built again beside the old one and renamed over it. When `DATA/.cache`
/// cannot be written the index is built in memory for the run.
public final class ArchiveIndex: @unchecked Sendable {
    public let store: MeetingStore
    /// The index in use; another one when it is found damaged (`recovering`).
    private var connection: IndexConnection
    private let connectionLock = NSLock()
    /// On disk, a pool: reads (search, F6, the list) on connections of their own beside the one
    /// writer, so a refresh never makes them wait (WAL). In memory, one queue.
    var database: any DatabaseWriter { current.database }
    /// Why the index is in memory for this run; nil when it is on disk.
    public var inMemoryBecause: String? { current.inMemoryBecause }
    private let state = NSLock()
    /// Held while the files are compared: one refresh at a time in this program.
    private let refreshing = NSLock()
    private var topicCatalog: TopicCatalog
    /// The meetings folder's modification time when the files were last compared.
    private var folderStamp: Int64?
    /// The meeting saved last by this program, as indexed: its next save folds only what changed.
    private var lastSaved: IndexedMeeting.Previous?
    /// The kernel's notices of files written in the meetings folder, made at the first look for changes.
    private var watch: FolderWatch?
    private var watching = false
    private var changes = 0
    /// A change noticed while another thread was comparing the files: the next look refreshes.
    private var missed = false

    public static func path(_ data: DataDirectory) -> String { data.cache + "/index.sqlite" }

    init(store: MeetingStore, connection: IndexConnection, topics: TopicCatalog) {
        self.store = store
        self.connection = connection
        topicCatalog = topics
    }

    private var current: IndexConnection {
        connectionLock.lock()
        defer { connectionLock.unlock() }
        return connection
    }

    /// Runs `work` on the index; when SQLite finds the index damaged inside
    /// (its header and size whole, a page of garbage within), the index is
    /// never trusted again: it is built anew from the files, and `work` runs once more on it.
    func recovering<T>(_ work: () throws -> T) throws -> T {
        let used = current
        do {
            return try work()
        } catch let error as DatabaseError where Self.isDamage(error) {
            try replace(damaged: used)
            return try work()
        }
    }

    /// What a damaged index answers: SQLite's "malformed", "not a database", or a table or column
    /// gone from under a program that opened it whole (dropped by hand).
    static func isDamage(_ error: DatabaseError) -> Bool {
        switch error.resultCode {
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: return true
        case .SQLITE_ERROR:
            let message = error.message ?? ""
            return message.hasPrefix("no such table") || message.hasPrefix("no such column")
        default: return false
        }
    }

    /// A new index in place of `damaged` (unless another thread replaced it already).
    private func replace(damaged: IndexConnection) throws {
        connectionLock.lock()
        defer { connectionLock.unlock() }
        guard connection === damaged, damaged.inMemoryBecause == nil else { return }
        damaged.lock?.unlock()
        connection = try IndexOpening(store: store, topics: topics, progress: nil, trustingDisk: false).connect()
        state.lock()
        folderStamp = nil
        lastSaved = nil
        changes += 1
        state.unlock()
    }

    func read<T>(_ value: (Database) throws -> T) throws -> T {
        try recovering { try database.read(value) }
    }

    func writeWithoutTransaction<T>(_ updates: (Database) throws -> T) throws -> T {
        try recovering { try database.writeWithoutTransaction(updates) }
    }

    public var topics: TopicCatalog {
        state.lock()
        defer { state.unlock() }
        return topicCatalog
    }

    /// Opens the index of `store` (building it when it must be) and brings
    /// it up to date with the files — unless `comparingFiles` is false: then
    /// the first `refreshIfFolderChanged()` compares every file (the program
    /// shows its list first and compares off the UI thread).
    public static func open(_ store: MeetingStore, topics: TopicCatalog, progress: IndexProgress? = nil,
                            comparingFiles: Bool = true) throws -> ArchiveIndex {
        let index = try IndexOpening(store: store, topics: topics, progress: progress).open()
        if comparingFiles { try index.refresh(progress: progress) }
        return index
    }

    /// Compares every file with the index and reads again those that changed;
    /// returns how many were read or forgotten (they vanished).
    @discardableResult
    public func refresh(progress: IndexProgress? = nil) throws -> Int {
        refreshing.lock()
        defer { refreshing.unlock() }
        return try refreshHoldingTurn(progress: progress)
    }

    /// With `look` (what a comparison of the files already found, see
    /// `answering`), only the files it found are looked at again.
    func refreshHoldingTurn(look: IndexRefresh.Plan? = nil, progress: IndexProgress?) throws -> Int {
        let stamp = beginLook()
        let catalog = topics
        let refresh = IndexRefresh(store: store, topics: catalog, progress: progress)
        var first = true
        let read = try recovering {
            defer { first = false }
            // Once the index was found damaged and built again, the look was of the old one.
            if let look, first { return try refresh.write(look, on: database) }
            return try refresh.run(on: database)
        }
        endLook(stamp: stamp, read: read)
        return read
    }

    /// Before the files are compared: the folder's stamp then (a change after it goes to the next look).
    func beginLook() -> Int64? {
        state.lock()
        _ = noticedChange()  // what happened before this comparison, it sees
        missed = false
        state.unlock()
        return Self.folderStamp(store.data)
    }

    /// After the files were compared and `read` of them read again or forgotten.
    func endLook(stamp: Int64?, read: Int) {
        state.lock()
        folderStamp = stamp
        if read > 0 { changes += 1 }
        state.unlock()
    }

    /// The comparison's turn held while `work` runs (one comparison at a time in this program).
    func holdingRefreshTurn<T>(_ work: () throws -> T) rethrows -> T {
        refreshing.lock()
        defer { refreshing.unlock() }
        return try work()
    }

    /// The connection in use now: another one once a damaged index was built again.
    var connectionInUse: IndexConnection { current }

    /// Refreshes only when a meeting file changed since the last look: the
    /// kernel's notices on the meetings folder (a file renamed in by a save or
    /// a `git pull`, written in place, removed), else its modification time.
    /// Cheap enough before every query. Returns how many files were read or forgotten.
    @discardableResult
    public func refreshIfFolderChanged(progress: IndexProgress? = nil) throws -> Int {
        state.lock()
        let seen = folderStamp
        let noticed = noticedChange() || missed
        state.unlock()
        guard seen == nil || noticed || Self.folderStamp(store.data) != seen else { return 0 }
        // Another thread is comparing the files (the program's first look after it starts takes seconds at
        // 10,000 meetings): answer from the index as it stands rather than wait. That refresh tells the
        // program when it changed something (the screen then asks again); the folder's stamp, taken before
        // it looked, and a notice kept here send any later change to the next look.
        guard refreshing.try() else {
            state.lock()
            if noticed { missed = true }
            state.unlock()
            return 0
        }
        defer { refreshing.unlock() }
        return try refreshHoldingTurn(progress: progress)
    }

    /// Whether the kernel noticed a meeting file change since the last call (under `state`); the watch is made at the first.
    private func noticedChange() -> Bool {
        if !watching {
            watching = true
            watch = FolderWatch(folder: store.data.meetings)
        }
        return watch?.changed() ?? false
    }

    /// How many refreshes have found changed files so far: a screen built
    /// at one count is out of date at another, whoever did the refresh.
    public var changeCount: Int {
        state.lock()
        defer { state.unlock() }
        return changes
    }

    /// The catalog changed (a topic added or renamed): opinions of renamed topics are indexed again.
    public func topicsChanged(_ catalog: TopicCatalog) throws {
        state.lock()
        topicCatalog = catalog
        state.unlock()
        try refresh()
    }

    /// A meeting the program just saved: its rows replaced in the same step, from the meeting in memory.
    public func saved(_ meeting: Meeting) throws {
        var trace = IndexTrace()
        guard let stat = FileStat.of(store.data.meetingFile(meeting.id)) else { return }
        let catalog = topics
        state.lock()
        let previous = lastSaved
        state.unlock()
        let indexed = IndexedMeeting(meeting, id: meeting.id, stat: stat, topics: catalog) { position, opinion in
            previous?.opinion(position, opinion, in: meeting, topics: catalog)
        }
        trace.mark("save: the meeting's rows and words made")
        try writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                trace.mark("save: write lock taken")
                let writer = IndexWriter(db: db)
                try writer.update(meeting.id, indexed)
                try writer.recordFile(meeting.id, stat: stat, problem: nil)
                try writer.finish()
                trace.mark("save: rows compared and written")
                return .commit
            }
            trace.mark("save: committed")
        }
        state.lock()
        lastSaved = IndexedMeeting.Previous(meeting: meeting, indexed: indexed, topics: catalog)
        state.unlock()
    }

    /// A meeting moved to the trash by the program.
    public func removed(_ id: MeetingID) throws {
        try writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                let writer = IndexWriter(db: db)
                try writer.remove(id)
                try writer.forgetFile(id)
                try writer.finish()
                return .commit
            }
        }
    }

    /// Files that could not be read, each "path: reason" in `language`, in file order.
    ///
    /// The index knows which files failed; why is said again from the file
    /// itself (a few at most, each read once more), so the reason comes in
    /// the reader's language, as `validate` gives it. The English text the
    /// index stored is the answer when the file no longer says (it changed since).
    public func failures(_ language: Language = .en) throws -> [String] {
        let folder = store.data.meetings
        let rows = try read { db in
            try Row.fetchAll(db, sql: "SELECT meeting, problem FROM files WHERE problem IS NOT NULL ORDER BY meeting")
                .map { (id: MeetingID($0[0] as String), stored: ($0[1] as String).replacingOccurrences(of: IndexRefresh.folderMark, with: folder)) }
        }
        return rows.map { row in
            do {
                _ = try store.load(row.id)
            } catch let error as StoreError {
                return error.text(language)
            } catch {}
            return row.stored
        }
    }

    /// How many opinions the index holds.
    public func opinionCount() throws -> Int {
        // From the counts kept by topic (IndexTally): counting the rows read the whole table, as no index is small.
        try read { db in try Int.fetchOne(db, sql: "SELECT coalesce(sum(count), 0) FROM opinion_tally") ?? 0 }
    }

    static func folderStamp(_ data: DataDirectory) -> Int64? {
        FileStat.of(data.meetings).map { $0.modified ^ Int64(bitPattern: $0.inode) }
    }
}

/// A lock on `DATA/.cache/index.lock`: shared while the index file is open,
/// exclusive for the moment a rebuilt index is renamed into place, so that
/// it never replaces an index another program is using.
final class IndexLock: @unchecked Sendable {
    private let descriptor: Int32

    init?(path: String) {
        descriptor = Glibc.open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o640)
        guard descriptor >= 0 else { return nil }
    }

    deinit { close(descriptor) }

    /// Tries for `seconds` to hold the lock alone; false when another program keeps the index open.
    func exclusive(seconds: Double) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        repeat {
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return true }
            usleep(20_000)
        } while Date() < end
        return false
    }

    func shared() { flock(descriptor, LOCK_SH) }
    func unlock() { flock(descriptor, LOCK_UN) }
}
