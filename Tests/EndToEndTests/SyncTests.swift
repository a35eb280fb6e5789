import Foundation
import XCTest

/// Three offices sharing one bare repository through `doithoai sync`.
final class SyncTests: XCTestCase {
    let shared = "2026-11-02-ngoc-thuy"

    /// Office 0 starts the archive with one meeting; the others join.
    func startDistrict() throws -> District {
        let district = try District(offices: ["Phường Ngọc Thụy", "Quận Long Biên", "Phường Gia Thụy"])
        let made = try district.offices[0].run(["new", "--title", "Đối thoại quý IV", "--organizer", "UBND phường Ngọc Thụy",
                                                "--date", "2026-11-02", "--place", "Ngọc Thụy"])
        XCTAssertEqual(made.stdout.trimmingCharacters(in: .whitespacesAndNewlines), shared, made.stderr)
        XCTAssertEqual(try district.offices[0].run(["add-opinion", shared, "--speaker", "Ông Gốc", "--topic", "dat dai",
                                                    "--text", "Ý kiến gốc"]).status, 0)
        XCTAssertEqual(try district.offices[0].run(["add-followup", shared, "--task", "Việc chung", "--assignee", "Phòng TN-MT",
                                                    "--due", "2026-12-01", "--opinion", "1"]).status, 0)
        XCTAssertTrue(try district.sync(0).stdout.contains("Started the shared archive"))
        XCTAssertTrue(try district.sync(1).stdout.contains("Received: 1 new meeting, from Phường Ngọc Thụy."))
        try district.sync(2)
        return district
    }

    func testThreeOfficesRecordingOfflineAndSyncingInRandomOrderEndWithTheSameArchiveAndNothingLost() throws {
        let rounds = Int(ProcessInfo.processInfo.environment["DOITHOAI_SYNC_ROUNDS"] ?? "") ?? 4
        var random = SeededRandom(seed: 16)
        let district = try startDistrict()
        var opinions: [String: Set<String>] = [shared: ["Ý kiến gốc"]]
        var notes: Set<String> = []
        var tasks: Set<String> = ["Việc chung"]
        var deleted: Set<String> = []
        var own: [Int: String] = [:]
        for office in 0..<3 {
            // Each office's own meeting, on a different day.
            let made = try district.offices[office].run(["new", "--title", "Họp riêng \(office)", "--organizer", district.names[office],
                                                         "--date", "2026-10-1\(office)", "--place", "Văn phòng \(office)"])
            own[office] = made.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        // A new topic on two sides, the same name: it must end once.
        for office in [0, 1] { XCTAssertEqual(try district.offices[office].run(["topics", "add", "Môi trường"]).status, 0) }
        XCTAssertEqual(try district.offices[1].run(["topics", "add", "Giao thông"]).status, 0)

        for round in 0..<rounds {
            for office in 0..<3 {
                let data = district.offices[office]
                for n in 0..<Int.random(in: 1...2, using: &random) {
                    let text = "Ý kiến \(district.names[office]) vòng \(round) số \(n)"
                    let topic = office == 1 && round > 0 ? "giao thong" : "ho tich"
                    let added = try data.run(["add-opinion", shared, "--speaker", "Người dân \(office)", "--topic", topic, "--text", text])
                    if added.status == 0 { opinions[shared, default: []].insert(text) } else { XCTFail(added.stderr) }
                }
                let note = "Ghi chú \(office)-\(round)"
                let status = ["inProgress", "open", "done"][Int.random(in: 0...2, using: &random)]
                if try data.run(["update-followup", shared, "fu-1", "--note", note, "--status", status]).status == 0 { notes.insert(note) }
                let task = "Việc \(office)-\(round)"
                if try data.run(["add-followup", shared, "--task", task, "--assignee", "Tổ \(office)", "--due", "2026-12-20",
                                 "--opinion", "1"]).status == 0 { tasks.insert(task) }
                if let mine = own[office], !deleted.contains(mine) {
                    let text = "Riêng \(office) vòng \(round)"
                    if try data.run(["add-opinion", mine, "--speaker", "Bà Riêng", "--topic", "khac", "--text", text]).status == 0 {
                        opinions[mine, default: []].insert(text)
                    }
                }
            }
            // Office 2 deletes its own meeting once everybody has it.
            if round == 1, let mine = own[2] {
                let trash = district.offices[2].url.appendingPathComponent("trash")
                try FileManager.default.createDirectory(at: trash, withIntermediateDirectories: true)
                try FileManager.default.moveItem(at: district.offices[2].meetingFile(mine), to: trash.appendingPathComponent("\(mine).json"))
                deleted.insert(mine)
                opinions[mine] = nil
            }
            for office in [0, 1, 2].shuffled(using: &random) { try district.sync(office) }
        }
        for office in [0, 1, 2, 0, 1] { try district.sync(office) }

        let reference = district.archive(0)
        XCTAssertFalse(reference.isEmpty)
        for office in 1..<3 {
            let other = district.archive(office)
            XCTAssertEqual(Set(other.keys), Set(reference.keys), "office \(office) holds other files")
            for (path, bytes) in reference where other[path] != bytes {
                XCTFail("\(path) differs between office 0 and office \(office)")
            }
        }
        for (path, bytes) in reference {
            XCTAssertFalse(String(decoding: bytes, as: UTF8.self).contains("<<<<<<<"), "conflict marker in \(path)")
        }
        for office in 0..<3 {
            let check = try district.offices[office].run(["validate"])
            XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
        }
        for id in deleted { XCTAssertNil(reference["meetings/\(id).json"], "\(id) was deleted but came back") }
        for (id, texts) in opinions {
            let meeting = try district.offices[1].meetingJSON(id)
            let stored = (meeting["opinions"] as? [[String: Any]] ?? [])
            XCTAssertEqual(Set(stored.compactMap { $0["text"] as? String }), texts, "opinions of \(id)")
            XCTAssertEqual(stored.compactMap { $0["number"] as? Int }, Array(1...stored.count))
        }
        let meeting = try district.offices[2].meetingJSON(shared)
        let followUps = meeting["followUps"] as? [[String: Any]] ?? []
        XCTAssertEqual(Set(followUps.compactMap { $0["task"] as? String }), tasks)
        let first = try XCTUnwrap(followUps.first { $0["task"] as? String == "Việc chung" })
        XCTAssertEqual(Set((first["notes"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }), notes)
        let topics = String(decoding: reference["topics.json"] ?? Data(), as: UTF8.self)
        XCTAssertEqual(topics.components(separatedBy: "\"moi-truong\"").count, 2, "Môi trường once:\n\(topics)")
        XCTAssertTrue(topics.contains("\"giao-thong\""))
    }

    func testASyncLeavesAMeetingOpenForWritingForTheNextSync() throws {
        let district = try startDistrict()
        XCTAssertEqual(try district.offices[1].run(["add-opinion", shared, "--speaker", "Bà Quận", "--topic", "khac", "--text", "Từ quận"]).status, 0)
        try district.sync(1)
        // Office 0 has the meeting open for writing (the lock of the store), and saves into it meanwhile.
        let data = district.offices[0]
        let lock = try ProgramLock(folder: data.path, meeting: shared)
        let before = try Data(contentsOf: data.meetingFile(shared))
        let synced = try district.sync(0)
        XCTAssertTrue(synced.stdout.contains("Left for the next sync: \(shared) is open for writing"), synced.stdout)
        XCTAssertEqual(try Data(contentsOf: data.meetingFile(shared)), before, "the sync rewrote a meeting open for writing")
        try lock.addOpinion(text: "Trong lúc đồng bộ")
        lock.release()
        XCTAssertEqual(try data.run(["add-opinion", shared, "--speaker", "Ông Phường", "--topic", "khac", "--text", "Sau khi đóng"]).status, 0)
        try district.sync(0)
        try district.sync(1)
        for office in [0, 1] {
            let texts = (try district.offices[office].meetingJSON(shared)["opinions"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
            XCTAssertEqual(Set(texts), ["Ý kiến gốc", "Từ quận", "Trong lúc đồng bộ", "Sau khi đóng"], "office \(office)")
            XCTAssertEqual(try district.offices[office].run(["validate"]).status, 0)
        }
        XCTAssertEqual(try Data(contentsOf: district.offices[0].meetingFile(shared)), try Data(contentsOf: district.offices[1].meetingFile(shared)))
    }

    func testAnUnreachableRemoteFailsClearlyWithinTheTimeLimitAndLosesNothing() throws {
        let district = try startDistrict()
        let data = district.offices[0]
        XCTAssertEqual(try data.run(["add-opinion", shared, "--speaker", "Ông Mất Mạng", "--topic", "khac", "--text", "Khi mất mạng"]).status, 0)
        // A server that accepts the connection and never answers.
        let silent = try SilentServer()
        let started = Date()
        let hung = try data.run(["sync", "--remote", "git://127.0.0.1:\(silent.port)/archive.git", "--time-limit", "3", "--lang", "en"])
        XCTAssertNotEqual(hung.status, 0)
        XCTAssertLessThan(Date().timeIntervalSince(started), 15)
        XCTAssertTrue(hung.stderr.contains("cannot reach the shared repository"), hung.stderr)
        let missing = try data.run(["sync", "--remote", district.root.appendingPathComponent("no-such.git").path, "--lang", "en"])
        XCTAssertNotEqual(missing.status, 0)
        XCTAssertTrue(missing.stderr.contains("Your meetings are safe here"), missing.stderr)
        let texts = (try data.meetingJSON(shared)["opinions"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        XCTAssertTrue(texts.contains("Khi mất mạng"))
        // Back on the right remote, the change goes out.
        XCTAssertTrue(try district.sync(0).stdout.contains("Sent: 1 meeting updated."))
        XCTAssertTrue(try district.sync(1).stdout.contains("Received: 1 meeting updated, from Phường Ngọc Thụy."))
    }

    func testAServerWhoseBranchIsMasterIsSharedOnMaster() throws {
        let district = try District(offices: ["Phường Ngọc Thụy", "Quận Long Biên"], branch: "master")
        // The district's IT set the server up by hand, with a first commit on master.
        let seed = district.root.appendingPathComponent("seed").path
        for step in [["clone", "-q", district.server, seed],
                     ["-C", seed, "-c", "user.name=IT", "-c", "user.email=it@example.org", "commit", "-q", "--allow-empty", "-m", "Kho dùng chung"],
                     ["-C", seed, "push", "-q", "origin", "HEAD:refs/heads/master"]] {
            let done = try Command.run("/usr/bin/env", ["git"] + step)
            XCTAssertEqual(done.status, 0, done.stderr)
        }
        XCTAssertEqual(try district.offices[0].run(["new", "--title", "Đối thoại quý IV", "--organizer", "UBND phường Ngọc Thụy",
                                                    "--date", "2026-11-02", "--place", "Ngọc Thụy"]).status, 0)
        try district.sync(0)
        try district.sync(1)
        XCTAssertEqual(district.archive(0), district.archive(1))
        XCTAssertNotNil(district.archive(1)["meetings/\(shared).json"])
        let heads = try Command.run("/usr/bin/env", ["git", "--git-dir", district.server, "for-each-ref", "--format=%(refname)", "refs/heads"])
        XCTAssertEqual(heads.stdout.trimmingCharacters(in: .whitespacesAndNewlines), "refs/heads/master",
                       "the offices exchange on the server's own branch, not a second one")
        // A plain `git pull` in an office works on the same branch.
        let pulled = try Command.run("/usr/bin/env", ["git", "-C", district.offices[1].path, "pull", "-q", "--no-rebase", "--no-edit", "origin", "master"])
        XCTAssertEqual(pulled.status, 0, pulled.stderr)
    }

    func testTheMergeDriverWorksUnderAPlainGitMerge() throws {
        let district = try startDistrict()
        for (office, text) in [(1, "Ý kiến của quận"), (2, "Ý kiến của phường Gia Thụy")] {
            XCTAssertEqual(try district.offices[office].run(["add-opinion", shared, "--speaker", "Người \(office)", "--topic", "khac", "--text", text]).status, 0)
        }
        try district.sync(1)
        // Office 2 commits and pulls by hand: git runs the registered driver.
        let folder = district.offices[2].path
        XCTAssertEqual(try Command.run("/usr/bin/env", ["git", "-C", folder, "commit", "-qam", "tay"]).status, 0)
        let pulled = try Command.run("/usr/bin/env", ["git", "-C", folder, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main"])
        XCTAssertEqual(pulled.status, 0, pulled.stderr)
        let texts = (try district.offices[2].meetingJSON(shared)["opinions"] as? [[String: Any]] ?? []).compactMap { $0["number"] as? Int }
        XCTAssertEqual(texts, [1, 2, 3])
        XCTAssertEqual(try district.offices[2].run(["validate"]).status, 0)
    }

    func testAConflictIsListedResolvedAndTheChoiceTravels() throws {
        let district = try startDistrict()
        XCTAssertEqual(try district.offices[0].run(["update-followup", shared, "fu-1", "--assignee", "Tổ dân phố 1"]).status, 0)
        XCTAssertEqual(try district.offices[1].run(["update-followup", shared, "fu-1", "--assignee", "Phòng Quản lý đô thị"]).status, 0)
        try district.sync(0)
        let merged = try district.sync(1)
        XCTAssertTrue(merged.stdout.contains("Conflict recorded in \(shared)"), merged.stdout)
        let shown = try district.offices[1].run(["show", shared])
        XCTAssertTrue(shown.stdout.contains("followUps[fu-1].assignee [chưa chọn]"), shown.stdout)
        XCTAssertTrue(shown.stdout.contains("Tổ dân phố 1") && shown.stdout.contains("Phòng Quản lý đô thị"), shown.stdout)
        let listed = try district.offices[1].run(["validate", "--lang", "en"])
        XCTAssertEqual(listed.status, 0)
        XCTAssertTrue(listed.stdout.contains("1 conflict(s) from sync to choose"), listed.stdout)
        let kept = (try district.offices[1].meetingJSON(shared)["followUps"] as? [[String: Any]])?.first?["assignee"] as? String
        let other = kept == "Tổ dân phố 1" ? "Phòng Quản lý đô thị" : "Tổ dân phố 1"
        let resolved = try district.offices[1].run(["resolve", shared, "cf-1", "--choose", "other", "--by", "Trần Thu Hà"])
        XCTAssertEqual(resolved.status, 0, resolved.stderr)
        try district.sync(1)
        try district.sync(0)
        let followUp = (try district.offices[0].meetingJSON(shared)["followUps"] as? [[String: Any]])?.first
        XCTAssertEqual(followUp?["assignee"] as? String, other)
        XCTAssertFalse(try district.offices[0].run(["show", shared]).stdout.contains("[chưa chọn]"))
    }

    func testF8SyncsFromTheProgramAndAConflictIsResolvedInTheMeeting() throws {
        let district = try startDistrict()
        XCTAssertEqual(try district.offices[0].run(["update-followup", shared, "fu-1", "--assignee", "Tổ dân phố 1"]).status, 0)
        XCTAssertEqual(try district.offices[0].run(["add-opinion", shared, "--speaker", "Bà Phường", "--topic", "khac", "--text", "Từ phường"]).status, 0)
        try district.sync(0)
        XCTAssertEqual(try district.offices[1].run(["update-followup", shared, "fu-1", "--assignee", "Phòng Quản lý đô thị"]).status, 0)
        let data = district.offices[1]
        let tmux = try Tmux(["--data", data.path], width: 120, height: 30)
        try tmux.waitFor("F8 đồng bộ")
        try tmux.press("F8")
        let synced = try tmux.waitFor("nhận 1, gửi 1", timeout: 30)
        XCTAssertTrue(synced.contains("1 hội nghị có xung đột"), synced)
        // The list is read again: the meeting is marked, its opinion from the ward counted.
        try tmux.waitFor("!02/11/2026")
        try tmux.press("Enter")
        try tmux.waitFor("Xung đột 1")
        for _ in 0..<6 { try tmux.press("Tab") }
        try tmux.waitFor("Giao việc fu-1 › Đơn vị thực hiện")
        try tmux.press("Enter")
        let box = try tmux.waitFor("2 Lấy giá trị kia")
        XCTAssertTrue(box.contains("Tổ dân phố 1") && box.contains("Phòng Quản lý đô thị"), box)
        try tmux.press("2")
        try tmux.waitFor("Đã lưu")
        try tmux.press("Escape")
        let list = try tmux.waitFor("Lọc:")
        XCTAssertFalse(list.contains("!02/11/2026"), "the choice made, the mark goes:\n\(list)")
        try tmux.press("F8")
        try tmux.waitFor("nhận 0, gửi 1", timeout: 30)
        try district.sync(0)
        let meeting = try district.offices[0].meetingJSON(shared)
        let conflict = (meeting["conflicts"] as? [[String: Any]])?.first
        XCTAssertEqual((conflict?["resolution"] as? [String: Any])?["choice"] as? String, "other")
        let assignee = (meeting["followUps"] as? [[String: Any]])?.first?["assignee"] as? String
        XCTAssertEqual(assignee, (conflict?["other"] as? [String: Any])?["value"] as? String)
        XCTAssertEqual(try Data(contentsOf: district.offices[0].meetingFile(shared)), try Data(contentsOf: data.meetingFile(shared)))
    }

    func testAnOfficeWithItsOwnMeetingsJoinsAndBothArchivesAreMerged() throws {
        let district = try startDistrict()
        // A fourth office has recorded for years before joining, with a topic of its own.
        let late = try DataFolder(empty: true)
        XCTAssertEqual(try late.run(["new", "--title", "Đối thoại 2025", "--organizer", "UBND phường Gia Thụy",
                                     "--date", "2025-06-01", "--place", "Gia Thụy"]).status, 0)
        XCTAssertEqual(try late.run(["topics", "add", "Trật tự đô thị"]).status, 0)
        let joined = try late.run(["sync", "--remote", district.server, "--office", "Phường Gia Thụy cũ", "--lang", "en"])
        XCTAssertEqual(joined.status, 0, joined.stderr)
        XCTAssertTrue(joined.stdout.contains("Merged this archive with the remote's."), joined.stdout)
        XCTAssertTrue(joined.stdout.contains("Received: 1 new meeting"), joined.stdout)
        try district.sync(0)
        for folder in [late, district.offices[0]] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder.meetingFile("2025-06-01-gia-thuy").path))
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder.meetingFile(shared).path))
            XCTAssertEqual(try folder.run(["validate"]).status, 0)
        }
        let topics = try String(contentsOf: late.url.appendingPathComponent("topics.json"), encoding: .utf8)
        XCTAssertTrue(topics.contains("trat-tu-do-thi"))
        XCTAssertEqual(try Data(contentsOf: late.url.appendingPathComponent("topics.json")),
                       try Data(contentsOf: district.offices[0].url.appendingPathComponent("topics.json")))
    }
}
