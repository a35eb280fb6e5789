import DoiThoaiCore
import XCTest
@testable import DoiThoaiUI

/// The real times of a meeting are never overwritten by a form.
final class MeetingTimesTests: XCTestCase {
    func statusChoices(_ state: AppState) -> [String] {
        guard case .form(let form) = state.route, case .choice(let choices, _)? = form.field(.status)?.value else { return [] }
        return choices.map(\.value)
    }

    func testAMeetingThatTookPlaceCannotGoBackToPlanned() {
        var closed = UIFactory.openState(status: .closed)
        UIFactory.press(&closed, [.character("e")])
        XCTAssertEqual(statusChoices(closed), ["live", "closed"])
        var planned = UIFactory.openState(status: .planned)
        UIFactory.press(&planned, [.character("e")])
        XCTAssertEqual(statusChoices(planned), ["planned", "live", "closed"])
    }

    func testSavingTheDetailsKeepsTheSecondsOfATimeLeftAsItWas() {
        var state = UIFactory.openState()
        guard var open = state.meeting else { return XCTFail() }
        open.meeting.startedAt = Timestamp(day: UIFactory.day, hour: 14, minute: 0, second: 48, offset: 25200)
        state.meeting = open
        UIFactory.press(&state, [.character("e")])
        UIFactory.type(&state, "Hội nghị đối thoại quý III")  // the title, selected, is replaced
        guard case .saveMeeting(let saved, _, _)? = UIFactory.press(&state, [.function(2)]).first else { return XCTFail("\(state.route)") }
        XCTAssertEqual(saved.title, "Hội nghị đối thoại quý III")
        XCTAssertEqual(saved.startedAt, open.meeting.startedAt)
    }

    func testGoingLiveOnAnotherDayThanPlannedAsksAndMovesTheDate() {
        var state = UIFactory.openState()
        state.now = Timestamp(day: UIFactory.day.adding(days: -1), hour: 9, minute: 0, offset: 25200)
        XCTAssertEqual(UIFactory.press(&state, [.character("l")]), [])
        guard case .confirm(let question) = state.route else { return XCTFail("\(state.route)") }
        XCTAssertTrue(question.message.contains("17/07/2020") && question.message.contains("16/07/2020"), question.message)
        UIFactory.press(&state, [.escape])
        XCTAssertEqual(state.route, .meeting, "Esc leaves it planned")
        UIFactory.press(&state, [.character("l")])
        guard case .saveMeeting(let live, _, _)? = UIFactory.press(&state, [.character("c")]).first else { return XCTFail("\(state.route)") }
        XCTAssertEqual(live.status, .live)
        XCTAssertEqual(live.date, UIFactory.day.adding(days: -1))
        XCTAssertEqual(state.route, .live)
    }

    func testTheEndIsNeverBeforeTheLastOpinionOfItsMinute() throws {
        var meeting = UIFactory.meeting()
        meeting.goLive(at: Timestamp(day: UIFactory.day, hour: 17, minute: 23, second: 5, offset: 25200))
        meeting.opinions[0].recordedAt = Timestamp(day: UIFactory.day, hour: 17, minute: 23, second: 16, offset: 25200)
        let end = try meeting.end(at: TimeOfDay(hour: 17, minute: 23)!, offset: 25200, pastMidnight: false)
        XCTAssertEqual(end, meeting.opinions[0].recordedAt)
    }
}

/// A closed meeting's follow-up is opened for its progress, as from F6.
final class ClosedMeetingFollowUpTests: XCTestCase {
    func testEnterOnAClosedMeetingsFollowUpOpensIt() {
        var meeting = UIFactory.meeting(status: .closed)
        meeting.addFollowUp { FollowUp(id: $0, opinionIds: ["op-1"], task: "Trả lời bằng văn bản", assignee: "Phòng TN-MT",
                                       dueDate: UIFactory.day.adding(days: 15)) }
        var state = UIFactory.state()
        _ = Reducer.reduce(&state, .meetingOpened(StoredMeeting(meeting: meeting, fingerprint: UIFactory.fingerprint), readOnly: nil))
        state.meeting?.tab = .followUps
        UIFactory.press(&state, [.enter])
        guard case .form(let form) = state.route else { return XCTFail("\(state.route) \(String(describing: state.message))") }
        XCTAssertEqual(form.purpose, .followUp("fu-1"))
    }
}

/// Help on a closed meeting offers what its key bar offers.
final class ClosedMeetingHelpTests: XCTestCase {
    func testHelpOnAClosedMeetingLeavesOffTheKeysThatCannotWork() {
        var closed = UIFactory.openState(status: .closed)
        UIFactory.press(&closed, [.function(1)])
        let help = ScreenRenderer.render(closed).plainText
        XCTAssertFalse(help.contains("Ý kiến mới") || help.contains("Họp trực tiếp"), help)
        var planned = UIFactory.openState(status: .planned)
        UIFactory.press(&planned, [.function(1)])
        XCTAssertTrue(ScreenRenderer.render(planned).plainText.contains("Ý kiến mới"))
    }
}

/// A search not answered yet says so, instead of "0 ý kiến".
final class SearchPendingTests: XCTestCase {
    func testASearchAwaitingItsAnswerSaysSearching() {
        var state = UIFactory.state()
        UIFactory.press(&state, [.character("/")])
        UIFactory.type(&state, "giai")
        let pending = ScreenRenderer.render(state).plainText
        XCTAssertTrue(pending.contains("đang tìm…"), pending)
        XCTAssertFalse(pending.contains("0 ý kiến"), pending)
        _ = Reducer.reduce(&state, .searchAnswered(hits: [], total: 0, more: false))
        XCTAssertTrue(ScreenRenderer.render(state).plainText.contains("0 ý kiến"))
    }
}
