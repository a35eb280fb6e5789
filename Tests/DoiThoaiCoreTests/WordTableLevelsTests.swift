import Foundation
import GRDB
import XCTest
@testable import DoiThoaiCore

/// A first build leaves the word table's large segments each on a level of
/// its own, highest first, so that saves merge small segments only: the
/// built segments are still there, unmoved, after many saves.
final class WordTableLevelsTests: XCTestCase {
    func testTheStructureRecordReadsAndWritesBackTheSame() {
        let s = WordTableLevels.Structure(cookie: [0, 0, 0, 7], writeCounter: 1 << 40,
                                          levels: [[.init(id: 3, first: 1, last: 1)], [], [.init(id: 1, first: 1, last: 70_000)]])
        XCTAssertEqual(WordTableLevels.decode(WordTableLevels.encode(s)), s)
        XCTAssertNil(WordTableLevels.decode([0, 0, 0, 7, 1, 5, 0, 0, 1, 1]), "a record that says more than it holds")
    }

    func testSavesAfterAFirstBuildNeverMergeTheBuiltSegments() throws {
        let temp = TemporaryData()
        _ = try SyntheticArchive(meetings: 30, opinionsPerMeeting: 10, seed: 8).write(to: temp.data)
        let index = try ArchiveIndex.open(temp.store, topics: .standard)
        let built = try XCTUnwrap(try index.database.read { db in try WordTableLevels.read(db) })
        let top = try XCTUnwrap(built.levels.last?.first, "the built segment on the top level")
        XCTAssertEqual(built.levels.count, WordTableLevels.top)
        XCTAssertEqual(built.levels.dropLast().flatMap { $0 }.count, 0, "nothing else")
        let id = temp.store.meetingIDs()[4]
        var stored = try temp.store.load(id)
        for round in 0..<40 {
            var meeting = stored.meeting
            meeting.opinions[round % meeting.opinions.count].text += " lần \(round)"
            stored.fingerprint = try temp.store.save(meeting, over: stored.fingerprint)
            stored.meeting = meeting
            try index.saved(meeting)
        }
        let after = try XCTUnwrap(try index.database.read { db in try WordTableLevels.read(db) })
        XCTAssertEqual(after.levels.last?.first, top, "the built segment was not merged again")
        XCTAssertGreaterThan(after.levels.dropLast().flatMap { $0 }.count, 0, "the saves' segments are below it")
        XCTAssertEqual(try index.search(SearchQuery("lan 39")).total, 1)
        try index.database.write { db in
            try db.execute(sql: "INSERT INTO opinion_words(opinion_words) VALUES ('integrity-check')")
        }
    }
}
