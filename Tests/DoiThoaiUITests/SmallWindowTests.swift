import DoiThoaiCore
import XCTest
@testable import DoiThoaiUI

/// A window shrunk below what a screen needs shows only "enlarge the window":
/// keys typed then must not change the form nobody can see.
final class SmallWindowTests: XCTestCase {
    func testKeysTypedIntoATooSmallWindowChangeNothing() {
        var state = UIFactory.openState()
        UIFactory.press(&state, [.character("n")])
        UIFactory.type(&state, "Lê Văn Bình")
        let before = ScreenRenderer.render(state).plainText
        _ = Reducer.reduce(&state, .terminalResized(width: 10, height: 5))
        XCTAssertTrue(ScreenRenderer.render(state).plainText.contains("Cửa"))
        UIFactory.type(&state, "xyz")
        XCTAssertEqual(UIFactory.press(&state, [.tab, .function(3), .function(2), .escape, .enter]), [])
        _ = Reducer.reduce(&state, .terminalResized(width: 80, height: 24))
        XCTAssertEqual(ScreenRenderer.render(state).plainText, before)
    }

    func testQuitStillWorksAndKeepsTheFormAsADraft() {
        var state = UIFactory.openState()
        UIFactory.press(&state, [.character("n")])
        UIFactory.type(&state, "Lê Văn Bình")
        _ = Reducer.reduce(&state, .terminalResized(width: 10, height: 5))
        let effects = UIFactory.press(&state, [.function(10)])
        XCTAssertTrue(effects.contains(.quit), "\(effects)")
        XCTAssertTrue(effects.contains { if case .writeDraft = $0 { return true } else { return false } }, "\(effects)")
    }
}
