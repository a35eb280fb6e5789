import DoiThoaiCore
import Foundation
import XCTest

/// Results written by concurrent runs, read once all are done.
final class Slots: @unchecked Sendable {
    private(set) var values: [Outcome?]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: Outcome?) { lock.lock(); values[index] = value; lock.unlock() }
}

final class SearchCommandTests: XCTestCase {
    func testSearchIgnoresMarksAndCase() throws {
        let data = try DataFolder()
        let plain = try data.run(["search", "giai phong mat bang", "--json"])
        XCTAssertEqual(plain.status, 0, plain.stderr)
        let marked = try data.run(["search", "GIẢI PHÓNG MẶT BẰNG", "--json"])
        XCTAssertEqual(plain.stdout, marked.stdout)
        let hits = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(plain.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(Set(hits.map { $0["meeting"] as? String }), ["2018-12-29-thanh-xuan"])
        XCTAssertGreaterThanOrEqual(hits.count, 5)
        let topic = try data.run(["search", "", "--topic", "giai phong mat bang", "--json"])
        XCTAssertEqual(try XCTUnwrap(JSONSerialization.jsonObject(with: Data(topic.stdout.utf8)) as? [Any]).count, 5)
    }

    func testNoResultIsNotAnError() throws {
        let outcome = try DataFolder().run(["search", "khongcotunay", "--json"])
        XCTAssertEqual(outcome.status, 0)
        XCTAssertEqual(outcome.stdout.trimmingCharacters(in: .whitespacesAndNewlines), "[\n\n]")
    }

    /// The index in DATA/.cache follows every change to the files, and a damaged one is rebuilt, never believed.
    func testTheIndexFollowsTheFilesAndSurvivesDamage() throws {
        let data = try DataFolder()
        XCTAssertEqual(try data.run(["search", "cong thoat nuoc xom Quynh", "--json"]).stdout.filter { $0 == "{" }.count, 0)
        let cache = data.url.appendingPathComponent(".cache/index.sqlite")
        XCTAssertTrue(FileManager.default.fileExists(atPath: cache.path), "the first search writes the index")
        let added = try data.run(["add-opinion", "2020-07-17", "--speaker", "Lò Văn Quỳnh", "--topic", "khac",
                                  "--text", "Cống thoát nước ở xóm Quỳnh bị tắc", "--reopen"])
        XCTAssertEqual(added.status, 0, added.stderr)
        let found = try data.run(["search", "cong thoat nuoc xom quynh", "--json"])
        XCTAssertTrue(found.stdout.contains("Lò Văn Quỳnh"), found.stdout)
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: cache.path + suffix) }
        try Data("hỏng".utf8).write(to: cache)
        let again = try data.run(["search", "CỐNG THOÁT NƯỚC XÓM QUỲNH", "--json"])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(again.stdout, found.stdout, "a damaged cache is rebuilt from the files")
        try FileManager.default.removeItem(at: data.meetingFile("2020-07-17-ngoc-thuy"))
        let gone = try data.run(["search", "xom quynh", "--json"])
        XCTAssertFalse(gone.stdout.contains("Lò Văn Quỳnh"), "a removed file's opinions leave the results")
    }

    func testAFolderWhoseIndexCannotBeSavedStillSearchesAndSaysSo() throws {
        let data = try DataFolder()
        // A file where DATA/.cache should be (a read-only folder does the same, but root writes anyway).
        FileManager.default.createFile(atPath: data.url.appendingPathComponent(".cache").path, contents: Data())
        let outcome = try data.run(["search", "nguoi lon tuoi", "--json"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("2020-07-17-ngoc-thuy"), outcome.stdout)
        XCTAssertTrue(outcome.stderr.contains("chỉ mục được dựng trong bộ nhớ"), outcome.stderr)
    }

    /// A current index in a folder this user cannot write (a read-only copy of the archive, another
    /// user's folder) is copied into memory and only the files changed since are read again — it used
    /// to be built from every file, a minute at 2,000 meetings.
    func testACurrentIndexThatCanOnlyBeReadIsUsed() throws {
        let data = try DataFolder()
        XCTAssertEqual(try data.run(["list"]).status, 0)
        let file = data.meetingFile("2020-07-17-ngoc-thuy")
        let text = try String(contentsOf: file, encoding: .utf8)
        let opinion = try XCTUnwrap(text.range(of: "\n      \"text\" : \""), "an opinion's own text (not an answer's)")
        try text.replacingCharacters(in: opinion, with: "\n      \"text\" : \"Zebrafish ").write(to: file, atomically: false, encoding: .utf8)
        let cache = data.url.appendingPathComponent(".cache")
        var command = [Binary.doithoai.path]
        if getuid() == 0 {
            // Root writes anywhere: the command runs as nobody, who may read the folder but not write it.
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { throw XCTSkip("no setpriv") }
            command = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + command
        }
        XCTAssertEqual(try Command.run("/bin/chmod", ["-R", "a+rX,a-w", data.path]).status, 0)
        defer { _ = try? Command.run("/bin/chmod", ["-R", "u+w", data.path]) }
        XCTAssertFalse(FileManager.default.isWritableFile(atPath: cache.path) && getuid() != 0)
        let outcome = try Command.run(command[0], Array(command.dropFirst()) + ["search", "zebrafish", "--data", data.path],
                                      environment: ["DOITHOAI_INDEX_TRACE": "1"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("2020-07-17-ngoc-thuy"), outcome.stdout)
        XCTAssertTrue(outcome.stderr.contains("index: 1 files written"), "only the changed file is read: \(outcome.stderr)")
        XCTAssertEqual(try Command.run(command[0], Array(command.dropFirst()) + ["list", "--json", "--data", data.path]).stdout,
                       try data.run(["list", "--json"]).stdout)
    }

    /// Three commands started at once on a folder with no index: all answer right, one index is kept,
    /// and only one of them built it (the others waited for it and shared it).
    func testCommandsIndexingAtOnceAllAnswerRightAndOneBuilds() throws {
        let data = try DataFolder()
        // Enough meetings that the builds would overlap (a few tenths of a second each).
        _ = try SyntheticArchive(meetings: 300, opinionsPerMeeting: 20, seed: 41).write(to: DataDirectory(root: data.path))
        let expected = try data.run(["list", "--json"]).stdout
        try FileManager.default.removeItem(at: data.url.appendingPathComponent(".cache"))
        let outcomes = Slots(count: 3)
        let binary = Binary.doithoai.path, folder = data.path
        DispatchQueue.concurrentPerform(iterations: 3) { n in
            let arguments = (n == 2 ? ["search", "dat dai", "--json"] : ["list", "--json"]) + ["--data", folder]
            outcomes.set(n, try? Command.run(binary, arguments, environment: ["DOITHOAI_INDEX_TRACE": "1"]))
        }
        let builders = outcomes.values.filter { $0?.stderr.contains("files read and written") == true }
        XCTAssertEqual(builders.count, 1, outcomes.values.map { $0?.stderr ?? "" }.joined(separator: "\n---\n"))
        XCTAssertEqual(outcomes.values[0]?.stdout, expected)
        XCTAssertEqual(outcomes.values[1]?.stdout, expected)
        XCTAssertEqual(outcomes.values[2]?.status, 0, outcomes.values[2]?.stderr ?? "")
        XCTAssertEqual(outcomes.values[2]?.stdout, try data.run(["search", "dat dai", "--json"]).stdout)
        let cache = try FileManager.default.contentsOfDirectory(atPath: data.url.appendingPathComponent(".cache").path)
        XCTAssertTrue(cache.contains("index.sqlite"), "\(cache)")
        XCTAssertFalse(cache.contains { $0.contains(".tmp") }, "no build left behind: \(cache)")
    }

    /// A change made by a command while the program runs shows in the program without a restart.
    func testACommandLineWriteShowsInTheRunningProgram() throws {
        let data = try DataFolder()
        let tmux = try Tmux(["--data", data.path])
        try tmux.waitFor("5 hội nghị")
        let created = try data.run(["new", "--title", "Đối thoại về chợ Đồng Xuân", "--organizer", "UBND phường Đồng Xuân",
                                    "--date", "2024-03-08"])
        XCTAssertEqual(created.status, 0, created.stderr)
        let screen = try tmux.waitFor("6 hội nghị", timeout: 10)
        XCTAssertTrue(screen.contains("08/03/2024"), screen)
        try tmux.press("/")
        try tmux.waitFor("Tìm:")
        let added = try data.run(["add-opinion", created.stdout.trimmingCharacters(in: .whitespacesAndNewlines), "--speaker", "Lò Văn Quỳnh",
                                  "--topic", "khac", "--text", "Mái che chợ Đồng Xuân bị dột"])
        XCTAssertEqual(added.status, 0, added.stderr)
        try tmux.type("mai che cho")
        try tmux.waitUntil("the new opinion found", timeout: 10) { $0.contains("Lò Văn Quỳnh") && $0.contains(" 1 ý kiến") }
    }

    func testTheBrowserFindsAndOpensAnOpinion() throws {
        let data = try DataFolder()
        let tmux = try Tmux(["--data", data.path])
        try tmux.waitFor("5 hội nghị")
        try tmux.press("/")
        try tmux.waitFor("Tìm:")
        try tmux.type("nguoi lon tuoi")
        try tmux.waitUntil("the query answered") { $0.contains("nguoi lon tuoi") && $0.contains(" 1 ý kiến") }
        try tmux.press("BSpace", "BSpace", "BSpace", "BSpace")
        try tmux.type("tuổi")
        try tmux.waitUntil("the query with marks answered") { $0.contains("nguoi lon tuổi") && $0.contains(" 1 ý kiến") }
        let screen = try tmux.screen()
        XCTAssertTrue(screen.contains("Ngọc Thụy"), screen)
        try tmux.press("Enter")
        let meeting = try tmux.waitFor("Ý kiến 1")
        XCTAssertTrue(meeting.contains("Hội nghị đối thoại với đại diện nhân dân"), meeting)
        try tmux.press("Escape")
        try tmux.waitFor("Tìm: nguoi lon tuổi")
    }
}
