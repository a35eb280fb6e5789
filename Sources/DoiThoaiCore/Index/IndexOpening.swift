#if canImport(Glibc)
import Glibc
#endif
import Foundation
import GRDB

/// An open index: its database, and what must be let go with it.
final class IndexConnection: @unchecked Sendable {
    let database: any DatabaseWriter
    /// Why the index is in memory for this run; nil when it is on disk.
    let inMemoryBecause: String?
    /// Held (shared) while the index file is open, so a rebuild never renames over an index in use.
    let lock: IndexLock?
    /// A rebuilt index that could not replace the one another program has open: used for this run, then removed.
    let privateCopy: String?

    init(database: any DatabaseWriter, inMemoryBecause: String?, lock: IndexLock?, privateCopy: String?) {
        self.database = database
        self.inMemoryBecause = inMemoryBecause
        self.lock = lock
        self.privateCopy = privateCopy
    }

    deinit {
        if let privateCopy { IndexOpening.removeFiles(privateCopy) }
    }
}

/// Finds the index to use: the one on disk when it can be trusted, else one
/// built beside it and renamed over it (a crash mid-build leaves the old
/// index or none, never half of one), else one in memory.
struct IndexOpening {
    let store: MeetingStore
    let topics: TopicCatalog
    var progress: IndexProgress?
    /// False when the index on disk was found damaged: it is built again, never opened.
    var trustingDisk = true

    var data: DataDirectory { store.data }
    var path: String { ArchiveIndex.path(data) }

    func open() throws -> ArchiveIndex {
        ArchiveIndex(store: store, connection: try connect(), topics: topics)
    }

    func connect() throws -> IndexConnection {
        // The reason named is the folder: the messages around it say, in the reader's language, that it cannot be written.
        guard (try? data.ensureFolder(data.cache)) != nil, access(data.cache, W_OK) == 0,
              let lock = IndexLock(path: data.cache + "/index.lock") else {
            return try inMemory(because: data.cache)
        }
        removeAbandonedBuilds()
        lock.shared()
        var trace = IndexTrace()
        if trustingDisk, let current = Self.openIfCurrent(path) {
            trace.mark("opened")
            return index(current, lock: lock)
        }
        lock.unlock()
        // One program builds at a time; the others wait for it and share its index (IndexBuildTurn).
        let turn = IndexBuildTurn(cache: data.cache)
        if let turn, !turn.take(), turn.waitForTheBuilder(seconds: 600, progress: progress) {
            lock.shared()
            if let current = Self.openIfCurrent(path) {
                turn.giveUp()
                return index(current, lock: lock)
            }
            lock.unlock()
        }
        defer { turn?.giveUp() }
        var builder = self
        builder.progress = { [progress] done, total in
            turn?.tell(done: done, total: total)
            progress?(done, total)
        }
        let temporary = "\(path).\(getpid()).tmp\(UInt32.random(in: 0...UInt32.max))"
        do {
            try builder.build(at: temporary)
        } catch {
            Self.removeFiles(temporary)
            return try inMemory(because: "\(error)")
        }
        if lock.exclusive(seconds: 3) {
            Self.removeFiles(path)
            guard rename(temporary, path) == 0 else {
                lock.shared()
                return index(try Self.openShared(temporary), lock: nil, privateCopy: temporary)
            }
            AtomicFile.syncFolder(data.cache)
            lock.shared()
            return index(try Self.openShared(path), lock: lock)
        }
        // Another program has the index open: when it is a good one (it built it meanwhile), share it.
        lock.shared()
        if trustingDisk, let current = Self.openIfCurrent(path) {
            Self.removeFiles(temporary)
            return index(current, lock: lock)
        }
        lock.unlock()
        return index(try Self.openShared(temporary), lock: nil, privateCopy: temporary)
    }

    private func index(_ database: any DatabaseWriter, lock: IndexLock?, privateCopy: String? = nil) -> IndexConnection {
        IndexConnection(database: database, inMemoryBecause: nil, lock: lock, privateCopy: privateCopy)
    }

    private func inMemory(because reason: String) throws -> IndexConnection {
        let database = try DatabaseQueue()
        if !copyReadOnlyIndex(into: database) {
            try database.write { db in try IndexSchema.create(db, topics: topics) }
        }
        return IndexConnection(database: database, inMemoryBecause: reason, lock: nil, privateCopy: nil)
    }

    /// A current index in a folder this program cannot write (a read-only
    /// copy of the archive, another user's folder) is copied into memory,
    /// where only the files changed since it was written are read again:
    /// building it from every file took a minute at 2,000 meetings, for an
    /// answer the index on disk held. False when there is none to copy.
    private func copyReadOnlyIndex(into memory: DatabaseQueue) -> Bool {
        guard trustingDisk, Self.looksWhole(path), access(path, R_OK) == 0 else { return false }
        var configuration = Configuration()
        configuration.readonly = true
        // Immutable: no -wal or -shm can be made beside it, and nobody here writes it.
        let escaped = path.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "?", with: "%3F")
            .replacingOccurrences(of: "#", with: "%23")
        guard let disk = try? DatabaseQueue(path: "file:\(escaped)?immutable=1", configuration: configuration) else { return false }
        defer { try? disk.close() }
        guard (try? disk.read({ db in IndexSchema.isCurrent(db) })) == true, (try? disk.backup(to: memory)) != nil else { return false }
        // A copy that was damaged where the backup did not look is refused like one on disk.
        return (try? memory.read { db in try String.fetchOne(db, sql: "PRAGMA quick_check") }) == "ok"
    }

    /// Every file read into a new index at `file`: no journal, no sync, one
    /// transaction; the file is only used once it is complete.
    private func build(at file: String) throws {
        Self.removeFiles(file)
        // Readable by owner and group only from its first byte, as the meeting files: a build killed midway
        // must not leave a copy of citizens' names that anyone may read.
        let created = Glibc.open(file, O_CREAT | O_EXCL | O_WRONLY, 0o640)
        if created >= 0 { close(created) }
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536")
        }
        let queue = try DatabaseQueue(path: file, configuration: configuration)
        try queue.writeWithoutTransaction { db in
            try db.inTransaction {
                try IndexSchema.create(db, topics: topics, withIndexes: false)
                try Self.wordTableHash(db, bytes: Self.buildHashBytes)
                // No merging while the archive is written: its few large segments are placed once, below.
                try db.execute(sql: "INSERT INTO opinion_words(opinion_words, rank) VALUES ('automerge', 0)")
                var trace = IndexTrace()
                var refresh = IndexRefresh(store: store, topics: topics, progress: progress)
                refresh.intoEmptyIndex = true
                let opinionTally = OpinionTally()
                refresh.opinionTally = opinionTally
                try refresh.apply(db)
                trace.mark("files read and written")
                try db.execute(sql: IndexSchema.secondaryIndexes)
                trace.mark("secondary indexes made")
                try opinionTally.write(db)
                try db.execute(sql: IndexTally.followUpCounts + IndexTally.triggers)
                trace.mark("tallies made")
                try Self.wordTableHash(db, bytes: Self.everydayHashBytes)
                try db.execute(sql: "INSERT INTO opinion_words(opinion_words, rank) VALUES ('automerge', 4)")
                return .commit
            }
            try db.inTransaction {
                try WordTableLevels.lift(db)
                return .commit
            }
        }
        var trace = IndexTrace()
        try queue.close()
        trace.mark("closed after the build")
        chmod(file, 0o640)  // citizens' names and words: readable by owner and group only, as the meeting files
    }

    /// How many bytes of new words FTS5 gathers in memory before it writes
    /// them out as a segment of the word table. Its default (1 MB) made a
    /// first build write hundreds of small segments and merge them again and
    /// again: with 64 MB, 100,000 opinions' words take 1.4 s instead of 3.1 s.
    static let buildHashBytes = 64 << 20
    /// Kept in the index for every later transaction (a large refresh):
    /// fewer, larger segments, with memory bounded for the program.
    static let everydayHashBytes = 8 << 20

    static func wordTableHash(_ db: Database, bytes: Int) throws {
        try db.execute(sql: "INSERT INTO opinion_words(opinion_words, rank) VALUES ('hashsize', ?)", arguments: [bytes])
    }

    /// The index at `file` when this version wrote it with today's folding and it is whole; nil otherwise.
    static func openIfCurrent(_ file: String) -> DatabasePool? {
        guard looksWhole(file), let pool = try? openShared(file) else { return nil }
        // Asked on the writer's connection: it is open already (a reader would be one more to open).
        let current = (try? pool.writeWithoutTransaction { db in IndexSchema.isCurrent(db) }) ?? false
        if current { return pool }
        try? pool.close()
        return nil
    }

    /// Opened for sharing with other programs: WAL, and waiting rather than failing when another writes.
    /// A pool: one writer, and readers beside it that never wait for it (at most two: this machine's cores).
    static func openShared(_ file: String) throws -> DatabasePool {
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(120)
        // The index is derived: a commit needs no fsync of its own (the files are the truth, and an index
        // that lost its last transaction still records the old stat of the files it missed, so they are read
        // again); WAL keeps it whole. A larger page cache spares a refresh re-reading the same pages.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -16384") }
        configuration.maximumReaderCount = 2
        return try DatabasePool(path: file, configuration: configuration)
    }

    /// A SQLite file no shorter than its header says (a truncated copy is not).
    static func looksWhole(_ file: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: file) else { return false }
        defer { try? handle.close() }
        guard let header = try? handle.read(upToCount: 100), header.count == 100,
              header.prefix(16) == Data("SQLite format 3\0".utf8) else { return false }
        let bytes = [UInt8](header)
        var pageSize = Int(bytes[16]) << 8 | Int(bytes[17])
        if pageSize == 1 { pageSize = 65536 }
        let pages = Int(bytes[28]) << 24 | Int(bytes[29]) << 16 | Int(bytes[30]) << 8 | Int(bytes[31])
        let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        // The page count is only kept in the header when its "valid for" number is the change counter's.
        let countKept = bytes[24..<28] == bytes[92..<96]
        return pageSize >= 512 && size % pageSize == 0 && (!countKept || size >= pages * pageSize)
    }

    /// A database file and the journal files SQLite keeps beside it.
    static func removeFiles(_ file: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(file + suffix) }
    }

    /// `index.sqlite.<pid>.tmp` left by a program killed while building.
    private func removeAbandonedBuilds() {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: data.cache)) ?? [] {
            let parts = name.split(separator: ".")
            guard parts.count >= 4, name.hasPrefix("index.sqlite."), parts[3].hasPrefix("tmp"), let pid = Int32(parts[2]) else {
                continue
            }
            if pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH { unlink(data.cache + "/" + name) }
        }
    }
}
