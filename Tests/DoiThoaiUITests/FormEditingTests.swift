import DoiThoaiCore
import XCTest
@testable import DoiThoaiUI

/// What makes a form changed, the opinion's disposition rule, and the
/// meeting form's details of the minutes.
final class FormEditingTests: XCTestCase {
    private func form(_ state: AppState) -> FormState? {
        if case .form(let form) = state.route { return form }
        return nil
    }

    private func confirming(_ state: AppState) -> Bool {
        if case .confirm = state.nav.top { return true }
        return false
    }

    func testMovementKeysDoNotMarkAFormChangedAndEscClosesItWithoutAsking() {
        var state = UIFactory.openState()
        UIFactory.press(&state, [.character("c")])
        // The conclusion's editor: arrows, Home/End, PgUp/PgDn move the cursor only.
        UIFactory.press(&state, [.left, .right, .up, .down, .home, .end, .pageUp, .pageDown])
        XCTAssertEqual(form(state)?.dirty, false)
        UIFactory.press(&state, [.escape])
        XCTAssertNil(form(state), "Esc on an untouched form closes it")
        XCTAssertFalse(confirming(state))

        UIFactory.press(&state, [.character("n")])
        let untouched = form(state)
        for key: Key in [.tab, .left, .right, .home, .end, .tab, .tab, .tab, .up, .down, .pageDown,
                          .backTab, .backTab, .backTab, .tab, .tab, .tab, .tab, .tab, .tab] {
            UIFactory.press(&state, [key])
            if form(state)?.dirty == true {
                let changed = zip(form(state)?.fields ?? [], untouched?.fields ?? []).filter { $0.value.content != $1.value.content }
                return XCTFail("\(key) changed \(changed.map(\.0.key))")
            }
        }
        XCTAssertEqual(form(state)?.dirty, false, "Tab through the topic picker takes no topic by itself")
        XCTAssertNil(form(state)?.field(.topic).flatMap { if case .topic(_, let s, _) = $0.value { return s }; return nil })
        UIFactory.press(&state, [.escape])
        XCTAssertNil(form(state))
        XCTAssertFalse(confirming(state))
    }

    func testThePrintDialogsChoicesAreNoTypedTextAndEscNeverAsks() {
        var state = UIFactory.openState()
        UIFactory.press(&state, [.character("p")])
        guard form(state)?.purpose.isPrintDialog == true else { return XCTFail("\(state.route)") }
        UIFactory.press(&state, [.tab, .right, .right])
        XCTAssertEqual(form(state)?.dirty, false)
        UIFactory.press(&state, [.escape])
        XCTAssertNil(form(state))
        XCTAssertFalse(confirming(state))
    }

    func testAnEditMarksTheFormChangedAndEscAsks() {
        var state = UIFactory.openState()
        UIFactory.press(&state, [.character("c")])
        UIFactory.type(&state, "K")
        XCTAssertEqual(form(state)?.dirty, true)
        UIFactory.press(&state, [.escape])
        XCTAssertTrue(confirming(state), "a form holding typed text asks before it is closed")
    }

    func testTheOpinionDispositionIsNotedUntilAnAnswerIsTypedAsAddOpinionDoes() {
        var state = UIFactory.openState()
        UIFactory.press(&state, [.character("n")])
        XCTAssertEqual(form(state)?.text(.disposition), Disposition.noted.rawValue)
        guard let responseIndex = form(state)?.fields.firstIndex(where: { $0.key == .response }) else { return XCTFail() }
        state.nav.form?.focus = responseIndex
        UIFactory.type(&state, "Đã có phương án")
        XCTAssertEqual(form(state)?.text(.disposition), Disposition.answered.rawValue)
        // Cleared again: back to noted, the same rule.
        for _ in 0..<15 { UIFactory.press(&state, [.backspace]) }
        XCTAssertEqual(form(state)?.text(.disposition), Disposition.noted.rawValue)
        // Once the secretary chooses, an answer typed does not change the choice.
        guard let dispositionIndex = form(state)?.fields.firstIndex(where: { $0.key == .disposition }) else { return XCTFail() }
        state.nav.form?.focus = dispositionIndex
        UIFactory.press(&state, [.right])
        let chosen = form(state)?.text(.disposition)
        XCTAssertNotEqual(chosen, Disposition.noted.rawValue)
        state.nav.form?.focus = responseIndex
        UIFactory.type(&state, "Trả lời")
        XCTAssertEqual(form(state)?.text(.disposition), chosen)
    }

    func testTheCoreRuleIsTheOneAddOpinionUses() {
        var meeting = UIFactory.meeting()
        let noted = meeting.recordOpinion(OpinionEntry(speaker: "Bà Hoa", topic: "dat-dai", text: "Hỏi"), at: UIFactory.now)
        let answered = meeting.recordOpinion(OpinionEntry(speaker: "Bà Hoa", topic: "dat-dai", text: "Hỏi",
                                                          answers: [.init(responder: "Lê Đăng Lễ", text: "Trả lời")]),
                                             at: UIFactory.now)
        XCTAssertEqual(meeting.opinion(noted)?.disposition, .proposed(answered: false))
        XCTAssertEqual(meeting.opinion(noted)?.disposition, .noted)
        XCTAssertEqual(meeting.opinion(answered)?.disposition, .answered)
    }

    func testTheMeetingFormEditsTheMinutesSymbolRecipientsAndApproval() {
        var state = UIFactory.openState()
        UIFactory.press(&state, [.character("e")])
        guard let symbol = form(state)?.fields.firstIndex(where: { $0.key == .documentSymbol }) else {
            return XCTFail("the meeting form has the minutes' symbol")
        }
        state.nav.form?.focus = symbol
        UIFactory.type(&state, "BB-MTTQ")
        UIFactory.press(&state, [.tab])
        UIFactory.type(&state, "UBND quận Long Biên")
        UIFactory.press(&state, [.enter])
        UIFactory.type(&state, "Lưu VT")
        UIFactory.press(&state, [.tab, .right])
        let effects = UIFactory.press(&state, [.control("s")])
        guard case .saveMeeting(let saved, _, _)? = effects.first(where: { if case .saveMeeting = $0 { return true }; return false })
        else { return XCTFail("saved: \(effects)") }
        XCTAssertEqual(saved.documentSymbol, "BB-MTTQ")
        XCTAssertEqual(saved.recipients, ["UBND quận Long Biên", "Lưu VT"])
        XCTAssertEqual(saved.minutesApproved, false)
    }

    func testAnUntouchedMeetingFormLeavesTheMinutesDetailsAbsent() {
        var state = UIFactory.openState()
        UIFactory.press(&state, [.character("e")])
        state.nav.form?.focus = 0
        UIFactory.type(&state, "X")
        let effects = UIFactory.press(&state, [.control("s")])
        guard case .saveMeeting(let saved, _, _)? = effects.first(where: { if case .saveMeeting = $0 { return true }; return false })
        else { return XCTFail("saved: \(effects)") }
        XCTAssertNil(saved.documentSymbol)
        XCTAssertNil(saved.recipients, "empty recipients keep the usual ones")
        XCTAssertNil(saved.minutesApproved, "approved is what an absent field means")
    }
}
