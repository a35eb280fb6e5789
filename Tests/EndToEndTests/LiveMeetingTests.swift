import Foundation
import XCTest

/// A whole meeting taken live from the keyboard, and a crash in the middle of typing.
final class LiveMeetingTests: XCTestCase {
    /// Creates a planned meeting to take live, through the command line.
    func plannedMeeting(in data: DataFolder) throws -> String {
        let created = try data.run(["new", "--title", "Hội nghị đối thoại tháng 11", "--organizer", "UBND phường Ngọc Thụy",
                                    "--date", "2026-11-24"])
        XCTAssertEqual(created.status, 0, created.stderr)
        return created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func openFirstMeeting(_ tmux: Tmux) throws {
        try tmux.waitFor("6 hội nghị")
        try tmux.press("Enter")
        try tmux.waitFor("Hội nghị đối thoại tháng 11")
    }

    /// Adds an attendee; `rolesBack` presses ← in the role picker that many times.
    func addAttendee(_ tmux: Tmux, _ name: String, title: String, rolesBack: Int = 0) throws {
        try tmux.press("a")
        try tmux.waitFor("Thêm thành phần")
        try tmux.type(name)
        try tmux.press("Tab")
        try tmux.type(title)
        if rolesBack > 0 {
            try tmux.press("Tab", "Tab")
            for _ in 0..<rolesBack { try tmux.press("Left") }
        }
        try tmux.press("F2")
        try tmux.waitFor("Đã lưu")
    }

    func testAWholeMeetingIsTakenLiveFromTheKeyboard() throws {
        let data = try DataFolder()
        let id = try plannedMeeting(in: data)
        let tmux = try Tmux(["--data", data.path])
        try openFirstMeeting(tmux)
        try addAttendee(tmux, "Nguyễn Quốc Văn", title: "Chủ tịch UBND phường")
        try addAttendee(tmux, "Trần Thu Hà", title: "Công chức Văn phòng")
        try addAttendee(tmux, "Lê Đăng Lễ", title: "Phó Chủ tịch UBND phường", rolesBack: 2)
        try tmux.press("l")
        try tmux.waitFor("ĐANG HỌP")

        // Opinion 1: land clearance, two answers, a follow-up.
        try tmux.press("n")
        try tmux.waitFor("Ý kiến mới")
        try tmux.type("Lê Văn Bình")
        try tmux.press("Tab")
        try tmux.type("Tổ dân phố 5")
        try tmux.press("Tab")
        try tmux.type("gpmb")
        try tmux.waitFor("▸ Giải phóng mặt bằng")
        try tmux.press("Enter")
        try tmux.type("2")
        try tmux.type("Đề nghị chi trả tiền bồi thường giải phóng mặt bằng cho các hộ tổ 5.")
        try tmux.press("Tab")
        try tmux.type("Nguyễn")
        try tmux.waitFor("▸ Nguyễn Quốc Văn")
        try tmux.press("Tab")
        try tmux.type("Phường đã trình quận phương án bồi thường.")
        try tmux.press("F3")
        try tmux.type("Lê Đăng Lễ")
        try tmux.press("Tab")
        try tmux.type("Dự kiến chi trả trong tháng 12.")
        try tmux.press("F4")
        try tmux.type("Đôn đốc chi trả bồi thường tổ 5")
        try tmux.press("Tab")
        try tmux.type("Ban bồi thường GPMB quận")
        try tmux.press("F2")
        try tmux.waitFor("1 ý kiến")

        // Opinion 2: civil status, typed with a name that completes from nothing.
        try tmux.press("n")
        try tmux.waitFor("Ý kiến mới")
        try tmux.type("Phạm Thị Cúc")
        try tmux.press("Tab", "Tab")
        try tmux.type("ho tich")
        try tmux.press("Enter")
        try tmux.type("4")
        try tmux.type("Xin hướng dẫn trích lục hộ tịch trực tuyến.")
        try tmux.press("F2")
        try tmux.waitFor("2 ý kiến")

        // Opinion 3: land, anonymous.
        try tmux.press("n")
        try tmux.waitFor("Ý kiến mới")
        // F5 marks the speaker anonymous plainly and keeps the focus; Tab goes on to the origin.
        try tmux.press("F5")
        try tmux.waitFor("[x] Giấu tên (F5: bỏ)")
        try tmux.press("Tab")
        try tmux.type("Tổ 3")
        try tmux.press("Tab")
        try tmux.type("đất đai")
        try tmux.press("Enter")
        try tmux.type("2")
        try tmux.type("Tổ 3 chưa được cấp giấy chứng nhận quyền sử dụng đất.")
        try tmux.press("F2")
        try tmux.waitFor("3 ý kiến")
        let live = try tmux.screen()
        XCTAssertTrue(live.contains("Ý kiến theo lĩnh vực"), live)

        // End: the end time and the conclusion, then closed.
        try tmux.press("l")
        try tmux.waitFor("Kết thúc hội nghị")
        try tmux.press("C-u")
        try tmux.type("16:30")
        try tmux.press("Tab")
        try tmux.type("Giao các bộ phận trả lời bằng văn bản trước ngày 15/12.")
        try tmux.press("F2")
        try tmux.waitFor("Đã kết thúc")
        try tmux.press("F10")
        tmux.waitForExit()

        let json = try data.meetingJSON(id)
        XCTAssertEqual(json["status"] as? String, "closed")
        // Started "now"; an end typed earlier in the day than the start means past midnight.
        let started = try XCTUnwrap(json["startedAt"] as? String)
        let ended = try XCTUnwrap(json["endedAt"] as? String)
        XCTAssertTrue(ended.hasSuffix("T16:30:00+07:00"), ended)
        XCTAssertGreaterThan(ended, started)
        XCTAssertEqual(json["conclusion"] as? String, "Giao các bộ phận trả lời bằng văn bản trước ngày 15/12.")
        let attendees = try XCTUnwrap(json["attendees"] as? [[String: Any]])
        XCTAssertEqual(attendees.map { $0["name"] as? String },
                       ["Nguyễn Quốc Văn", "Trần Thu Hà", "Lê Đăng Lễ", "Lê Văn Bình", "Phạm Thị Cúc"])
        XCTAssertEqual(attendees.map { $0["role"] as? String }, ["chair", "secretary", "official", "citizen", "citizen"])
        let opinions = try XCTUnwrap(json["opinions"] as? [[String: Any]])
        XCTAssertEqual(opinions.map { $0["topic"] as? String }, ["giai-phong-mat-bang", "ho-tich", "dat-dai"])
        XCTAssertEqual(opinions.map { $0["kind"] as? String }, ["complaint", "question", "complaint"])
        XCTAssertEqual(opinions.map { $0["speaker"] as? String }, ["Lê Văn Bình", "Phạm Thị Cúc", nil])
        XCTAssertEqual(opinions[2]["origin"] as? String, "Tổ 3")
        let responses = try XCTUnwrap(opinions[0]["responses"] as? [[String: Any]])
        XCTAssertEqual(responses.map { $0["responder"] as? String },
                       ["Nguyễn Quốc Văn, Chủ tịch UBND phường", "Lê Đăng Lễ, Phó Chủ tịch UBND phường"],
                       "a name typed whole still takes the highlighted suggestion with its title")
        XCTAssertEqual(responses.map { $0["text"] as? String },
                       ["Phường đã trình quận phương án bồi thường.", "Dự kiến chi trả trong tháng 12."])
        XCTAssertEqual(opinions[0]["disposition"] as? String, "answered")
        let followUps = try XCTUnwrap(json["followUps"] as? [[String: Any]])
        XCTAssertEqual(followUps.count, 1)
        XCTAssertEqual(followUps[0]["opinionIds"] as? [String], ["op-1"])
        XCTAssertEqual(followUps[0]["assignee"] as? String, "Ban bồi thường GPMB quận")
        // Due in 15 days from the day it was assigned (the program's injected today).
        let due = try XCTUnwrap(followUps[0]["dueDate"] as? String)
        XCTAssertEqual(due, TestClock.day(plus: 15))
        XCTAssertNotNil(json["startedAt"] as? String)
    }

    func testAKillDuringTypingLosesNothingSavedAndTheDraftIsOfferedBack() throws {
        let data = try DataFolder()
        let id = try plannedMeeting(in: data)
        var tmux: Tmux? = try Tmux(["--data", data.path])
        guard let first = tmux else { return }
        try openFirstMeeting(first)
        try first.press("l")
        try first.waitFor("ĐANG HỌP")
        try first.press("n")
        try first.waitFor("Ý kiến mới")
        try first.type("Hoàng Văn Nam")
        try first.press("Tab", "Tab")
        try first.type("dat dai")
        try first.press("Enter", "Tab")
        try first.type("Ý kiến đã lưu trước khi mất điện.")
        try first.press("F2")
        try first.waitFor("1 ý kiến")
        try first.press("n")
        try first.waitFor("Ý kiến mới")
        try first.type("Đỗ Thị Hoa")
        try first.press("Tab", "Tab")
        try first.type("ho tich")
        try first.press("Enter", "Tab")
        try first.type("Đang gõ dở thì máy tắt")
        // The draft reaches the disk within about a second of the last key.
        let draft = data.url.appendingPathComponent("drafts/\(id).json")
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            if let text = try? String(contentsOf: draft, encoding: .utf8), text.contains("Đang gõ dở thì máy tắt") { break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        kill(try first.pid(), SIGKILL)
        first.waitForExit()
        tmux = nil

        let json = try data.meetingJSON(id)
        let opinions = try XCTUnwrap(json["opinions"] as? [[String: Any]])
        XCTAssertEqual(opinions.map { $0["text"] as? String }, ["Ý kiến đã lưu trước khi mất điện."])

        let second = try Tmux(["--data", data.path])
        let offer = try second.waitFor("Khôi phục?")
        XCTAssertTrue(offer.contains("Đang gõ dở thì máy tắt"), offer)
        try second.press("Enter")
        // Polled until the whole form is drawn: a capture can catch the terminal halfway through a frame.
        try second.waitUntil("the draft restored in the form") {
            $0.contains("Đỗ Thị Hoa") && $0.contains("Đang gõ dở thì máy tắt") && $0.contains("Hộ tịch") && !$0.contains("Khôi phục?")
        }
        try second.press("F2")
        try second.waitFor("2 ý kiến")
        let after = try XCTUnwrap(try data.meetingJSON(id)["opinions"] as? [[String: Any]])
        XCTAssertEqual(after.map { $0["speaker"] as? String }, ["Hoàng Văn Nam", "Đỗ Thị Hoa"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: draft.path), "the draft is removed once saved")
    }
}
