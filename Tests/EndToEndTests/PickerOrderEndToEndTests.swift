import Foundation
import XCTest

/// A new archive at 80×24: the topic picker offers names with a word that
/// starts with the letter typed first (the one this meeting used first), and
/// the assignee field offers the official present.
final class PickerOrderEndToEndTests: XCTestCase {
    /// A meeting with a chair, an official, and two opinions: building permits and food safety.
    func meeting(_ data: DataFolder) throws -> String {
        let created = try data.run(["new", "--title", "Đối thoại tháng 12", "--organizer", "UBND phường Yên Hòa", "--date", "2026-11-24",
                                    "--start", "14:00"])
        XCTAssertEqual(created.status, 0, created.stderr)
        let id = created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        for attendee in [["--name", "Trịnh Văn Khánh", "--title", "Chủ tịch UBND phường", "--role", "chair"],
                         ["--name", "Lương Quốc Bảo", "--title", "Công chức Địa chính", "--role", "official"]] {
            let added = try data.run(["add-attendee", id] + attendee)
            XCTAssertEqual(added.status, 0, added.stderr)
        }
        for (topic, text) in [("gpxd", "Xin cấp phép sửa nhà"), ("attp", "Bếp ăn tập thể chưa được kiểm tra")] {
            let added = try data.run(["add-opinion", id, "--speaker", "Bà Nguyễn Thị Mai", "--topic", topic, "--text", text])
            XCTAssertEqual(added.status, 0, added.stderr)
        }
        return id
    }

    func testTheTopicPickerAndTheAssigneeFieldOfferWhatTheSecretaryMeans() throws {
        let data = try DataFolder(empty: true)
        let id = try meeting(data)
        let tmux = try Tmux(["--data", data.path])
        try tmux.waitFor("1 hội nghị")
        try tmux.press("Enter")
        try tmux.waitFor("Đối thoại tháng 12")
        try tmux.press("n")
        try tmux.waitFor("Ý kiến mới")
        try tmux.type("Ông Hoàng Văn Tư")
        try tmux.press("Tab")
        try tmux.press("Tab")
        try tmux.type("c")
        let picker = try tmux.waitFor("▸ Cấp giấy phép xây dựng")
        let lines = picker.components(separatedBy: "\n")
        let building = lines.firstIndex { $0.contains("Cấp giấy phép xây dựng") }
        let food = lines.firstIndex { $0.contains("An toàn vệ sinh thực phẩm") }
        if let building, let food { XCTAssertLessThan(building, food, picker) }
        try tmux.press("Enter")
        try tmux.type("3Đường vào tổ 5 bị lấn chiếm.")
        try tmux.press("F4")
        try tmux.waitFor("Việc giao")
        try tmux.type("Kiểm tra hiện trạng")
        try tmux.press("Tab")
        try tmux.type("Lương")
        try tmux.waitFor("▸ Lương Quốc Bảo, Công chức Địa chính")
        try tmux.press("Tab")
        try tmux.press("F2")
        try tmux.waitFor("Đã lưu")
        try tmux.press("F10")
        tmux.waitForExit()
        let json = try data.meetingJSON(id)
        let opinion = try XCTUnwrap((json["opinions"] as? [[String: Any]])?.last)
        XCTAssertEqual(opinion["topic"] as? String, "cap-giay-phep-xay-dung")
        let followUp = try XCTUnwrap((json["followUps"] as? [[String: Any]])?.first)
        XCTAssertEqual(followUp["assignee"] as? String, "Lương Quốc Bảo, Công chức Địa chính")
    }

    /// F6, Enter on a follow-up: its assignee field offers the meeting's official too.
    func testTheFollowUpEditFromF6OffersTheOfficialPresent() throws {
        let data = try DataFolder(empty: true)
        let id = try meeting(data)
        let assigned = try data.run(["add-followup", id, "--task", "Kiểm tra hiện trạng", "--assignee", "Phòng Quản lý đô thị",
                                     "--due", TestClock.day(plus: 10), "--opinion", "1"])
        XCTAssertEqual(assigned.status, 0, assigned.stderr)
        let tmux = try Tmux(["--data", data.path])
        try tmux.waitFor("1 hội nghị")
        try tmux.press("F6")
        try tmux.waitFor("Phòng Quản lý đô thị")
        try tmux.press("Enter")
        try tmux.waitFor("Sửa việc giao")
        try tmux.press("Tab")
        try tmux.type("Lươ")
        try tmux.waitFor("▸ Lương Quốc Bảo, Công chức Địa chính")
        try tmux.press("Tab")
        try tmux.press("F2")
        try tmux.waitFor("Đã lưu")
        try tmux.press("F10")
        tmux.waitForExit()
        let followUp = try XCTUnwrap((try data.meetingJSON(id)["followUps"] as? [[String: Any]])?.first)
        XCTAssertEqual(followUp["assignee"] as? String, "Lương Quốc Bảo, Công chức Địa chính")
    }
}

