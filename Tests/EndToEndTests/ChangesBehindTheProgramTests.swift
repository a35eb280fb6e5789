import Foundation
import XCTest

/// Files changed by another program while the terminal program runs — a
/// file removed, a file written in place by an editor, a command's change —
/// show on the screen without a restart.
final class ChangesBehindTheProgramTests: XCTestCase {
    func testAMeetingFileRemovedByHandLeavesTheList() throws {
        let data = try DataFolder()
        let tmux = try Tmux(["--data", data.path])
        let before = try tmux.waitFor("5 hội nghị")
        XCTAssertTrue(before.contains("Ngọc Thụy"), before)
        try FileManager.default.removeItem(at: data.meetingFile("2020-07-17-ngoc-thuy"))
        let after = try tmux.waitFor("4 hội nghị", timeout: 10)
        XCTAssertFalse(after.contains("Ngọc Thụy"), after)
    }

    /// An editor (or `cp` over a file) writes in place: same inode, same size,
    /// the folder itself untouched. The search finds the new word.
    func testAFileWrittenInPlaceIsSearchedAsItNowIs() throws {
        let data = try DataFolder()
        let file = data.meetingFile("2020-07-17-ngoc-thuy")
        let original = try Data(contentsOf: file)
        let old = Data("lớn tuổi".utf8)
        XCTAssertEqual(Data("lớn".utf8).count, Data("quokk".utf8).count)
        let range = try XCTUnwrap(original.range(of: old, options: .backwards), "the sample's opinion says 'người lớn tuổi'")
        var edited = original
        edited.replaceSubrange(range, with: Data("quokk tuổi".utf8))
        XCTAssertEqual(edited.count, original.count)
        let tmux = try Tmux(["--data", data.path])
        try tmux.waitFor("5 hội nghị")
        try tmux.press("/")
        try tmux.waitFor("Tìm:")
        try tmux.type("nguoi lon tuoi")
        try tmux.waitUntil("the old words found") { $0.contains("nguoi lon tuoi") && $0.contains(" 1 ý kiến") }
        let inode = try FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber] as? Int
        let handle = try FileHandle(forUpdating: file)
        try handle.seek(toOffset: 0)
        try handle.write(contentsOf: edited)
        try handle.close()
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber] as? Int, inode, "written in place")
        try tmux.press("C-u")
        try tmux.type("quokk")
        try tmux.waitUntil("the word written in place found", timeout: 10) { $0.contains("Tìm: quokk") && $0.contains(" 1 ý kiến") }
        try tmux.press("C-u")
        try tmux.type("nguoi lon tuoi")
        try tmux.waitUntil("the old words no longer found", timeout: 10) { $0.contains("nguoi lon tuoi") && $0.contains(" 0 ý kiến") }
    }

    /// A command marks a follow-up done while F6 is open; the next filter
    /// chosen counts it, whichever query noticed the change first.
    func testFollowUpCountsFollowACommandsChange() throws {
        let data = try DataFolder()
        let tmux = try Tmux(["--data", data.path])
        try tmux.waitFor("5 hội nghị")
        try tmux.press("F6")
        try tmux.waitFor("5 việc")
        let done = try data.run(["update-followup", "2018-12-29", "fu-5", "--status", "done", "--done-on", "2026-11-20"])
        XCTAssertEqual(done.status, 0, done.stderr)
        try tmux.press("Tab")  // Quá hạn: five were overdue, four are
        try tmux.waitFor("4 việc", timeout: 10)
        try tmux.press("Tab", "Tab")  // Đã xong: five were, six are
        try tmux.waitFor("6 việc", timeout: 10)
    }
}
