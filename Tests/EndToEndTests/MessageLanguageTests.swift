import Foundation
import XCTest

/// The record's, the export's, sync's, `validate`'s and `search`'s messages
/// speak the reader's language: Vietnamese by default, English with
/// `--lang en` or a LANG starting with `en` (the core's one message table).
final class MessageLanguageTests: XCTestCase {
    let closed = "2020-07-17-ngoc-thuy"

    /// Runs the command three ways: by default, with --lang en, with LANG=en_US.UTF-8.
    func threeWays(_ data: DataFolder, _ arguments: [String]) throws -> (vi: Outcome, en: Outcome, lang: Outcome) {
        (try data.run(arguments), try data.run(arguments + ["--lang", "en"]),
         try data.run(arguments, environment: ["LANG": "en_US.UTF-8"]))
    }

    func testAClosedMeetingsErrorIsInTheReadersLanguage() throws {
        let data = try DataFolder()
        let said = try threeWays(data, ["add-opinion", closed, "--anonymous", "--topic", "dat dai", "--text", "Ý kiến"])
        XCTAssertNotEqual(said.vi.status, 0)
        XCTAssertTrue(said.vi.stderr.contains("Hội nghị \(closed) đã kết thúc") && said.vi.stderr.contains("--reopen"), said.vi.stderr)
        XCTAssertFalse(said.vi.stderr.contains("is closed"), said.vi.stderr)
        for english in [said.en, said.lang] {
            XCTAssertNotEqual(english.status, 0)
            XCTAssertTrue(english.stderr.contains("meeting \(closed) is closed") && english.stderr.contains("Add --reopen"), english.stderr)
        }
    }

    func testAMissingMeetingAndMinutesAlreadyWrittenSaySoInEachLanguage() throws {
        let data = try DataFolder()
        let missing = try threeWays(data, ["show", "2030-01-01-nowhere"])
        XCTAssertTrue(missing.vi.stderr.contains("Không có hội nghị “2030-01-01-nowhere”"), missing.vi.stderr)
        XCTAssertTrue(missing.en.stderr.contains("no meeting “2030-01-01-nowhere”"), missing.en.stderr)
        XCTAssertTrue(missing.lang.stderr.contains("no meeting “2030-01-01-nowhere”"), missing.lang.stderr)

        XCTAssertEqual(try data.run(["minutes", closed, "--format", "docx"]).status, 0)
        let again = try data.run(["minutes", closed, "--format", "docx"])
        XCTAssertNotEqual(again.status, 0)
        XCTAssertTrue(again.stderr.contains("Đã có ") && again.stderr.contains("thêm --force để ghi đè"), again.stderr)
        let againEn = try data.run(["minutes", closed, "--format", "docx"], environment: ["LANG": "en_US.UTF-8"])
        XCTAssertTrue(againEn.stderr.contains("already exists; add --force to replace it"), againEn.stderr)
    }

    func testValidateAndSearchNotesAreInTheReadersLanguage() throws {
        let data = try DataFolder()
        let validated = try threeWays(data, ["validate"])
        XCTAssertEqual(validated.vi.status, 0, validated.vi.stderr)
        // (The copied files may be readable by others here: a warning then follows, in the same language.)
        XCTAssertTrue(validated.vi.stdout.hasPrefix("5 tệp hội nghị và topics.json: không có lỗi"), validated.vi.stdout)
        XCTAssertTrue(validated.en.stdout.hasPrefix("5 meeting file(s) and topics.json: no problem found"), validated.en.stdout)
        XCTAssertEqual(validated.lang.stdout, validated.en.stdout)
        XCTAssertFalse(validated.vi.stderr.contains("warning: ") || validated.vi.stderr.contains("can be read"), validated.vi.stderr)

        let searched = try threeWays(data, ["search", "dat", "--limit", "1"])
        XCTAssertTrue(searched.vi.stderr.contains("5 kết quả; hiện 1 (--limit)"), searched.vi.stderr)
        XCTAssertTrue(searched.en.stderr.contains("5 results; showing 1 (--limit)"), searched.en.stderr)
        XCTAssertTrue(searched.lang.stderr.contains("5 results; showing 1 (--limit)"), searched.lang.stderr)
    }

    func testSyncSaysWhatIsMissingInTheReadersLanguage() throws {
        let data = try DataFolder()
        let sync = try threeWays(data, ["sync"])
        XCTAssertNotEqual(sync.vi.status, 0)
        XCTAssertTrue(sync.vi.stderr.contains("chưa được chia sẻ: lần đầu hãy cho biết kho dùng chung"), sync.vi.stderr)
        XCTAssertFalse(sync.vi.stderr.contains("not shared"), sync.vi.stderr)
        XCTAssertTrue(sync.en.stderr.contains("is not shared yet: give the shared repository"), sync.en.stderr)
        XCTAssertTrue(sync.lang.stderr.contains("is not shared yet"), sync.lang.stderr)
    }
}
