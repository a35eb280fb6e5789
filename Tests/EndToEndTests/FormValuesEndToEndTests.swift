import Foundation
import XCTest

/// At 80×24: an answerer chosen from the attendees is saved with their id,
/// a name typed stays text; a form only looked through closes on Esc
/// without asking.
final class FormValuesEndToEndTests: XCTestCase {
    /// A planned meeting with a chair and a vice-chair, through the command line.
    private func meetingWithOfficials(in data: DataFolder) throws -> String {
        let created = try data.run(["new", "--title", "Đối thoại về đất đai", "--organizer", "UBND phường Ngọc Thụy",
                                    "--date", "2026-11-24"])
        XCTAssertEqual(created.status, 0, created.stderr)
        let id = created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        for (name, title, role) in [("Nguyễn Quốc Văn", "Chủ tịch UBND phường", "chair"),
                                    ("Lê Đăng Lễ", "Phó Chủ tịch UBND phường", "official")] {
            let added = try data.run(["add-attendee", id, "--name", name, "--title", title, "--role", role])
            XCTAssertEqual(added.status, 0, added.stderr)
        }
        return id
    }

    private func open(_ tmux: Tmux) throws {
        try tmux.waitFor("6 hội nghị")
        try tmux.press("Enter")
        try tmux.waitFor("Đối thoại về đất đai")
    }

    func testAnAnswererChosenFromTheAttendeesIsSavedWithTheirId() throws {
        let data = try DataFolder()
        let id = try meetingWithOfficials(in: data)
        let tmux = try Tmux(["--data", data.path], width: 80, height: 24)
        try open(tmux)
        try tmux.press("n")
        try tmux.waitFor("Ý kiến mới")
        try tmux.type("Bà Đỗ Thị Hoa")
        try tmux.press("Tab", "Tab")
        try tmux.type("dat dai")
        try tmux.waitFor("▸ Đất đai")
        try tmux.press("Enter")
        try tmux.type("4")
        try tmux.type("Khi nào cấp giấy chứng nhận quyền sử dụng đất?")
        try tmux.press("Tab")
        // An honorific typed first: the name offered is the attendee's, and Tab takes it.
        try tmux.type("Ông Lê Đ")
        try tmux.waitFor("▸ Ông Lê Đăng Lễ, Phó Chủ tịch UBND phường")
        try tmux.press("Tab")
        try tmux.type("Trong tháng 12 sẽ cấp.")
        try tmux.press("F3")
        try tmux.waitFor("Người trả lời 2")
        try tmux.type("Bà Ngô Thị Mai")
        try tmux.press("Tab")
        try tmux.type("Bổ sung hồ sơ.")
        try tmux.waitFor("Bổ sung hồ sơ.")
        try tmux.press("F2")
        try tmux.waitFor("Đã lưu")

        let meeting = try data.meetingJSON(id)
        let attendees = try XCTUnwrap(meeting["attendees"] as? [[String: Any]])
        let official = try XCTUnwrap(attendees.first { $0["name"] as? String == "Lê Đăng Lễ" }?["id"] as? String)
        let opinion = try XCTUnwrap((meeting["opinions"] as? [[String: Any]])?.first)
        let responses = try XCTUnwrap(opinion["responses"] as? [[String: Any]])
        XCTAssertEqual(responses.count, 2)
        XCTAssertEqual(responses[0]["responder"] as? String, "Ông Lê Đăng Lễ, Phó Chủ tịch UBND phường")
        XCTAssertEqual(responses[0]["attendeeId"] as? String, official, "chosen from the attendees: linked by id")
        XCTAssertEqual(responses[1]["responder"] as? String, "Bà Ngô Thị Mai")
        XCTAssertNil(responses[1]["attendeeId"], "a name that is no attendee stays free text")
        XCTAssertEqual(opinion["disposition"] as? String, "answered")
    }

    func testEscOnAnUntouchedFormClosesItWithoutAsking() throws {
        let data = try DataFolder()
        _ = try meetingWithOfficials(in: data)
        let tmux = try Tmux(["--data", data.path], width: 80, height: 24)
        try open(tmux)
        for (key, title) in [("a", "› Thêm thành phần"), ("c", "› Kết luận của chủ trì"), ("n", "› Ý kiến mới")] {
            try tmux.press(key)
            try tmux.waitFor(title)
            // Moving only: between fields, inside the text, and page by page.
            try tmux.press("Tab", "Down", "Up", "Left", "Right", "Home", "End", "PageDown", "PageUp", "BTab", "Tab")
            try tmux.waitUntil("the keys to be taken", { !$0.contains("● chưa lưu") })
            try tmux.press("Escape")
            try tmux.waitUntil("the form to close without asking") { screen in
                !screen.contains(title) && screen.contains("Đối thoại về đất đai") && !screen.contains("Bỏ những gì vừa gõ?")
            }
        }
        // An edit is what makes Esc ask.
        try tmux.press("c")
        try tmux.waitFor("› Kết luận của chủ trì")
        try tmux.type("K")
        try tmux.waitFor("● chưa lưu")
        try tmux.press("Escape")
        try tmux.waitFor("Bỏ những gì vừa gõ?")
    }
}
