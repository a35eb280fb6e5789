import Foundation
import XCTest

final class MinutesCommandTests: XCTestCase {
    func testTextMinutesGoToStandardOutput() throws {
        let outcome = try DataFolder().run(["minutes", "2020-07-17", "--format", "text"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("BIÊN BẢN") && outcome.stdout.contains("Ngọc Thụy, ngày 17 tháng 7 năm 2020"))
    }

    func testDocxGoesToTheMinutesFolderAndIsNotOverwrittenWithoutForce() throws {
        let data = try DataFolder()
        let first = try data.run(["minutes", "2020-07-17", "--format", "docx"])
        XCTAssertEqual(first.status, 0, first.stderr)
        let path = first.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(path, data.path + "/minutes/2020-07-17-ngoc-thuy.docx")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertEqual(Array(bytes.prefix(2)), [0x50, 0x4B], "a zip")
        let again = try data.run(["minutes", "2020-07-17", "--format", "docx"])
        XCTAssertNotEqual(again.status, 0)
        XCTAssertTrue(again.stderr.contains("--force"), again.stderr)
        XCTAssertEqual(try data.run(["minutes", "2020-07-17", "--format", "docx", "--force"]).status, 0)
    }

    func testPrintingWithoutLpSaysSoAndNamesTheFileWritten() throws {
        let data = try DataFolder()
        let empty = data.path + "/no-printer-bin"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let outcome = try data.run(["minutes", "2020-07-17", "--format", "html", "--print"], environment: ["PATH": empty])
        XCTAssertNotEqual(outcome.status, 0)
        XCTAssertTrue(outcome.stderr.contains("`lp` command is not installed"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains(data.path + "/minutes/2020-07-17-ngoc-thuy.html"), outcome.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: data.path + "/minutes/2020-07-17-ngoc-thuy.html"))
    }
}

/// The print dialog of the terminal program: preview, then save a DOCX.
final class PrintDialogTests: XCTestCase {
    func testPreviewThenSaveTheMinutesFromTheKeyboard() throws {
        let data = try DataFolder()
        let tmux = try Tmux(["--data", data.path])
        try tmux.waitFor("5 hội nghị")
        try tmux.press("Down", "p")
        try tmux.waitFor("Việc cần làm")
        try tmux.press("F2")
        let preview = try tmux.waitFor("BIÊN BẢN")
        XCTAssertTrue(preview.contains("Ngọc Thụy, ngày 17 tháng 7 năm 2020"), preview)
        try tmux.press("PageDown")
        try tmux.waitUntil("the pager scrolls") { !$0.contains("CỘNG HÒA XÃ HỘI") }
        try tmux.press("F10")
        tmux.waitForExit()

        let again = try Tmux(["--data", data.path])
        try again.waitFor("5 hội nghị")
        try again.press("Down", "p")
        try again.waitFor("Việc cần làm")
        try again.press("Right", "F2")
        try again.waitFor("Đã ghi biên bản")
        let docx = data.path + "/minutes/2020-07-17-ngoc-thuy.docx"
        XCTAssertTrue(FileManager.default.fileExists(atPath: docx))
    }
}
