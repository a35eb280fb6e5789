import Foundation
import XCTest

final class FollowUpsTests: XCTestCase {
    func testFollowUpsAndReportCommands() throws {
        let data = try DataFolder()
        let overdue = try data.run(["followups", "--overdue", "--as-of", "2026-11-24", "--json"])
        XCTAssertEqual(overdue.status, 0, overdue.stderr)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(overdue.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.count, 5)
        let report = try data.run(["report", "--from", "2018-01-01", "--to", "2020-12-31", "--format", "csv"])
        XCTAssertTrue(report.stdout.contains("Giải phóng mặt bằng,5,3,60%"), report.stdout)
        // A reply dated in a year that has not come is refused, and nothing is marked done.
        let future = try data.run(["update-followup", "2020-07-17", "fu-1", "--reply-number", "15/UBND", "--reply-date",
                                   "01/10/2999", "--reopen"])
        XCTAssertNotEqual(future.status, 0)
        XCTAssertTrue(future.stderr.contains("after today"), future.stderr)
        XCTAssertNotEqual((try data.meetingJSON("2020-07-17-ngoc-thuy")["followUps"] as? [[String: Any]])?.first?["status"] as? String, "done")
        let updated = try data.run(["update-followup", "2020-07-17", "fu-1", "--reply-number", "15/UBND", "--reply-date",
                                    "01/10/2020", "--reopen"])
        XCTAssertEqual(updated.status, 0, updated.stderr)
        let json = try data.meetingJSON("2020-07-17-ngoc-thuy")
        let followUp = try XCTUnwrap((json["followUps"] as? [[String: Any]])?.first)
        XCTAssertEqual(followUp["status"] as? String, "done")
        XCTAssertEqual(followUp["doneOn"] as? String, "2020-10-01")
        XCTAssertEqual((followUp["reply"] as? [String: Any])?["number"] as? String, "15/UBND")
        XCTAssertNotEqual(try data.run(["update-followup", "2020-07-17", "fu-9", "--status", "done", "--reopen"]).status, 0)
    }

    /// A command answers from the index while it compares the files with it: a file changed just before
    /// (here written by hand, behind every program's back) is in that same command's output, once.
    func testAFileChangedJustBeforeACommandIsInItsOutputOnce() throws {
        let data = try DataFolder()
        let asOf = ["--as-of", "2026-11-24"]
        let before = try data.run(["followups", "--overdue"] + asOf)  // the index built
        XCTAssertEqual(before.status, 0, before.stderr)
        XCTAssertEqual(before.stdout.split(separator: "\n").count, 5, before.stdout)
        try FileManager.default.removeItem(at: data.meetingFile("2019-07-02-vung-tau"))
        let listed = try data.run(["list"])
        XCTAssertFalse(listed.stdout.contains("2019-07-02-vung-tau"), listed.stdout)
        XCTAssertEqual(listed.stdout.split(separator: "\n").count, 1 + 4, listed.stdout)
        var json = try data.meetingJSON("2020-07-17-ngoc-thuy")
        var followUps = try XCTUnwrap(json["followUps"] as? [[String: Any]])
        followUps.append(["id": "fu-77", "opinionIds": ["op-1"], "task": "Nạo vét cống rãnh xóm Quỳnh", "assignee": "Tổ dân phố 3",
                          "dueDate": "2021-03-01", "status": "open"])
        json["followUps"] = followUps
        try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys]).write(to: data.meetingFile("2020-07-17-ngoc-thuy"))
        let after = try data.run(["followups", "--overdue"] + asOf)
        XCTAssertEqual(after.status, 0, after.stderr)
        let lines = after.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.filter { $0.contains("Tổ dân phố 3: Nạo vét cống rãnh xóm Quỳnh") }.count, 1, after.stdout)
        XCTAssertTrue(lines.contains { $0.hasPrefix("01/03/2021  ⚠ trễ 2094 ngày  2020-07-17-ngoc-thuy") && $0.contains("fu-77") }, after.stdout)
        XCTAssertFalse(after.stdout.contains("2019-07-02-vung-tau"), after.stdout)
        XCTAssertEqual(Set(lines).count, lines.count, "no line twice:\n\(after.stdout)")
    }

    /// One rule with the program's F6: a closed meeting's follow-up takes its
    /// status, a note and the written reply without the meeting being reopened.
    func testAClosedMeetingsFollowUpChangesWithoutReopeningIt() throws {
        let data = try DataFolder()
        let before = try data.meetingJSON("2018-12-29-thanh-xuan")
        XCTAssertEqual(before["status"] as? String, "closed")
        let done = try data.run(["update-followup", "2018-12-29", "fu-5", "--status", "done", "--done-on", "2026-11-20",
                                 "--note", "Đã trả lời bằng văn bản"])
        XCTAssertEqual(done.status, 0, done.stderr)
        let after = try data.meetingJSON("2018-12-29-thanh-xuan")
        XCTAssertEqual(after["status"] as? String, "closed", "the minutes stay closed")
        XCTAssertEqual((after["reopenings"] as? [Any])?.count ?? 0, (before["reopenings"] as? [Any])?.count ?? 0, "no reopening recorded")
        let fu5 = try XCTUnwrap((after["followUps"] as? [[String: Any]])?.first { $0["id"] as? String == "fu-5" })
        XCTAssertEqual(fu5["status"] as? String, "done")
        XCTAssertEqual(fu5["doneOn"] as? String, "2026-11-20")
        let missing = try data.run(["update-followup", "2018-12-29", "fu-99", "--status", "done"])
        XCTAssertNotEqual(missing.status, 0)
        XCTAssertTrue(missing.stderr.contains("fu-99") && missing.stderr.contains("fu-5"), missing.stderr)
    }

    func testMarkingAFollowUpDoneOnTheTrackerChangesTheReport() throws {
        let data = try DataFolder()
        let before = try data.run(["report", "--format", "json", "--as-of", "2026-11-24"])
        XCTAssertTrue(before.stdout.contains("\"overdue\" : 5"), before.stdout)
        let tmux = try Tmux(["--data", data.path])
        try tmux.waitFor("5 hội nghị")
        try tmux.press("F6")
        try tmux.waitFor("5 việc")
        try tmux.press("Enter")
        try tmux.waitFor("Sửa việc giao")
        for _ in 0..<4 { try tmux.press("Tab") }
        try tmux.press("Right", "Right")
        try tmux.waitFor("◀ Đã xong ▶")
        try tmux.press("F2")
        // Saved, and back on the follow-ups screen (F6), read again.
        let back = try tmux.waitFor("4 việc")
        XCTAssertTrue(back.contains("Đã lưu") && back.contains("o Mở hội nghị"), back)
        try tmux.press("F10")
        tmux.waitForExit()
        let after = try data.run(["report", "--format", "json", "--as-of", "2026-11-24"])
        XCTAssertTrue(after.stdout.contains("\"overdue\" : 4"), after.stdout)
        let json = try data.meetingJSON("2018-12-29-thanh-xuan")
        let fu5 = try XCTUnwrap((json["followUps"] as? [[String: Any]])?.first { $0["id"] as? String == "fu-5" })
        XCTAssertEqual(fu5["status"] as? String, "done")
    }

    /// An assignment added by a command while F6 is on screen shows there, counted, without a key.
    func testAFollowUpAddedByACommandShowsOnTheOpenTracker() throws {
        let data = try DataFolder()
        let tmux = try Tmux(["--data", data.path])
        try tmux.waitFor("5 hội nghị")
        try tmux.press("F6")
        try tmux.waitUntil("the tracker's count", timeout: 10) { $0.contains(" việc") && !$0.contains("Đang tải") }
        let before = try tmux.screen()
        let count = try XCTUnwrap(before.split(separator: "\n").compactMap { line -> Int? in
            guard let range = line.range(of: " việc") else { return nil }
            return Int(line[..<range.lowerBound].split(separator: " ").last ?? "")
        }.first, before)
        let added = try data.run(["add-followup", "2020-07-17", "--task", "Kiểm tra cống thoát nước ngõ 42",
                                  "--assignee", "Tổ công tác đô thị", "--due", "2031-01-05", "--reopen"])
        XCTAssertEqual(added.status, 0, added.stderr)
        let after = try tmux.waitFor("\(count + 1) việc", timeout: 10)
        XCTAssertTrue(after.contains(" việc"), after)
        try tmux.press("End")
        try tmux.waitFor("Tổ công tác đô thị", timeout: 10)
    }
}
