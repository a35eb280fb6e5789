import DoiThoaiCore
import XCTest
@testable import DoiThoaiUI

/// F7 opens on this year, or on all time when this year has no meeting.
final class ReportPeriodTests: XCTestCase {
    func testAnArchiveWithNothingThisYearOpensOnAllTime() {
        var state = UIFactory.state()
        state.now = Timestamp(day: Day(year: 2026, month: 11, day: 24)!, hour: 9, minute: 0, offset: 25200)
        let effects = UIFactory.press(&state, [.function(7)])
        XCTAssertEqual(state.reportScreen.period, .all)
        XCTAssertTrue(effects.contains(.loadReport(from: nil, to: nil, asOf: state.now.day, english: false)), "\(effects)")
        // A period chosen with Tab is kept the next time.
        UIFactory.press(&state, [.tab])
        let chosen = state.reportScreen.period
        UIFactory.press(&state, [.escape, .function(7)])
        XCTAssertEqual(state.reportScreen.period, chosen)
    }

    func testAYearWithMeetingsOpensOnThisYear() {
        var state = UIFactory.state()
        UIFactory.press(&state, [.function(7)])
        XCTAssertEqual(state.reportScreen.period, .year)
    }
}
