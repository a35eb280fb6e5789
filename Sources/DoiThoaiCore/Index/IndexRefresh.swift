#if canImport(Glibc)
import Glibc
#endif
import Foundation
import GRDB

/// Brings the index up to date with the meeting files: compares each file's
/// size, modification time and inode with what the index recorded, reads
/// again (on every core) only the files that changed or appeared, forgets
/// those that vanished, and writes it all in one transaction.
struct IndexRefresh {
    let store: MeetingStore
    let topics: TopicCatalog
    let progress: IndexProgress?
    /// Set for a first build into an empty index: every file is new, so each batch adds its
    /// meetings' names to the totals on its own thread, and the writer only inserts.
    var intoEmptyIndex = false
    /// Given for a first build: its opinions counted where the files are read, for `opinion_tally`.
    var opinionTally: OpinionTally?

    /// Stands for the meetings folder in recorded problems, so that a moved data folder still names its files.
    static let folderMark = "\u{1}meetings"
    /// Files read together, then written together: memory stays bounded on a large archive.
    static let batchSize = 96
    /// How many batches may be read before the writer takes them (memory: each is about 10 MB at 50 opinions a meeting).
    static let readAhead = 3

    /// What changed since the index was written.
    struct Plan {
        var changed: [(MeetingID, FileStat)] = []
        var vanished: [MeetingID] = []
        var topicsDiffer = false
        var isEmpty: Bool { changed.isEmpty && vanished.isEmpty && !topicsDiffer }
    }

    /// Refreshes the index behind `database`; returns how many files were read or forgotten.
    /// Looks first without locking (every file's stat, once); then, under
    /// SQLite's write lock, looks again only at what that look found (another
    /// program may have done the work meanwhile) and writes it.
    func run(on database: any DatabaseWriter) throws -> Int {
        var trace = IndexTrace()
        let look = compare(try database.read { db in try records(db) })
        trace.mark("looked at the files")
        return try write(look, on: database)
    }

    /// Writes what `look` (a comparison of the files with the index) found,
    /// after looking again under SQLite's write lock at just those files.
    func write(_ look: Plan, on database: any DatabaseWriter) throws -> Int {
        var trace = IndexTrace()
        if look.isEmpty { return 0 }
        return try database.writeWithoutTransaction { db in
            var read = 0
            try db.inTransaction(.immediate) {
                let plan = try recheck(look, db)
                trace.mark("looked again under the write lock at the \(look.changed.count + look.vanished.count) files found")
                if !plan.isEmpty { read = try apply(db, plan: plan) }
                trace.mark("applied")
                return .commit
            }
            trace.mark("committed")
            return read
        }
    }

    /// Compares the files with the index inside the caller's transaction and writes what differs.
    @discardableResult
    func apply(_ db: Database, plan given: Plan? = nil) throws -> Int {
        var trace = IndexTrace()
        let plan = try given ?? plan(db)
        trace.mark("planned under the write lock")
        let writer = IndexWriter(db: db)
        for id in plan.vanished {
            try writer.remove(id)
            try writer.forgetFile(id)
        }
        let files = plan.changed
        trace.mark("vanished removed")
        var done = 0
        var removing = 0.0, updating = 0.0, waiting = 0.0
        let chunks = Self.batches(files)
        let namesRead = IndexNames()
        let termsRead = IndexTerms()
        // Batches are read one after another on `reading` (each on every core), up to `readAhead` of them
        // ahead of the writer, the critical path of a build: it never waits for a batch while it could write.
        let reading = DispatchQueue(label: "doithoai.index.reading")
        var ahead: [DecodingBatch] = []
        var queued = 0
        func readAhead() {
            while ahead.count < Self.readAhead && queued < chunks.count {
                ahead.append(DecodingBatch(chunks[queued], refresh: self, on: reading, names: intoEmptyIndex ? namesRead : nil,
                                           terms: intoEmptyIndex ? termsRead : nil, tally: opinionTally))
                queued += 1
                // Every batch counted: the names' totals are put in order there, not on the writer.
                if queued == chunks.count && intoEmptyIndex { reading.async { namesRead.putInOrder() } }
            }
        }
        readAhead()
        while !ahead.isEmpty {
            let batch = ahead.removeFirst()
            var clock = DispatchTime.now().uptimeNanoseconds
            func lap() -> Double {
                let now = DispatchTime.now().uptimeNanoseconds
                defer { clock = now }
                return Double(now - clock) / 1e6
            }
            var results = batch.wait()
            waiting += lap()
            if intoEmptyIndex { Self.putInRowOrder(&results) }
            readAhead()
            for (id, outcome) in results {
                _ = lap()
                switch outcome {
                case .indexed(let meeting):
                    if intoEmptyIndex { try writer.insert(id, meeting) } else { try writer.update(id, meeting) }
                    try writer.recordFile(id, stat: meeting.stat, problem: nil)
                    updating += lap()
                case .unreadable(let stat, let problem):
                    try writer.remove(id)
                    try writer.recordFile(id, stat: stat, problem: problem)
                    removing += lap()
                case .vanished:
                    try writer.remove(id)
                    try writer.forgetFile(id)
                    removing += lap()
                }
            }
            done += results.count
            progress?(done, files.count)
            // Freed on another thread: the writer is the build's critical path.
            DispatchQueue.global().async { [results] in withExtendedLifetime(results) {} }
        }
        trace.mark("\(files.count) files written (waiting for reads \(Int(waiting)) ms, removing \(Int(removing)) ms, writing \(Int(updating)) ms)")
        reading.sync {}  // the names put in order
        writer.names.absorb(namesRead)
        writer.terms.absorb(termsRead)
        // Into an empty table: every total is new, appended in key order (no conflict to look for, nothing to prune).
        writer.names.appending = intoEmptyIndex
        try writer.finish()
        trace.mark("names written")
        if plan.topicsDiffer { try IndexSchema.saveTopics(db, topics) }
        return files.count + plan.vanished.count
    }

    /// What the index recorded of the files (by id, in byte order), and the topics renamed since.
    struct Records {
        var files: [(id: String, stat: FileStat)] = []
        var rewrite: Set<String> = []
        var topicsDiffer = false
    }

    /// Files whose size, modification time or inode differ from the index's
    /// record, files it does not know, files it knows that are gone, and
    /// files holding opinions of a topic renamed since.
    func plan(_ db: Database) throws -> Plan {
        compare(try records(db))
    }

    /// The index's side of `plan`, read in one go: a short read, after which
    /// the files are compared with no transaction open (a command answers
    /// from the index meanwhile, see `FileComparison`).
    func records(_ db: Database) throws -> Records {
        let topical = try topicChanges(db)
        var records = Records(rewrite: topical.rewrite, topicsDiffer: topical.differ)
        // BINARY collation: the byte order the folder's files are put in.
        let rows = try Row.fetchCursor(db, sql: "SELECT meeting, size, mtime, inode FROM files ORDER BY meeting")
        while let row = try rows.next() { records.files.append(Self.recorded(row)) }
        return records
    }

    /// The files (one `stat` each) against `records`: both walked side by
    /// side in the same byte order, no table of 10,000 names built.
    func compare(_ records: Records) -> Plan {
        var plan = Plan()
        plan.topicsDiffer = records.topicsDiffer
        let known = records.files
        var next = 0
        for file in MeetingFolderScan.files(in: store.data.meetings) {
            let name = file.id
            var recorded: FileStat?
            while next < known.count, MeetingFolderScan.precedes(known[next].id, name) {
                plan.vanished.append(MeetingID(known[next].id))
                next += 1
            }
            if next < known.count, known[next].id == name {
                recorded = known[next].stat
                next += 1
            }
            guard let stat = file.stat else {
                if recorded != nil { plan.vanished.append(MeetingID(name)) }
                continue
            }
            if recorded != stat || records.rewrite.contains(name) { plan.changed.append((MeetingID(name), stat)) }
        }
        for rest in known[next...] { plan.vanished.append(MeetingID(rest.id)) }
        plan.changed.sort(by: Self.newestDayFirst)
        return plan
    }

    /// What a first look found, looked at again under the write lock: only
    /// those files (another program may have indexed them meanwhile) and the
    /// topics. A file changed since the first look is left to the next
    /// refresh (the folder's stamp was taken before the look).
    func recheck(_ look: Plan, _ db: Database) throws -> Plan {
        var plan = Plan()
        let topical = try topicChanges(db)
        plan.topicsDiffer = topical.differ
        let statement = try db.cachedStatement(sql: "SELECT meeting, size, mtime, inode FROM files WHERE meeting = ?")
        func recorded(_ id: MeetingID) throws -> FileStat? {
            try Row.fetchOne(statement, arguments: [id.rawValue]).map(Self.recorded)?.1
        }
        var looked = Set<String>()
        for id in look.changed.map(\.0) + look.vanished {
            looked.insert(id.rawValue)
            let known = try recorded(id)
            guard let stat = FileStat.of(store.data.meetingFile(id)) else {
                if known != nil { plan.vanished.append(id) }
                continue
            }
            if known != stat || topical.rewrite.contains(id.rawValue) { plan.changed.append((id, stat)) }
        }
        // A topic renamed between the two looks: its meetings too.
        for name in topical.rewrite.subtracting(looked).sorted() {
            let id = MeetingID(name)
            if let stat = FileStat.of(store.data.meetingFile(id)) { plan.changed.append((id, stat)) }
        }
        plan.vanished.sort { $0.rawValue < $1.rawValue }
        plan.changed.sort(by: Self.newestDayFirst)
        return plan
    }

    private static func recorded(_ row: Row) -> (String, FileStat) {
        (row[0], FileStat(size: row[1], modified: row[2], inode: UInt64(bitPattern: row[3] as Int64)))
    }

    /// Newest day first, as the opinions' row numbers go: the tables and the word lists then grow at one end.
    private static func newestDayFirst(_ a: (MeetingID, FileStat), _ b: (MeetingID, FileStat)) -> Bool {
        let x = a.0.rawValue.prefix(10), y = b.0.rawValue.prefix(10)
        return x != y ? x > y : a.0.rawValue < b.0.rawValue
    }

    /// The meetings holding opinions of a topic renamed (or gone) since the
    /// index was written, and whether the catalog differs from the one it recorded.
    private func topicChanges(_ db: Database) throws -> (rewrite: Set<String>, differ: Bool) {
        let known = try IndexSchema.topicNames(db)
        let renamed = topics.topics.filter { known[$0.id] != nil && known[$0.id] != $0.name }.map(\.id.rawValue)
            + known.keys.filter { topics.topic($0) == nil }.map(\.rawValue)
        var rewrite = Set<String>()
        if !renamed.isEmpty {
            // Through the topics' words (IndexedOpinion.topicWord): there is no index of the opinions by topic.
            let words = renamed.map { SearchSQL.quoted(IndexedOpinion.topicWord(TopicID($0))) }.joined(separator: " OR ")
            rewrite = Set(try String.fetchAll(db, sql: """
                SELECT DISTINCT o.meeting FROM opinion_words CROSS JOIN opinions o ON o.rowid = opinion_words.rowid
                WHERE opinion_words MATCH ?
                """, arguments: [words]))
        }
        let differ = IndexSchema.topicSignature(topics) != (try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'topics'"))
        return (rewrite, differ)
    }

    /// What reading one file gave.
    enum Outcome: Sendable {
        case indexed(IndexedMeeting)
        case unreadable(FileStat, String)
        case vanished
    }

    /// Reads one file: its stat first, so that a change made while it is read shows at the next refresh.
    func read(_ id: MeetingID) -> Outcome {
        let path = store.data.meetingFile(id)
        guard let stat = FileStat.of(path) else { return .vanished }
        do {
            let meeting = try store.load(id).meeting
            return .indexed(IndexedMeeting(meeting, id: id, stat: stat, topics: topics))
        } catch {
            return .unreadable(stat, "\(error)".replacingOccurrences(of: store.data.meetings, with: Self.folderMark))
        }
    }
}

/// One batch of files being read on every core while the previous batch is written.
final class DecodingBatch: @unchecked Sendable {
    private let ids: [MeetingID]
    private var results: [IndexRefresh.Outcome] = []
    private let group = DispatchGroup()

    /// With `names`, the batch's meetings' names are added to it once read (on `queue`, which must
    /// then be serial: only one batch adds at a time) and marked counted.
    /// With `terms`, their long words are gathered there (and taken off the meetings), and with
    /// `tally` their opinions counted (on `queue` as well).
    init(_ files: [(MeetingID, FileStat)], refresh: IndexRefresh, on queue: DispatchQueue = .global(), names: IndexNames? = nil,
         terms: IndexTerms? = nil, tally: OpinionTally? = nil) {
        ids = files.map(\.0)
        let ids = self.ids
        queue.async(group: group) { [self] in
            let slots = Slots<IndexRefresh.Outcome>(count: ids.count)
            DispatchQueue.concurrentPerform(iterations: ids.count) {
                ReadingPriority.yieldToTheWriter()
                slots.set($0, refresh.read(ids[$0]))
            }
            var results = slots.values.map { $0 ?? .vanished }
            if let tally {
                for case .indexed(let meeting) in results { tally.add(meeting) }
            }
            if let names {
                for i in results.indices {
                    guard case .indexed(var meeting) = results[i] else { continue }
                    names.add(meeting.nameRows)
                    meeting.namesCounted = true
                    if let terms {
                        terms.add(meeting.longTerms)
                        meeting.longTerms = []
                    }
                    results[i] = .indexed(meeting)
                }
            }
            self.results = results
        }
    }

    func wait() -> [(MeetingID, IndexRefresh.Outcome)] {
        group.wait()
        defer { results = [] }
        return Array(zip(ids, results))
    }
}

/// The files are read ahead of the one thread that writes the index, which
/// is the build's critical path: on two cores the reading threads took a
/// sixth of its time from it. They run at the nicest priority (Linux gives each
/// thread its own nice value), so the writer keeps a core.
enum ReadingPriority {
    private static let base = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)

    static func yieldToTheWriter() {
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, min(base + 19, 19))
    }
}
