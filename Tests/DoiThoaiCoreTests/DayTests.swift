import XCTest
@testable import DoiThoaiCore

final class DayTests: XCTestCase {
    func testParsesISOAndVietnameseForms() {
        XCTAssertEqual(Day(parsing: "2020-07-17"), Day(year: 2020, month: 7, day: 17))
        XCTAssertEqual(Day(parsing: "17/07/2020"), Day(year: 2020, month: 7, day: 17))
        XCTAssertEqual(Day(parsing: "17/7/2020"), Day(year: 2020, month: 7, day: 17))
        XCTAssertNil(Day(parsing: "31/02/2020"))
    }

    func testOrdinalRoundTrip() {
        let day = Day(year: 2018, month: 12, day: 29)!
        XCTAssertEqual(Day(ordinal: day.ordinal), day)
        XCTAssertEqual(day.adding(days: 3).iso, "2019-01-01")
    }
}
