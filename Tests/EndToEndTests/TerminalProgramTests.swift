import Foundation
import XCTest

/// The terminal program, started for real in tmux and driven by keys.
final class TerminalProgramTests: XCTestCase {
    func testTheSampleMeetingsAppearNewestFirst() throws {
        let data = try DataFolder()
        let tmux = try Tmux(["--data", data.path])
        let screen = try tmux.waitFor("5 hội nghị")
        let lines = screen.split(separator: "\n").map(String.init)
        let first = try XCTUnwrap(lines.firstIndex { $0.contains("22/09/2023") })
        let last = try XCTUnwrap(lines.firstIndex { $0.contains("29/12/2018") })
        XCTAssertLessThan(first, last)
        XCTAssertTrue(screen.contains("F1 Trợ giúp") && screen.contains("F10 Thoát"))
        // At 80 columns the place that tells two ward meetings apart is on their rows.
        let ngocThuy = try XCTUnwrap(lines.first { $0.contains("17/07/2020") })
        let thanhXuan = try XCTUnwrap(lines.first { $0.contains("29/12/2018") })
        XCTAssertTrue(ngocThuy.contains("Ngọc Thụy"), ngocThuy)
        XCTAssertTrue(thanhXuan.contains("Thanh Xuân"), thanhXuan)
    }

    func testAMeetingWithAttendeesIsCreatedFromTheKeyboardAndSavedInNFC() throws {
        let data = try DataFolder(empty: true)
        let tmux = try Tmux(["--data", data.path])
        try tmux.waitFor("0 hội nghị")
        try tmux.press("n")
        try tmux.waitFor("Hội nghị mới")
        try tmux.type("Hội nghị đối thoại với Nhân dân năm 2026")
        try tmux.press("Tab")
        try tmux.type("UBND phường Ngọc Thụy")
        try tmux.press("F2")
        try tmux.waitFor("Đã tạo hội nghị")
        try tmux.press("a")
        try tmux.waitFor("Thêm thành phần")
        try tmux.type("Nguyễn Quốc Văn")
        try tmux.press("Tab")
        try tmux.type("Chủ tịch UBND phường")
        try tmux.press("F2")
        try tmux.waitFor("Đã lưu")
        try tmux.press("a")
        try tmux.waitFor("Thêm thành phần")
        try tmux.type("Lê Đăng Lễ".decomposedStringWithCanonicalMapping)
        try tmux.press("C-s")
        try tmux.waitFor("Thành phần 2")
        try tmux.press("F10")
        tmux.waitForExit()
        let files = try FileManager.default.contentsOfDirectory(atPath: data.path + "/meetings").filter { $0.hasSuffix(".json") }
        XCTAssertEqual(files.count, 1)
        let id = try XCTUnwrap(files.first).replacingOccurrences(of: ".json", with: "")
        XCTAssertTrue(id.hasSuffix("-ngoc-thuy"))
        let json = try data.meetingJSON(id)
        XCTAssertEqual(json["title"] as? String, "Hội nghị đối thoại với Nhân dân năm 2026")
        let attendees = try XCTUnwrap(json["attendees"] as? [[String: Any]])
        XCTAssertEqual(attendees.map { $0["name"] as? String }, ["Nguyễn Quốc Văn", "Lê Đăng Lễ"])
        XCTAssertEqual(attendees.map { $0["role"] as? String }, ["chair", "secretary"])
        let raw = try String(contentsOf: data.meetingFile(id), encoding: .utf8)
        XCTAssertTrue(raw.contains("Lê Đăng Lễ"), "stored in NFC")
        XCTAssertFalse(FileManager.default.fileExists(atPath: data.path + "/meetings/\(id).lock"), "the lock is released on quit")
    }

    func testHelpShowsTheKeysOfTheScreenItWasOpenedFrom() throws {
        let data = try DataFolder()
        let tmux = try Tmux(["--data", data.path])
        try tmux.waitFor("5 hội nghị")
        try tmux.press("F1")
        var help = try tmux.waitFor("Phím dùng được ở màn hình: Danh sách hội nghị")
        XCTAssertTrue(help.contains("Tạo mới") && help.contains("Lọc"))
        try tmux.press("Escape")
        try tmux.waitFor("5 hội nghị")
        try tmux.press("Enter")
        try tmux.waitFor("Thông tin")
        try tmux.press("?")
        help = try tmux.waitFor("Phím dùng được ở màn hình: Hội nghị")
        XCTAssertTrue(help.contains("Chi tiết") && help.contains("▼ còn"), help)
        // The sample meeting is closed: help, like its key bar, leaves off what cannot work there.
        XCTAssertFalse(help.contains("Ý kiến mới") || help.contains("Họp trực tiếp"), help)
        XCTAssertFalse(help.contains("Lọc"))
        try tmux.press("NPage")
        help = try tmux.waitFor("▲ còn")
        XCTAssertTrue(help.contains("Đầu danh sách"), help)   // the keys for every screen, below the meeting's own
    }

    func testResizingToATinyWindowAndBackLeavesACorrectScreen() throws {
        let data = try DataFolder()
        let tmux = try Tmux(["--data", data.path])
        try tmux.waitFor("5 hội nghị")
        try tmux.resize(width: 10, height: 5)
        try tmux.waitFor("(10×5)")
        try tmux.resize(width: 80, height: 24)
        // Polled until the whole screen is drawn: under load a capture can land between the list and the key bar.
        try tmux.waitUntil("the list with its key bar") { $0.contains("5 hội nghị") && $0.contains("F10 Thoát") }
        XCTAssertFalse(try tmux.screen().contains("(10×5)"))
        try tmux.resize(width: 200, height: 60)
        try tmux.waitUntil("a wide table") { $0.contains("Hội thảo khoa học “Đánh giá sự hài lòng của người dân") }
        XCTAssertFalse(tmux.hasExited())
    }

    func testEnglishInterfaceWithLangEn() throws {
        let data = try DataFolder()
        let tmux = try Tmux(["--data", data.path, "--lang", "en"])
        let screen = try tmux.waitFor("5 meetings")
        XCTAssertTrue(screen.contains("F1 Help") && screen.contains("F10 Quit") && screen.contains("Organizer"))
    }

    func testSigtermEndsTheProgramAndTheRecordIsIntact() throws {
        let data = try DataFolder()
        let before = try Data(contentsOf: data.meetingFile("2020-07-17-ngoc-thuy"))
        let tmux = try Tmux(["--data", data.path])
        try tmux.waitFor("5 hội nghị")
        try tmux.press("Down", "Enter")
        try tmux.waitFor("Ngọc Thụy")
        let pid = try tmux.pid()
        kill(pid, SIGTERM)
        tmux.waitForExit()
        XCTAssertEqual(try Data(contentsOf: data.meetingFile("2020-07-17-ngoc-thuy")), before)
        XCTAssertFalse(FileManager.default.fileExists(atPath: data.path + "/meetings/2020-07-17-ngoc-thuy.lock"))
    }

    func testASecondProgramOpensAHeldMeetingReadOnlyNamingTheHolder() throws {
        let data = try DataFolder()
        let first = try Tmux(["--data", data.path])
        try first.waitFor("5 hội nghị")
        try first.press("Down", "Enter")
        try first.waitFor("Thành phần 10")
        let second = try Tmux(["--data", data.path])
        try second.waitFor("5 hội nghị")
        try second.press("Down", "Enter")
        let screen = try second.waitFor("Chỉ xem")
        XCTAssertTrue(screen.contains("tiến trình \(try first.pid())"), screen)
    }

    func testABrokenFileIsShownInTheWarningLineWhileTheOthersList() throws {
        let data = try DataFolder()
        try "{ not json".write(to: data.meetingFile("2021-01-01-hong"), atomically: true, encoding: .utf8)
        let tmux = try Tmux(["--data", data.path])
        let screen = try tmux.waitFor("5 hội nghị")
        XCTAssertTrue(screen.contains("1 tệp không đọc được") && screen.contains("2021-01-01-hong.json"), screen)
    }
}
