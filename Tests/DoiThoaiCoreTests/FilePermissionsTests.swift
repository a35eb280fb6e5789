#if canImport(Glibc)
import Glibc
#endif
import Foundation
import XCTest
@testable import DoiThoaiCore

/// Which files other users can read: reported, and a folder they cannot
/// enter shields what is under it (so a large `.git` is never walked).
final class FilePermissionsTests: XCTestCase {
    private func folder() throws -> String {
        let root = NSTemporaryDirectory() + "perm-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root + "/meetings", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: root + "/meetings/a.json", contents: Data("{}".utf8))
        addTeardownBlock { try? FileManager.default.removeItem(atPath: root) }
        return root
    }

    func testEveryReadableFileAndFolderIsReported() throws {
        let root = try folder()
        XCTAssertEqual(chmod(root, 0o755), 0)
        XCTAssertEqual(chmod(root + "/meetings", 0o755), 0)
        XCTAssertEqual(chmod(root + "/meetings/a.json", 0o644), 0)
        XCTAssertEqual(Set(FilePermissions.readableByOthers(under: root)),
                       [root, root + "/meetings", root + "/meetings/a.json"])
    }

    func testAFolderOthersCannotEnterShieldsWhatIsUnderIt() throws {
        let root = try folder()
        XCTAssertEqual(chmod(root, 0o750), 0)
        XCTAssertEqual(chmod(root + "/meetings", 0o755), 0)
        XCTAssertEqual(chmod(root + "/meetings/a.json", 0o644), 0)
        XCTAssertEqual(FilePermissions.readableByOthers(under: root), [])
    }

    func testAFolderOthersCanEnterButNotListStillExposesItsFiles() throws {
        let root = try folder()
        XCTAssertEqual(chmod(root, 0o751), 0)
        XCTAssertEqual(chmod(root + "/meetings", 0o711), 0)
        XCTAssertEqual(chmod(root + "/meetings/a.json", 0o644), 0)
        XCTAssertEqual(FilePermissions.readableByOthers(under: root), [root + "/meetings/a.json"])
    }
}
