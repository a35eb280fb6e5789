#if canImport(Glibc)
import Glibc
#endif
import Foundation
import XCTest
@testable import DoiThoaiCore

/// The index follows the files: changed, new, removed and rewritten files
/// are read again alone; a damaged or foreign index is rebuilt, never
/// trusted; a folder that cannot be written still answers.
final class IndexRefreshTests: XCTestCase {
    var temp: TemporaryData!
    var path: String { ArchiveIndex.path(temp.data) }

    override func setUpWithError() throws {
        temp = TemporaryData()
        _ = try SyntheticArchive(meetings: 12, opinionsPerMeeting: 8, seed: 11).write(to: temp.data)
    }

    func open() throws -> ArchiveIndex { try ArchiveIndex.open(temp.store, topics: .standard) }

    /// The index answers as the files do: every opinion, the list, the names.
    func assertAgreesWithTheFiles(_ index: ArchiveIndex, file: StaticString = #filePath, line: UInt = #line) throws {
        let meetings = temp.store.loadAll().meetings.map(\.meeting)
        let documents = meetings.flatMap { SearchDocument.of($0, topics: .standard) }.sorted(by: IndexAgreementTests.newestFirst)
        XCTAssertEqual(try index.search(SearchQuery("")).hits, documents, file: file, line: line)
        XCTAssertEqual(Set(try index.meetings().map(\.id)), Set(meetings.map(\.id)), file: file, line: line)
        var names = NameCounts()
        for meeting in meetings { names.add(NameCounts(meeting)) }
        try IndexQueryTests.assertDetailsAgree(index, names, file: file, line: line)
        names.details = [:]  // read apart, one per name
        XCTAssertEqual(try index.names(), names, file: file, line: line)
    }

    func testBuiltOnceThenTrustedWhileTheFilesStayTheSame() throws {
        let first = try open()
        XCTAssertNil(first.inMemoryBecause)
        XCTAssertTrue(FileManager.default.fileExists(atPath: path))
        try assertAgreesWithTheFiles(first)
        XCTAssertEqual(try first.refresh(), 0, "nothing changed, nothing read")
        XCTAssertEqual(try open().refresh(), 0)
    }

    func testChangedAddedRemovedAndSameSizeRewrittenFilesAreReadAgainAlone() throws {
        let index = try open()
        let ids = temp.store.meetingIDs()
        let stored = try temp.store.load(ids[3])
        var meeting = stored.meeting
        meeting.addOpinion { Opinion(id: $0, number: $1, speaker: "Lò Thị Xuyến", topic: "khac", text: "Cống rãnh ở xóm Quỳnh bị tắc") }
        try temp.store.save(meeting, over: stored.fingerprint)
        var added = Factory.meeting(id: "2024-01-02-moi", opinions: 1)
        added.opinions[0].text = "Đèn đường ngõ Hạ Hồi hỏng"
        try temp.store.create(added)
        try FileManager.default.removeItem(atPath: temp.data.meetingFile(ids[5]))
        XCTAssertEqual(try index.refresh(), 3, "the changed file and the new one read, the removed one forgotten")
        XCTAssertEqual(try index.search(SearchQuery("xom quynh")).hits.map(\.meetingID), [ids[3]])
        XCTAssertEqual(try index.search(SearchQuery("ha hoi")).hits.map(\.meetingID), ["2024-01-02-moi"])
        XCTAssertFalse(try index.meetings().contains { $0.id == ids[5] })
        try assertAgreesWithTheFiles(index)
        // Rewritten in place with the same size: only the modification time tells.
        let file = temp.data.meetingFile(ids[0])
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let original = try temp.store.load(ids[0]).meeting.opinions[0].text
        let replacement = String(repeating: "x", count: original.utf8.count)
        usleep(10_000)
        try Data(text.replacingOccurrences(of: original, with: replacement).utf8).write(to: URL(fileURLWithPath: file))
        XCTAssertEqual(FileStat.of(file)?.size, Int64(text.utf8.count))
        XCTAssertEqual(try index.refresh(), 1)
        XCTAssertEqual(try index.search(SearchQuery(replacement)).total, 1)
        try assertAgreesWithTheFiles(index)
    }

    func testAMissingTruncatedOrGarbageIndexIsRebuiltNotTrusted() throws {
        _ = try open()
        try FileManager.default.removeItem(atPath: path)
        try assertAgreesWithTheFiles(try open())
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        for damage in [whole.prefix(whole.count / 2), Data("hỏng rồi, không phải SQLite".utf8), Data(), whole.prefix(100)] {
            for suffix in ["-wal", "-shm"] { unlink(path + suffix) }
            try damage.write(to: URL(fileURLWithPath: path))
            let index = try open()
            XCTAssertNil(index.inMemoryBecause)
            try assertAgreesWithTheFiles(index)
        }
    }

    /// Garbage inside the index, its header, size and format intact (a bad
    /// sector, a copy cut and patched): the first query that meets it builds
    /// the index again and answers right, this time and every time after.
    func testAnIndexDamagedInsideIsBuiltAgainAtTheFirstQueryThatMeetsIt() throws {
        var pages: [Int] = []
        var pageSize = 4096
        do {
            let index = try open()
            try index.database.read { db in
                pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096
                pages = try Int.fetchAll(db, sql: """
                    SELECT pageno FROM dbstat WHERE name IN ('opinions', 'opinion_words_data', 'followups', 'meetings', 'files')
                    AND pageno > 1
                    """)
            }
        }  // closed: the write-ahead log is checkpointed into the file
        XCTAssertFalse(pages.isEmpty)
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        for page in pages {
            try handle.seek(toOffset: UInt64((page - 1) * pageSize))
            try handle.write(contentsOf: Data((0..<pageSize).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ page) }))
        }
        try handle.close()
        for _ in 0..<2 {
            let index = try open()
            XCTAssertNil(index.inMemoryBecause)
            try assertAgreesWithTheFiles(index)
            XCTAssertEqual(try index.followUps(FollowUpQuery(), asOf: try XCTUnwrap(Day(year: 2026, month: 11, day: 24))).count,
                           temp.store.loadAll().meetings.map(\.meeting.followUps.count).reduce(0, +))
            XCTAssertEqual(try index.failures(), [])
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: temp.data.cache).filter { $0.contains(".tmp") }
        XCTAssertEqual(leftovers, [], "the damaged index was replaced, not kept beside a private copy")
    }

    /// An index of the right format missing a table or an index (dropped by hand, a half-applied
    /// schema) is built again when opened; one dropped under an open program, at the first query.
    func testAnIndexMissingATableIsBuiltAgain() throws {
        let day = try XCTUnwrap(Day(year: 2026, month: 11, day: 24))
        let expected = temp.store.loadAll().meetings.map(\.meeting.followUps.count).reduce(0, +)
        try open().database.write { db in try db.execute(sql: "DROP TABLE followups") }
        let reopened = try open()
        XCTAssertEqual(try reopened.followUps(FollowUpQuery(), asOf: day).count, expected)
        try reopened.database.write { db in try db.execute(sql: "DROP INDEX meetings_by_day") }
        XCTAssertEqual(try open().followUps(FollowUpQuery(), asOf: day).count, expected)
        let running = try open()
        try running.database.write { db in try db.execute(sql: "DROP TABLE followups") }
        XCTAssertEqual(try running.followUps(FollowUpQuery(), asOf: day).count, expected)
        try assertAgreesWithTheFiles(running)
    }

    func testAnIndexOfAnotherFormatOrFoldingIsRebuilt() throws {
        let index = try open()
        try index.database.write { db in
            try db.execute(sql: "UPDATE meta SET value = '1' WHERE key = 'folding'")
            try db.execute(sql: "DELETE FROM opinions")
        }
        try assertAgreesWithTheFiles(try open())
        try index.database.write { db in try db.execute(sql: "PRAGMA user_version = 0") }
        try assertAgreesWithTheFiles(try open())
    }

    func testABuildCutShortLeavesNothingBehindAndTheOldIndexWorks() throws {
        _ = try open()
        let abandoned = temp.data.cache + "/index.sqlite.999999.tmp"
        FileManager.default.createFile(atPath: abandoned, contents: Data("half".utf8))
        try assertAgreesWithTheFiles(try open())
        XCTAssertFalse(FileManager.default.fileExists(atPath: abandoned), "the build of a process that is gone is removed")
    }

    func testAnIndexBeingBuiltIsNeverReadableByOthers() throws {
        umask(0o002)  // a umask that lets others read what is created with 0644
        defer { umask(0o022) }
        let modes = Locked<[mode_t]>([])
        let cache = temp.data.cache
        let progress: IndexProgress = { _, _ in
            for name in (try? FileManager.default.contentsOfDirectory(atPath: cache)) ?? [] where name.contains(".tmp") {
                var info = stat()
                if stat(cache + "/" + name, &info) == 0 { modes.value.append(info.st_mode & 0o777) }
            }
        }
        _ = try ArchiveIndex.open(temp.store, topics: .standard, progress: progress)
        XCTAssertFalse(modes.value.isEmpty, "the build was seen under way")
        XCTAssertTrue(modes.value.allSatisfy { $0 & 0o007 == 0 }, "modes while building: \(modes.value.map { String($0, radix: 8) })")
        var info = stat()
        XCTAssertEqual(stat(path, &info), 0)
        XCTAssertEqual(info.st_mode & 0o007, 0)
    }

    func testAFolderThatCannotBeWrittenIsIndexedInMemory() throws {
        // A file where the cache folder should be: the index cannot be saved (as in a read-only folder, which root ignores).
        FileManager.default.createFile(atPath: temp.data.cache, contents: Data())
        let index = try open()
        XCTAssertNotNil(index.inMemoryBecause)
        try assertAgreesWithTheFiles(index)
    }

    func testAFileThatCannotBeReadIsReportedEveryTimeWithoutBeingReadAgain() throws {
        _ = try open()
        temp.write("{ \"schemaVersion\": 1, \"id\": ", as: "2020-01-01-hong")
        let first = try open()
        XCTAssertEqual(try first.failures().count, 1)
        let failure = try first.failures()[0]
        XCTAssertTrue(failure.contains("2020-01-01-hong.json"), failure)
        XCTAssertTrue(failure.hasPrefix(temp.data.meetings), "named by its path")
        let second = try open()
        XCTAssertEqual(try second.refresh(), 0, "not read again while it stays the same")
        XCTAssertEqual(try second.failures(), try first.failures(), "and still reported")
        try FileManager.default.removeItem(atPath: temp.data.meetingFile("2020-01-01-hong"))
        XCTAssertEqual(try second.refresh(), 1, "the removed file forgotten")
        XCTAssertEqual(try second.failures(), [])
    }

    func testARenamedTopicIsFoundByItsNewNameAndANewTopicChangesNothing() throws {
        let index = try open()
        var catalog = TopicCatalog.standard
        catalog.topics.append(Topic(id: "moi-truong", name: "Môi trường", nameEn: "Environment"))
        try index.topicsChanged(catalog)
        XCTAssertEqual(try index.search(SearchQuery("moi truong ")).total, 0)
        var hoTich = SearchFilters()
        hoTich.topic = "ho-tich"
        let opinions = try index.search(SearchQuery("", filters: hoTich)).total
        XCTAssertGreaterThan(opinions, 0)
        XCTAssertEqual(try index.search(SearchQuery("quoc tich xyzw")).total, 0)
        if let at = catalog.topics.firstIndex(where: { $0.id == "ho-tich" }) { catalog.topics[at].name = "Hộ tịch, quốc tịch Xyzw" }
        try index.topicsChanged(catalog)
        XCTAssertEqual(try index.search(SearchQuery("quoc tich xyzw")).total, opinions)
        XCTAssertEqual(try ArchiveIndex.open(temp.store, topics: catalog).refresh(), 0, "the new names are recorded")
    }

    func testASaveByTheProgramUpdatesTheIndexInTheSameStep() throws {
        let index = try open()
        let id = temp.store.meetingIDs()[2]
        let stored = try temp.store.load(id)
        var meeting = stored.meeting
        meeting.opinions[0].text = "Vỉa hè phố Trạm bị lấn chiếm"
        try temp.store.save(meeting, over: stored.fingerprint)
        try index.saved(meeting)
        XCTAssertEqual(try index.search(SearchQuery("via he pho tram")).hits.map(\.meetingID), [id])
        XCTAssertEqual(try index.refresh(), 0, "the save recorded the file as it is now")
        try temp.store.trash(id)
        try index.removed(id)
        XCTAssertEqual(try index.search(SearchQuery("via he pho tram")).total, 0)
        try assertAgreesWithTheFiles(index)
    }

    func testMeetingsOfOneDayKeepTheirOrderAsMoreArrive() throws {
        let index = try open()
        var ids: [MeetingID] = []
        for (n, place) in ["m", "c", "x", "a", "d", "b"].enumerated() {
            var m = Factory.meeting(id: MeetingID("2030-05-05-\(place)"), opinions: 2)
            m.opinions[0].text = "cùng ngày \(n)"
            try temp.store.create(m)
            ids.append(m.id)
            try index.refresh()
        }
        let found = try index.search(SearchQuery("cung ngay")).hits.map(\.meetingID)
        XCTAssertEqual(found, ids.sorted())
        try assertAgreesWithTheFiles(index)
    }

    func testTwoProgramsIndexingAtOnceBothEndRight() throws {
        let results = Slots<Result<[MeetingSummary], Error>>(count: 2)
        let store = temp.store
        DispatchQueue.concurrentPerform(iterations: 2) { n in
            results.set(n, Result { try ArchiveIndex.open(store, topics: .standard).meetings() })
        }
        let expected = temp.store.loadAll().meetings.map { MeetingSummary($0.meeting) }
            .sorted { $0.date != $1.date ? $0.date > $1.date : $0.id < $1.id }
        for result in results.values { XCTAssertEqual(try result?.get(), expected) }
        XCTAssertEqual(try open().refresh(), 0, "one index was kept, and it is current")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: temp.data.cache).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [])
    }
}
