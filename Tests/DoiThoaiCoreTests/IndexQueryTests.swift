import Foundation
import XCTest
@testable import DoiThoaiCore

/// The index's answers read a page at a time (the follow-ups tracker), its
/// counts, the prefixes spelled out from its word list, and the details it
/// keeps beside names: each compared with a brute-force reading of the files.
final class IndexQueryTests: XCTestCase {
    var temp: TemporaryData!
    var meetings: [Meeting] = []
    var index: ArchiveIndex!
    let days = [Day(year: 2016, month: 1, day: 1)!, Day(year: 2019, month: 3, day: 14)!, Day(year: 2021, month: 6, day: 1)!,
                Day(year: 2030, month: 1, day: 1)!]

    override func setUpWithError() throws {
        temp = TemporaryData()
        _ = try SyntheticArchive(meetings: 30, opinionsPerMeeting: 12, seed: 11).write(to: temp.data)
        meetings = temp.store.loadAll().meetings.map(\.meeting)
        index = try ArchiveIndex.open(temp.store, topics: .standard)
    }

    /// The tracker's filters (and the command's), each read a page at a
    /// time from every offset, give the brute force's rows in its order.
    func testFollowUpPagesAgreeWithReadingEveryFile() throws {
        var queries: [FollowUpQuery] = [FollowUpQuery()]
        var pending = FollowUpQuery(); pending.statuses = [.open, .inProgress]; queries.append(pending)
        var overdue = FollowUpQuery(); overdue.overdueOnly = true; queries.append(overdue)
        var week = FollowUpQuery(); week.dueWithin = 7; queries.append(week)
        var done = FollowUpQuery(); done.statuses = [.done]; queries.append(done)
        var assignee = FollowUpQuery(); assignee.assignee = "phong"; queries.append(assignee)
        var topic = FollowUpQuery(); topic.topic = "dat-dai"; queries.append(topic)
        var period = FollowUpQuery(); period.from = Day(year: 2018, month: 1, day: 1); period.to = Day(year: 2020, month: 12, day: 31)
        queries.append(period)
        var checked = 0
        for query in queries {
            for day in days {
                let expected = query.rows(in: meetings, asOf: day)
                XCTAssertEqual(try index.followUpCount(query, asOf: day), expected.count, "\(query) on \(day)")
                for size in [1, 7, 50] {
                    var pages: [FollowUpRow] = []
                    for offset in stride(from: 0, through: expected.count, by: size) {
                        let page = try index.followUps(query, asOf: day, offset: offset, limit: size)
                        XCTAssertEqual(page, Array(expected.dropFirst(offset).prefix(size)), "\(query) on \(day), \(size) from \(offset)")
                        pages += page
                    }
                    XCTAssertEqual(pages, expected)
                }
                checked += expected.count
            }
        }
        XCTAssertGreaterThan(checked, 200, "the queries find rows, so the comparison means something")
        let all = try index.followUps(FollowUpQuery(), asOf: days[2])
        XCTAssertTrue(all.contains { $0.isOverdue } && all.contains { !$0.isOverdue }, "both parts of the order are exercised")
        XCTAssertEqual(try index.followUps(FollowUpQuery(), asOf: days[2], offset: all.count + 5, limit: 10), [])
    }

    /// Where the rows of a listing stand (what `followups` measures its column by), from the tally when
    /// only due days filter, from the rows otherwise: the standings of the brute force's rows either way.
    func testStandingsAgreeWithReadingEveryFile() throws {
        var queries: [FollowUpQuery] = [FollowUpQuery()]
        var overdue = FollowUpQuery(); overdue.overdueOnly = true; queries.append(overdue)
        var week = FollowUpQuery(); week.dueWithin = 30; queries.append(week)
        var both = week; both.overdueOnly = true; queries.append(both)
        var done = FollowUpQuery(); done.statuses = [.done]; queries.append(done)
        var assignee = overdue; assignee.assignee = "phong"; queries.append(assignee)
        var found = 0
        for query in queries {
            for day in days {
                let expected = Set(query.rows(in: meetings, asOf: day).map { r in
                    r.followUp.status.isPending ? FollowUpStanding.daysLeft(day.days(until: r.followUp.dueDate)) : .settled(r.followUp.status)
                })
                XCTAssertEqual(try index.followUpStandings(query, asOf: day), expected, "\(query) on \(day)")
                found += expected.count
            }
        }
        XCTAssertGreaterThan(found, 100)
    }

    func testTheTrackersCountsAgreeWithReadingEveryFile() throws {
        for day in days {
            let expected = FollowUpTally(FollowUpQuery().rows(in: meetings, asOf: day))
            XCTAssertEqual(try index.followUpTally(asOf: day), expected, "\(day)")
        }
        let some = FollowUpTally(FollowUpQuery().rows(in: meetings, asOf: days[2]))
        XCTAssertTrue(some.pending > 0 && some.overdue > 0 && some.done > 0 && some.all > some.pending)
    }

    /// The report's every count for each period the report screen offers around several days.
    func testTheReportScreensPeriodsAgreeWithReadingEveryFile() throws {
        for day in days + meetings.prefix(5).map(\.date) {
            for (from, to) in [(Day(year: day.year, month: day.month, day: 1), Day(year: day.year, month: day.month, day: 28)),
                               (Day(year: day.year, month: 1, day: 1), Day(year: day.year, month: 12, day: 31)), (nil, nil)] {
                let expected = DialogueReport(meetings: meetings, topics: .standard, from: from, to: to, asOf: day)
                XCTAssertEqual(try index.report(from: from, to: to, asOf: day), expected, "\(day)")
            }
        }
    }

    /// A last word longer than the prefix indexes is spelled out from the
    /// index's word list; words saved later are in it, and a prefix of no
    /// word finds nothing.
    func testLongPrefixesAreSpelledOutFromTheWordsIndexed() throws {
        let temp = TemporaryData()
        var m = Factory.meeting(opinions: 0)
        m.addOpinion { Opinion(id: $0, number: $1, speaker: "A", topic: "khac", text: "Đường nghiêng, cống nghiệt ngã") }
        m.addOpinion { Opinion(id: $0, number: $1, speaker: "B", topic: "khac", text: "Nghĩa trang nghìn năm") }
        try temp.store.create(m)
        let index = try ArchiveIndex.open(temp.store, topics: .standard)
        XCTAssertGreaterThan(IndexSchema.longestPrefix, 0)
        XCTAssertEqual(try index.search(SearchQuery("nghi")).total, 2)
        XCTAssertEqual(try index.search(SearchQuery("nghie")).hits.map(\.speaker), ["A"])
        XCTAssertEqual(try index.search(SearchQuery("nghieng")).total, 1)
        XCTAssertEqual(try index.search(SearchQuery("cong nghie")).total, 1)
        XCTAssertEqual(try index.search(SearchQuery("nghiz")).total, 0)
        XCTAssertEqual(try index.search(SearchQuery("nghin nam")).hits.map(\.speaker), ["B"])
        // A word first written by a save is found by its prefix at once.
        var stored = try temp.store.load(m.id)
        stored.meeting.addOpinion { Opinion(id: $0, number: $1, speaker: "C", topic: "khac", text: "Nghiệm thu công trình") }
        _ = try temp.store.save(stored.meeting, over: stored.fingerprint)
        try index.saved(stored.meeting)
        XCTAssertEqual(try index.search(SearchQuery("nghiem")).hits.map(\.speaker), ["C"])
        XCTAssertEqual(try index.search(SearchQuery("nghi")).total, 3)
        // The spelled-out form and FTS5's own prefix give the same rows.
        let spelled = try XCTUnwrap(try SearchSQL.match(SearchQuery("cong nghie"), spelling: { _ in ["nghieng", "nghiet"] }))
        XCTAssertEqual(spelled, "\"cong\" AND (\"nghieng\" OR \"nghiet\")")
        XCTAssertNil(try SearchSQL.match(SearchQuery("cong nghiz"), spelling: { _ in [] }))
        XCTAssertEqual(try SearchSQL.match(SearchQuery("cong ng"), spelling: { _ in XCTFail("short prefix"); return [] }),
                       "\"cong\" AND \"ng\"*")
    }

    /// A topic filter beside typed words is a word of the word table: it
    /// finds the topic's opinions and nothing else, even an opinion whose
    /// text spells that word out, and it follows a save that moves an
    /// opinion to another topic.
    func testATopicFilterBesideWordsFindsThatTopicOnly() throws {
        let temp = TemporaryData()
        var m = Factory.meeting(opinions: 0)
        let spelled = IndexedOpinion.topicWord("dat-dai")
        m.addOpinion { Opinion(id: $0, number: $1, speaker: "A", topic: "dat-dai", text: "Cấp sổ đỏ chậm") }
        m.addOpinion { Opinion(id: $0, number: $1, speaker: "B", topic: "khac", text: "Cấp sổ \(spelled) chậm \(spelled.dropFirst())") }
        m.addOpinion { Opinion(id: $0, number: $1, speaker: "C", topic: "ho-tich", text: "Cấp giấy khai sinh") }
        try temp.store.create(m)
        let index = try ArchiveIndex.open(temp.store, topics: .standard)
        var f = SearchFilters()
        f.topic = "dat-dai"
        XCTAssertEqual(try index.search(SearchQuery("cap", filters: f)).hits.map(\.speaker), ["A"])
        XCTAssertEqual(try index.search(SearchQuery("c", filters: f)).hits.map(\.speaker), ["A"])
        XCTAssertEqual(try index.search(SearchQuery("cap so ", filters: f)).total, 1)
        XCTAssertEqual(try index.search(SearchQuery("cap")).total, 3)
        f.topic = "ho-tich"
        XCTAssertEqual(try index.search(SearchQuery("cap", filters: f)).hits.map(\.speaker), ["C"])
        f.topic = "thai-do-phuc-vu"
        XCTAssertEqual(try index.search(SearchQuery("cap", filters: f)).total, 0)
        // Moved to another topic by a save: found under that one only.
        var stored = try temp.store.load(m.id)
        stored.meeting.opinions[0].topic = "ho-tich"
        _ = try temp.store.save(stored.meeting, over: stored.fingerprint)
        try index.saved(stored.meeting)
        f.topic = "dat-dai"
        XCTAssertEqual(try index.search(SearchQuery("cap", filters: f)).total, 0)
        f.topic = "ho-tich"
        XCTAssertEqual(try index.search(SearchQuery("cap", filters: f)).hits.map(\.speaker), ["A", "C"])
    }

    /// What was written beside a name (a speaker's origin, an attendee's
    /// title and organization) is counted in the index as in the files, and
    /// the most used one is offered.
    func testDetailsBesideNamesAgreeWithReadingEveryFile() throws {
        var names = NameCounts()
        for meeting in meetings { names.add(NameCounts(meeting)) }
        XCTAssertTrue(names.details.keys.contains { $0.kind == .speakerOrigin }, "the archive has speakers with origins")
        XCTAssertTrue(names.details.keys.contains { $0.kind == .attendeeTitle }, "and attendees with titles")
        try Self.assertDetailsAgree(index, names)

        let temp = TemporaryData()
        var first = Factory.meeting(id: "2020-07-17-ngoc-thuy", opinions: 0)
        for origin in ["Tổ dân phố 3", "Tổ dân phố 3", "Tổ dân phố 5"] {
            first.addOpinion { Opinion(id: $0, number: $1, speaker: "Ông Lê Văn Tám", origin: origin, topic: "khac", text: "Ý kiến") }
        }
        try temp.store.create(first)
        let index = try ArchiveIndex.open(temp.store, topics: .standard)
        let details = try index.nameDetails()
        XCTAssertEqual(details[.speakerOrigin]?[VietnameseFolding.fold("ông lê văn tám")], "Tổ dân phố 3")
        XCTAssertEqual(details[.attendeeTitle]?[VietnameseFolding.fold("Nguyễn Quốc Văn")], "Chủ tịch UBND phường")
        // Removed with its meeting.
        try temp.store.trash(first.id)
        try index.removed(first.id)
        XCTAssertTrue(try index.nameDetails().isEmpty)
    }

    /// Per folded name, the details written most often beside it in `names` (read from the files): the index picks one of them.
    static func assertDetailsAgree(_ index: ArchiveIndex, _ names: NameCounts, file: StaticString = #filePath,
                                   line: UInt = #line) throws {
        let chosen = try index.nameDetails()
        for kind in NameDetail.Kind.allCases {
            var most: [String: (uses: Int, details: Set<String>)] = [:]
            for (pair, uses) in names.details where pair.kind == kind {
                let key = VietnameseFolding.fold(pair.name)
                let known = most[key] ?? (0, [])
                if uses > known.uses { most[key] = (uses, [pair.detail]) } else if uses == known.uses { most[key]?.details.insert(pair.detail) }
            }
            XCTAssertEqual(Set((chosen[kind] ?? [:]).keys), Set(most.keys), "\(kind)", file: file, line: line)
            for (key, detail) in chosen[kind] ?? [:] {
                XCTAssertTrue(most[key]?.details.contains(detail) ?? false, "\(kind) \(key): \(detail)", file: file, line: line)
            }
        }
    }
}
