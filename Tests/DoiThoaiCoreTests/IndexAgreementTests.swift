import Foundation
import XCTest
@testable import DoiThoaiCore

/// The archive index gives the same answers as reading every file: search
/// with every filter, the follow-up queries, the report's counts, the
/// meetings list and the names completion offers.
final class IndexAgreementTests: XCTestCase {
    var temp: TemporaryData!
    var meetings: [Meeting] = []
    var index: ArchiveIndex!
    let asOf = Day(year: 2021, month: 6, day: 1)!

    override func setUpWithError() throws {
        temp = TemporaryData()
        _ = try SyntheticArchive(meetings: 30, opinionsPerMeeting: 20, seed: 7).write(to: temp.data)
        meetings = temp.store.loadAll().meetings.map(\.meeting)
        index = try ArchiveIndex.open(temp.store, topics: .standard)
    }

    func testSearchAgreesWithReadingEveryFileOnRandomQueriesWithEveryFilter() throws {
        let documents = meetings.flatMap { SearchDocument.of($0, topics: .standard) }
        let words = documents.map { SearchText.words(VietnameseFolding.fold($0.searchable)) }
        let vocabulary = Array(Set(words.joined())).sorted()
        var random = SyntheticArchive.Random(state: 99)
        var nonEmpty = 0
        for round in 0..<240 {
            var typed = (0..<(1 + random.below(3))).map { _ in random.pick(vocabulary) }
            let typing = round % 2 == 0
            if typing, let last = typed.last { typed[typed.count - 1] = String(last.prefix(1 + random.below(last.count))) }
            var text = typed.joined(separator: " ") + (typing ? "" : " ")
            if round % 7 == 0 { text = "\"\(typed.prefix(2).joined(separator: " "))\"" }
            if round % 11 == 0 { text = "" }
            var f = SearchFilters()
            f.asOf = asOf
            if round % 3 == 0 { f.topic = random.pick(SyntheticArchive.topics) }
            if round % 4 == 0 { f.followUp = random.pick(SearchFilters.FollowUpState.allCases) }
            if round % 5 == 0 { f.from = Day(year: 2017, month: 3, day: 1); f.to = Day(year: 2021, month: 6, day: 30) }
            if round % 6 == 0 { f.kind = random.pick(OpinionKind.allCases) }
            if round % 8 == 0 { f.disposition = random.pick(Disposition.allCases) }
            if round % 9 == 0 { f.speaker = VietnameseFolding.fold(random.pick(SyntheticArchive.families)) }
            if round % 10 == 0 { f.organizer = VietnameseFolding.fold(random.pick(SyntheticArchive.wards)) }
            if round % 13 == 0 { f.meeting = random.pick(meetings).id }
            let query = SearchQuery(text, filters: f)
            let expected = documents.indices.filter { matches(query, documents[$0], words: words[$0]) }.map { documents[$0] }
                .sorted(by: Self.newestFirst)
            let limit = round % 4 == 0 ? 15 : 1000
            let found = try index.search(query, limit: limit)
            XCTAssertEqual(found.total, expected.count, "“\(text)” \(f)")
            XCTAssertEqual(found.hits, Array(expected.prefix(limit)), "“\(text)” \(f)")
            if !expected.isEmpty { nonEmpty += 1 }
        }
        XCTAssertGreaterThan(nonEmpty, 100, "most queries find something, so the comparison means something")
        let capped = try index.search(SearchQuery(""), limit: 3, countUpTo: 50)
        XCTAssertEqual(capped.total, 50)
        XCTAssertTrue(capped.more)
        XCTAssertEqual(capped.hits, Array(documents.sorted(by: Self.newestFirst).prefix(3)))
        XCTAssertFalse(try index.search(SearchQuery(""), countUpTo: 600).more)
    }

    static func newestFirst(_ a: SearchDocument, _ b: SearchDocument) -> Bool {
        if a.date != b.date { return a.date > b.date }
        if a.meetingID != b.meetingID { return a.meetingID < b.meetingID }
        return a.number < b.number
    }

    /// Reading the opinion as the brute force does: its folded words, then each filter on the meeting itself.
    func matches(_ q: SearchQuery, _ d: SearchDocument, words: [String]) -> Bool {
        for (i, w) in q.words.enumerated() {
            let prefix = i == q.words.count - 1 && q.lastWordIsPrefix
            if prefix ? !words.contains(where: { $0.hasPrefix(w) }) : !words.contains(w) { return false }
        }
        let joined = " " + words.joined(separator: " ") + " "
        if q.phrases.contains(where: { !joined.contains(" \($0) ") }) { return false }
        let f = q.filters
        guard let meeting = meetings.first(where: { $0.id == d.meetingID }) else { return false }
        let followUps = meeting.followUps(answering: d.opinionID)
        if let topic = f.topic, d.topic != topic { return false }
        if let kind = f.kind, d.kind != kind { return false }
        if let disposition = f.disposition, d.disposition != disposition { return false }
        if let from = f.from, d.date < from { return false }
        if let to = f.to, d.date > to { return false }
        if let id = f.meeting, d.meetingID != id { return false }
        if let speaker = f.speaker, !VietnameseFolding.fold(d.speaker ?? "").contains(speaker) { return false }
        if let organizer = f.organizer, !VietnameseFolding.fold(meeting.organizer).contains(organizer) { return false }
        switch f.followUp {
        case nil: return true
        case .open?: return followUps.contains { $0.status.isPending }
        case .overdue?: return followUps.contains { $0.isOverdue(asOf: f.asOf ?? asOf) }
        case .done?: return followUps.contains { $0.status == .done }
        }
    }

    func testFollowUpQueriesAgreeWithReadingEveryFile() throws {
        var queries: [FollowUpQuery] = [FollowUpQuery()]
        var overdue = FollowUpQuery(); overdue.overdueOnly = true; queries.append(overdue)
        var soon = FollowUpQuery(); soon.dueWithin = 30; queries.append(soon)
        var done = FollowUpQuery(); done.statuses = [.done, .cancelled]; queries.append(done)
        var assignee = FollowUpQuery(); assignee.assignee = "phong tai nguyen"; queries.append(assignee)
        var topic = FollowUpQuery(); topic.topic = "dat-dai"; topic.statuses = [.open]; queries.append(topic)
        var period = FollowUpQuery(); period.from = Day(year: 2018, month: 1, day: 1); period.to = Day(year: 2019, month: 12, day: 31)
        queries.append(period)
        var meeting = FollowUpQuery(); meeting.meeting = meetings[3].id; queries.append(meeting)
        for query in queries {
            for day in [asOf, Day(year: 2016, month: 1, day: 1)!] {
                let expected = query.rows(in: meetings, asOf: day)
                XCTAssertEqual(try index.followUps(query, asOf: day), expected, "\(query) on \(day)")
                // The listing's rows, read as SQLite's bytes: the same, in the same order.
                var lines: [String] = []
                try index.forEachFollowUpLine(query, asOf: day) { line in
                    let text = { (bytes: UnsafeBufferPointer<UInt8>) in String(decoding: bytes, as: UTF8.self) }
                    lines.append([text(line.meeting), text(line.id), text(line.assignee), text(line.task), "\(line.due)", "\(line.status)"]
                        .joined(separator: "|"))
                }
                XCTAssertEqual(lines, expected.map { r in
                    let f = r.followUp
                    return [r.meetingID.rawValue, f.id.rawValue, f.assignee, f.task, "\(f.dueDate.ordinal)", "\(f.status)"].joined(separator: "|")
                }, "\(query) on \(day), as lines")
            }
        }
        XCTAssertGreaterThan(try index.followUps(overdue, asOf: asOf).count, 10)
    }

    func testReportCountsAgreeWithReadingEveryFile() throws {
        let periods: [(Day?, Day?)] = [(nil, nil), (Day(year: 2018, month: 1, day: 1), Day(year: 2018, month: 12, day: 31)),
                                       (Day(year: 2020, month: 4, day: 1), nil), (nil, Day(year: 2016, month: 6, day: 30))]
        for (from, to) in periods {
            for organizer in [nil, "Ngoc Thuy", "phường"] {
                let expected = DialogueReport(meetings: meetings, topics: .standard, from: from, to: to, organizer: organizer, asOf: asOf)
                XCTAssertEqual(try index.report(from: from, to: to, organizer: organizer, asOf: asOf), expected,
                               "\(String(describing: from))–\(String(describing: to)) \(organizer ?? "")")
            }
        }
    }

    func testTheMeetingsListAndTheNamesAgreeWithReadingEveryFile() throws {
        let expected = meetings.map(MeetingSummary.init).sorted { $0.date != $1.date ? $0.date > $1.date : $0.id < $1.id }
        XCTAssertEqual(try index.meetings(), expected)
        var names = NameCounts()
        for meeting in meetings { names.add(NameCounts(meeting)) }
        names.details = [:]  // read apart, one per name (IndexQueryTests)
        XCTAssertEqual(try index.names(), names)
        XCTAssertEqual(try index.opinionCount(), 600)
    }

    func testRelevanceOrderPutsTheWordsAsTypedWithTheirMarksFirst() throws {
        let temp = TemporaryData()
        var m = Factory.meeting(opinions: 0)
        m.addOpinion { Opinion(id: $0, number: $1, speaker: "A", topic: "khac", text: "Đạt đại hội") }
        m.addOpinion { Opinion(id: $0, number: $1, speaker: "B", topic: "dat-dai", text: "Cấp sổ đất đai") }
        try temp.store.create(m)
        let index = try ArchiveIndex.open(temp.store, topics: .standard)
        XCTAssertEqual(try index.search(SearchQuery("dat dai ")).total, 2)
        XCTAssertEqual(try index.search(SearchQuery("đất đai "), order: .relevance).hits.first?.speaker, "B")
        XCTAssertEqual(try index.search(SearchQuery("đất đai "), order: .newest).hits.first?.speaker, "A")
    }
}
