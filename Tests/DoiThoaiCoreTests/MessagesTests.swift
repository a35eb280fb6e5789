import Foundation
import XCTest
@testable import DoiThoaiCore

/// The message table: every message in both languages with the same
/// blanks, and the errors and sync's report read from it.
final class MessagesTests: XCTestCase {
    func blanks(_ text: String) -> Set<String> {
        Set((1...9).map { "%\($0)" }.filter { text.contains($0) })
    }

    func testEveryMessageHasBothLanguagesWithTheSameBlanks() {
        for key in MessageKey.allCases {
            let vi = Messages.vi[key], en = Messages.en[key]
            XCTAssertNotNil(vi, "\(key) has no Vietnamese text")
            XCTAssertNotNil(en, "\(key) has no English text")
            guard let vi, let en else { continue }
            XCTAssertEqual(blanks(vi), blanks(en), "\(key): the two languages fill different blanks")
        }
        XCTAssertEqual(Set(Messages.vi.keys).count, MessageKey.allCases.count)
        XCTAssertEqual(Set(Messages.en.keys).count, MessageKey.allCases.count)
    }

    func testStoreErrorsSayTheSameInEachLanguage() {
        let changed = StoreError.changedOnDisk(path: "/data/meetings/a.json")
        XCTAssertEqual(changed.text(.vi), "/data/meetings/a.json đã bị chương trình khác thay đổi sau khi mở; thay đổi vừa rồi chưa được ghi. "
                       + "Hãy mở lại hội nghị và làm lại.")
        XCTAssertEqual(changed.description, changed.text(.en))
        XCTAssertTrue(changed.text(.en).contains("was changed by another program"))
        let closed = StoreError.closed(id: "2020-07-17-ngoc-thuy")
        XCTAssertTrue(closed.text(.vi).contains("đã kết thúc") && closed.text(.vi).contains("--reopen"), closed.text(.vi))
        XCTAssertFalse(closed.text(.vi).contains("Add --reopen"))
        XCTAssertEqual(StoreError.locked(id: "a", pid: 42, path: "/l").text(.vi),
                       "Hội nghị a đang được sửa ở một doithoai khác (tiến trình 42, khóa /l); hãy đóng ở đó trước. Vẫn xem được.")
        XCTAssertTrue(StoreError.locked(id: "a", pid: 0, path: "/l").text(.en).contains("process not yet known"))
    }

    func testAMeetingsProblemsAndWarningsAreInTheReadersLanguage() {
        let numbering = MeetingProblem.opinionNumbering(position: 3, found: 5)
        XCTAssertEqual(numbering.text(.en), "opinions[2].number is 5, expected 3 (numbers run 1…n without gaps)")
        XCTAssertEqual(numbering.text(.vi), "opinions[2].number là 5, phải là 3 (số thứ tự chạy 1…n, không bỏ số)")
        XCTAssertEqual(numbering.description, numbering.text(.en))
        let warning = MeetingWarning.answeredAtMeetingButMarked(opinion: "op-3", number: 3, disposition: .inWriting)
        XCTAssertTrue(warning.text(.vi).hasPrefix("opinions “op-3” (số 3): câu trả lời nói đã trả lời tại hội nghị"), warning.text(.vi))
        XCTAssertTrue(warning.text(.en).hasPrefix("opinions “op-3” (no. 3): the answer says it was given at the meeting"))
        let invalid = StoreError.invalid(path: "/m.json", problems: [.emptyField("title")])
        XCTAssertEqual(invalid.text(.vi), "/m.json: title bị bỏ trống")
        XCTAssertEqual(invalid.text(.en), "/m.json: title is empty")
    }

    func testSyncsReportIsInTheReadersLanguage() {
        var outcome = SyncOutcome(at: Timestamp(day: Day(year: 2026, month: 11, day: 2)!, hour: 9, minute: 0, offset: 25200),
                                  office: "Phường Ngọc Thụy")
        outcome.firstUse = .merged
        outcome.received.add(status: "M", id: "2026-11-02-ngoc-thuy")
        outcome.received.add(status: "A", id: "2026-11-03-gia-thuy")
        outcome.fromOffices = ["Quận Long Biên"]
        outcome.withNewConflicts = ["2026-11-02-ngoc-thuy"]
        XCTAssertEqual(outcome.lines(.vi), [
            "Đã gộp kho của máy này với kho dùng chung.",
            "Nhận: 1 hội nghị được cập nhật, 1 mới, từ Quận Long Biên.",
            "Gửi: không có gì mới.",
            "Đã ghi xung đột ở 2026-11-02-ngoc-thuy: hai nơi cùng sửa một mục; hãy mở hội nghị để chọn giá trị giữ lại.",
        ])
        XCTAssertEqual(outcome.lines(.en)[1], "Received: 1 meeting updated, 1 new, from Quận Long Biên.")
        XCTAssertEqual(outcome.lines, outcome.lines(.en))
        XCTAssertEqual(SyncError.git(.missing).text(.vi), "Máy này chưa cài git (Debian: apt-get install git); đồng bộ cần có nó.")
    }
}
