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

/// Item 6 of issue 14 for the field a form opens on.
final class PrefilledFirstFieldTests: XCTestCase {
    func testTypingIntoTheProposedEndReplacesIt() {
        var state = UIFactory.openState()
        UIFactory.press(&state, [.character("l")])
        UIFactory.press(&state, [.character("l")])
        guard case .form(let form) = state.route else { return XCTFail("the end form: \(state.route)") }
        XCTAssertFalse(form.text(.end).isEmpty, "an end is proposed")
        if case .text(let f) = form.fields[0].value { XCTAssertTrue(f.selected, "selected at open: \(form.fields[0])") }
        UIFactory.type(&state, "16:30")
        guard case .form(let typed) = state.route else { return XCTFail() }
        XCTAssertEqual(typed.text(.end), "16:30")
    }
}
