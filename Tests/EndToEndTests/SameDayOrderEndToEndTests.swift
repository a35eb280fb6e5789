import Foundation
import XCTest

/// Three meetings held on one day, created in the order of their ids: the
/// program's list, `doithoai list` (text and JSON) and `search` all give the
/// latest start first, a meeting with no start time last.
final class SameDayOrderEndToEndTests: XCTestCase {
    /// Organizers in the order the meetings should be listed.
    static let expected = ["UBND phường Ngọc Thụy", "UBND phường Thạch Bàn", "UBND phường Phúc Đồng", "UBND phường Bồ Đề",
                           "UBND phường Long Biên"]

    func archive() throws -> DataFolder {
        let data = try DataFolder(empty: true)
        for (organizer, date, start) in [("UBND phường Bồ Đề", "2026-11-20", nil), ("UBND phường Long Biên", "2026-11-19", "20:00"),
                                         ("UBND phường Ngọc Thụy", "2026-11-20", "17:15"), ("UBND phường Phúc Đồng", "2026-11-20", "08:00"),
                                         ("UBND phường Thạch Bàn", "2026-11-20", "13:00")] {
            let made = try data.run(["new", "--title", "Hội nghị đối thoại", "--organizer", organizer, "--date", date]
                                    + (start.map { ["--start", $0] } ?? []))
            XCTAssertEqual(made.status, 0, made.stderr)
            let id = made.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            let added = try data.run(["add-opinion", id, "--speaker", "Ông Tạ Văn Hợi", "--topic", "dat dai",
                                      "--text", "Đường làng ở \(organizer) xuống cấp"])
            XCTAssertEqual(added.status, 0, added.stderr)
        }
        return data
    }

    /// Each expected organizer's first position in `text`, in the order found.
    func order(in text: String, of names: [String]) -> [String] {
        names.compactMap { name in text.range(of: name).map { (name, $0.lowerBound) } }.sorted { $0.1 < $1.1 }.map(\.0)
    }

    func testCommandsListAndSearchTheLatestMeetingOfADayFirst() throws {
        let data = try archive()
        let list = try data.run(["list"])
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertEqual(order(in: list.stdout, of: Self.expected), Self.expected, list.stdout)
        let json = try data.run(["list", "--json"])
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.compactMap { $0["organizer"] as? String }, Self.expected)
        let search = try data.run(["search", "duong lang", "--json"])
        let hits = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(search.stdout.utf8)) as? [[String: Any]], search.stdout)
        XCTAssertEqual(hits.compactMap { $0["organizer"] as? String }, Self.expected, "the later meeting's opinions first within the day")
    }

    func testTheProgramListsTheLatestMeetingOfADayFirstAt80x24() throws {
        let data = try archive()
        let tmux = try Tmux(["--data", data.path])
        let screen = try tmux.waitFor("5 hội nghị")
        let shortNames = ["Ngọc Thụy", "Thạch Bàn", "Phúc Đồng", "Bồ Đề", "Long Biên"]
        XCTAssertEqual(order(in: screen, of: shortNames), shortNames, screen)
    }
}
