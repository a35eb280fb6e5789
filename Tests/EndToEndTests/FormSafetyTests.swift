import Foundation
import XCTest

/// A form's help, and quitting with text typed: asked first, and the last
/// keystroke reaches the draft on disk whatever ends the program.
final class FormSafetyTests: XCTestCase {
    func testF1InAFormShowsTheFormsKeysAndF10AsksBeforeQuitting() throws {
        let data = try DataFolder()
        let tmux = try Tmux(["--data", data.path])
        try tmux.waitFor("5 hội nghị")
        try tmux.press("n")
        try tmux.waitFor("Hội nghị mới")
        try tmux.type("Hội nghị tiếp dân")
        try tmux.press("F1")
        let help = try tmux.waitFor("Phím dùng được ở màn hình: Hội nghị mới")
        XCTAssertTrue(help.contains("F2, ^S") && help.contains("Lưu"), help)
        XCTAssertFalse(help.contains("Tạo mới"), "not the meetings list's keys: \(help)")
        try tmux.press("Escape")
        try tmux.waitFor("Hội nghị tiếp dân")
        try tmux.press("F10")
        try tmux.waitFor("Có nội dung chưa lưu. Vẫn thoát?")
        try tmux.press("Escape")
        try tmux.waitFor("Hội nghị tiếp dân")
        XCTAssertFalse(tmux.hasExited())
        try tmux.press("C-c")
        try tmux.waitFor("Có nội dung chưa lưu. Vẫn thoát?")
        try tmux.press("Enter")
        tmux.waitForExit()
        let draft = try String(contentsOf: data.url.appendingPathComponent("drafts/new-meeting.json"), encoding: .utf8)
        XCTAssertTrue(draft.contains("Hội nghị tiếp dân"), draft)
    }

    func testSIGTERMWritesTheLastKeystrokeToTheDraft() throws {
        for signal in [SIGTERM, SIGHUP] {
            let data = try DataFolder()
            let tmux = try Tmux(["--data", data.path])
            try tmux.waitFor("5 hội nghị")
            try tmux.press("n")
            try tmux.waitFor("Hội nghị mới")
            try tmux.type("Gõ đến chữ cuối cùng")
            try tmux.waitFor("chữ cuối cùng")
            kill(try tmux.pid(), signal)
            tmux.waitForExit()
            let draft = try String(contentsOf: data.url.appendingPathComponent("drafts/new-meeting.json"), encoding: .utf8)
            XCTAssertTrue(draft.contains("Gõ đến chữ cuối cùng"), "signal \(signal): \(draft)")
        }
    }
}
