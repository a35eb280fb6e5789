import Foundation
import XCTest

/// Typing in the opinion form at 80×24 as a new secretary would: initials
/// find topics, a new topic is asked about, Tab takes a suggestion, a
/// prefilled date is replaced by typing, and at 80×18 the form scrolls
/// inside its area.
final class FormTypingTests: XCTestCase {
    func plannedMeeting(_ data: DataFolder) throws -> String {
        let created = try data.run(["new", "--title", "Đối thoại tháng 12", "--organizer", "UBND phường Bồ Đề", "--date", "2026-12-01"])
        XCTAssertEqual(created.status, 0, created.stderr)
        let id = created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(try data.run(["add-attendee", id, "--name", "Nguyễn Quốc Văn", "--role", "chair"]).status, 0)
        return id
    }

    func openOpinionForm(_ tmux: Tmux) throws {
        try tmux.waitFor("6 hội nghị")
        try tmux.press("Enter")
        try tmux.waitFor("Đối thoại tháng 12")
        try tmux.press("n")
        try tmux.waitFor("Ý kiến mới")
    }

    func testTopicsByInitialsANewTopicAskedTabTakesASuggestionAndAPrefilledDateIsReplaced() throws {
        let data = try DataFolder()
        let id = try plannedMeeting(data)
        let tmux = try Tmux(["--data", data.path])
        try openOpinionForm(tmux)
        try tmux.type("Phan")
        try tmux.waitFor("▸ Bà Phan Thị Thu")
        try tmux.waitFor("Tab: lấy")
        try tmux.press("Tab")
        try tmux.waitFor("Người phát biểu       Bà Phan Thị Thu")
        try tmux.press("Tab")
        for (initials, topic) in [("gpxd", "Cấp giấy phép xây dựng"), ("attp", "An toàn vệ sinh thực phẩm")] {
            try tmux.press("C-u")
            try tmux.type(initials)
            try tmux.waitFor("▸ \(topic)")
        }
        try tmux.press("C-u")
        try tmux.type("Nước sạch")
        try tmux.waitFor("▸ + Lĩnh vực mới: Nước sạch")
        try tmux.press("Enter")
        try tmux.waitFor("Chưa có lĩnh vực “Nước sạch”")
        try tmux.press("Escape")
        try tmux.waitUntil("the question closed") { !$0.contains("Chưa có lĩnh vực") }
        try tmux.press("C-u")
        try tmux.type("attp")
        try tmux.waitFor("▸ An toàn vệ sinh thực phẩm")
        try tmux.press("Enter")
        try tmux.type("3Bếp ăn tập thể chưa được kiểm tra.")
        try tmux.press("F4")
        try tmux.waitFor("Việc giao")
        try tmux.type("Kiểm tra bếp ăn")
        try tmux.press("Tab")
        try tmux.type("Trạm Y tế phường")
        try tmux.press("Tab")
        // The prefilled due date is selected: typing replaces it.
        try tmux.type("7")
        try tmux.waitFor("7 → 08/12/2026")
        try tmux.press("F2")
        try tmux.waitFor("Đã lưu")
        try tmux.press("F10")
        tmux.waitForExit()
        let json = try data.meetingJSON(id)
        let opinion = try XCTUnwrap((json["opinions"] as? [[String: Any]])?.first)
        XCTAssertEqual(opinion["topic"] as? String, "an-toan-ve-sinh-thuc-pham")
        let followUp = try XCTUnwrap((json["followUps"] as? [[String: Any]])?.first)
        XCTAssertEqual(followUp["dueDate"] as? String, "2026-12-08")
        let topics = try String(contentsOf: data.url.appendingPathComponent("topics.json"), encoding: .utf8)
        XCTAssertFalse(topics.contains("Nước sạch"), "the topic declined was not created")
    }

    func testAtEightyByEighteenTheFormScrollsInsideItsArea() throws {
        let data = try DataFolder()
        _ = try plannedMeeting(data)
        let tmux = try Tmux(["--data", data.path], width: 80, height: 18)
        try openOpinionForm(tmux)
        try tmux.press("F4")
        let screen = try tmux.waitFor("Việc giao")
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertTrue(lines[0].contains("Đối thoại › Ý kiến mới"), "the title line stays: \(screen)")
        XCTAssertTrue(lines[17].hasPrefix("F3 Trả lời"), "the key bar stays: \(screen)")
        let status = lines[16].trimmingCharacters(in: .whitespaces)
        // Empty but for the typing badge, or the key bar's second row ("Tab Ô sau  F9 …"): no field.
        XCTAssertTrue(status.isEmpty || status.hasPrefix("[") || status.hasPrefix("Tab Ô sau"),
                      "the status line is not drawn over: \(screen)")
        // From the task (the 11th field) back to the speaker.
        for _ in 0..<10 { try tmux.press("BTab") }
        try tmux.waitFor("Người phát biểu")
        let top = try tmux.screen()
        XCTAssertTrue(top.split(separator: "\n").last?.hasPrefix("F3 Trả lời") == true, top)
    }
}
