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
