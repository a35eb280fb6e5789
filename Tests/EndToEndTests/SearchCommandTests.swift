import Foundation
import XCTest

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

    /// The cache in DATA/.cache follows every change to the files, and a damaged one is rebuilt, never believed.
    func testTheSearchCacheFollowsTheFilesAndSurvivesDamage() throws {
        let data = try DataFolder()
        XCTAssertEqual(try data.run(["search", "cong thoat nuoc xom Quynh", "--json"]).stdout.filter { $0 == "{" }.count, 0)
        let cache = data.url.appendingPathComponent(".cache/search.bin")
        XCTAssertTrue(FileManager.default.fileExists(atPath: cache.path), "the first search writes the cache")
        let added = try data.run(["add-opinion", "2020-07-17", "--speaker", "Lò Văn Quỳnh", "--topic", "khac",
                                  "--text", "Cống thoát nước ở xóm Quỳnh bị tắc", "--reopen"])
        XCTAssertEqual(added.status, 0, added.stderr)
        let found = try data.run(["search", "cong thoat nuoc xom quynh", "--json"])
        XCTAssertTrue(found.stdout.contains("Lò Văn Quỳnh"), found.stdout)
        try Data("hỏng".utf8).write(to: cache)
        let again = try data.run(["search", "CỐNG THOÁT NƯỚC XÓM QUỲNH", "--json"])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(again.stdout, found.stdout, "a damaged cache is rebuilt from the files")
        try FileManager.default.removeItem(at: data.meetingFile("2020-07-17-ngoc-thuy"))
        let gone = try data.run(["search", "xom quynh", "--json"])
        XCTAssertFalse(gone.stdout.contains("Lò Văn Quỳnh"), "a removed file's opinions leave the results")
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
