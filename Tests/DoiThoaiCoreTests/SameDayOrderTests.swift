import Foundation
import XCTest
@testable import DoiThoaiCore

/// Meetings held on one day are listed as the days are, newest first: the
/// later start first, one with no start time last, then by id — in the
/// index's list and in search's newest-first order, after a build, a save
/// and a change on disk alike.
final class SameDayOrderTests: XCTestCase {
    var temp: TemporaryData!

    override func setUp() {
        temp = TemporaryData()
    }

    /// A meeting of `Factory.day` (or `day`) starting at `hour:minute` (none when nil), with one opinion.
    func meeting(_ id: MeetingID, hour: Int?, minute: Int = 0, day: Day = Factory.day) -> Meeting {
        var m = Factory.meeting(id: id, opinions: 1)
        m.date = day
        m.startedAt = hour.map { Timestamp(day: day, hour: $0, minute: minute, offset: 25200) }
        m.endedAt = nil
        m.opinions[0].text = "Ý kiến của \(id.rawValue) về đường làng"
        return m
    }

    func open() throws -> ArchiveIndex { try ArchiveIndex.open(temp.store, topics: .standard) }

    /// The list's ids and, for the opinions, the meetings in the order search gives them.
    func order(_ index: ArchiveIndex) throws -> (list: [String], search: [String]) {
        (try index.meetings().map(\.id.rawValue), try index.search(SearchQuery("duong lang")).hits.map(\.meetingID.rawValue))
    }

    func testMeetingsOfOneDayAreListedAndSearchedLatestStartFirstWithoutStartLast() throws {
        let previous = Day(year: 2020, month: 7, day: 16)!
        for m in [meeting("2020-07-17-phuc-dong", hour: 8), meeting("2020-07-17-ngoc-thuy", hour: 17, minute: 15),
                  meeting("2020-07-17-bo-de", hour: nil), meeting("2020-07-17-thach-ban", hour: 13),
                  meeting("2020-07-16-long-bien", hour: 9, day: previous), meeting("2020-07-17-an-binh", hour: 13)] {
            try temp.store.create(m)
        }
        let expected = ["2020-07-17-ngoc-thuy", "2020-07-17-an-binh", "2020-07-17-thach-ban", "2020-07-17-phuc-dong",
                        "2020-07-17-bo-de", "2020-07-16-long-bien"]
        let index = try open()
        XCTAssertEqual(try order(index).list, expected, "17:15, then the two at 13:00 by id, 08:00, no start time, the day before")
        XCTAssertEqual(try order(index).search, expected, "the later meeting's opinions first within the day")
        XCTAssertEqual(try index.meetings().first?.started, meeting("2020-07-17-ngoc-thuy", hour: 17, minute: 15).startedAt?.seconds)
        XCTAssertEqual(try index.meetings().map(\.id.rawValue),
                       temp.store.loadAll().meetings.map { MeetingSummary($0.meeting) }.sorted(by: MeetingSummary.newestFirst).map(\.id.rawValue),
                       "the index orders as the core's rule does")
    }

    func testAStartChangedBySaveOrOnDiskMovesTheMeetingAmongItsDay() throws {
        for m in [meeting("2020-07-17-phuc-dong", hour: 8), meeting("2020-07-17-ngoc-thuy", hour: 17),
                  meeting("2020-07-17-bo-de", hour: nil)] {
            try temp.store.create(m)
        }
        let index = try open()
        XCTAssertEqual(try order(index).list, ["2020-07-17-ngoc-thuy", "2020-07-17-phuc-dong", "2020-07-17-bo-de"])
        // The program saves a start for the meeting that had none: it is now the latest.
        let stored = try temp.store.load("2020-07-17-bo-de")
        var changed = stored.meeting
        changed.startedAt = Timestamp(day: Factory.day, hour: 18, minute: 30, offset: 25200)
        try temp.store.save(changed, over: stored.fingerprint)
        try index.saved(changed)
        let afterSave = ["2020-07-17-bo-de", "2020-07-17-ngoc-thuy", "2020-07-17-phuc-dong"]
        XCTAssertEqual(try order(index).list, afterSave)
        XCTAssertEqual(try order(index).search, afterSave)
        // Another program moves the earliest meeting's start to the evening: seen at the next refresh.
        let other = try temp.store.load("2020-07-17-phuc-dong")
        var evening = other.meeting
        evening.startedAt = Timestamp(day: Factory.day, hour: 19, minute: 0, offset: 25200)
        try temp.store.save(evening, over: other.fingerprint)
        try index.refresh()
        let afterRefresh = ["2020-07-17-phuc-dong", "2020-07-17-bo-de", "2020-07-17-ngoc-thuy"]
        XCTAssertEqual(try order(index).list, afterRefresh)
        XCTAssertEqual(try order(index).search, afterRefresh)
        // And the same as an index built afresh.
        try FileManager.default.removeItem(atPath: ArchiveIndex.path(temp.data))
        XCTAssertEqual(try order(try open()).search, afterRefresh)
    }

    func testManyMeetingsOfOneDayAddedOneByOneKeepTheOrderWhenTheDayIsRankedAgain() throws {
        // Each new meeting starts later than all before it, so each goes first: the ranks run out and the day is ranked again.
        let index = try open()
        var ids: [String] = []
        for n in 0..<40 {
            let m = meeting(MeetingID(String(format: "2020-07-17-to-%02d", n)), hour: 6 + n / 4, minute: (n % 4) * 15)
            try temp.store.create(m)
            try index.refresh()
            ids.insert(m.id.rawValue, at: 0)
        }
        XCTAssertEqual(try order(index).list, ids)
        XCTAssertEqual(try order(index).search, ids)
    }
}
