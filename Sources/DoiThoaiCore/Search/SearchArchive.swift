#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Every opinion of the record, indexed for search; a summary of every
/// meeting and the names typed in them; and the files that could not be read.
///
/// Loading goes through a derived cache, `DATA/.cache/search.bin`: the
/// meeting files stay the only truth; the cache records each file's size,
/// modification time and inode, and only files that differ are decoded
/// again. A missing, damaged or outdated cache is rebuilt, never trusted.
/// A few changed files are laid over the cache in memory; the cache itself
/// is rewritten when many have changed, or by `saveCache` when convenient.
public struct SearchArchive {
    public var index: SearchIndex
    public var summaries: [MeetingSummary]
    public var names: NameCounts
    public var failures: [StoreError]
    /// How many files were decoded because the cache did not describe them.
    public var refreshed: Int
    /// Why the cache could not be saved, when it could not.
    public var cacheProblem: String?
    /// Writes the cache brought up to date; nil when it already is. Safe on another thread.
    public var saveCache: (@Sendable () -> String?)?

    public static func cacheFile(_ data: DataDirectory) -> String { data.cache + "/search.bin" }

    /// Loads through the cache. `rewriteAbove`: how many changed files are
    /// laid over the cache before it is rewritten at once.
    public static func load(_ store: MeetingStore, topics: TopicCatalog, rewriteAbove: Int? = nil) -> SearchArchive {
        let path = cacheFile(store.data)
        let key = cacheKey
        let files = store.meetingIDs().map { ($0, FileStat.of(store.data.meetingFile($0))) }
        let base = SearchSegment.read(path).flatMap { $0.buildKey == key && $0.topicsAgree(with: topics) ? $0 : nil }
        let known = Dictionary((base?.meetings ?? []).enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var kept: [Int] = []
        var stale: [(MeetingID, FileStat)] = []
        for (id, stat) in files {
            guard let stat else { continue }
            if let at = known[id], base?.meetings[at].stat == stat { kept.append(at) } else { stale.append((id, stat)) }
        }
        let dropped = (base?.meetings.count ?? 0) - kept.count
        let overlayLimit = rewriteAbove ?? max(8, files.count / 100)
        let overlay = base != nil && stale.count + dropped <= overlayLimit
        let (fresh, failures) = decode(stale, store: store, topics: topics, keepDocuments: overlay)
        let summaries = (kept.compactMap { base?.meetings[$0].summary } + fresh.map(\.block.summary)).sorted { $0.id < $1.id }

        if let base, overlay {
            let writer = SegmentWriter(buildKey: key, base: base, kept: kept, fresh: fresh.map(\.block))
            let index = SearchIndex(base: base)
            var names = base.names()
            let keptSet = Set(kept)
            for (at, meeting) in base.meetings.enumerated() where !keptSet.contains(at) {
                index.remove(meeting: meeting.id)
                names.add(base.names(ofMeeting: at), sign: -1)
            }
            for (block, documents) in fresh {
                index.replace(meeting: block.id, with: documents)
                names.add(block.names)
            }
            let data = store.data
            let saveCache: @Sendable () -> String? = {
                guard let plan = writer.build() else { return "the archive is too large for the search cache" }
                return save(plan, to: path, data: data)
            }
            let upToDate = fresh.isEmpty && dropped == 0
            return SearchArchive(index: index, summaries: summaries, names: names, failures: failures, refreshed: fresh.count,
                                 cacheProblem: nil, saveCache: upToDate ? nil : saveCache)
        }
        let refreshed = fresh.count
        var plan = SegmentWriter(buildKey: key, base: base, kept: kept, fresh: (consume fresh).map(\.block)).build()
        guard plan != nil else {
            // Beyond 2 GB of text: index in memory from the files, as before the cache.
            let meetings = store.loadAll().meetings.map(\.meeting)
            var names = NameCounts()
            for meeting in meetings { names.add(NameCounts(meeting)) }
            return SearchArchive(index: SearchIndex(documents: meetings.flatMap { SearchDocument.of($0, topics: topics) }),
                                 summaries: summaries, names: names, failures: failures, refreshed: refreshed,
                                 cacheProblem: "the archive is too large for the search cache", saveCache: nil)
        }
        // Written to disk and read back, so the archive is never twice in
        // memory; kept in memory when it cannot be written.
        let problem = plan.flatMap { save($0, to: path, data: store.data) }
        let inMemory = problem == nil ? nil : plan?.assemble()
        plan = nil
        FreedMemory.giveBack()
        guard let segment = inMemory ?? SearchSegment.read(path) else {
            return SearchArchive(index: SearchIndex(), summaries: summaries, names: NameCounts(), failures: failures,
                                 refreshed: refreshed, cacheProblem: "the search cache just written does not read back", saveCache: nil)
        }
        return SearchArchive(index: SearchIndex(base: segment), summaries: summaries, names: segment.names(), failures: failures,
                             refreshed: refreshed, cacheProblem: problem, saveCache: nil)
    }

    /// What the cache depends on beside the files and the topics' names: its format and the folding.
    static let cacheKey = Int64(bitPattern: FileFingerprint.fnv1a(Data("format \(SearchSegment.version) folding 1 ids checked 1".utf8)))

    /// Reads the files on every core, each encoded for the cache at once so
    /// the meetings themselves are not all held together.
    private static func decode(_ files: [(MeetingID, FileStat)], store: MeetingStore, topics: TopicCatalog,
                               keepDocuments: Bool) -> ([(block: MeetingBlock, documents: [SearchDocument])], [StoreError]) {
        let slots = Slots<Result<(block: MeetingBlock, documents: [SearchDocument]), StoreError>>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let (id, stat) = files[index]
            do {
                let meeting = try store.load(id).meeting
                let documents = SearchDocument.of(meeting, topics: topics)
                let block = MeetingBlock(meeting, documents: documents, stat: stat)
                slots.set(index, .success((block, keepDocuments ? documents : [])))
            } catch let error as StoreError {
                slots.set(index, .failure(error))
            } catch {
                slots.set(index, .failure(.unreadable(path: store.data.meetingFile(id), location: nil, reason: "\(error)")))
            }
        }
        var decoded: [(block: MeetingBlock, documents: [SearchDocument])] = [], failures: [StoreError] = []
        for result in slots.values {
            switch result {
            case .success(let pair)?: decoded.append(pair)
            case .failure(let error)?: failures.append(error)
            case nil: break
            }
        }
        return (decoded, failures)
    }

    /// Writes the cache beside the data; why it could not be, when it could not.
    private static func save(_ plan: CachePlan, to path: String, data: DataDirectory) -> String? {
        do {
            try data.ensureFolder(data.cache)
        } catch {
            return "\(error)"
        }
        removeAbandonedWrites(in: data.cache)
        return plan.write(to: path)
    }

    /// Temporary files of writes cut short (the program killed while
    /// writing in the background): `search.bin.<pid>.tmp` whose process is gone.
    static func removeAbandonedWrites(in folder: String) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            let parts = name.split(separator: ".")
            guard parts.count == 4, name.hasPrefix("search.bin."), parts[3] == "tmp", let pid = Int32(parts[2]) else { continue }
            if pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH { unlink(folder + "/" + name) }
        }
    }
}
