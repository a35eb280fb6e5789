import Foundation
import XCTest

/// At 80×24, as a secretary meets them: F1 in every form lists that form's
/// own keys (never `q` as quit, since `q` types a letter there), and the
/// key bars of the meeting screen and the list offer the keys people need.
final class KeyHelpTests: XCTestCase {
    func plannedMeeting(_ data: DataFolder) throws -> String {
        let created = try data.run(["new", "--title", "Đối thoại tháng 12", "--organizer", "UBND phường Bồ Đề", "--date", TestClock.day])
        XCTAssertEqual(created.status, 0, created.stderr)
        let id = created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(try data.run(["add-attendee", id, "--name", "Nguyễn Quốc Văn", "--role", "chair"]).status, 0)
        return id
    }

    /// Help read whole: the first page, then each page PgDn shows, until
    /// nothing more lies below.
    func wholeHelp(_ tmux: Tmux, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        var page = try tmux.waitFor("Phím dùng được ở màn hình", file: file, line: line)
        var pages = [page]
        while page.contains("▼ còn") {
            let before = page
            try tmux.press("NPage")
            try tmux.waitUntil("help scrolled", { $0 != before }, file: file, line: line)
            page = try tmux.screen()
            pages.append(page)
        }
        XCTAssertGreaterThan(pages.count, 1, "the help of a form is longer than a screen and says so", file: file, line: line)
        return pages.joined(separator: "\n")
    }

    /// F1 on the form on screen: its help names it, lists `keys` and never offers `q` to quit.
    func assertFormHelp(_ tmux: Tmux, title: String, keys: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        try tmux.press("F1")
        let help = try wholeHelp(tmux, file: file, line: line)
        XCTAssertTrue(help.contains("Phím dùng được ở màn hình: \(title)"), "help of “\(title)”:\n\(help)", file: file, line: line)
        for key in ["F2, ^S", "Esc", "F10, ^C"] + keys {
            XCTAssertTrue(help.contains(key), "help of “\(title)” lacks \(key):\n\(help)", file: file, line: line)
        }
        let quit = help.split(separator: "\n").filter { $0.hasSuffix("Thoát") && !$0.contains("Esc Quay lại") }
        XCTAssertFalse(quit.isEmpty, help, file: file, line: line)
        for row in quit {
            XCTAssertFalse(row.split(separator: " ").contains { $0 == "q" || $0 == "q," }, "q quits in “\(title)”: \(row)", file: file, line: line)
        }
        XCTAssertFalse(help.contains("Lọc"), "help of “\(title)” shows the list's keys", file: file, line: line)
        try tmux.press("Escape")
        try tmux.waitUntil("help closed", { !$0.contains("Phím dùng được ở màn hình") }, file: file, line: line)
    }

    func testF1InEveryFormListsThatFormsKeysAndNeverQ() throws {
        let data = try DataFolder()
        _ = try plannedMeeting(data)
        let tmux = try Tmux(["--data", data.path])
        try tmux.waitFor("6 hội nghị")
        let line = ["^U", "Xóa cả ô", "Home, ^A", "End, ^E", "^W", "^K"]
        // The list's new-meeting form.
        try tmux.press("n")
        try tmux.waitFor("Đối thoại › Hội nghị mới")
        try assertFormHelp(tmux, title: "Hội nghị mới", keys: line + ["→, Space", "Chọn tiếp"])
        try tmux.press("Escape")
        try tmux.waitFor("Danh sách hội nghị")
        try tmux.press("Enter")
        try tmux.waitFor("Đối thoại tháng 12")
        // The meeting's forms, each from its key.
        let forms: [(key: String, title: String, keys: [String])] = [
            ("e", "Sửa thông tin hội nghị", line),
            ("a", "Thêm thành phần", line + ["→, Space"]),
            ("n", "Ý kiến mới", line + ["F3", "F4", "F5", "1–5", "Chọn loại ý kiến", "Tab, Enter", "Lấy gợi ý",
                                       "Xuống dòng"]),
            ("f", "Giao việc", line + ["Tab, Enter", "Lấy gợi ý"]),
            ("c", "Kết luận của chủ trì", ["^W", "^K", "Enter", "Xuống dòng"]),
            ("b", "Báo cáo trình bày", line),
        ]
        for form in forms {
            try tmux.press(form.key)
            try tmux.waitFor("Đối thoại › " + form.title)
            try assertFormHelp(tmux, title: form.title, keys: form.keys)
            try tmux.press("Escape")
            try tmux.waitFor("n Ý kiến mới")
        }
        // The end of a live meeting.
        try tmux.press("l")
        try tmux.waitFor("ĐANG HỌP")
        try tmux.press("l")
        try tmux.waitFor("Đối thoại › Kết thúc hội nghị")
        try assertFormHelp(tmux, title: "Kết thúc hội nghị", keys: line)
    }

    func testTheMeetingScreenAndTheListOfferTheirKeysAt80Columns() throws {
        let data = try DataFolder()
        _ = try plannedMeeting(data)
        let tmux = try Tmux(["--data", data.path])
        try tmux.waitFor("6 hội nghị")
        for key in ["Enter Mở", "n Tạo mới", "f Lọc", "/ Tìm ý kiến", "F6 Theo dõi việc", "F7 Báo cáo", "F8 Đồng bộ",
                    "F1 Trợ giúp", "F10 Thoát"] {
            try tmux.waitFor(key)
        }
        try tmux.press("Enter")
        try tmux.waitFor("Đối thoại tháng 12")
        let screen = try tmux.waitFor("F7 Báo cáo")
        let bar = screen.split(separator: "\n").suffix(2).joined(separator: "\n")
        for key in ["n Ý kiến mới", "a Đại biểu", "e Chi tiết", "Tab Thẻ", "Enter Sửa", "^Z Hoàn tác", "l Trực tiếp",
                    "/ Tìm", "F6 Việc", "F7 Báo cáo", "F1 Trợ giúp", "Esc Quay lại", "F10 Thoát"] {
            XCTAssertTrue(bar.contains(key), "the meeting's key bar at 80 columns lacks \(key):\n\(bar)")
        }
    }
}
