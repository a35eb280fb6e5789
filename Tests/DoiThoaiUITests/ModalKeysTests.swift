import DoiThoaiCore
import XCTest
@testable import DoiThoaiUI

/// The keys that work only in a part of a screen (a line of text, a long
/// text, suggestions, the kind, the list's filter), pressed through the
/// reducer: each does what its row in the key table says.
final class ModalKeysTests: XCTestCase {
    func testTheLineEditingKeysOfAFormField() {
        var state = UIFactory.state()
        UIFactory.press(&state, [.character("n")])
        UIFactory.type(&state, "Hội nghị đối thoại")
        UIFactory.press(&state, [.control("w")])
        XCTAssertEqual(state.nav.form?.fields[0].text, "Hội nghị đối", "^W deletes the word before the cursor")
        UIFactory.press(&state, [.control("a")])
        UIFactory.type(&state, "Về ")
        XCTAssertEqual(state.nav.form?.fields[0].text, "Về Hội nghị đối", "^A goes to the start")
        UIFactory.press(&state, [.control("k")])
        XCTAssertEqual(state.nav.form?.fields[0].text, "Về", "^K deletes to the end")
        UIFactory.press(&state, [.control("a"), .control("e"), .backspace, .backspace])
        XCTAssertEqual(state.nav.form?.fields[0].text, "V", "^E, then Backspace removes one letter at a time")
        UIFactory.press(&state, [.control("u")])
        XCTAssertEqual(state.nav.form?.fields[0].text, "", "^U clears the field")
        XCTAssertTrue(state.nav.form?.dirty ?? false)
    }

    func testTheEditorsKeysInTheOpinionText() throws {
        var state = UIFactory.openState()
        UIFactory.press(&state, [.character("n")])
        let textField = try XCTUnwrap(state.nav.form?.fields.firstIndex { $0.key == .text })
        state.nav.form?.focus = textField
        UIFactory.type(&state, "Đường ngõ 5 ngập")
        UIFactory.press(&state, [.enter])
        UIFactory.type(&state, "khi mưa to")
        XCTAssertEqual(state.nav.form?.fields[textField].text, "Đường ngõ 5 ngập\nkhi mưa to", "Enter starts a line")
        UIFactory.press(&state, [.control("w")])
        XCTAssertEqual(state.nav.form?.fields[textField].text, "Đường ngõ 5 ngập\nkhi mưa")
        UIFactory.press(&state, [.up, .control("a"), .control("k")])
        guard case .multiline(let editor)? = state.nav.form?.fields[textField].value else { return XCTFail() }
        XCTAssertEqual(editor.text, "\nkhi mưa ", "^K deletes to the end of the line")
        XCTAssertEqual(state.nav.form?.focus, textField, "↑ and Enter stay in the text")
        UIFactory.press(&state, [.tab])
        XCTAssertEqual(state.nav.form?.focus, textField + 1, "Tab leaves it")
    }

    func testTheKindsDigitsPickAKindAndOtherLettersDoNothing() throws {
        var state = UIFactory.openState()
        UIFactory.press(&state, [.character("n")])
        let kind = try XCTUnwrap(state.nav.form?.fields.firstIndex { $0.key == .opinionKind })
        state.nav.form?.focus = kind
        XCTAssertEqual(state.keyContext.parts, [.kind, .choice])
        UIFactory.press(&state, [.character("q"), .character("9")])
        XCTAssertFalse(state.quitting, "q in a form never quits")
        XCTAssertEqual(state.nav.form?.focus, kind)
        UIFactory.press(&state, [.character("4")])
        XCTAssertEqual(state.nav.form?.fields[kind].text, OpinionKind.question.rawValue)
        XCTAssertEqual(state.nav.form?.focus, kind + 1, "a digit picks and moves on")
    }

    func testTabTakesTheHighlightedNameAndTheArrowsMoveTheHighlight() throws {
        var state = UIFactory.openState()
        UIFactory.press(&state, [.character("n")])
        UIFactory.type(&state, "Lê")
        XCTAssertEqual(state.keyContext.parts, [.suggestions, .lineEdit])
        guard case .completion(_, _, let highlight)? = state.nav.form?.fields[0].value else { return XCTFail() }
        XCTAssertEqual(highlight, 0)
        UIFactory.press(&state, [.up])
        guard case .completion(_, _, nil)? = state.nav.form?.fields[0].value else { return XCTFail("↑ leaves the text as typed") }
        UIFactory.press(&state, [.down, .down, .tab])
        XCTAssertEqual(state.nav.form?.fields[0].text, "Lê Văn Bình", "the second suggestion, after the attendee Lê Đăng Lễ")
        XCTAssertEqual(state.nav.form?.focus, 1)
    }

    func testTheListsFilterTakesLettersAndDeleteButNeverDeletesAMeeting() {
        var state = UIFactory.state()
        UIFactory.press(&state, [.character("f")])
        UIFactory.type(&state, "ngoc thuyx")
        UIFactory.press(&state, [.backspace, .left, .delete])
        XCTAssertEqual(state.list.filter.text, "ngoc thu")
        XCTAssertEqual(state.route, .meetings, "Delete in the filter is not ‘delete meeting’")
        UIFactory.press(&state, [.control("u")])
        XCTAssertEqual(state.list.filter.text, "")
        UIFactory.type(&state, "ngoc")
        UIFactory.press(&state, [.enter])
        XCTAssertFalse(state.list.filtering)
        XCTAssertEqual(state.list.visibleRows.count, 1)
        XCTAssertEqual(KeyMap.command(for: .escape, in: state.keyContext), .back, "Esc now clears through the list's own row")
        UIFactory.press(&state, [.escape])
        XCTAssertEqual(state.list.visibleRows.count, 3)
    }

    func testBackspaceInTheSearchRemovesOneLetter() {
        var state = UIFactory.state()
        UIFactory.press(&state, [.character("/")])
        UIFactory.type(&state, "nguoi lon tuoi")
        let effects = UIFactory.press(&state, [.backspace, .backspace])
        XCTAssertEqual(state.browser.query.text, "nguoi lon tu")
        XCTAssertEqual(effects.count, 2, "each letter taken off searches again")
        UIFactory.press(&state, [.home])
        UIFactory.type(&state, "x")
        XCTAssertEqual(state.browser.query.text, "xnguoi lon tu", "Home goes to the start of the query")
    }
}
