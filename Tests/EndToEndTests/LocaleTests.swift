import Foundation
import XCTest

/// A LANG naming a locale the machine has not generated (or macOS's
/// `LC_CTYPE=UTF-8` over SSH) still draws Vietnamese letters: the program
/// falls back to C.UTF-8 for characters instead of ASCII.
final class LocaleTests: XCTestCase {
    func testAMissingLocaleStillDrawsVietnameseLetters() throws {
        let data = try DataFolder()
        let english = try Tmux(["--data", data.path], environment: ["LANG": "en_ZZ.UTF-8"])
        let screen = try english.waitFor("Thanh Xuân")
        XCTAssertTrue(screen.contains("Ngọc Thụy") && screen.contains("Meetings"), screen)
        let mac = try Tmux(["--data", data.path], environment: ["LANG": "", "LC_CTYPE": "UTF-8"])
        let vietnamese = try mac.waitFor("Thanh Xuân")
        XCTAssertTrue(vietnamese.contains("Danh sách hội nghị"), vietnamese)
    }
}
