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

    func testGoingLiveBeforeThePlannedEndKeepsIt() {
        var meeting = Factory.meeting()
        meeting.status = .planned
        let end = Timestamp(day: Factory.day, hour: 17, minute: 0, offset: 25200)
        meeting.endedAt = end
        meeting.goLive(at: Timestamp(day: Factory.day, hour: 14, minute: 5, offset: 25200))
        XCTAssertEqual(meeting.endedAt, end)
    }
}
