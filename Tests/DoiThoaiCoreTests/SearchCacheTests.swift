import Foundation
import XCTest
@testable import DoiThoaiCore

/// The search cache: the same answers as reading every file, refreshed for
/// just the files that changed, rebuilt when damaged, never in the way.
final class SearchCacheTests: XCTestCase {
    var temp: TemporaryData!
    var cache: String { SearchArchive.cacheFile(temp.data) }

    override func setUpWithError() throws {
        temp = TemporaryData()
        _ = try SyntheticArchive(meetings: 24, opinionsPerMeeting: 20, seed: 11).write(to: temp.data)
    }

    func load() -> SearchArchive { SearchArchive.load(temp.store, topics: .standard) }

    /// Every query answered alike by the cached index and one built from the files in memory.
    func assertAgreesWithTheFiles(_ archive: SearchArchive, file: StaticString = #filePath, line: UInt = #line) {
        let meetings = temp.store.loadAll().meetings.map(\.meeting)
        let reference = SearchIndex(documents: meetings.flatMap { SearchDocument.of($0, topics: .standard) })
        XCTAssertEqual(archive.index.count, reference.count, file: file, line: line)
        XCTAssertEqual(archive.summaries, meetings.map(MeetingSummary.init), file: file, line: line)
        var names = NameCounts()
        for meeting in meetings { names.add(NameCounts(meeting)) }
        XCTAssertEqual(archive.names, names, "the names completion offers", file: file, line: line)
        var random = SyntheticArchive.Random(state: 5)
        let words = ["dat", "giai phong", "ngo", "\"mat bang\"", "thu tuc", "cap giay", "nguyen", "phuong", "xay", "an toan"]
        for round in 0..<60 {
            var filters = SearchFilters()
            filters.asOf = Day(year: 2024, month: 1, day: 1)
            if round % 3 == 0 { filters.topic = random.pick(SyntheticArchive.topics) }
            if round % 4 == 0 { filters.followUp = random.pick(SearchFilters.FollowUpState.allCases) }
            if round % 5 == 0 { filters.speaker = "nguyen" }
            if round % 6 == 0 { filters.organizer = "phuong" }
            if round % 7 == 0 { filters.kind = random.pick(OpinionKind.allCases) }
            if round % 8 == 0 { filters.from = Day(year: 2019, month: 1, day: 1); filters.to = Day(year: 2022, month: 12, day: 31) }
            let query = SearchQuery(random.pick(words), filters: filters)
            let expected = reference.search(query)
            let found = archive.index.search(query)
            XCTAssertEqual(found.total, expected.total, "“\(query)”", file: file, line: line)
            XCTAssertEqual(found.hits, expected.hits, "“\(query)”", file: file, line: line)
        }
    }

    func testTheCacheIsBuiltOnceThenTrustedWhileTheFilesStayTheSame() {
        let first = load()
        XCTAssertEqual(first.refreshed, 24)
        XCTAssertNil(first.cacheProblem)
        XCTAssertTrue(FileManager.default.fileExists(atPath: cache))
        assertAgreesWithTheFiles(first)
        let second = load()
        XCTAssertEqual(second.refreshed, 0, "nothing changed, nothing decoded")
        assertAgreesWithTheFiles(second)
    }

    func testAChangedFileIsReadAgainAloneAndTheOthersKept() throws {
        _ = load()
        let id = temp.store.meetingIDs()[3]
        let stored = try temp.store.load(id)
        var meeting = stored.meeting
        meeting.addOpinion { Opinion(id: $0, number: $1, speaker: "Lò Thị Xuyến", topic: "khac", text: "Cống rãnh ở xóm Quỳnh bị tắc") }
        meeting.opinions[0].text = "Đề nghị làm rõ thời hạn trả hồ sơ"
        try temp.store.save(meeting, over: stored.fingerprint)
        let archive = load()
        XCTAssertEqual(archive.refreshed, 1)
        XCTAssertEqual(archive.index.search(SearchQuery("xom quynh")).hits.map(\.meetingID), [id])
        assertAgreesWithTheFiles(archive)
        XCTAssertEqual(load().refreshed, 1, "a few changed files are laid over the cache, not rewritten into it")
        XCTAssertNil(try XCTUnwrap(archive.saveCache)())
        let saved = load()
        XCTAssertEqual(saved.refreshed, 0, "the cache brought up to date")
        XCTAssertNil(saved.saveCache)
        assertAgreesWithTheFiles(saved)
    }

    func testManyChangedFilesRewriteTheCacheAtOnce() throws {
        _ = load()
        for id in temp.store.meetingIDs().prefix(3) {
            let stored = try temp.store.load(id)
            var meeting = stored.meeting
            meeting.opinions[0].text = "Đề nghị sửa đường vào thôn Nà Sa"
            try temp.store.save(meeting, over: stored.fingerprint)
        }
        let archive = SearchArchive.load(temp.store, topics: .standard, rewriteAbove: 2)
        XCTAssertEqual(archive.refreshed, 3)
        XCTAssertNil(archive.saveCache, "already written")
        assertAgreesWithTheFiles(archive)
        XCTAssertEqual(load().refreshed, 0)
        XCTAssertEqual(load().index.search(SearchQuery("na sa")).total, 3)
    }

    /// A rewritten cache lists refreshed meetings last; rewriting it again must keep every list in order.
    func testTheCacheCanBeRewrittenAgainAndAgain() throws {
        _ = load()
        for round in 0..<3 {
            for id in temp.store.meetingIDs().dropFirst(round).prefix(2) {
                let stored = try temp.store.load(id)
                var meeting = stored.meeting
                meeting.opinions[0].text = "Lần sửa \(round): đề nghị nạo vét mương Khe \(round)"
                try temp.store.save(meeting, over: stored.fingerprint)
            }
            let archive = SearchArchive.load(temp.store, topics: .standard, rewriteAbove: 0)
            XCTAssertEqual(archive.refreshed, 2)
            XCTAssertEqual(archive.index.search(SearchQuery("nao vet muong khe \(round) ")).total, 2)
            assertAgreesWithTheFiles(archive)
        }
        assertAgreesWithTheFiles(load())
    }

    func testAddedAndRemovedFilesAreNoticed() throws {
        _ = load()
        var added = Factory.meeting(id: "2030-01-02-phuong-moi")
        added.opinions[0].text = "Phường mới đề nghị lắp đèn chiếu sáng"
        try temp.store.create(added)
        let removed = temp.store.meetingIDs()[0]
        try temp.store.trash(removed)
        for rewriteAbove in [100, 0] {
            let archive = SearchArchive.load(temp.store, topics: .standard, rewriteAbove: rewriteAbove)
            XCTAssertEqual(archive.refreshed, 1)
            XCTAssertEqual(archive.index.search(SearchQuery("den chieu sang")).total, 1)
            XCTAssertFalse(archive.summaries.contains { $0.id == removed })
            XCTAssertEqual(archive.index.search(SearchQuery("", filters: filters(meeting: removed))).total, 0)
            assertAgreesWithTheFiles(archive)
        }
        XCTAssertEqual(load().refreshed, 0)
    }

    func testADamagedCacheIsRebuiltNotTrusted() throws {
        _ = load()
        let good = try XCTUnwrap(FileManager.default.contents(atPath: cache))
        var flipped = good
        flipped[good.count / 2] ^= 0x5A
        for damage in [flipped, good.prefix(good.count / 3), Data("không phải bộ đệm".utf8), Data()] {
            FileManager.default.createFile(atPath: cache, contents: damage)
            let archive = load()
            XCTAssertEqual(archive.refreshed, 24, "a damaged cache is read as no cache")
            assertAgreesWithTheFiles(archive)
        }
    }

    func testAWriteCutShortByAKillIsCleanedUpByTheNextWrite() throws {
        _ = load()
        let abandoned = temp.data.cache + "/search.bin.999999.tmp"
        let running = temp.data.cache + "/search.bin.\(getppid()).tmp"
        for path in [abandoned, running] { FileManager.default.createFile(atPath: path, contents: Data("nửa chừng".utf8)) }
        try FileManager.default.removeItem(atPath: cache)
        _ = load()
        XCTAssertFalse(FileManager.default.fileExists(atPath: abandoned), "its process is gone")
        XCTAssertTrue(FileManager.default.fileExists(atPath: running), "its process may still be writing")
    }

    func testANewTopicKeepsTheCacheARenamedOneRebuildsIt() {
        _ = load()
        var added = TopicCatalog.standard
        _ = added.add(name: "Trật tự đô thị")
        XCTAssertEqual(SearchArchive.load(temp.store, topics: added).refreshed, 0, "no opinion names the new topic")
    }

    func testRenamedTopicsRebuildTheCache() {
        _ = load()
        var topics = TopicCatalog.standard
        topics.topics[0].name = "Thu hồi đất"
        let archive = SearchArchive.load(temp.store, topics: topics)
        XCTAssertEqual(archive.refreshed, 24)
        XCTAssertGreaterThan(archive.index.search(SearchQuery("thu hoi dat")).total, 0)
    }

    func testAReadOnlyFolderStillSearchesAndSaysWhyNothingWasCached() throws {
        try FileManager.default.createDirectory(atPath: temp.data.cache, withIntermediateDirectories: true)
        chmod(temp.data.cache, 0o500)
        defer { chmod(temp.data.cache, 0o750) }
        let archive = load()
        if getuid() != 0 { XCTAssertNotNil(archive.cacheProblem) }
        assertAgreesWithTheFiles(archive)
    }

    func testABrokenFileIsReportedEveryTimeWithoutRewritingTheCache() throws {
        temp.write("{ \"id\": ", as: "2031-01-01-hong")
        let first = load()
        XCTAssertEqual(first.failures.count, 1)
        let written = FileFingerprint.statFile(cache)
        let again = load()
        XCTAssertEqual(again.failures.count, 1)
        XCTAssertEqual(again.refreshed, 0)
        XCTAssertEqual(FileFingerprint.statFile(cache)?.modified, written?.modified, "the cache was not rewritten")
    }

    func testTheCachedIndexFollowsAddsEditsAndDeletes() throws {
        _ = load()
        let index = load().index
        let id = temp.store.meetingIDs()[5]
        var meeting = try temp.store.load(id).meeting
        let before = index.count
        meeting.addOpinion { Opinion(id: $0, number: $1, speaker: "Đinh Văn Bảy", topic: "khac", text: "Biển báo ở dốc Đỏ bị đổ") }
        index.replace(meeting: id, with: SearchDocument.of(meeting, topics: .standard))
        XCTAssertEqual(index.count, before + 1)
        XCTAssertEqual(index.search(SearchQuery("doc do")).hits.first?.speaker, "Đinh Văn Bảy")
        XCTAssertEqual(index.search(SearchQuery("", filters: filters(meeting: id))).total, meeting.opinions.count)
        let newest = index.search(SearchQuery("")).hits.map(\.date)
        XCTAssertEqual(newest, newest.sorted(by: >), "still newest first")
        index.remove(meeting: id)
        XCTAssertEqual(index.search(SearchQuery("doc do")).total, 0)
        XCTAssertEqual(index.count, before - meeting.opinions.count + 1)
    }

    /// The cache kept in memory (a folder that cannot be written) is byte for byte the one written, checksum included.
    func testTheCacheInMemoryIsTheCacheOnDisk() throws {
        _ = load()
        let base = try XCTUnwrap(SearchSegment.read(cache))
        var changed = Factory.meeting(id: "2030-05-05-moi")
        changed.opinions[1].text = "Xin hỏi thủ tục chuyển mục đích sử dụng đất"
        let block = MeetingBlock(changed, stat: FileStat(size: 1, modified: 2, inode: 3), topics: .standard)
        let plan = try XCTUnwrap(SegmentWriter(buildKey: 7, base: base, kept: Array(base.meetings.indices.dropFirst(2)), fresh: [block]).build())
        let written = temp.root + "/copy.bin"
        XCTAssertNil(plan.write(to: written))
        let onDisk = try XCTUnwrap(SearchSegment.read(written), "the written cache passes its checksum")
        let inMemory = try XCTUnwrap(plan.assemble())
        XCTAssertEqual(Array(onDisk.bytes), Array(inMemory.bytes))
        XCTAssertEqual(onDisk.meetings.count, base.meetings.count - 1)
        XCTAssertEqual(SearchIndex(base: onDisk).search(SearchQuery("chuyen muc dich")).hits.map(\.meetingID), ["2030-05-05-moi"])
        var hasher = CacheHasher(length: 23)
        let bytes = (0..<23).map { UInt8($0 * 7 & 0xFF) }
        bytes.withUnsafeBytes { all in
            for cut in [0..<3, 3..<4, 4..<13, 13..<23] { hasher.feed(UnsafeRawBufferPointer(rebasing: all[cut])) }
            XCTAssertEqual(hasher.finish(), cacheChecksum(all), "fed in pieces or at once, the same checksum")
        }
    }

    /// Bytes changed behind a valid checksum (a bug, or a file made by hand) are refused or
    /// read, never a crash: every number that points somewhere is checked.
    func testDamageBehindAValidChecksumNeverCrashes() throws {
        _ = load()
        let good = [UInt8](try XCTUnwrap(FileManager.default.contents(atPath: cache)))
        var random = SyntheticArchive.Random(state: 2024)
        var read = 0
        for round in 0..<(Int(ProcessInfo.processInfo.environment["DAMAGE_ROUNDS"] ?? "") ?? 300) {
            var bytes = good
            for _ in 0..<(1 + round % 4) {
                // Half the time in the first tenth: meetings, columns, offset tables.
                let span = round % 2 == 0 ? bytes.count / 10 : bytes.count - SearchSegment.bodyStart
                let at = SearchSegment.bodyStart + random.below(span)
                bytes[at] = round % 3 == 0 ? 0xFF : UInt8(truncatingIfNeeded: random.next())
            }
            let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 8)
            bytes.withUnsafeBytes { storage.copyMemory(from: $0) }
            let checksum = cacheChecksum(UnsafeRawBufferPointer(rebasing: storage[SearchSegment.bodyStart...]))
            storage.storeBytes(of: checksum.littleEndian, toByteOffset: 12, as: UInt64.self)
            guard let segment = try? SearchSegment(taking: storage) else { continue }
            read += 1
            let index = SearchIndex(base: segment)
            for text in ["dat", "giai phong ", "\"mat bang\"", ""] {
                var filters = SearchFilters()
                filters.speaker = round % 2 == 0 ? "nguyen" : nil
                _ = index.search(SearchQuery(text, filters: filters), limit: 50)
            }
            _ = segment.names()
            _ = segment.meetings.indices.map(segment.names(ofMeeting:))
        }
        XCTAssertGreaterThan(read, 0, "some damage lands in texts, which read as other texts")
    }

    private func filters(meeting: MeetingID) -> SearchFilters {
        var f = SearchFilters()
        f.meeting = meeting
        return f
    }
}
