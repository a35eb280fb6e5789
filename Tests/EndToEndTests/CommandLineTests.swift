import Foundation
import XCTest

/// The record from the command line, as a newcomer following the README would use it.
final class CommandLineTests: XCTestCase {
    func testANewcomerRecordsAMeetingFromTheCommandLine() throws {
        let data = try DataFolder(empty: true)
        let created = try data.run(["new", "--title", "Hội nghị đối thoại quý IV", "--organizer", "UBND phường Ngọc Thụy",
                                    "--date", "20/11/2026", "--place", "Hội trường UBND phường", "--start", "14:00"])
        XCTAssertEqual(created.status, 0, created.stderr)
        let id = created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(id, "2026-11-20-ngoc-thuy")
        for (name, role) in [("Nguyễn Quốc Văn", "chair"), ("Trần Thu Hà", "secretary")] {
            XCTAssertEqual(try data.run(["add-attendee", "2026-11", "--name", name, "--role", role]).status, 0)
        }
        let opinions: [[String]] = [
            ["--speaker", "Lê Văn Bình", "--origin", "Tổ dân phố 5", "--topic", "giai phong mat bang",
             "--text", "Đề nghị chi trả tiền bồi thường đúng hạn.", "--response-by", "Chủ tịch UBND phường",
             "--response", "Tiếp thu, chi trả trong tháng 12."],
            ["--anonymous", "--topic", "Đất đai", "--text", "Tổ 3 chưa được cấp giấy chứng nhận.", "--kind", "complaint"],
            ["--speaker", "Phạm Thị Cúc", "--topic", "ho-tich", "--text", "Hướng dẫn trích lục hộ tịch trực tuyến?", "--kind", "question"],
        ]
        for (index, arguments) in opinions.enumerated() {
            let outcome = try data.run(["add-opinion", id] + arguments)
            XCTAssertEqual(outcome.status, 0, outcome.stderr)
            XCTAssertEqual(outcome.stdout.trimmingCharacters(in: .whitespacesAndNewlines), String(index + 1))
        }
        let followUp = try data.run(["add-followup", id, "--task", "Rà soát hồ sơ tổ 3", "--assignee", "Địa chính phường",
                                     "--due", "2026-12-15", "--opinion", "2"])
        XCTAssertEqual(followUp.status, 0, followUp.stderr)

        let shown = try data.run(["show", id])
        XCTAssertEqual(shown.status, 0, shown.stderr)
        for expected in ["Nguyễn Quốc Văn", "Trần Thu Hà", "Giải phóng mặt bằng", "Đất đai", "Hộ tịch", "(giấu tên)",
                         "Rà soát hồ sơ tổ 3", "hạn 15/12/2026", "Tiếp thu, chi trả trong tháng 12."] {
            XCTAssertTrue(shown.stdout.contains(expected), "show lacks \(expected):\n\(shown.stdout)")
        }
        let json = try data.meetingJSON(id)
        let written = try XCTUnwrap(json["opinions"] as? [[String: Any]])
        XCTAssertEqual(written.map { $0["topic"] as? String }, ["giai-phong-mat-bang", "dat-dai", "ho-tich"])
        XCTAssertEqual(written.map { $0["number"] as? Int }, [1, 2, 3])
        XCTAssertNil(written[1]["speaker"])
        XCTAssertEqual((json["followUps"] as? [[String: Any]])?.first?["opinionIds"] as? [String], ["op-2"])
        XCTAssertEqual(json["startedAt"] as? String, "2026-11-20T14:00:00+07:00")
        let listed = try data.run(["list", "--json"])
        XCTAssertTrue(listed.stdout.contains("\"opinions\" : 3"), listed.stdout)
        XCTAssertEqual(try data.run(["validate"]).status, 0)
    }

    /// `--topic` takes what the program's topic picker takes: initials and starts of words.
    func testATopicIsNamedByItsInitialsAsInThePicker() throws {
        let data = try DataFolder()
        let meeting = try data.run(["new", "--title", "Đối thoại", "--organizer", "UBND phường Bồ Đề", "--date", "2026-12-01"])
        let id = meeting.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        for (typed, topic) in [("gpxd", "cap-giay-phep-xay-dung"), ("attp", "an-toan-ve-sinh-thuc-pham"), ("giai phong", "giai-phong-mat-bang")] {
            let added = try data.run(["add-opinion", id, "--speaker", "Ông Hà Văn Mới", "--topic", typed, "--text", "Ý kiến \(typed)"])
            XCTAssertEqual(added.status, 0, "\(typed): \(added.stderr)")
            let opinions = try XCTUnwrap(try data.meetingJSON(id)["opinions"] as? [[String: Any]])
            XCTAssertEqual(opinions.last?["topic"] as? String, topic, typed)
        }
        let ambiguous = try data.run(["add-opinion", id, "--speaker", "A", "--topic", "dd", "--text", "t"])
        XCTAssertNotEqual(ambiguous.status, 0)
        XCTAssertTrue(ambiguous.stderr.contains("dang-ky-kinh-doanh") && ambiguous.stderr.contains("dat-dai"), ambiguous.stderr)
    }

    func testErrorsNameTheArgumentAndExitNonZero() throws {
        let data = try DataFolder()
        let badTopic = try data.run(["add-opinion", "2020-07-17", "--speaker", "A", "--topic", "không có", "--text", "t", "--reopen"])
        XCTAssertNotEqual(badTopic.status, 0)
        XCTAssertTrue(badTopic.stderr.contains("--topic"), badTopic.stderr)
        let badDate = try data.run(["new", "--title", "x", "--organizer", "y", "--date", "31/02/2020"])
        XCTAssertNotEqual(badDate.status, 0)
        XCTAssertTrue(badDate.stderr.contains("--date"), badDate.stderr)
        let ambiguous = try data.run(["show", "2019"])
        XCTAssertNotEqual(ambiguous.status, 0)
        XCTAssertTrue(ambiguous.stderr.contains("2019-05-20-so-noi-vu-ha-noi") && ambiguous.stderr.contains("2019-07-02-vung-tau"))
        let closed = try data.run(["add-attendee", "2020-07-17", "--name", "A"])
        XCTAssertNotEqual(closed.status, 0)
        XCTAssertTrue(closed.stderr.contains("--reopen"), closed.stderr)
    }

    func testABrokenFileIsReportedNeverOverwrittenAndTheOthersStillList() throws {
        let data = try DataFolder()
        let broken = data.url.appendingPathComponent("meetings/2021-01-01-hong.json")
        let text = "{\"schemaVersion\": 1,\n\"id\": \"2021-01-01-hong\",, }"
        try text.write(to: broken, atomically: true, encoding: .utf8)
        let listed = try data.run(["list"])
        XCTAssertEqual(listed.status, 0)
        XCTAssertTrue(listed.stdout.contains("2020-07-17-ngoc-thuy"))
        XCTAssertTrue(listed.stderr.contains("2021-01-01-hong.json") && listed.stderr.contains("dòng 2, cột"), listed.stderr)
        let validated = try data.run(["validate"])
        XCTAssertEqual(validated.status, 1)
        XCTAssertTrue(validated.stderr.contains("2021-01-01-hong.json"))
        XCTAssertEqual(try String(contentsOf: broken, encoding: .utf8), text)
    }

    func testTheShippedSampleDataValidates() throws {
        let outcome = try DataFolder().run(["validate"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
    }
}
