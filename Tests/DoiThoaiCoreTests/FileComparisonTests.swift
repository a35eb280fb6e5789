#if canImport(Glibc)
import Glibc
#endif
import Foundation
import XCTest
@testable import DoiThoaiCore

/// A command answers from the index while another thread compares the
/// files with it: the answer is used when nothing changed, and made again
/// from the refreshed index when something did — never shown stale.
final class FileComparisonTests: XCTestCase {
    var temp: TemporaryData!

    override func setUpWithError() throws {
        temp = TemporaryData()
        _ = try SyntheticArchive(meetings: 12, opinionsPerMeeting: 8, seed: 11).write(to: temp.data)
        _ = try ArchiveIndex.open(temp.store, topics: .standard)  // built once, as a command before this one would
    }

    /// As a command opens it: without comparing the files first.
    func open() throws -> ArchiveIndex { try ArchiveIndex.open(temp.store, topics: .standard, comparingFiles: false) }

    func testAnAnswerFromAnUnchangedIndexIsUsedAsItIs() throws {
        let index = try open()
        var asked: [FileComparison] = []
        let listed = try index.answering { files in
            asked.append(files)
            return try index.meetings().map(\.id)
        }
        XCTAssertEqual(asked.count, 1, "answered once")
        XCTAssertEqual(asked.first?.outcome, .unchanged)
        XCTAssertEqual(Set(listed), Set(temp.store.meetingIDs()))
        XCTAssertEqual(try index.refresh(), 0)
    }

    func testAFileChangedJustBeforeTheCommandIsInItsAnswer() throws {
        let ids = temp.store.meetingIDs()
        let stored = try temp.store.load(ids[2])
        var meeting = stored.meeting
        meeting.addOpinion { Opinion(id: $0, number: $1, speaker: "Lò Thị Xuyến", topic: "khac", text: "Cống rãnh xóm Quỳnh bị tắc") }
        try temp.store.save(meeting, over: stored.fingerprint)
        try FileManager.default.removeItem(atPath: temp.data.meetingFile(ids[7]))
        let index = try open()
        var asked: [FileComparison] = []
        let answer = try index.answering { files in
            asked.append(files)
            return (try index.search(SearchQuery("xom quynh")).hits.map(\.meetingID), try index.meetings().map(\.id))
        }
        XCTAssertEqual(asked.count, 2, "answered from the index as it stood, then again once refreshed")
        XCTAssertEqual(asked.first?.outcome, .changed, "the first answer is never shown")
        XCTAssertEqual(asked.last?.outcome, .unchanged)
        XCTAssertEqual(answer.0, [ids[2]], "the opinion saved just before is found")
        XCTAssertFalse(answer.1.contains(ids[7]), "the removed meeting is not listed")
        XCTAssertEqual(answer.1.count, ids.count - 1)
        XCTAssertEqual(try index.refresh(), 0, "the index was brought up to date")
    }

    func testAFileRewrittenWithTheSameSizeIsNoticedToo() throws {
        let id = temp.store.meetingIDs()[0]
        let file = temp.data.meetingFile(id)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let original = try temp.store.load(id).meeting.opinions[0].text
        let replacement = String(repeating: "z", count: original.utf8.count)
        usleep(10_000)
        try Data(text.replacingOccurrences(of: original, with: replacement).utf8).write(to: URL(fileURLWithPath: file))
        let index = try open()
        var answers = 0
        let found = try index.answering { _ in
            answers += 1
            return try index.search(SearchQuery(replacement)).total
        }
        XCTAssertEqual(answers, 2)
        XCTAssertEqual(found, 1)
    }

    /// The folder's files as `MeetingStore` lists them, each with its `stat`, in the byte order SQLite sorts names in.
    func testTheFolderScanListsWhatTheStoreListsInByteOrder() throws {
        for name in [".hidden.json", "notes.txt", "z-Ðặc-biệt.json", "A-hoa.json", ".json"] {
            FileManager.default.createFile(atPath: temp.data.meetings + "/" + name, contents: Data("{}".utf8))
        }
        let scanned = MeetingFolderScan.files(in: temp.data.meetings)
        let listed = temp.store.meetingIDs().map(\.rawValue)
        XCTAssertEqual(Set(scanned.map(\.id)), Set(listed))
        XCTAssertEqual(scanned.map(\.id), listed.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        XCTAssertTrue(scanned.map(\.id).contains("z-Ðặc-biệt"))
        for file in scanned { XCTAssertEqual(file.stat, FileStat.of(temp.data.meetings + "/" + file.id + ".json"), file.id) }
    }
}
