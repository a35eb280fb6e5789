#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Every opinion of the record, indexed for search; a summary of every
/// meeting; and the files that could not be read.
///
/// Loading goes through a derived cache, `DATA/.cache/search.bin`: the
/// meeting files stay the only truth; the cache records each file's size,
/// modification time and inode, and only files that differ are decoded
/// again. A missing, damaged or outdated cache is rebuilt, never trusted.
public struct SearchArchive {
    public var index: SearchIndex
    public var summaries: [MeetingSummary]
    public var failures: [StoreError]
    /// What happened to the cache: how many files were read afresh, and why it could not be saved.
    public var refreshed: Int
    public var cacheProblem: String?

    public static func cacheFile(_ data: DataDirectory) -> String { data.cache + "/search.bin" }

    public static func load(_ store: MeetingStore, topics: TopicCatalog) -> SearchArchive {
        let path = cacheFile(store.data)
        let key = cacheKey(topics)
        let files = store.meetingIDs().map { ($0, FileStat.of(store.data.meetingFile($0))) }
        var base = SearchSegment.read(path).flatMap { $0.topicsKey == key ? $0 : nil }
        let known = Dictionary((base?.meetings ?? []).enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var kept: [Int] = []
        var stale: [(MeetingID, FileStat)] = []
        for (id, stat) in files {
            guard let stat else { continue }
            if let at = known[id], base?.meetings[at].stat == stat { kept.append(at) } else { stale.append((id, stat)) }
        }
        if let current = base, stale.isEmpty, kept.count == current.meetings.count {
            return SearchArchive(index: SearchIndex(base: current), summaries: current.meetings.map(\.summary), failures: [],
                                 refreshed: 0, cacheProblem: nil)
        }
        let (fresh, failures) = decode(stale, store: store, topics: topics)
        if let current = base, fresh.isEmpty, kept.count == current.meetings.count {
            // Only broken files differ from the cache: nothing to write.
            return SearchArchive(index: SearchIndex(base: current), summaries: current.meetings.map(\.summary),
                                 failures: failures, refreshed: 0, cacheProblem: nil)
        }
        let summaries = (kept.compactMap { base?.meetings[$0].summary } + fresh.map(\.summary)).sorted { $0.id < $1.id }
        let writer = SegmentWriter(topicsKey: key, base: base, kept: kept, fresh: fresh)
        guard let built = writer.build() else {
            // Beyond 4 GB of text: index in memory from the files, as before the cache.
            let documents = store.loadAll().meetings.flatMap { SearchDocument.of($0.meeting, topics: topics) }
            return SearchArchive(index: SearchIndex(documents: documents), summaries: summaries, failures: failures,
                                 refreshed: fresh.count, cacheProblem: "the archive is too large for the search cache")
        }
        base = nil
        let problem = save(built, to: path, data: store.data)
        guard let segment = SearchSegment.wrap(built) else {
            return SearchArchive(index: SearchIndex(), summaries: summaries, failures: failures, refreshed: fresh.count,
                                 cacheProblem: "the search cache just built does not read back")
        }
        return SearchArchive(index: SearchIndex(base: segment), summaries: summaries, failures: failures,
                             refreshed: fresh.count, cacheProblem: problem)
    }

    /// What the cache depends on beside the files: its format, the folding, and the topics' names.
    static func cacheKey(_ topics: TopicCatalog) -> Int64 {
        let text = "format \(SearchSegment.version) folding 1\n" + topics.topics.map { "\($0.id.rawValue)\t\($0.name)" }.joined(separator: "\n")
        return Int64(bitPattern: FileFingerprint.fnv1a(Data(text.utf8)))
    }

    /// Reads the files on every core, each encoded for the cache at once so
    /// the meetings themselves are not all held together.
    private static func decode(_ files: [(MeetingID, FileStat)], store: MeetingStore,
                               topics: TopicCatalog) -> ([MeetingBlock], [StoreError]) {
        let slots = Slots<Result<MeetingBlock, StoreError>>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let (id, stat) = files[index]
            do {
                slots.set(index, .success(MeetingBlock(try store.load(id).meeting, stat: stat, topics: topics)))
            } catch let error as StoreError {
                slots.set(index, .failure(error))
            } catch {
                slots.set(index, .failure(.unreadable(path: store.data.meetingFile(id), location: nil, reason: "\(error)")))
            }
        }
        var blocks: [MeetingBlock] = [], failures: [StoreError] = []
        for result in slots.values {
            switch result {
            case .success(let block)?: blocks.append(block)
            case .failure(let error)?: failures.append(error)
            case nil: break
            }
        }
        return (blocks, failures)
    }

    /// Writes the cache beside the data (a temporary file renamed over the
    /// old one, so readers see the old or the new). No fsync: a cache torn by
    /// a crash fails its checksum and is rebuilt. Returns why it could not be written.
    private static func save(_ bytes: [UInt8], to path: String, data: DataDirectory) -> String? {
        do {
            try data.ensureFolder(data.cache)
            let temporary = path + ".\(getpid()).tmp"
            guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes),
                                                 attributes: [.posixPermissions: Int(AtomicFile.permissions)]) else {
                unlink(temporary)
                return "cannot write \(temporary): \(errnoText())"
            }
            guard rename(temporary, path) == 0 else {
                let reason = errnoText()
                unlink(temporary)
                return "cannot replace \(path): \(reason)"
            }
            return nil
        } catch {
            return "\(error)"
        }
    }
}

/// One result per task, each written once by the thread that made it and
/// read only after all are done.
final class Slots<Value>: @unchecked Sendable {
    private(set) var values: [Value?]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }
}
