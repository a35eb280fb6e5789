import Foundation
import XCTest

/// A group attendee with a count (form and command), and a closed meeting's
/// opinion read whole with Enter, at 80×24.
final class ClosedAndGroupTests: XCTestCase {
    func testAGroupRowWithACountFromTheFormAndFromTheCommand() throws {
        let data = try DataFolder()
        let created = try data.run(["new", "--title", "Đối thoại tháng 12", "--organizer", "UBND phường Bồ Đề", "--date", "2026-12-01"])
        let id = created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let added = try data.run(["add-attendee", id, "--name", "Đại diện doanh nghiệp", "--count", "12", "--role", "business"])
        XCTAssertEqual(added.status, 0, added.stderr)
        XCTAssertNotEqual(try data.run(["add-attendee", id, "--name", "Nhóm", "--count", "0"]).status, 0)
        let tmux = try Tmux(["--data", data.path])
        try tmux.waitFor("6 hội nghị")
        try tmux.press("Enter")
        try tmux.waitFor("Đối thoại tháng 12")
        try tmux.press("a")
        try tmux.waitFor("Số người (nếu là nhóm)")
        try tmux.type("Đại diện các hộ dân tổ 5")
        for _ in 0..<5 { try tmux.press("Tab") }
        try tmux.type("40")
        try tmux.press("F2")
        try tmux.waitFor("Đã lưu")
        try tmux.press("Tab")
        // The count follows the name, where it is used (no column most rows leave empty).
        let list = try tmux.waitFor("Đại diện các hộ dân tổ 5 (40 người)")
        XCTAssertTrue(list.contains("Đại diện doanh nghiệp (12 người)"), list)
        XCTAssertFalse(list.contains("Số người"), list)
        try tmux.press("F10")
        tmux.waitForExit()
        let attendees = try XCTUnwrap(try data.meetingJSON(id)["attendees"] as? [[String: Any]])
        XCTAssertEqual(attendees.map { $0["count"] as? Int }, [12, 40])
    }

    func testEnterOnAClosedMeetingsOpinionShowsItWholeAndTheBarOffersOnlyWhatWorks() throws {
        let data = try DataFolder()
        let tmux = try Tmux(["--data", data.path])
        try tmux.waitFor("5 hội nghị")
        try tmux.press("Down", "Enter")
        try tmux.waitFor("Ngọc Thụy")
        try tmux.press("Tab", "Tab", "Tab")
        let tab = try tmux.waitFor("Enter Xem")
        let bar = tab.split(separator: "\n").last.map(String.init) ?? ""
        XCTAssertFalse(bar.contains("Ý kiến mới") || bar.contains("Họp trực tiếp") || bar.contains("Đại biểu"), bar)
        try tmux.press("Enter")
        let detail = try tmux.waitFor("Ý kiến số 1 (chỉ xem)")
        XCTAssertTrue(detail.contains("Tiếp thu ý kiến; UBND phường sẽ tiếp tục hướng dẫn"), "the answer: \(detail)")
        XCTAssertTrue(detail.contains("Xử lý: Đã trả lời tại hội nghị"), detail)
        try tmux.press("Escape")
        try tmux.waitFor("Enter Xem")
    }
}

/// Printing from the keyboard: what the dialog chose is what `p` prints,
/// minutes already written are replaced only when asked, no draft is left.
final class PrintingTests: XCTestCase {
    func testThePreviewPrintsTheChosenFormatAndAnExistingFileIsAskedAbout() throws {
        let data = try DataFolder()
        let tmux = try Tmux(["--data", data.path], environment: ["PATH": "/nonexistent"])
        try tmux.waitFor("5 hội nghị")
        try tmux.press("Down", "p")
        try tmux.waitFor("Việc cần làm")
        try tmux.press("Right", "F2")
        try tmux.waitFor("Đã ghi biên bản")
        let docx = data.path + "/minutes/2020-07-17-ngoc-thuy.docx"
        let written = try FileManager.default.attributesOfItem(atPath: docx)[.modificationDate] as? Date
        try tmux.press("p")
        try tmux.waitFor("Việc cần làm")
        try tmux.press("Right", "F2")
        try tmux.waitFor("Ghi đè?")
        try tmux.press("Escape")
        try tmux.waitUntil("the question closed") { !$0.contains("Ghi đè?") }
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: docx)[.modificationDate] as? Date, written, "not replaced")

        try tmux.press("p")
        try tmux.waitFor("Việc cần làm")
        try tmux.press("F2")
        try tmux.waitFor("BIÊN BẢN")
        try tmux.press("p")
        try tmux.waitFor("Ghi đè?")
        try tmux.press("c")
        let message = try tmux.waitFor("Chưa in")
        // The message grows over several lines so the whole path can be read.
        let joined = message.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        XCTAssertTrue(joined.contains("/minutes/2020-07-17-ngoc-thuy.docx"), "the DOCX chosen, whole path readable: \(message)")
        XCTAssertFalse(message.contains("not printed"), message)
        try tmux.press("F10")
        tmux.waitForExit()
        let drafts = (try? FileManager.default.contentsOfDirectory(atPath: data.path + "/drafts")) ?? []
        XCTAssertEqual(drafts.filter { $0.hasSuffix(".json") }, [], "the print dialog leaves no draft")
    }
}
