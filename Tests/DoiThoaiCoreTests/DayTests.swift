import XCTest
@testable import DoiThoaiCore

final class DayTests: XCTestCase {
    func testParsesISOAndVietnameseForms() {
        XCTAssertEqual(Day(parsing: "2020-07-17"), Day(year: 2020, month: 7, day: 17))
        XCTAssertEqual(Day(parsing: "17/07/2020"), Day(year: 2020, month: 7, day: 17))
        XCTAssertEqual(Day(parsing: "17/7/2020"), Day(year: 2020, month: 7, day: 17))
        XCTAssertNil(Day(parsing: "31/02/2020"))
    }

    /// The ten-byte ISO form is read from its bytes; what is not exactly that goes by the general rules.
    func testTheISOFastPathKeepsTheRules() {
        XCTAssertEqual(Day(parsing: "0001-01-01"), Day(year: 1, month: 1, day: 1))
        XCTAssertEqual(Day(parsing: "9999-12-31"), Day(year: 9999, month: 12, day: 31))
        XCTAssertEqual(Day(parsing: "2024-02-29"), Day(year: 2024, month: 2, day: 29))
        for bad in ["2023-02-29", "0000-01-01", "2020-13-01", "2020-00-10", "2020-1a-01", "2020-07-1 ", "2020+07-17",
                    "20200-7-17", "2020-7-170", "-020-07-17", "２020-07-17"] {
            XCTAssertNil(Day(parsing: bad), bad)
        }
        XCTAssertEqual(Day(parsing: " 2020-07-17"), Day(year: 2020, month: 7, day: 17), "spaces around are still trimmed")
        XCTAssertEqual(Day(parsing: "17-07-2020"), Day(year: 2020, month: 7, day: 17))
        XCTAssertEqual(Day(parsing: "17.07.2020"), Day(year: 2020, month: 7, day: 17))
    }

    func testOrdinalRoundTrip() {
        let day = Day(year: 2018, month: 12, day: 29)!
        XCTAssertEqual(Day(ordinal: day.ordinal), day)
        XCTAssertEqual(day.adding(days: 3).iso, "2019-01-01")
    }
}
