import DoiThoaiCore
import XCTest
@testable import DoiThoaiUI

final class ReducerTests: XCTestCase {
    func testArrowsMoveTheSelectionAndEnterOpensTheMeeting() {
        var state = UIFactory.state()
        XCTAssertEqual(state.list.visibleRows.map(\.id.rawValue), ["2020-07-17-ngoc-thuy", "2019-05-20-ha-noi", "2018-12-29-thanh-xuan"])
        UIFactory.press(&state, [.down, .down, .down])
        XCTAssertEqual(state.list.cursor.selected, 2)
        UIFactory.press(&state, [.home])
        XCTAssertEqual(UIFactory.press(&state, [.enter]), [.openMeeting("2020-07-17-ngoc-thuy")])
    }

    func testTheFilterMatchesAsYouTypeIgnoringMarks() {
        var state = UIFactory.state()
        UIFactory.press(&state, [.character("f")])
        XCTAssertTrue(state.isTyping)
        UIFactory.type(&state, "thanh xuan")
        XCTAssertEqual(state.list.visibleRows.map(\.id.rawValue), ["2018-12-29-thanh-xuan"])
        UIFactory.press(&state, [.escape])
        XCTAssertEqual(state.list.visibleRows.count, 3)
    }

    func testANewMeetingFromTheFormIsCreatedInNFC() {
        var state = UIFactory.state()
        UIFactory.press(&state, [.character("n")])
        UIFactory.type(&state, "Hội nghị đối thoại".decomposedStringWithCanonicalMapping)
        UIFactory.press(&state, [.tab])
        UIFactory.type(&state, "UBND phường Ngọc Thụy")
        let effects = UIFactory.press(&state, [.function(2)])
        guard case .createMeeting(let meeting)? = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(Array(meeting.title.utf8), Array("Hội nghị đối thoại".utf8))
        XCTAssertEqual(meeting.organizer, "UBND phường Ngọc Thụy")
        XCTAssertEqual(meeting.date, UIFactory.now.day)
    }

    func testAFormShowsWhatIsWrongBesideTheFieldAndSavesNothing() {
        var state = UIFactory.state()
        UIFactory.press(&state, [.character("n")])
        UIFactory.press(&state, [.tab, .tab])
        UIFactory.press(&state, [.control("u")])
        UIFactory.type(&state, "31/02/2020")
        for _ in 0..<8 { UIFactory.press(&state, [.tab]) }
        UIFactory.type(&state, "14:00")
        UIFactory.press(&state, [.tab])
        UIFactory.type(&state, "9:00")
        let effects = UIFactory.press(&state, [.control("s")])
        XCTAssertFalse(effects.contains { if case .createMeeting = $0 { return true }; return false })
        guard case .form(let form) = state.route else { return XCTFail("the form stays open") }
        XCTAssertEqual(form.field(.title)?.error, .errorRequired)
        XCTAssertEqual(form.field(.date)?.error, .errorDate)
        XCTAssertEqual(form.field(.end)?.error, .errorEndBeforeStart)
        XCTAssertEqual(form.focus, 0, "the first wrong field has focus")
        XCTAssertTrue(ScreenRenderer.render(state).plainText.contains("⚠ Cần điền"))
    }

    func testEscapeOnATypedFormAsksFirst() {
        var state = UIFactory.openState()
        UIFactory.press(&state, [.character("c")])
        UIFactory.type(&state, "Kết luận")
        UIFactory.press(&state, [.escape])
        guard case .confirm(let question) = state.route else { return XCTFail("asks first") }
        XCTAssertEqual(question.purpose, .discardForm)
        XCTAssertEqual(UIFactory.press(&state, [.enter]), [.discardDraft("2020-07-17-ngoc-thuy")])
        XCTAssertEqual(state.route, .meeting)
    }

    func testDeletingAMeetingAsksWithItsNameThenTrashesIt() {
        var state = UIFactory.state()
        XCTAssertEqual(UIFactory.press(&state, [.delete]), [])
        guard case .confirm(let question) = state.route else { return XCTFail("asks first") }
        XCTAssertTrue(question.message.contains("Hội nghị đối thoại với đại diện nhân dân"))
        XCTAssertEqual(UIFactory.press(&state, [.character("c")]), [.trashMeeting("2020-07-17-ngoc-thuy")])
    }

    func testAnOpinionFromTheLiveScreenIsSavedWithItsAnswerAndFollowUp() {
        var state = UIFactory.openState()
        let effects = UIFactory.press(&state, [.character("l")])
        guard case .saveMeeting(let live, _, .edit)? = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(live.status, .live)
        _ = Reducer.reduce(&state, .meetingSaved(live, UIFactory.fingerprint, .edit))
        XCTAssertEqual(state.route, .live)
        UIFactory.press(&state, [.character("n")])
        UIFactory.type(&state, "Phạm Thị Cúc")
        UIFactory.press(&state, [.tab])
        UIFactory.type(&state, "Tổ 7")
        UIFactory.press(&state, [.tab])
        UIFactory.type(&state, "gpmb")
        UIFactory.press(&state, [.enter])
        UIFactory.type(&state, "1")
        UIFactory.type(&state, "Cảm ơn phường đã giải quyết nhanh.")
        UIFactory.press(&state, [.tab])
        UIFactory.type(&state, "Lê")
        UIFactory.press(&state, [.down, .tab])
        UIFactory.type(&state, "Cảm ơn bà.")
        UIFactory.press(&state, [.function(4)])
        UIFactory.type(&state, "Gửi thư cảm ơn")
        UIFactory.press(&state, [.tab])
        UIFactory.type(&state, "Văn phòng UBND phường")
        let saved = UIFactory.press(&state, [.function(2)])
        guard case .saveMeeting(let meeting, _, .edit)? = saved.first else { return XCTFail("\(saved)") }
        let opinion = meeting.opinions[1]
        XCTAssertEqual(opinion.number, 2)
        XCTAssertEqual(opinion.speaker, "Phạm Thị Cúc")
        XCTAssertEqual(opinion.topic, "giai-phong-mat-bang")
        XCTAssertEqual(opinion.kind, .commendation)
        XCTAssertEqual(opinion.responses.map(\.responder), ["Lê Đăng Lễ, Phó Chủ tịch UBND phường"])
        XCTAssertEqual(opinion.recordedAt, UIFactory.now)
        XCTAssertEqual(meeting.followUps.map(\.dueDate), [UIFactory.day.adding(days: 15)])
        XCTAssertEqual(meeting.followUps.first?.opinionIds, [opinion.id])
        XCTAssertEqual(meeting.attendees.last?.name, "Phạm Thị Cúc")
        XCTAssertEqual(meeting.attendees.last?.role, .citizen)
    }

    func testTheTopicPickerAsksBeforeCreatingATopic() {
        var state = UIFactory.openState()
        UIFactory.press(&state, [.character("n"), .tab, .tab])
        UIFactory.type(&state, "Môi trường")
        UIFactory.press(&state, [.enter])
        guard case .confirm(let question) = state.route, question.purpose == .createTopic("Môi trường") else {
            return XCTFail("asks first: \(state.route)")
        }
        XCTAssertNil(state.topics.find("moi truong"), "nothing created before the answer")
        UIFactory.press(&state, [.escape])
        XCTAssertNil(state.topics.find("moi truong"))
        UIFactory.press(&state, [.enter, .character("c")])
        XCTAssertNotNil(state.topics.find("moi truong"))
        guard case .form(let form) = state.route else { return XCTFail("back in the form") }
        XCTAssertEqual(form.focused?.key, .opinionKind, "on to the next field")
        UIFactory.press(&state, [.tab])
        UIFactory.type(&state, "Rác thải ở chợ")
        let effects = UIFactory.press(&state, [.function(2)])
        XCTAssertEqual(effects.count, 2)
        guard case .saveTopics(let catalog) = effects[0], case .saveMeeting(let meeting, _, _) = effects[1] else {
            return XCTFail("\(effects)")
        }
        XCTAssertEqual(catalog.topics.last?.name, "Môi trường")
        XCTAssertEqual(meeting.opinions.last?.topic, catalog.topics.last?.id)
    }

    func testUndoAndRedoGoThroughTheSavedVersions() {
        var state = UIFactory.openState()
        let original = UIFactory.meeting()
        var changed = original
        changed.conclusion = "Kết luận"
        _ = Reducer.reduce(&state, .meetingSaved(changed, UIFactory.fingerprint, .edit))
        XCTAssertEqual(UIFactory.press(&state, [.control("z")]), [.saveMeeting(original, over: UIFactory.fingerprint, .undo)])
        _ = Reducer.reduce(&state, .meetingSaved(original, UIFactory.fingerprint, .undo))
        XCTAssertEqual(state.meeting?.meeting.conclusion, nil)
        XCTAssertEqual(UIFactory.press(&state, [.control("y")]), [.saveMeeting(changed, over: UIFactory.fingerprint, .redo)])
        _ = Reducer.reduce(&state, .meetingSaved(changed, UIFactory.fingerprint, .redo))
        XCTAssertEqual(state.meeting?.meeting.conclusion, "Kết luận")
        XCTAssertEqual(UIFactory.press(&state, [.character("r")]), [])
        XCTAssertEqual(state.message?.text, "Không còn gì để làm lại.")
    }

    func testAClosedOrHeldMeetingRefusesChangesAndSaysWhy() {
        var state = UIFactory.openState(status: .closed)
        XCTAssertEqual(UIFactory.press(&state, [.character("a")]), [])
        XCTAssertEqual(state.route, .meeting)
        XCTAssertTrue(state.message?.text.contains("đã kết thúc") ?? false)
        var held = UIFactory.state()
        _ = Reducer.reduce(&held, .meetingOpened(StoredMeeting(meeting: UIFactory.meeting(), fingerprint: UIFactory.fingerprint),
                                                 readOnly: .lockedBy(4242)))
        XCTAssertEqual(UIFactory.press(&held, [.character("n")]), [])
        XCTAssertTrue(held.message?.text.contains("4242") ?? false)
    }

    func testTheDraftIsWrittenWhenTheTextChangesAndOnlyThen() {
        var state = UIFactory.openState()
        UIFactory.press(&state, [.character("c")])
        UIFactory.type(&state, "Đang gõ")
        let later = UIFactory.now.adding(seconds: 1)
        guard case .writeDraft(let draft)? = Reducer.reduce(&state, .clockTicked(later)).first else { return XCTFail() }
        XCTAssertEqual(draft.value, .conclusion(ConclusionValue(conclusion: "Đang gõ")))
        XCTAssertEqual(Reducer.reduce(&state, .clockTicked(later.adding(seconds: 1))), [], "nothing new to write")
        UIFactory.type(&state, " tiếp")
        XCTAssertEqual(Reducer.reduce(&state, .clockTicked(later.adding(seconds: 2))).count, 1)
    }

    func testADraftFoundAtStartIsOfferedAndRestored() throws {
        var state = UIFactory.openState()
        UIFactory.press(&state, [.character("n")])
        UIFactory.type(&state, "Đỗ Thị Hoa")
        guard case .form(let form) = state.route else { return XCTFail() }
        let draft = FormDraft(form: form, meeting: "2020-07-17-ngoc-thuy", at: UIFactory.now)
        var fresh = UIFactory.state()
        _ = Reducer.reduce(&fresh, .draftsFound([draft]))
        guard case .confirm(let question) = fresh.route else { return XCTFail("offered") }
        XCTAssertTrue(question.message.contains("Đỗ Thị Hoa"))
        XCTAssertEqual(UIFactory.press(&fresh, [.enter]), [.openMeeting("2020-07-17-ngoc-thuy", then: .restoreDraft(draft))])
        _ = Reducer.reduce(&fresh, .meetingOpened(StoredMeeting(meeting: UIFactory.meeting(), fingerprint: UIFactory.fingerprint),
                                                  readOnly: nil, then: .restoreDraft(draft)))
        guard case .form(let restored) = fresh.route else { return XCTFail("restored: \(fresh.route)") }
        XCTAssertEqual(restored.text(.speaker), "Đỗ Thị Hoa")
        XCTAssertTrue(restored.dirty)
    }

    func testOpinionsMoveUpAndDownAndAreRenumbered() {
        var state = UIFactory.openState()
        var two = UIFactory.meeting()
        two.addOpinion { Opinion(id: $0, number: $1, speaker: "Hà", topic: "khac", text: "Thứ hai") }
        _ = Reducer.reduce(&state, .meetingSaved(two, UIFactory.fingerprint, .edit))
        UIFactory.press(&state, [.tab, .tab, .tab, .down])
        let effects = UIFactory.press(&state, [.character("-")])
        guard case .saveMeeting(let moved, _, .edit)? = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(moved.opinions.map(\.speaker), ["Hà", "Lê Văn Bình"])
        XCTAssertEqual(moved.opinions.map(\.number), [1, 2])
    }

    func testAReportPresentedIsAddedWithItsFigures() {
        var state = UIFactory.openState()
        UIFactory.press(&state, [.character("b")])
        UIFactory.type(&state, "Đ/c Lê Đăng Lễ")
        UIFactory.press(&state, [.tab])
        UIFactory.type(&state, "Kết quả CCHC 6 tháng")
        UIFactory.press(&state, [.tab])
        UIFactory.type(&state, "Hồ sơ tiếp nhận: 2201; Đúng hạn: 2119")
        guard case .saveMeeting(let m, _, _)? = UIFactory.press(&state, [.function(2)]).first else { return XCTFail() }
        XCTAssertEqual(m.agenda.first?.presenter, "Đ/c Lê Đăng Lễ")
        XCTAssertEqual(m.agenda.first?.figures.map(\.value), ["2201", "2119"])
    }

    func testADueDateCanBeANumberOfDaysFromTheMeetingOrFromTodayOnceItIsPast() {
        let meeting = UIFactory.meeting()
        XCTAssertEqual(FormSubmission.dueDate("15", meeting: meeting, today: UIFactory.day), UIFactory.day.adding(days: 15))
        XCTAssertEqual(FormSubmission.dueDate("01/08/2020", meeting: meeting, today: UIFactory.day), Day(year: 2020, month: 8, day: 1))
        // Weeks later, "7" in F6 gives a week from today, not a day already gone.
        let later = UIFactory.day.adding(days: 30)
        XCTAssertEqual(FormSubmission.dueDate("7", meeting: meeting, today: later), later.adding(days: 7))
        // A meeting planned for next week: days count from its day.
        XCTAssertEqual(FormSubmission.dueDate("7", meeting: meeting, today: UIFactory.day.adding(days: -5)), UIFactory.day.adding(days: 7))
    }
}
