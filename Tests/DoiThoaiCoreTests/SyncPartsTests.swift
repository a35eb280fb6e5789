import XCTest
@testable import DoiThoaiCore

/// The small parts sync relies on: field paths, the Saved-At lines, git's version.
final class SyncPartsTests: XCTestCase {
    func testAFieldPathReadsBackAsWritten() {
        for text in ["title", "followUps[fu-2].status", "opinions[op-3].responses[re-1].text", "opinions[op-5]"] {
            XCTAssertEqual(FieldPath(parsing: text)?.description, text)
        }
        XCTAssertNil(FieldPath(parsing: "[op-1]"))
        XCTAssertNil(FieldPath(parsing: "opinions[op-1"))
        XCTAssertNil(FieldPath(parsing: ""))
    }

    func testTheSavedAtLineOfAFileIsFoundInACommitMessage() {
        let message = """
            Phường Ngọc Thụy: 2 meetings updated

            Saved-At: meetings/a.json 2026-11-30T09:15:00+07:00
            Saved-At: meetings/b.json 2026-11-30T10:00:00+07:00
            """
        XCTAssertEqual(ChangeHistory.savedAt("meetings/b.json", in: message)?.iso, "2026-11-30T10:00:00+07:00")
        XCTAssertNil(ChangeHistory.savedAt("meetings/c.json", in: message))
    }

    func testGitsVersionIsRead() {
        XCTAssertEqual(GitProcess.versionNumbers("git version 2.39.5\n").map { [$0.0, $0.1] }, [2, 39])
        XCTAssertEqual(GitProcess.versionNumbers("git version 2.37.1 (Apple Git-137.1)").map { [$0.0, $0.1] }, [2, 37])
        XCTAssertNil(GitProcess.versionNumbers("nonsense"))
    }
}
