import Foundation
import XCTest

/// The opinions browser's filters, typed in the real program: the filter
/// form (F2), the line above the results, search as you type within them,
/// Enter to the meeting and back, F8 to clear; the counts agree with
/// `doithoai search` given the same filters.
final class BrowserFilterEndToEndTests: XCTestCase {
    /// The row of the screen that starts with `prefix` (trimmed), or "".
    private func line(_ screen: String, startingWith prefix: String) -> String {
        screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.first { $0.hasPrefix(prefix) } ?? ""
    }

    func testFilteringByTopicPeriodOrganizerAndKindThenSearchingWithin() throws {
        let data = try DataFolder()
        let cli = try data.run(["search", "--topic", "gpmb", "--from", "2018-01-01", "--to", "2018-12-31",
                                "--organizer", "UBND quận Thanh Xuân", "--json"])
        let expected = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(cli.stdout.utf8)) as? [[String: Any]]).count
        XCTAssertEqual(expected, 5, cli.stdout)

        let tmux = try Tmux(["--data", data.path])
        try tmux.waitFor("5 hội nghị")
        try tmux.press("/")
        let all = try tmux.waitFor("49 ý kiến")
        XCTAssertTrue(all.contains("Mọi ý kiến · F2 lọc theo"), all)
        XCTAssertFalse(all.contains("F8 Bỏ lọc"), "nothing to clear yet:\n\(all)")
        try tmux.press("F2")
        try tmux.waitFor("Bộ lọc ý kiến")
        try tmux.type("gpmb")
        try tmux.waitFor("▸ Giải phóng mặt bằng")
        try tmux.press("Tab")
        try tmux.type("2018")
        // A year typed alone says the day it means, beside the field.
        try tmux.waitFor("2018 → 01/01/2018")
        try tmux.press("Tab")
        try tmux.type("2018")
        try tmux.waitFor("2018 → 31/12/2018")
        try tmux.press("Tab")
        try tmux.type("UBND q")
        try tmux.waitFor("▸ UBND quận Thanh Xuân")
        try tmux.press("Tab")
        try tmux.waitUntil("the organizer taken") { self.line($0, startingWith: "Cơ quan tổ chức").hasSuffix("UBND quận Thanh Xuân") }
        try tmux.press("F2")
        let filtered = try tmux.waitFor("\(expected) ý kiến")
        XCTAssertEqual(line(filtered, startingWith: "Lọc:"), "Lọc: Giải phóng mặt bằng 2018 cơ quan: UBND quận Thanh Xuân")
        XCTAssertTrue(filtered.contains("F8 Bỏ lọc"), filtered)

        // Search as you type, within the filters.
        try tmux.type("ho so ")
        let within = try tmux.waitFor("1 ý kiến")
        XCTAssertTrue(within.contains("Bà Trần Thị Lan"), within)
        // Enter opens the meeting at that opinion; Esc comes back to the same results.
        try tmux.press("Enter")
        try tmux.waitFor("29/12/2018 · UBND quận Thanh Xuân")
        try tmux.press("Escape")
        try tmux.waitUntil("the results as they were") {
            self.line($0, startingWith: "Lọc:") == "Lọc: Giải phóng mặt bằng 2018 cơ quan: UBND quận Thanh Xuân" && $0.contains("1 ý kiến")
        }

        // F2 again shows the filters chosen; the kind narrows them further.
        try tmux.press("C-u")
        try tmux.waitFor("\(expected) ý kiến")
        try tmux.press("F2")
        try tmux.waitUntil("the form showing the filters") { self.line($0, startingWith: "Từ ngày").hasSuffix("01/01/2018") }
        for _ in 0..<5 { try tmux.press("Tab") }  // topic → from → to → organizer → speaker → kind
        try tmux.press("Right", "Right")
        try tmux.waitFor("◀ Phản ánh ▶")
        try tmux.press("F2")
        try tmux.waitUntil("the kind among the filters") {
            self.line($0, startingWith: "Lọc:").hasSuffix("Thanh Xuân Phản ánh") && $0.contains("1 ý kiến")
        }

        // F8 clears every filter.
        try tmux.press("F8")
        let cleared = try tmux.waitFor("49 ý kiến")
        XCTAssertTrue(cleared.contains("Mọi ý kiến · F2 lọc theo"), cleared)
        try tmux.press("F10")
        tmux.waitForExit()
    }

    func testInEnglishADateThatDoesNotReadIsSaidBesideItAndF4StepsThePeriods() throws {
        let data = try DataFolder()
        let tmux = try Tmux(["--data", data.path, "--lang", "en"])
        try tmux.waitFor("5 meetings")
        try tmux.press("/")
        try tmux.waitFor("49 opinions")
        try tmux.press("F2")
        try tmux.waitFor("Opinion filters")
        try tmux.press("Tab")
        try tmux.type("31/02/2019")
        try tmux.press("F2")
        let refused = try tmux.waitFor("⚠ A day dd/mm/yyyy")
        let from = line(refused, startingWith: "From")
        XCTAssertTrue(from.contains("31/02/2019") && from.hasSuffix("⚠ A day dd/mm/yyyy, a month mm/yyyy or a year yyyy"), refused)
        try tmux.press("C-u")
        try tmux.type("3/2019")
        try tmux.waitFor("3/2019 → 01/03/2019")
        try tmux.press("Tab")
        try tmux.type("2019")
        try tmux.press("F2")
        let period = try tmux.waitFor("Filter:")
        XCTAssertEqual(line(period, startingWith: "Filter:"), "Filter: 03/2019–12/2019")
        // F4: dates typed by hand step back to every day, then this month, this year (TestClock: November 2026).
        try tmux.press("F4")
        try tmux.waitFor("All opinions · F2 filters:")
        try tmux.press("F4")
        try tmux.waitUntil("this month") { self.line($0, startingWith: "Filter:") == "Filter: 11/2026" }
        try tmux.press("F4")
        let year = try tmux.waitFor("0 opinions")
        XCTAssertEqual(line(year, startingWith: "Filter:"), "Filter: 2026")
        try tmux.press("F10")
        tmux.waitForExit()
    }
}
