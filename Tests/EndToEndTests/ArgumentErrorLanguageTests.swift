import Foundation
import XCTest

/// A mistake on the command line is told in the interface's language: the
/// commands' own argument errors, and the argument parser's sentences and
/// the words around them ("Lỗi:", "Cách dùng:"), Vietnamese by default,
/// English with LANG=en… or --lang en.
final class ArgumentErrorLanguageTests: XCTestCase {
    func testAnEmptyTitleIsRefusedInTheInterfacesLanguage() throws {
        let data = try DataFolder()
        let arguments = ["new", "--title", " ", "--organizer", "UBND phường", "--date", "2026-12-01"]
        let vi = try data.run(arguments)
        XCTAssertEqual(vi.status, 64)
        XCTAssertTrue(vi.stderr.hasPrefix("Lỗi: --title không được để trống\n"), vi.stderr)
        XCTAssertTrue(vi.stderr.contains("Cách dùng: doithoai new") && vi.stderr.contains("Xem 'doithoai new --help' để biết thêm."), vi.stderr)
        XCTAssertFalse(vi.stderr.contains("Error") || vi.stderr.contains("Usage") || vi.stderr.contains("must not"), vi.stderr)
        let en = try data.run(arguments, environment: ["LANG": "en_US.UTF-8"])
        XCTAssertTrue(en.stderr.hasPrefix("Error: --title must not be empty\n"), en.stderr)
        XCTAssertTrue(en.stderr.contains("Usage: doithoai new"), en.stderr)
        let option = try data.run(arguments + ["--lang", "en"])
        XCTAssertTrue(option.stderr.hasPrefix("Error: --title must not be empty\n"), option.stderr)
    }

    func testTheParsersOwnSentencesAreSaidInVietnamese() throws {
        let data = try DataFolder()
        let kind = try data.run(["search", "đất", "--kind", "khieu-nai"])
        XCTAssertNotEqual(kind.status, 0)
        XCTAssertTrue(kind.stderr.hasPrefix("Lỗi: giá trị 'khieu-nai' không dùng được cho '--kind <kind>'; hãy cho một trong: "
                                            + "'commendation', 'complaint', 'recommendation', 'question' hoặc 'proposal'."), kind.stderr)
        let missing = try data.run(["add-opinion", "2020-07", "--anonymous", "--topic", "khac"])
        XCTAssertTrue(missing.stderr.hasPrefix("Lỗi: thiếu tham số bắt buộc '--text <text>'"), missing.stderr)
        let unknown = try data.run(["list", "--bogus"])
        XCTAssertTrue(unknown.stderr.hasPrefix("Lỗi: không có tùy chọn '--bogus'"), unknown.stderr)
        let english = try data.run(["list", "--bogus", "--lang", "en"])
        XCTAssertTrue(english.stderr.hasPrefix("Error: Unknown option '--bogus'"), english.stderr)
        let speaker = try data.run(["add-opinion", "2020-07", "--topic", "khac", "--text", "x"])
        XCTAssertTrue(speaker.stderr.hasPrefix("Lỗi: hãy cho --speaker TÊN, hoặc --anonymous"), speaker.stderr)
    }

    /// A negative number is the value typed, not another option: its own range is said.
    func testANegativeNumberIsReadAsTheValueAndItsRangeSaid() throws {
        let data = try DataFolder()
        let due = try data.run(["followups", "--due-within", "-1"])
        XCTAssertEqual(due.status, 64)
        XCTAssertTrue(due.stderr.hasPrefix("Lỗi: --due-within -1: hãy cho số ngày, từ 0 đến 36500"), due.stderr)
        let limit = try data.run(["search", "--limit", "-5", "ke"])
        XCTAssertTrue(limit.stderr.hasPrefix("Lỗi: --limit -5: hãy cho số kết quả muốn xem, từ 0 trở lên"), limit.stderr)
        let count = try data.run(["add-attendee", "2020-07-17-ngoc-thuy", "--name", "Các hộ dân", "--role", "citizen", "--count", "-3"])
        XCTAssertTrue(count.stderr.hasPrefix("Lỗi: --count -3: hãy cho số người"), count.stderr)
    }
}
