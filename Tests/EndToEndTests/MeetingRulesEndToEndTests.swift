import Foundation
import XCTest

/// Going live and ending around a planned start, and the same opinion
/// recorded through the command and through the program.
final class MeetingRulesEndToEndTests: XCTestCase {
    /// The program's clock, injected (`TestClock`) and running on from there.
    func vietnamNow() -> (day: String, hour: Int, minute: Int, date: Date) {
        let formatter = ISO8601DateFormatter()
        let date = formatter.date(from: TestClock.start) ?? Date(timeIntervalSince1970: 0)
        return (TestClock.day, TestClock.hour, TestClock.minute, date)
    }

    func parse(_ iso: Any?) throws -> Date {
        let formatter = ISO8601DateFormatter()
        return try XCTUnwrap((iso as? String).flatMap(formatter.date(from:)), "\(String(describing: iso))")
    }

    func testGoingLiveRecordsTheRealStartAndAnEarlierEndIsAskedAbout() throws {
        let now = vietnamNow()
        let planned = now.hour < 23 ? "23:59" : "00:01"
        let data = try DataFolder()
        let created = try data.run(["new", "--title", "Đối thoại cuối năm", "--organizer", "UBND phường Bồ Đề",
                                    "--date", now.day, "--start", planned])
        XCTAssertEqual(created.status, 0, created.stderr)
        let id = created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let tmux = try Tmux(["--data", data.path])
        try tmux.waitFor("6 hội nghị")
        try tmux.press("Enter")
        try tmux.waitFor("Đối thoại cuối năm")
        try tmux.press("l")
        let live = try tmux.waitFor("dự kiến \(planned)")
        XCTAssertTrue(live.contains("đã họp 00:00:0"), live)
        try tmux.press("l")
        try tmux.waitFor("Kết thúc hội nghị")
        try tmux.press("C-u")
        try tmux.type("00:00")
        try tmux.press("F2")
        try tmux.waitFor("qua nửa đêm?")
        try tmux.press("Escape")
        try tmux.waitUntil("the question closed") { !$0.contains("qua nửa đêm?") }
        try tmux.press("C-u")
        try tmux.waitUntil("the end field emptied") { !$0.contains("00:00") }
        let hour = String(format: "%02d:%02d", vietnamNow().hour, vietnamNow().minute)
        try tmux.type(hour)
        try tmux.press("F2")
        try tmux.waitFor("Chưa có kết luận của chủ trì. Vẫn kết thúc hội nghị?")
        try tmux.press("Enter")
        try tmux.waitFor("Đã kết thúc hội nghị")
        try tmux.press("F10")
        tmux.waitForExit()

        let json = try data.meetingJSON(id)
        let start = try parse(json["startedAt"])
        let end = try parse(json["endedAt"])
        XCTAssertLessThan(abs(start.timeIntervalSince(now.date)), 120, "the real start, not the planned one")
        XCTAssertTrue((json["plannedStart"] as? String)?.contains("T\(planned):00") == true, "\(json["plannedStart"] ?? "none")")
        XCTAssertGreaterThanOrEqual(end.timeIntervalSince(start), -60)
        XCTAssertLessThan(end.timeIntervalSince(start), 3600, "not a meeting of a day")
        XCTAssertEqual(json["status"] as? String, "closed")
    }

    func testAnOpinionRecordedByTheCommandAndByTheProgramGivesTheSameFile() throws {
        let byCommand = try DataFolder(empty: true)
        let byProgram = try DataFolder(empty: true)
        var ids: [String] = []
        for data in [byCommand, byProgram] {
            let created = try data.run(["new", "--title", "Đối thoại", "--organizer", "UBND phường Bồ Đề", "--date", "2026-11-24"])
            XCTAssertEqual(created.status, 0, created.stderr)
            ids.append(created.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
            let chair = try data.run(["add-attendee", ids[ids.count - 1], "--name", "Nguyễn Quốc Văn", "--role", "chair"])
            XCTAssertEqual(chair.status, 0, chair.stderr)
        }
        let added = try byCommand.run(["add-opinion", ids[0], "--speaker", "Hoàng Văn Nam", "--origin", "Tổ dân phố 3",
                                       "--topic", "dat dai", "--kind", "complaint", "--text", "Đề nghị cấp sổ đỏ.",
                                       "--response-by", "Nguyễn Quốc Văn", "--response", "Phường sẽ kiểm tra."])
        XCTAssertEqual(added.status, 0, added.stderr)

        let tmux = try Tmux(["--data", byProgram.path])
        try tmux.waitFor("1 hội nghị")
        try tmux.press("Enter")
        try tmux.waitFor("Đối thoại")
        try tmux.press("n")
        try tmux.waitFor("Ý kiến mới")
        try tmux.type("Hoàng Văn Nam")
        try tmux.press("Tab")
        try tmux.type("Tổ dân phố 3")
        try tmux.press("Tab")
        try tmux.type("dat dai")
        try tmux.press("Enter")
        try tmux.type("2")
        try tmux.type("Đề nghị cấp sổ đỏ.")
        try tmux.press("Tab")
        try tmux.type("Nguyễn Quốc Văn")
        try tmux.press("Tab")
        try tmux.type("Phường sẽ kiểm tra.")
        try tmux.press("F2")
        try tmux.waitFor("Ý kiến 1")
        try tmux.press("F10")
        tmux.waitForExit()

        func comparable(_ data: DataFolder, _ id: String) throws -> [String: Any] {
            let json = try data.meetingJSON(id)
            var opinions = try XCTUnwrap(json["opinions"] as? [[String: Any]])
            for index in opinions.indices { opinions[index]["recordedAt"] = nil }
            return ["attendees": json["attendees"] ?? [], "opinions": opinions]
        }
        let a = try comparable(byCommand, ids[0]), b = try comparable(byProgram, ids[1])
        XCTAssertEqual(NSDictionary(dictionary: a), NSDictionary(dictionary: b), "command: \(a)\nprogram: \(b)")
        XCTAssertEqual((a["attendees"] as? [[String: Any]])?.count, 2, "the new speaker joined the attendees")
    }
}
