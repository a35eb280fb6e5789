import Foundation
import XCTest

/// A meeting file cut short: `list`, `search` and `validate` say why in the
/// interface's language — Vietnamese by default, English with --lang en —
/// the place in the file included.
final class ReadProblemEndToEndTests: XCTestCase {
    func testTheReasonOfAnUnreadableFileIsInTheReadersLanguage() throws {
        let data = try DataFolder()
        let whole = try Data(contentsOf: data.meetingFile("2020-07-17-ngoc-thuy"))
        try whole.prefix(whole.count / 2).write(to: data.meetingFile("2020-01-01-hong"))
        for arguments in [["list"], ["search", "dat dai"], ["validate"]] {
            let vi = try data.run(arguments)
            XCTAssertTrue(vi.stderr.contains("2020-01-01-hong.json: không đọc được (ở dòng "), "\(arguments): \(vi.stderr)")
            XCTAssertTrue(vi.stderr.contains("nơi tệp bị cắt cụt): JSON sai cú pháp"), "\(arguments): \(vi.stderr)")
            XCTAssertFalse(vi.stderr.contains("invalid JSON") || vi.stderr.contains("line ") || vi.stderr.contains("cannot read"),
                           "\(arguments): \(vi.stderr)")
            let en = try data.run(arguments + ["--lang", "en"])
            XCTAssertTrue(en.stderr.contains("2020-01-01-hong.json: cannot read at line "), "\(arguments): \(en.stderr)")
            XCTAssertTrue(en.stderr.contains("(the file ends too early): invalid JSON"), "\(arguments): \(en.stderr)")
        }
    }
}


