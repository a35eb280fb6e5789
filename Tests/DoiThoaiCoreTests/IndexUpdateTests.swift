import Foundation
import GRDB
import XCTest
@testable import DoiThoaiCore

/// A meeting written again touches only what changed, and the index it
/// leaves is the one a first build of the same files makes: every table,
/// and every word of the word table, row for row.
final class IndexUpdateTests: XCTestCase {
    var temp: TemporaryData!

    override func setUpWithError() throws {
        temp = TemporaryData()
        _ = try SyntheticArchive(meetings: 10, opinionsPerMeeting: 6, seed: 23).write(to: temp.data)
    }

    /// Every row of every table (without the row numbers and ranks, which
    /// depend on the order meetings arrived in, the files' stat, and each
    /// meeting's own name counts, JSON in no fixed order: the `names`
    /// table holds their totals), and
    /// every word of the word table with the opinion it belongs to.
    static func snapshot(_ index: ArchiveIndex) throws -> [String] {
        try index.database.writeWithoutTransaction { db in
            var lines: [String] = []
            for table in ["meetings", "meeting_names", "opinions", "followups", "names", "terms", "files", "opinion_tally",
                          "followup_tally"] {
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(table)")
                for row in rows {
                    let cells = row.columnNames.filter { !["rowid", "rank", "size", "mtime", "inode", "names"].contains($0) }
                        .map { "\($0)=\(row[$0] as DatabaseValue)" }
                    lines.append("\(table): " + cells.joined(separator: " "))
                }
            }
            try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.words USING fts5vocab(main, 'opinion_words', 'instance')")
            let words = try Row.fetchAll(db, sql: """
                SELECT w.term, o.meeting, o.opinion_id, w.offset FROM temp.words w LEFT JOIN opinions o ON o.rowid = w.doc
                """)
            lines += words.map { "word: \($0[0] as String) \(($0[1] as String?) ?? "NO OPINION") \(($0[2] as String?) ?? "") \($0[3] as Int)" }
            return lines.sorted()
        }
    }

    /// The same files indexed from nothing, in another folder.
    func freshSnapshot() throws -> [String] {
        let copy = TemporaryData()
        for id in temp.store.meetingIDs() {
            try FileManager.default.copyItem(atPath: temp.data.meetingFile(id), toPath: copy.data.meetingFile(id))
        }
        return try Self.snapshot(try ArchiveIndex.open(copy.store, topics: .standard))
    }

    /// Equal, or the lines only one side has (a whole snapshot is too long to read in a failure).
    func assertSame(_ updated: [String], _ fresh: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let updatedSet = Set(updated), freshSet = Set(fresh)
        let onlyUpdated = updated.filter { !freshSet.contains($0) }, onlyFresh = fresh.filter { !updatedSet.contains($0) }
        XCTAssertEqual(updated.count, fresh.count, file: file, line: line)
        XCTAssertTrue(onlyUpdated.isEmpty && onlyFresh.isEmpty,
                      "updated only: \(onlyUpdated.prefix(8))\nfresh only: \(onlyFresh.prefix(8))", file: file, line: line)
    }

    func change(_ index: ArchiveIndex, _ n: Int, _ edit: (inout Meeting) -> Void) throws {
        let id = temp.store.meetingIDs()[n]
        let stored = try temp.store.load(id)
        var meeting = stored.meeting
        edit(&meeting)
        try temp.store.save(meeting, over: stored.fingerprint)
        try index.saved(meeting)
    }

    func testSavesOfEveryKindLeaveTheIndexAFirstBuildMakes() throws {
        let index = try ArchiveIndex.open(temp.store, topics: .standard)
        try change(index, 0) { m in
            _ = m.addOpinion { Opinion(id: $0, number: $1, speaker: "Lò Thị Xuyến", topic: "khac", text: "Cống rãnh xóm Quỳnh tắc") }
        }
        try change(index, 1) { m in m.opinions[2].text = "Đường làng ngập khi mưa to" }
        try change(index, 2) { m in
            m.opinions[0].topic = "dat-dai"
            m.opinions[1].kind = .question
            m.opinions[1].disposition = .forwarded
            m.opinions[3].speaker = nil
            m.opinions[4].origin = "Tổ dân phố 7"
        }
        try change(index, 3) { m in
            m.opinions[0].responses.append(Response(id: m.nextResponseID(), responder: "Đ/c Lê Văn An", text: "Sẽ nạo vét trong tháng"))
        }
        try change(index, 4) { m in m.deleteOpinion(m.opinions[1].id) }
        try change(index, 5) { m in m.moveOpinion(m.opinions[0].id, by: 2) }
        try change(index, 6) { m in
            let id = m.opinions[0].id
            _ = m.addFollowUp { FollowUp(id: $0, opinionIds: [id], task: "Khảo sát cống xóm Quỳnh", assignee: "Phòng Quản lý đô thị",
                                         dueDate: Day(year: 2031, month: 1, day: 1)!) }
            if var done = m.followUps.first {
                done.status = .done
                done.doneOn = m.date
                m.replaceFollowUp(done)
            }
        }
        try change(index, 7) { m in
            m.title = "Hội nghị đối thoại về môi trường"
            m.date = Day(year: 2031, month: 3, day: 3)!
        }
        try change(index, 8) { m in
            // A follow-up given another due day (its row replaced under another key) and one cancelled.
            guard m.followUps.count >= 2 else { return XCTFail("the synthetic meeting has follow-ups") }
            var moved = m.followUps[0]
            moved.dueDate = moved.dueDate.adding(days: 400)
            m.replaceFollowUp(moved)
            var cancelled = m.followUps[1]
            cancelled.status = .cancelled
            m.replaceFollowUp(cancelled)
        }
        XCTAssertEqual(try index.refresh(), 0, "each save recorded its file")
        // The report's all-time counts (kept by triggers) as a reading of every file gives them.
        let meetings = temp.store.loadAll().meetings.map(\.meeting)
        for day in [Day(year: 2015, month: 1, day: 1)!, Day(year: 2022, month: 6, day: 1)!, Day(year: 2040, month: 1, day: 1)!] {
            XCTAssertEqual(try index.report(asOf: day), DialogueReport(meetings: meetings, topics: .standard, asOf: day), "\(day)")
        }
        let snapshot = try Self.snapshot(index)
        XCTAssertTrue(snapshot.contains { $0.hasPrefix("word: xuyen ") }, "the snapshot sees the words")
        XCTAssertFalse(snapshot.contains { $0.contains("NO OPINION") }, "no word left behind by an opinion taken out")
        try assertSame(snapshot, try freshSnapshot())
    }

    func testFilesChangedOnDiskLeaveTheIndexAFirstBuildMakes() throws {
        let index = try ArchiveIndex.open(temp.store, topics: .standard)
        for n in [1, 4, 8] {
            let id = temp.store.meetingIDs()[n]
            let stored = try temp.store.load(id)
            var meeting = stored.meeting
            meeting.opinions[n % meeting.opinions.count].text += " (đã sửa ở máy khác)"
            if let last = meeting.opinions.last { meeting.deleteOpinion(last.id) }
            try temp.store.save(meeting, over: stored.fingerprint)
        }
        XCTAssertEqual(try index.refresh(), 3)
        XCTAssertEqual(try index.search(SearchQuery("da sua o may khac")).total, 3)
        try assertSame(try Self.snapshot(index), try freshSnapshot())
    }

    func testAnUnchangedSaveRewritesNoOpinion() throws {
        let index = try ArchiveIndex.open(temp.store, topics: .standard)
        try index.database.write { db in
            try db.execute(sql: """
                CREATE TEMP TABLE written(rowid INTEGER);
                CREATE TEMP TRIGGER counted AFTER INSERT ON main.opinions BEGIN INSERT INTO written VALUES (new.rowid); END;
                CREATE TEMP TABLE tasks(id TEXT);
                CREATE TEMP TRIGGER tasked AFTER INSERT ON main.followups BEGIN INSERT INTO tasks VALUES (new.id); END;
                """)
        }
        // TEMP tables live on the writer's connection (readers are connections of their own).
        func written() throws -> Int { try index.database.write { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM written") ?? 0 } }
        func tasks() throws -> Int { try index.database.write { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM tasks") ?? 0 } }
        let meeting = try temp.store.load(temp.store.meetingIDs()[3]).meeting
        XCTAssertFalse(meeting.followUps.isEmpty)
        try index.saved(meeting)
        XCTAssertEqual(try written(), 0, "nothing changed: no opinion written again")
        XCTAssertEqual(try tasks(), 0, "nor any follow-up")
        try change(index, 3) { m in
            var first = m.followUps[0]
            first.assignee = "Phòng Tài chính - Kế hoạch"
            m.replaceFollowUp(first)
        }
        XCTAssertEqual(try tasks(), 1, "one follow-up changed: that one alone written again")
        XCTAssertEqual(try written(), 0)
        try change(index, 3) { m in m.opinions[0].text += " thêm" }
        XCTAssertEqual(try written(), 1, "one opinion changed: that one alone written again")
        try change(index, 3) { m in _ = m.addOpinion { Opinion(id: $0, number: $1, speaker: nil, topic: "khac", text: "Ý kiến mới") } }
        XCTAssertEqual(try written(), 2, "one added: that one alone written")
    }
    /// The program saving one meeting again and again (its opinions' rows
    /// made once and kept while they stay the same): every kind of change,
    /// each saved on top of the one before, leaves what a first build makes.
    func testOneMeetingSavedAgainAndAgainLeavesTheIndexAFirstBuildMakes() throws {
        let index = try ArchiveIndex.open(temp.store, topics: .standard)
        let edits: [(inout Meeting) -> Void] = [
            { m in _ = m.addOpinion { Opinion(id: $0, number: $1, speaker: "Lò Thị Xuyến", topic: "khac", text: "Cống xóm Quỳnh tắc") } },
            { m in m.opinions[0].text += " lần hai" },
            { m in
                let id = m.opinions[1].id
                _ = m.addFollowUp { FollowUp(id: $0, opinionIds: [id], task: "Nạo vét cống xóm Quỳnh", assignee: "Phòng Quản lý đô thị",
                                             dueDate: Day(year: 2031, month: 1, day: 1)!) }
            },
            { m in
                if var last = m.followUps.last {
                    last.status = .done
                    last.doneOn = m.date
                    m.replaceFollowUp(last)
                }
            },
            { m in m.opinions[2].responses.append(Response(id: m.nextResponseID(), responder: "Đ/c Lê Văn An", text: "Đã nạo vét")) },
            { m in m.moveOpinion(m.opinions[0].id, by: 2) },
            { m in m.deleteOpinion(m.opinions[1].id) },
            { m in m.opinions[3].topic = "dat-dai" },
            { m in _ = m.addOpinion { Opinion(id: $0, number: $1, speaker: "Lò Thị Xuyến", topic: "khac", text: "Thêm một ý nữa") } },
        ]
        for edit in edits { try change(index, 2, edit) }
        // A topic renamed between two saves: the opinions of that topic are made again, not kept.
        var catalog = TopicCatalog.standard
        if let at = catalog.topics.firstIndex(where: { $0.id == "dat-dai" }) { catalog.topics[at].name = "Đất đai, nhà ở" }
        try index.topicsChanged(catalog)
        try change(index, 2) { m in m.opinions[0].text += " lần ba" }
        XCTAssertEqual(try index.refresh(), 0, "each save recorded its file")
        let copy = TemporaryData()
        for id in temp.store.meetingIDs() {
            try FileManager.default.copyItem(atPath: temp.data.meetingFile(id), toPath: copy.data.meetingFile(id))
        }
        try assertSame(try Self.snapshot(index), try Self.snapshot(try ArchiveIndex.open(copy.store, topics: catalog)))
    }
}
