#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The search cache read back: every opinion of the meetings it covers, with
/// the columns filters read held in arrays, and the documents, folded texts
/// and postings left as bytes, decoded only for what a query touches.
///
/// Layout (little-endian): magic, format version, checksum of the rest,
/// the key of the format and folding, topics with the names documents got, meetings (file stats, summary, documents
/// range), each meeting's names and their total, columns, newest-first
/// order, then tables of byte runs: documents, folded texts, folded
/// speakers, sorted words and their postings (document numbers as varint
/// deltas).
final class SearchSegment: @unchecked Sendable {
    static let magic = Array("DOITHOAI".utf8)
    static let version: UInt32 = 3
    /// Where the checksummed part begins.
    static let bodyStart = 20

    struct Meeting {
        var id: MeetingID
        var stat: FileStat
        var firstDocument: Int
        var documentCount: Int
        var organizerFolded: String
        var summary: MeetingSummary
    }

    private let storage: UnsafeMutableRawBufferPointer
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(storage) }
    let buildKey: Int64
    let topics: [TopicID]
    /// The name each topic had when its documents were made (the id when the catalog had none).
    let topicNames: [String]
    let meetings: [Meeting]
    let columns: SearchColumns
    let order: [Int32]
    let nameRuns: RunTable
    let totalNames: Range<Int>
    let documentRuns: RunTable
    let foldedRuns: RunTable
    let speakerRuns: RunTable
    let termRuns: RunTable
    /// Postings: ascending document numbers, each the varint of its distance from the one before.
    let postingRuns: RunTable

    var count: Int { columns.count }

    /// Takes ownership of `storage`; throws `ByteReader.Damaged` when it is
    /// not a whole cache. `verify` false skips the checksum of bytes just built.
    init(taking storage: UnsafeMutableRawBufferPointer, verify: Bool = true) throws {
        self.storage = storage
        let bytes = UnsafeRawBufferPointer(storage)
        do {
            guard bytes.count >= Self.bodyStart, Array(bytes[0..<8]) == Self.magic else { throw ByteReader.Damaged() }
            var r = ByteReader(bytes, from: 8)
            guard try r.u32() == Self.version else { throw ByteReader.Damaged() }
            let checksum = UInt64(bitPattern: try r.i64())
            guard !verify || checksum == cacheChecksum(UnsafeRawBufferPointer(rebasing: bytes[Self.bodyStart...])) else { throw ByteReader.Damaged() }
            buildKey = try r.i64()
            let topics = try r.strings().map { TopicID($0) }
            self.topics = topics
            topicNames = try r.strings()
            guard topicNames.count == topics.count else { throw ByteReader.Damaged() }
            var meetings: [Meeting] = []
            for _ in 0..<(try r.count()) {
                let id = MeetingID(try r.string())
                let stat = FileStat(size: try r.i64(), modified: try r.i64(), inode: try r.i64())
                let first = try r.count(), count = try r.count()
                let organizer = try r.string()
                meetings.append(Meeting(id: id, stat: stat, firstDocument: first, documentCount: count, organizerFolded: organizer,
                                        summary: try MeetingSummary.decode(from: &r)))
            }
            nameRuns = try RunTable(&r, count: meetings.count)
            let namesLength = try r.count()
            let namesStart = try r.skip(namesLength)
            totalNames = namesStart..<(namesStart + namesLength)
            let n = try r.count()
            var columns = SearchColumns()
            columns.dates = try r.int32s(n)
            columns.topicKeys = try r.int32s(n)
            columns.kinds = Array(bytes[try r.skip(n)..<r.offset])
            columns.dispositions = Array(bytes[try r.skip(n)..<r.offset])
            columns.numbers = try r.int32s(n)
            columns.meetingKeys = try r.int32s(n)
            columns.pendingDue = try r.int32s(n)
            columns.done = Array(bytes[try r.skip(n)..<r.offset])
            let order = try r.int32s(n)
            self.order = order
            documentRuns = try RunTable(&r, count: n)
            foldedRuns = try RunTable(&r, count: n)
            speakerRuns = try RunTable(&r, count: n)
            let terms = try r.count()
            termRuns = try RunTable(&r, count: terms)
            postingRuns = try RunTable(&r, count: terms)
            guard r.isAtEnd else { throw ByteReader.Damaged() }
            // Every number that indexes something else must be in range.
            guard meetings.allSatisfy({ $0.firstDocument <= n && $0.documentCount <= n - $0.firstDocument }),
                  columns.meetingKeys.allSatisfy({ $0 >= 0 && Int($0) < meetings.count }),
                  columns.topicKeys.allSatisfy({ $0 >= 0 && Int($0) < topics.count }),
                  order.allSatisfy({ $0 >= 0 && Int($0) < n }) else { throw ByteReader.Damaged() }
            self.meetings = meetings
            self.columns = columns
        } catch {
            storage.deallocate()
            throw error
        }
    }

    deinit { storage.deallocate() }

    /// Reads the cache file at `path`; nil when it is missing, unreadable or damaged.
    static func read(_ path: String) -> SearchSegment? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0 else { return nil }
        let size = Int(info.st_size)
        let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 8)
        var done = 0
        while done < size {
            let got = Glibc.read(fd, storage.baseAddress! + done, size - done)
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else {
                storage.deallocate()
                return nil
            }
            done += got
        }
        return try? SearchSegment(taking: storage)
    }

    func run(_ table: RunTable, _ i: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: bytes[table.range(i, in: bytes)])
    }

    /// Document `i` whole; nil if its bytes do not decode.
    func document(_ i: Int) -> SearchDocument? {
        let m = meetings[Int(columns.meetingKeys[i])]
        var r = ByteReader(bytes, from: documentRuns.range(i, in: bytes).lowerBound, to: documentRuns.range(i, in: bytes).upperBound)
        return try? SearchDocument.decode(from: &r, meeting: m.id, title: m.summary.title, organizer: m.summary.organizer,
                                          date: m.summary.date)
    }

    /// The first word at or after `word` in byte order, by binary search.
    func firstTerm(notBefore word: [UInt8]) -> Int {
        var low = 0, high = termRuns.count
        while low < high {
            let mid = (low + high) / 2
            if compareBytes(run(termRuns, mid), word) < 0 { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The words that start with `prefix`.
    func terms(startingWith prefix: [UInt8]) -> Range<Int> {
        let low = firstTerm(notBefore: prefix)
        var high = low
        while high < termRuns.count && run(termRuns, high).starts(with: prefix) { high += 1 }
        return low..<high
    }

    /// The word equal to `word`, if indexed.
    func term(_ word: [UInt8]) -> Int? {
        let at = firstTerm(notBefore: word)
        return at < termRuns.count && compareBytes(run(termRuns, at), word) == 0 ? at : nil
    }

    /// Calls `body` with each document holding word `t`, in ascending order.
    @inline(__always)
    func forEachPosting(_ t: Int, _ body: (Int) -> Void) {
        let range = postingRuns.range(t, in: bytes)
        var at = range.lowerBound
        let n = count
        var doc = -1
        while at < range.upperBound {
            var delta = 0, shift = 0
            while at < range.upperBound {
                let byte = bytes[at]
                at += 1
                delta |= Int(byte & 0x7F) << shift
                shift += 7
                if byte < 0x80 || shift > 28 { break }
            }
            doc += delta
            guard doc < n else { return }
            body(doc)
        }
    }

    /// Whether every topic the documents name still has the name they were made with.
    func topicsAgree(with catalog: TopicCatalog) -> Bool {
        zip(topics, topicNames).allSatisfy { id, name in (catalog.topic(id)?.name ?? id.rawValue) == name }
    }

    /// Names and their counts over every meeting the cache covers.
    func names() -> NameCounts {
        var r = ByteReader(bytes, from: totalNames.lowerBound, to: totalNames.upperBound)
        return (try? NameCounts.decode(from: &r)) ?? NameCounts()
    }

    /// The names of meeting `m` alone.
    func names(ofMeeting m: Int) -> NameCounts {
        let range = nameRuns.range(m, in: bytes)
        var r = ByteReader(bytes, from: range.lowerBound, to: range.upperBound)
        return (try? NameCounts.decode(from: &r)) ?? NameCounts()
    }
}

/// A table of `count` byte runs: `count + 1` offsets, then the bytes they cut.
struct RunTable {
    let offsets: Int
    let blob: Int
    let count: Int

    init(_ r: inout ByteReader, count: Int) throws {
        guard count >= 0 else { throw ByteReader.Damaged() }
        guard count < Int(UInt32.max) else { throw ByteReader.Damaged() }
        self.count = count
        offsets = try r.skip((count + 1) * 4)
        var previous: UInt32 = 0
        for i in 0...count {
            let value = r.base.loadUnaligned(fromByteOffset: offsets + i * 4, as: UInt32.self)
            guard value >= previous, i > 0 || value == 0 else { throw ByteReader.Damaged() }
            previous = value
        }
        blob = try r.skip(Int(previous))
    }

    @inline(__always)
    func range(_ i: Int, in bytes: UnsafeRawBufferPointer) -> Range<Int> {
        let start = Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offsets + i * 4, as: UInt32.self)))
        let end = Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offsets + i * 4 + 4, as: UInt32.self)))
        return (blob + start)..<(blob + end)
    }
}

/// Byte-wise order, the order of UTF-8 texts by code point.
func compareBytes(_ a: UnsafeRawBufferPointer, _ b: [UInt8]) -> Int {
    let n = min(a.count, b.count)
    if n > 0, let left = a.baseAddress {
        let result = b.withUnsafeBytes { right in right.baseAddress.map { memcmp(left, $0, n) } ?? 0 }
        if result != 0 { return Int(result) }
    }
    return a.count - b.count
}

/// Whether `needle` occurs in `haystack`: memchr to each place its first byte
/// occurs, then memcmp. Texts here are a few hundred bytes.
func bytes(_ haystack: UnsafeRawBufferPointer, contain needle: UnsafeRawBufferPointer) -> Bool {
    guard let first = needle.first, let needleStart = needle.baseAddress else { return true }
    guard haystack.count >= needle.count, var at = haystack.baseAddress else { return false }
    let last = at + (haystack.count - needle.count)
    while at <= last {
        guard let found = memchr(at, Int32(first), last - at + 1) else { return false }
        if memcmp(found, needleStart, needle.count) == 0 { return true }
        at = UnsafeRawPointer(found) + 1
    }
    return false
}
