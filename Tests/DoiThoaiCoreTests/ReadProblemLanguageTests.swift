import Foundation
import XCTest
@testable import DoiThoaiCore

/// Why a file cannot be read is said in the reader's language, the place in
/// the file too: the store's errors, and the index's list of broken files
/// that `list`, `search` and the other commands warn about.
final class ReadProblemLanguageTests: XCTestCase {
    var temp: TemporaryData!

    override func setUpWithError() throws {
        temp = TemporaryData()
        let good = try temp.store.create(Factory.meeting(opinions: 3))
        let bytes = try XCTUnwrap(FileManager.default.contents(atPath: temp.data.meetingFile(good.meeting.id)))
        // Cut short, as a copy interrupted; a start time that is a number; a date that is no date.
        temp.write(String(decoding: bytes.prefix(bytes.count / 2), as: UTF8.self), as: "2020-01-01-cut")
        temp.write(Factory.json(id: "2020-01-02-type", extra: #", "startedAt": 12"#), as: "2020-01-02-type")
        temp.write(Factory.json(id: "2020-01-03-date").replacingOccurrences(of: "2020-07-17", with: "2020-13-45"), as: "2020-01-03-date")
        temp.write(Factory.json(id: "2020-01-04-count", extra: #", "attendees": [{"id": "at-1", "name": "Tổ 5", "role": "citizen", "present": true, "count": -3}]"#),
                   as: "2020-01-04-count")
    }

    func failures(_ language: Language) -> [String] {
        temp.store.loadAll().failures.map { $0.text(language) }
    }

    func testEachReasonAndPlaceIsInVietnameseByDefault() throws {
        let vi = failures(.vi)
        XCTAssertEqual(vi.count, 4, "\(vi)")
        XCTAssertTrue(vi[0].contains("2020-01-01-cut.json: không đọc được (ở dòng ") && vi[0].contains(", cột ")
                      && vi[0].contains("nơi tệp bị cắt cụt): JSON sai cú pháp (thiếu dấu phẩy, dấu nháy hay dấu ngoặc?)"), vi[0])
        XCTAssertTrue(vi[1].contains("(ở startedAt): sai kiểu (cần văn bản)"), vi[1])
        XCTAssertTrue(vi[2].contains("(ở date): “2020-13-45” không phải ngày (YYYY-MM-DD)"), vi[2])
        XCTAssertTrue(vi[3].contains("(ở attendees[0].count): phải là số nguyên từ 0 đến 1000000, gặp -3"), vi[3])
        for text in vi {
            for english in ["line", "column", "invalid", "wrong type", "expected", "is not", "must be", "ends too early", "found"] {
                XCTAssertFalse(text.contains(english), "“\(english)” in \(text)")
            }
        }
    }

    func testEnglishWhenAskedFor() {
        let en = failures(.en)
        XCTAssertTrue(en[0].contains("(the file ends too early): invalid JSON (a missing comma, quote or bracket?)"), en[0])
        XCTAssertTrue(en[0].contains("cannot read at line "), en[0])
        XCTAssertTrue(en[1].contains("startedAt: wrong type (expected text)"), en[1])
        XCTAssertTrue(en[2].contains("“2020-13-45” is not a date (YYYY-MM-DD)"), en[2])
        XCTAssertTrue(en[3].contains("must be a whole number from 0 to 1000000, found -3"), en[3])
    }

    func testTheIndexsBrokenFilesAreSaidInTheReadersLanguage() throws {
        let index = try ArchiveIndex.open(temp.store, topics: .standard)
        XCTAssertEqual(try index.failures(.vi), failures(.vi), "what validate says, in Vietnamese")
        XCTAssertEqual(try index.failures(.en), failures(.en))
        // Trusted afterwards (no file re-indexed), and still in the reader's language.
        let again = try ArchiveIndex.open(temp.store, topics: .standard)
        XCTAssertEqual(try again.refresh(), 0)
        XCTAssertEqual(try again.failures(.vi), failures(.vi))
    }

    /// A hand-edited word the field does not take: named, with the ones it does, in each language.
    func testAWordAFieldDoesNotTakeIsNamedWithTheOnesItDoes() {
        temp.write(Factory.json(id: "2020-01-05-status", extra: #", "status": "weird""#), as: "2020-01-05-status")
        let vi = failures(.vi).first { $0.contains("2020-01-05-status") } ?? ""
        XCTAssertTrue(vi.contains("(ở status): “weird” không phải một giá trị của trường này (chỉ nhận: planned, live, closed)"), vi)
        let en = failures(.en).first { $0.contains("2020-01-05-status") } ?? ""
        XCTAssertTrue(en.contains("status: “weird” is not a value this field takes (one of: planned, live, closed)"), en)
    }

    /// A folder that cannot be written says why in the reader's language too (it said "(Permission denied)").
    func testWhyAWriteFailedIsInTheReadersLanguage() {
        let readOnly = StoreError.readOnly(path: "/srv/data/meetings", reason: .system(EACCES))
        XCTAssertEqual(readOnly.text(.vi),
                       "Không ghi được vào /srv/data/meetings (không có quyền): thư mục dữ liệu chỉ đọc. Vẫn xem, tìm và in được.")
        XCTAssertTrue(readOnly.text(.en).contains("(permission denied)"), readOnly.text(.en))
        let full = StoreError.writeFailed(path: "/srv/data/meetings/2020-07-17-ngoc-thuy.json",
                                          reason: .cannotCreateIn(folder: "/srv/data/meetings", code: ENOSPC))
        XCTAssertTrue(full.text(.vi).contains("không tạo được tệp trong /srv/data/meetings (ổ đĩa đã đầy); hãy chọn một thư mục ghi được"),
                      full.text(.vi))
        XCTAssertTrue(full.text(.en).contains("cannot create a file in /srv/data/meetings (no space left on the disk)"), full.text(.en))
    }
}
