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
        XCTAssertTrue(outcome.stderr.contains("Chưa in: máy này chưa có lệnh in `lp`"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains(data.path + "/minutes/2020-07-17-ngoc-thuy.html"), outcome.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: data.path + "/minutes/2020-07-17-ngoc-thuy.html"))
    }
}

/// `minutes --format pdf`: the DOCX converted by LibreOffice, or a message
/// naming the package to install; `validate` warns without failing.
final class MinutesPDFCommandTests: XCTestCase {
    func testPdfWithoutLibreOfficeNamesThePackageToInstall() throws {
        let data = try DataFolder()
        let empty = data.path + "/no-office-bin"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let outcome = try data.run(["minutes", "2020-07-17", "--format", "pdf"], environment: ["PATH": empty])
        XCTAssertNotEqual(outcome.status, 0)
        XCTAssertTrue(outcome.stderr.contains("apt-get install libreoffice-writer-nogui"), outcome.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: data.path + "/minutes/2020-07-17-ngoc-thuy.pdf"))
    }

    func testPdfIsWrittenThroughLibreOffice() throws {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        guard path.split(separator: ":").contains(where: { FileManager.default.isExecutableFile(atPath: "\($0)/soffice") }) else {
            throw XCTSkip("LibreOffice is not installed (libreoffice-writer-nogui): PDF not made")
        }
        let data = try DataFolder()
        let outcome = try data.run(["minutes", "2020-07-17", "--format", "pdf"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let file = data.path + "/minutes/2020-07-17-ngoc-thuy.pdf"
        XCTAssertEqual(outcome.stdout.trimmingCharacters(in: .whitespacesAndNewlines), file)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        XCTAssertEqual(String(decoding: bytes.prefix(5), as: UTF8.self), "%PDF-")
        let again = try data.run(["minutes", "2020-07-17", "--format", "pdf"])
        XCTAssertNotEqual(again.status, 0, "an existing PDF is not replaced without --force")
        XCTAssertTrue(again.stderr.contains("--force"), again.stderr)
    }

    func testANewMeetingCarriesItsSymbolRecipientsAndApprovalChoiceToTheMinutes() throws {
        let data = try DataFolder()
        let made = try data.run(["new", "--title", "Hội thảo khoa học", "--organizer", "Sở Nội vụ tỉnh Lạng Sơn", "--date", "2023-09-22",
                                 "--kind", "workshop", "--document-symbol", "BB-SNV-CCHC", "--recipient", "UBND tỉnh Lạng Sơn (để báo cáo)",
                                 "--no-approval-line"])
        XCTAssertEqual(made.status, 0, made.stderr)
        let id = made.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let minutes = try data.run(["minutes", id, "--format", "text"])
        XCTAssertEqual(minutes.status, 0, minutes.stderr)
        XCTAssertTrue(minutes.stdout.contains("Số:        /BB-SNV-CCHC"), minutes.stdout)
        XCTAssertTrue(minutes.stdout.contains("- UBND tỉnh Lạng Sơn (để báo cáo);\n- Lưu: VT, hồ sơ."), minutes.stdout)
        XCTAssertFalse(minutes.stdout.contains("thông qua trước"))
        XCTAssertTrue(minutes.stdout.contains("Hội thảo kết thúc vào hồi"), minutes.stdout)
    }

    func testValidateWarnsAboutAnAnswerAtTheMeetingMarkedForWritingButPasses() throws {
        let data = try DataFolder()
        let file = data.meetingFile("2018-12-29-thanh-xuan")
        let original = try String(contentsOf: file, encoding: .utf8)
        let changed = original.replacingOccurrences(
            of: "Tiếp thu ý kiến; giao Phòng Tài nguyên và Môi trường quận xem xét và trả lời bằng văn bản.",
            with: "Tiếp thu ý kiến; đã giải đáp trực tiếp tại hội nghị.")
        XCTAssertNotEqual(changed, original)
        try changed.write(to: file, atomically: true, encoding: .utf8)
        let outcome = try data.run(["validate", "--lang", "en"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("warning: ") && outcome.stderr.contains("2018-12-29-thanh-xuan.json: opinions “op-3” (no. 3)"),
                      outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("warning(s) above"), outcome.stdout)
        let clean = try DataFolder().run(["validate"])
        XCTAssertEqual(clean.status, 0, clean.stderr)
        XCTAssertFalse(clean.stderr.contains("opinions “"), "the samples are consistent: \(clean.stderr)")
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

    /// The dialog offers PDF (made by LibreOffice from the DOCX).
    func testTheDialogSavesAPdf() throws {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        guard path.split(separator: ":").contains(where: { FileManager.default.isExecutableFile(atPath: "\($0)/soffice") }) else {
            throw XCTSkip("LibreOffice is not installed (libreoffice-writer-nogui): PDF from the dialog not checked")
        }
        let data = try DataFolder()
        let tmux = try Tmux(["--data", data.path])
        try tmux.waitFor("5 hội nghị")
        try tmux.press("Down", "p")
        try tmux.waitFor("Việc cần làm")
        try tmux.press("Right", "Down", "Right")
        try tmux.waitFor("PDF (qua LibreOffice)")
        try tmux.press("F2")
        // LibreOffice runs in the background: the screen says so and stays live.
        try tmux.waitFor("Đang tạo PDF bằng LibreOffice")
        try tmux.waitFor("Đã ghi biên bản", timeout: 120)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: data.path + "/minutes/2020-07-17-ngoc-thuy.pdf"))
        XCTAssertEqual(String(decoding: bytes.prefix(5), as: UTF8.self), "%PDF-")
    }
}
