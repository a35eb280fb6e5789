#if canImport(Glibc)
import Glibc
#endif
import Foundation
import GRDB
import XCTest
@testable import DoiThoaiCore

/// The index's refresh looks at each file once, answers readers while it
/// writes, and leaves to another program what that program already did;
/// a save lists no folder; a meeting's own names read back as written.
final class IndexSharingTests: XCTestCase {
    var temp: TemporaryData!

    override func setUpWithError() throws {
        temp = TemporaryData()
        _ = try SyntheticArchive(meetings: 12, opinionsPerMeeting: 6, seed: 5).write(to: temp.data)
    }

    func open() throws -> ArchiveIndex { try ArchiveIndex.open(temp.store, topics: .standard) }

    func change(_ id: MeetingID, _ text: String) throws {
        let stored = try temp.store.load(id)
        var meeting = stored.meeting
        meeting.opinions[0].text = text
        try temp.store.save(meeting, over: stored.fingerprint)
    }

    /// The files found changed by the first look are looked at again under
    /// the write lock: what another program indexed meanwhile is not read
    /// twice, what is still to do is.
    func testWhatAnotherProgramIndexedBetweenTheTwoLooksIsNotReadAgain() throws {
        let index = try open()
        let ids = temp.store.meetingIDs()
        try change(ids[1], "Mương thoát nước xóm Đình bị lấp")
        try change(ids[4], "Cột điện nghiêng ở ngõ Chùa")
        try FileManager.default.removeItem(atPath: temp.data.meetingFile(ids[7]))
        let refresh = IndexRefresh(store: temp.store, topics: .standard, progress: nil)
        let look = try index.database.read { db in try refresh.plan(db) }
        XCTAssertEqual(Set(look.changed.map(\.0)), [ids[1], ids[4]])
        XCTAssertEqual(look.vanished, [ids[7]])
        // Another program brings the index up to date meanwhile, then one more file changes.
        let other = try ArchiveIndex.open(temp.store, topics: .standard, comparingFiles: false)
        XCTAssertEqual(try other.refresh(), 3, "two read, one forgotten")
        try change(ids[4], "Cột điện nghiêng ở ngõ Chùa, đã báo điện lực")
        let again = try index.database.writeWithoutTransaction { db in try refresh.recheck(look, db) }
        XCTAssertEqual(again.changed.map(\.0), [ids[4]], "only what is still to do")
        XCTAssertEqual(again.vanished, [])
        XCTAssertEqual(try index.refresh(), 1)
        XCTAssertEqual(try index.search(SearchQuery("da bao dien luc")).hits.map(\.meetingID), [ids[4]])
        XCTAssertEqual(try index.refresh(), 0)
    }

    /// The side-by-side walk of the folder and the index's records finds
    /// files before, between and after the recorded ones, and records gone.
    func testTheFirstLookFindsNewAndVanishedFilesAtBothEnds() throws {
        let index = try open()
        let ids = temp.store.meetingIDs()
        for id: MeetingID in ["1999-01-01-dau", "2015-06-15-giua", "2099-12-31-cuoi"] {
            try temp.store.create(Factory.meeting(id: id, opinions: 1))
        }
        try FileManager.default.removeItem(atPath: temp.data.meetingFile(ids[0]))
        try FileManager.default.removeItem(atPath: temp.data.meetingFile(ids[ids.count - 1]))
        let plan = try index.database.read { db in try IndexRefresh(store: temp.store, topics: .standard, progress: nil).plan(db) }
        XCTAssertEqual(Set(plan.changed.map(\.0)), ["1999-01-01-dau", "2015-06-15-giua", "2099-12-31-cuoi"])
        XCTAssertEqual(Set(plan.vanished), [ids[0], ids[ids.count - 1]])
        XCTAssertEqual(try index.refresh(), 5, "three read, two forgotten")
        XCTAssertEqual(Set(try index.meetings().map(\.id)), Set(temp.store.meetingIDs()))
    }

    /// Reads go on while another connection holds the write lock (the
    /// program's search and F6 beside the refresh after its start).
    func testReadersDoNotWaitForTheWriter() throws {
        let index = try open()
        let held = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? index.database.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    try db.execute(sql: "DELETE FROM meetings")
                    held.signal()
                    release.wait()
                    return .rollback
                }
            }
            done.signal()
        }
        held.wait()
        let answered = DispatchSemaphore(value: 0)
        let count = Slots<Int>(count: 1)
        DispatchQueue.global().async {
            count.set(0, (try? index.meetings().count) ?? -1)
            answered.signal()
        }
        let inTime = answered.wait(timeout: .now() + 10) == .success
        release.signal()
        done.wait()
        XCTAssertTrue(inTime, "a read waited for the writer")
        XCTAssertEqual(count.values[0], 12, "and it saw the index as it was before the write")
    }

    /// While one thread compares the files, another's look before its query
    /// answers at once from the index as it stands; the next look after the
    /// comparison ended sees what changed meanwhile.
    func testALookDuringARefreshDoesNotWaitForIt() throws {
        let index = try open()
        let ids = temp.store.meetingIDs()
        try change(ids[2], "Rác thải tồn đọng ở chợ Hôm")
        let reading = DispatchSemaphore(value: 0), goOn = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            _ = try? index.refresh { _, _ in
                reading.signal()
                goOn.wait()
            }
            done.signal()
        }
        reading.wait()
        let started = Date()
        XCTAssertEqual(try index.refreshIfFolderChanged(), 0)
        XCTAssertEqual(try index.meetings().count, 12)
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
        try change(ids[3], "Đường làng ngập khi mưa")
        goOn.signal()
        done.wait()
        XCTAssertEqual(try index.search(SearchQuery("cho hom")).hits.map(\.meetingID), [ids[2]])
        XCTAssertEqual(try index.refreshIfFolderChanged(), 1, "the change made during the refresh is read next")
        XCTAssertEqual(try index.search(SearchQuery("duong lang ngap")).hits.map(\.meetingID), [ids[3]])
    }

    /// A temporary file a killed save left is removed when the meeting's lock is taken (not by listing the folder at every save).
    func testALeftoverOfADeadWriterGoesWhenTheLockIsTaken() throws {
        let id = temp.store.meetingIDs()[0]
        let leftover = temp.data.meetings + "/.\(id.rawValue).json.Ab12Cd"
        FileManager.default.createFile(atPath: leftover, contents: Data("half".utf8))
        let lock = try temp.store.lock(id)
        XCTAssertFalse(FileManager.default.fileExists(atPath: leftover))
        FileManager.default.createFile(atPath: leftover, contents: Data("half".utf8))
        lock.release()
        try change(id, "Lưu lại")  // takes the lock itself
        XCTAssertFalse(FileManager.default.fileExists(atPath: leftover))
    }

    /// A meeting's own names read back by the fast reader as JSONDecoder reads them, whatever the names hold.
    func testAMeetingsOwnNamesReadBackAsWritten() throws {
        let odd = ["Bà Đỗ Thị Hoa", "Ông \"Tư\" Lê", "a\\b/c", "tab\there", "dòng\nmới", "\u{1}x", "🌾 nông dân", "", "Ｆｕｌｌ"]
        var rows: [NameRow] = []
        for (n, name) in odd.enumerated() {
            rows.append(NameRow(key: NameKey(0, name), uses: n + 1))
            rows.append(NameRow(key: NameKey(5, name + IndexNames.detailMark + "xóm \(n)"), uses: n))
        }
        rows.append(NameRow(key: NameKey(3, "UBND phường"), uses: -2))
        rows.sort { $0.key < $1.key }
        func jsonDecoder(_ text: String) throws -> Set<String> {
            let object = try JSONDecoder().decode([String: [String: Int]].self, from: Data(text.utf8))
            return Set(object.flatMap { kind, counts in counts.map { "\(kind)|\($0.key)|\($0.value)" } })
        }
        let encoded = IndexNames.encode(rows)
        let read = try XCTUnwrap(IndexNamesReader.read(encoded))
        XCTAssertEqual(IndexNamesTests.lines(read), IndexNamesTests.lines(rows))
        XCTAssertEqual(IndexNamesTests.lines(read), try jsonDecoder(encoded))
        // As JSONEncoder writes it, escapes and all (indexes written before).
        let object: [String: [String: Int]] = ["0": Dictionary(uniqueKeysWithValues: odd.enumerated().map { ($1, $0 + 1) })]
        let plain = String(decoding: try JSONEncoder().encode(object), as: UTF8.self)
        XCTAssertEqual(IndexNamesTests.lines(try XCTUnwrap(IndexNamesReader.read(plain))), try jsonDecoder(plain))
        XCTAssertEqual(IndexNamesReader.read("{}")?.count, 0)
        for broken in ["", "{", "{\"0\":{\"a\":1}", "{\"0\":{\"a\":1.5}}", "{ \"0\":{}}", "{\"0\":{\"a\":\"1\"}}", "{\"0\":{\"\\ud83c\":1}}"] {
            XCTAssertNil(IndexNamesReader.read(broken), broken)
        }
        XCTAssertEqual(IndexNamesTests.lines(IndexNames.decode("{ \"0\" : { \"Lan\" : 2 } }")), ["0|Lan|2"],
                       "JSONDecoder reads what the reader refuses")
    }
}
