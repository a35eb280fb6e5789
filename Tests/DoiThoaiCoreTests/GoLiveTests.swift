import XCTest
@testable import DoiThoaiCore

/// Found by the reducer property test: going live after the planned end
/// left an end before the start, which no save accepts.
final class GoLiveTests: XCTestCase {
    func testGoingLiveAfterThePlannedEndDropsThatEnd() {
        var meeting = Factory.meeting()
        meeting.status = .planned
        meeting.endedAt = Timestamp(day: Factory.day, hour: 1, minute: 0, offset: 25200)
        meeting.startedAt = nil
        meeting.goLive(at: Timestamp(day: Factory.day, hour: 4, minute: 6, offset: 25200))
        XCTAssertNil(meeting.endedAt)
        XCTAssertEqual(meeting.problems(), [])
    }

    /// A live meeting has not ended: its planned end is kept as planned, and
    /// the details, the list and the minutes do not show it as its end.
    func testGoingLiveBeforeThePlannedEndKeepsItAsPlanned() {
        var meeting = Factory.meeting()
        meeting.status = .planned
        let end = Timestamp(day: Factory.day, hour: 17, minute: 0, offset: 25200)
        meeting.endedAt = end
        meeting.goLive(at: Timestamp(day: Factory.day, hour: 14, minute: 5, offset: 25200))
        XCTAssertNil(meeting.endedAt)
        XCTAssertEqual(meeting.plannedEnd, end)
        XCTAssertEqual(meeting.problems(), [])
    }

    /// Closing a meeting reopened for a correction offers the end it had, not now.
    func testAReopenedMeetingIsOfferedItsRecordedEnd() {
        var meeting = Factory.meeting()
        meeting.status = .planned
        meeting.endedAt = nil
        meeting.goLive(at: Timestamp(day: Factory.day, hour: 14, minute: 5, offset: 25200))
        let end = Timestamp(day: Factory.day, hour: 16, minute: 45, offset: 25200)
        meeting.close(at: end, conclusion: "Kết luận")
        let weeksLater = Timestamp(day: Factory.day.adding(days: 20), hour: 9, minute: 0, offset: 25200)
        meeting.reopen(at: weeksLater, by: "Thư ký")
        XCTAssertEqual(meeting.proposedEnd(now: weeksLater), end)
    }
}

/// Opinions typed before `l` was pressed on the day: the start is the first of them.
final class GoLiveAfterOpinionsTests: XCTestCase {
    func testOpinionsTakenEarlierTodayMoveTheStartBackButOlderOnesDoNot() {
        var meeting = Factory.meeting()
        meeting.status = .planned
        meeting.endedAt = nil
        let day = Factory.day
        for index in meeting.opinions.indices { meeting.opinions[index].recordedAt = nil }
        meeting.opinions[0].recordedAt = Timestamp(day: day.adding(days: -3), hour: 9, minute: 0, offset: 25200)
        if meeting.opinions.count > 1 {
            meeting.opinions[1].recordedAt = Timestamp(day: day, hour: 14, minute: 2, second: 9, offset: 25200)
        }
        let pressed = Timestamp(day: day, hour: 14, minute: 5, offset: 25200)
        meeting.goLive(at: pressed)
        let expected = meeting.opinions.count > 1 ? Timestamp(day: day, hour: 14, minute: 2, second: 9, offset: 25200) : pressed
        XCTAssertEqual(meeting.startedAt, expected)
        XCTAssertEqual(meeting.date, day)
    }
}
