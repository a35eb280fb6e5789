import DoiThoaiCore
import XCTest
@testable import DoiThoaiUI

/// The stack of screens: push, pop, and what a screen hands back when it ends.
final class NavigationTests: XCTestCase {
    func testTheMeetingsListStaysAtTheBottom() {
        var nav = Navigation()
        XCTAssertNil(nav.pop(), "the list is never popped")
        nav.push(.meeting)
        nav.push(.live)
        XCTAssertEqual(nav.below, .meeting)
        XCTAssertEqual(nav.pop(), .live)
        nav.show(.tracker)
        XCTAssertEqual(nav.stack, [.meetings, .tracker])
        XCTAssertEqual(Navigation([.browser]).stack, [.meetings, .browser])
    }

    func testF1InAFormShowsThatFormsKeys() {
        var state = UIFactory.state()
        UIFactory.press(&state, [.character("n")])
        UIFactory.type(&state, "Hội nghị")
        UIFactory.press(&state, [.function(1)])
        XCTAssertEqual(state.route, .help(scope: .form, scroll: 0))
        XCTAssertTrue(ScreenRenderer.render(state).plainText.contains("Lưu"), "the form's F2 Save is in its help")
        UIFactory.press(&state, [.escape])
        guard case .form(let form) = state.route else { return XCTFail("back to the form: \(state.route)") }
        XCTAssertEqual(form.text(.title), "Hội nghị", "what was typed is still there")

        var opinion = UIFactory.openState()
        UIFactory.press(&opinion, [.character("n"), .function(1)])
        XCTAssertEqual(opinion.route, .help(scope: .opinionForm, scroll: 0))
    }

    func testQuittingWithTypedTextAsksAndWritesTheDraft() {
        for key in [Key.function(10), .control("c")] {
            var state = UIFactory.openState()
            UIFactory.press(&state, [.character("n")])
            UIFactory.type(&state, "Đỗ Thị Hoa")
            XCTAssertEqual(UIFactory.press(&state, [key]), [], "nothing happens before the answer")
            guard case .confirm(let question) = state.route, question.purpose == .quit else { return XCTFail("asks: \(state.route)") }
            let effects = UIFactory.press(&state, [.enter])
            guard case .writeDraft(let draft)? = effects.first else { return XCTFail("draft first: \(effects)") }
            guard case .opinion(let typed)? = draft.value else { return XCTFail("an opinion's draft: \(draft)") }
            XCTAssertEqual(typed.speaker, "Đỗ Thị Hoa")
            XCTAssertEqual(effects.last, .quit)
            XCTAssertTrue(state.quitting)
        }
    }

    func testQuittingWithoutTypedTextDoesNotAsk() {
        var state = UIFactory.openState()
        UIFactory.press(&state, [.character("n")])
        XCTAssertEqual(UIFactory.press(&state, [.function(10)]), [.closeMeeting("2020-07-17-ngoc-thuy"), .quit])
    }

    func testABrowserHitOpensItsMeetingAtTheOpinionAndEscReturns() {
        var state = UIFactory.state()
        _ = UIFactory.press(&state, [.character("/")])
        XCTAssertEqual(state.route, .browser)
        let opinion = UIFactory.meeting().opinions[0].id
        _ = Reducer.reduce(&state, .meetingOpened(StoredMeeting(meeting: UIFactory.meeting(), fingerprint: UIFactory.fingerprint),
                                                  readOnly: nil, then: .showOpinion(opinion)))
        XCTAssertEqual(state.nav.stack, [.meetings, .browser, .meeting])
        XCTAssertEqual(state.meeting?.tab, .opinions)
        XCTAssertEqual(UIFactory.press(&state, [.escape]), [.closeMeeting("2020-07-17-ngoc-thuy")])
        XCTAssertEqual(state.route, .browser)
    }

    /// Mid-meeting look-ups (did this household raise it last time?): `/`,
    /// F6 and F7 go over the meeting in live mode, and Esc comes back to it,
    /// the meeting still open and live; a meeting opened from the look-up takes its place.
    func testALookUpDuringALiveMeetingReturnsToIt() {
        for keys: [Key] in [[.character("/")], [.function(6)], [.function(7)], [.character("/"), .function(6), .function(7)]] {
            var state = UIFactory.openState(status: .live)
            state.nav.push(.live)
            for key in keys {
                XCTAssertFalse(UIFactory.press(&state, [key]).contains(.closeMeeting("2020-07-17-ngoc-thuy")), "the meeting stays open")
            }
            XCTAssertEqual(state.nav.stack.prefix(3), [.meetings, .meeting, .live], "\(keys): \(state.nav.stack)")
            XCTAssertEqual(state.nav.stack.count, 4, "one look-up at a time: \(state.nav.stack)")
            XCTAssertEqual(UIFactory.press(&state, [.escape]), [])
            XCTAssertEqual(state.route, .live, "\(keys)")
            XCTAssertEqual(state.meeting?.meeting.id, "2020-07-17-ngoc-thuy")
        }
        var state = UIFactory.openState(status: .live)
        state.nav.push(.live)
        _ = UIFactory.press(&state, [.character("/")])
        var other = UIFactory.meeting()
        other.id = "2019-05-20-so-noi-vu-ha-noi"
        _ = Reducer.reduce(&state, .meetingOpened(StoredMeeting(meeting: other, fingerprint: UIFactory.fingerprint), readOnly: nil, then: .browse))
        XCTAssertEqual(state.nav.stack, [.meetings, .browser, .meeting], "the meeting opened from the look-up takes the place of the one under it")
        _ = UIFactory.press(&state, [.escape])
        XCTAssertEqual(state.route, .browser)
        _ = UIFactory.press(&state, [.escape])
        XCTAssertEqual(state.route, .meetings)
    }

    func testAFollowUpEditedFromTheTrackerReturnsToTheTracker() throws {
        var meeting = UIFactory.meeting()
        let opinion = meeting.opinions[0].id
        _ = meeting.addFollowUp { FollowUp(id: $0, opinionIds: [opinion], task: "Rà soát hồ sơ", assignee: "Bộ phận Địa chính",
                                           dueDate: UIFactory.day.adding(days: 10)) }
        let followUp = try XCTUnwrap(meeting.followUps.first)
        var state = UIFactory.state()
        _ = UIFactory.press(&state, [.function(6)])
        XCTAssertEqual(state.route, .tracker)
        _ = Reducer.reduce(&state, .meetingOpened(StoredMeeting(meeting: meeting, fingerprint: UIFactory.fingerprint),
                                                  readOnly: nil, then: .editFollowUp(followUp.id)))
        guard case .form(let form) = state.route else { return XCTFail("the follow-up form: \(state.route)") }
        XCTAssertTrue(form.closesMeeting)
        UIFactory.press(&state, [.tab, .control("u")])
        UIFactory.type(&state, "Văn phòng UBND")
        let effects = UIFactory.press(&state, [.function(2)])
        guard case .saveMeeting(let saved, _, _)? = effects.first else { return XCTFail("\(effects)") }
        let after = Reducer.reduce(&state, .meetingSaved(saved, UIFactory.fingerprint, .edit))
        XCTAssertEqual(state.route, .tracker, "back to F6")
        XCTAssertNil(state.meeting)
        XCTAssertTrue(after.contains(.closeMeeting(meeting.id)))
        XCTAssertTrue(after.contains { effect in
            if case .loadFollowUps(let request) = effect { return request.asOf == UIFactory.day && request.counting }
            return false
        }, "the follow-ups are read again, and counted: \(after)")
    }

    func testThePrintDialogLeavesNoDraft() {
        var state = UIFactory.openState(status: .closed)
        UIFactory.press(&state, [.character("p"), .right])
        _ = Reducer.reduce(&state, .clockTicked(UIFactory.now.adding(seconds: 1)))
        let effects = UIFactory.press(&state, [.function(2)])
        XCTAssertTrue(effects.contains(.discardDraft("2020-07-17-ngoc-thuy")), "\(effects)")
        XCTAssertEqual(state.route, .meeting)
    }

    func testHelpSaysWhenMoreLiesBelow() {
        var state = UIFactory.openState(width: 80, height: 24)
        UIFactory.press(&state, [.function(1)])
        let screen = ScreenRenderer.render(state).plainText
        XCTAssertTrue(screen.contains("▼ còn"), screen)
        for _ in 0..<60 { UIFactory.press(&state, [.down]) }
        let end = ScreenRenderer.render(state).plainText
        XCTAssertFalse(end.contains("▼ còn"), end)
        XCTAssertTrue(end.contains("▲ còn"), end)
    }
}
