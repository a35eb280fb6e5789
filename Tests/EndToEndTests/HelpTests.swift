import XCTest

final class HelpTests: XCTestCase {
    func testHelpNamesTheProgram() throws {
        let data = try DataFolder(empty: true)
        let outcome = try data.run(["--help"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("doithoai"), outcome.stdout)
    }
}
