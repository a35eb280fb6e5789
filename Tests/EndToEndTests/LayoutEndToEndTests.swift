import Foundation
import XCTest

/// The real program at 80×24 in tmux, on the sample archive: what tells rows
/// apart is whole on each screen (a place, a speaker, a topic, a meeting),
/// and the search's pane shows a done follow-up as done.
final class LayoutEndToEndTests: XCTestCase {
    func row(_ screen: String, containing text: String) -> String {
        screen.split(separator: "\n").map(String.init).first { $0.contains(text) } ?? ""
    }

    func testEveryScreenShowsWhatTellsItsRowsApartAt80x24() throws {
        let data = try DataFolder()
        let tmux = try Tmux(["--data", data.path], width: 80, height: 24)
        let list = try tmux.waitFor("5 hội nghị")
        XCTAssertTrue(row(list, containing: "17/07/2020").contains("Ngọc Thụy"), list)
        XCTAssertTrue(row(list, containing: "29/12/2018").contains("Thanh Xuân"), list)

        // Thanh Xuân's opinions: speaker and topic whole on the row.
        try tmux.press("End", "Enter")
        try tmux.waitFor("UBND quận Thanh Xuân")
        try tmux.press("Tab", "Tab", "Tab")
        let opinions = try tmux.waitFor("Người phát biểu")
        for (speaker, topic) in [("Ông Nguyễn Văn Hải", "Giải phóng mặt bằng"), ("Ông Hoàng Văn Đức", "Cấp giấy phép xây dựng"),
                                 ("Ông Nguyễn Hữu Thắng", "Chính sách người có công")] {
            XCTAssertTrue(row(opinions, containing: speaker).contains(topic), "\(speaker) · \(topic):\n\(opinions)")
        }

        // Its follow-ups: the assignee beside the opinion it answers.
        try tmux.press("Tab")
        let followUps = try tmux.waitFor("Đơn vị thực hiện")
        XCTAssertTrue(row(followUps, containing: "28/02/2019").contains("Phòng Y tế quận"), followUps)

        // The search: speakers and topics whole, and the pane says a done follow-up is done.
        try tmux.press("/")
        try tmux.waitFor("Tìm:")
        try tmux.type("cong khai tien do")
        let search = try tmux.waitFor("☑ Đã xong")
        XCTAssertTrue(row(search, containing: "Ông Nguyễn Văn Hải").contains("Giải phóng mặt bằng"), search)
        XCTAssertFalse(search.contains("☐ Công khai"), search)
        XCTAssertTrue(search.contains("Kiến nghị · Đã trả lời tại hội nghị"), search)

        // F6: each follow-up's meeting by its place.
        try tmux.press("F6")
        let tracker = try tmux.waitFor("Theo dõi việc giao")
        XCTAssertTrue(row(tracker, containing: "31/12/2023").contains("Sở Nội vụ Lạng Sơn"), tracker)
        XCTAssertTrue(row(tracker, containing: "30/09/2020").contains("P. Ngọc Thụy"), tracker)
        try tmux.press("F10")
        tmux.waitForExit()
    }
}
