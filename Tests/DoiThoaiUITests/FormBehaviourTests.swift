import DoiThoaiCore
import XCTest
@testable import DoiThoaiUI

final class FormBehaviourTests: XCTestCase {
    func testInitialsMatchWithWordsSkipped() {
        let english = TopicMatcher.matches("gpxd", in: .standard, usage: [:]).map(\.name)
        XCTAssertEqual(english.first, "Cấp giấy phép xây dựng")
        XCTAssertEqual(TopicMatcher.matches("attp", in: .standard, usage: [:]).first?.name, "An toàn vệ sinh thực phẩm")
        XCTAssertEqual(TopicMatcher.matches("gpmb", in: .standard, usage: [:]).first?.name, "Giải phóng mặt bằng")
    }

    func testF5ShowsTheSpeakerAsAnonymousInTheForm() {
        var state = UIFactory.openState()
        UIFactory.press(&state, [.character("n")])
        UIFactory.type(&state, "Lê Văn")
        UIFactory.press(&state, [.function(5)])
        let screen = ScreenRenderer.render(state).plainText
        XCTAssertTrue(screen.contains("Người phát biểu       [x] Giấu tên (F5: bỏ)"), screen)
    }

    func testF5KeepsTheFocusAndAnEmptySpeakerLooksUnlikeAnAnonymousOne() {
        var state = UIFactory.openState()
        UIFactory.press(&state, [.character("n")])
        let empty = ScreenRenderer.render(state).plainText
        XCTAssertTrue(empty.contains("(F5: giấu tên)"), empty)
        XCTAssertFalse(empty.contains("Giấu tên (F5: bỏ)"), empty)
        UIFactory.press(&state, [.function(5)])
        guard case .form(let form) = state.route else { return XCTFail() }
        XCTAssertEqual(form.focused?.key, .speaker, "F5 keeps the focus where it was")
        XCTAssertTrue(form.anonymous)
        let anonymous = ScreenRenderer.render(state).plainText
        XCTAssertNotEqual(empty, anonymous)
        XCTAssertTrue(anonymous.contains("[x] Giấu tên (F5: bỏ)"), anonymous)
        // The next Tab goes to the origin, as it would have without F5.
        UIFactory.press(&state, [.tab])
        guard case .form(let next) = state.route else { return XCTFail() }
        XCTAssertEqual(next.focused?.key, .origin)
        // Typing a name undoes it; F5 twice is back where it started.
        UIFactory.press(&state, [.backTab])
        UIFactory.type(&state, "Lê")
        guard case .form(let named) = state.route else { return XCTFail() }
        XCTAssertFalse(named.anonymous)
        UIFactory.press(&state, [.tab, .function(5), .function(5)])
        guard case .form(let twice) = state.route else { return XCTFail() }
        XCTAssertFalse(twice.anonymous)
        XCTAssertEqual(twice.focused?.key, .origin)
    }

    func testADraftKeepsTheAnonymousSpeaker() throws {
        let meeting = UIFactory.meeting()
        var form = OpinionForm.make(nil, in: meeting)
        OpinionForm.makeAnonymous(&form)
        let written = try JSONEncoder().encode(FormDraft(form: form, meeting: meeting.id, at: UIFactory.now))
        let draft = try JSONDecoder().decode(FormDraft.self, from: written)
        XCTAssertEqual(draft.restore(meeting: meeting, state: UIFactory.openState())?.anonymous, true)
        let plain = FormDraft(form: OpinionForm.make(nil, in: meeting), meeting: meeting.id, at: UIFactory.now)
        XCTAssertEqual(plain.restore(meeting: meeting, state: UIFactory.openState())?.anonymous, false)
    }

    func testAnHonorificTypedFirstDoesNotStopCompletion() {
        let names = ["Nguyễn Văn Hải", "Bà Phan Thị Thu"].map(Vocabulary.Word.init)
        XCTAssertEqual(Completion.suggestions(for: "Nguy", among: names), ["Nguyễn Văn Hải"])
        XCTAssertEqual(Completion.suggestions(for: "Ông Nguy", among: names), ["Ông Nguyễn Văn Hải"])
        XCTAssertEqual(Completion.suggestions(for: "ông nguy", among: names), ["Ông Nguyễn Văn Hải"])
        XCTAssertEqual(Completion.suggestions(for: "Đ/c Nguy", among: names), ["Đ/c Nguyễn Văn Hải"])
        XCTAssertEqual(Completion.suggestions(for: "Bà Phan", among: names), ["Bà Phan Thị Thu"])
        XCTAssertEqual(Completion.suggestions(for: "Ông", among: names), [])

        // In the form: the speaker is taken by Tab with the honorific typed.
        var state = UIFactory.openState()
        UIFactory.press(&state, [.character("n")])
        UIFactory.type(&state, "Ông Lê Đ")
        UIFactory.press(&state, [.tab])
        guard case .form(let form) = state.route else { return XCTFail() }
        XCTAssertEqual(form.text(.speaker), "Ông Lê Đăng Lễ")
    }

    func testEveryAttendeeAnswersTheSecretaryToo() {
        let meeting = UIFactory.meeting()
        let candidates = Completion.candidates(.responders, meeting: meeting, vocabulary: Vocabulary())
        XCTAssertEqual(Completion.suggestions(for: "Trần", among: candidates), ["Trần Thu Hà"])
        XCTAssertEqual(Completion.suggestions(for: "Chị Trần", among: candidates), ["Chị Trần Thu Hà"])
        XCTAssertEqual(candidates.words.first?.text, "Nguyễn Quốc Văn, Chủ tịch UBND phường", "the officials come first")
    }

    func testASpeakerTakenFromTheAttendeesBringsTheirOrganisation() {
        var state = UIFactory.openState()
        var meeting = UIFactory.meeting()
        meeting.addAttendee { Attendee(id: $0, name: "Hoàng Văn Nam", organization: "Công ty TNHH Hoàng Nam", role: .business) }
        _ = Reducer.reduce(&state, .meetingSaved(meeting, UIFactory.fingerprint, .edit))
        UIFactory.press(&state, [.character("n")])
        UIFactory.type(&state, "Hoàng")
        UIFactory.press(&state, [.tab])
        guard case .form(let form) = state.route else { return XCTFail() }
        XCTAssertEqual(form.text(.speaker), "Hoàng Văn Nam")
        XCTAssertEqual(form.text(.origin), "Công ty TNHH Hoàng Nam")
    }

    /// Issue 14: a name completed from an earlier meeting brings the origin given with it there, as the index counts it.
    func testASpeakerFromAnEarlierMeetingBringsTheOriginTheIndexKeeps() {
        var state = UIFactory.openState()
        var names = NameCounts()
        names.speakers["Đinh Thị Mận"] = 3
        names.details[NameDetail(.speakerOrigin, name: "Đinh Thị Mận", detail: "Tổ dân phố 12")] = 2
        names.details[NameDetail(.speakerOrigin, name: "Đinh Thị Mận", detail: "Tổ dân phố 4")] = 1
        _ = Reducer.reduce(&state, .vocabularyLoaded(Vocabulary(names: names)))
        UIFactory.press(&state, [.character("n")])
        UIFactory.type(&state, "Đinh Thị M")
        UIFactory.press(&state, [.tab])
        guard case .form(let form) = state.route else { return XCTFail() }
        XCTAssertEqual(form.text(.speaker), "Đinh Thị Mận")
        XCTAssertEqual(form.text(.origin), "Tổ dân phố 12", "the origin given most often with that name")
    }

    func testAPrefilledFieldIsReplacedByTyping() {
        var state = UIFactory.openState()
        UIFactory.press(&state, [.character("n"), .function(4)])
        UIFactory.press(&state, [.tab, .tab])
        guard case .form(let before) = state.route else { return XCTFail() }
        XCTAssertEqual(before.focused?.key, .due)
        UIFactory.type(&state, "7")
        guard case .form(let form) = state.route else { return XCTFail() }
        XCTAssertEqual(form.text(.due), "7")
        XCTAssertTrue(ScreenRenderer.render(state).plainText.contains("7 → 24/07/2020"))
    }

    func testTheFollowUpsScreenShowsTheMeetingTheOpinionAndTheSelectedRowWhole() {
        var meeting = UIFactory.meeting()
        let opinion = meeting.opinions[0].id
        _ = meeting.addFollowUp { FollowUp(id: $0, opinionIds: [opinion], task: "Rà soát hồ sơ bồi thường các hộ tổ 5",
                                           assignee: "Bộ phận Địa chính - Xây dựng phường", dueDate: UIFactory.day.adding(days: 10)) }
        var state = UIFactory.state()
        UIFactory.press(&state, [.function(6)])
        _ = Reducer.reduce(&state, .followUpsLoaded(FollowUpPage(query: state.tracker.filter.query, in: [meeting], asOf: UIFactory.day,
                                                                 offset: 0, limit: 60, counting: true)))
        let screen = ScreenRenderer.render(state).plainText
        let lines = screen.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[2].contains("Hội nghị") && lines[2].contains("Ý kiến"), screen)
        XCTAssertTrue(lines[3].contains("P. Ngọc Thụy") && lines[3].contains(" 1 "), screen)
        XCTAssertTrue(screen.contains("Đơn vị thực hiện: Bộ phận Địa chính - Xây dựng phường"), "the pane: \(screen)")
        XCTAssertTrue(screen.contains("17/07/2020 · UBND phường Ngọc Thụy · ý kiến số 1"), screen)
    }
}

final class WrittenReplyDateTests: XCTestCase {
    func testAReplyDatedAfterTodayIsRefusedAndTodayIsAccepted() {
        var meeting = UIFactory.meeting()
        let opinion = meeting.opinions[0].id
        let id = meeting.addFollowUp { FollowUp(id: $0, opinionIds: [opinion], task: "Rà soát hồ sơ",
                                                assignee: "Bộ phận Địa chính", dueDate: UIFactory.day.adding(days: 10)) }
        guard let followUp = meeting.followUp(id) else { return XCTFail() }
        func submit(replyDate: String) -> (FormState, Meeting?) {
            var form = Forms.followUp(followUp, in: meeting, today: UIFactory.day)
            for (index, field) in form.fields.enumerated() {
                if field.key == .replyNumber { form.fields[index].value = .text(TextField("125/UBND")) }
                if field.key == .replyDate { form.fields[index].value = .text(TextField(replyDate)) }
            }
            guard case .update(let saved)? = FormSubmission.apply(&form, meeting: meeting, now: UIFactory.now) else {
                return (form, nil)
            }
            return (form, saved)
        }
        let (refused, nothing) = submit(replyDate: "18/07/2020")
        XCTAssertNil(nothing, "a reply dated tomorrow is not saved")
        XCTAssertEqual(refused.field(.replyDate)?.error, .errorReplyDateAfterToday)
        XCTAssertEqual(AppState(language: .vi, width: 80, height: 24, now: UIFactory.now, topics: .standard)
            .text(.errorReplyDateAfterToday), "Ngày trả lời chưa đến (sau hôm nay)")

        let (_, saved) = submit(replyDate: "17/07/2020")
        XCTAssertEqual(saved?.followUp(id)?.status, .done)
        XCTAssertEqual(saved?.followUp(id)?.doneOn, UIFactory.day)
    }
}

final class TopicInitialsRankTests: XCTestCase {
    func testInitialsTypedWholeComeFirst() {
        let found = TopicMatcher.matches("dd", in: .standard, usage: [:]).map(\.name)
        XCTAssertEqual(found.first, "Đất đai", "\(found)")
        XCTAssertTrue(found.contains("Đăng ký kinh doanh"))
    }
}

final class GivenNameCompletionTests: XCTestCase {
    func testTheNameAPersonIsCalledByCompletesTheirFullName() {
        XCTAssertTrue(Completion.completes("Hùng", "Ông Nguyễn Văn Hùng, Chủ tịch UBND phường"))
        XCTAssertTrue(Completion.completes("Phan", "Bà Phan Thị Thu"))
        XCTAssertFalse(Completion.completes("Chủ", "Ông Nguyễn Văn Hùng, Chủ tịch UBND phường"), "not from the title")
        XCTAssertFalse(Completion.completes("Đỗ Thị Hoa", "Đỗ Thị Hòa"), "a name typed whole is kept")
    }
}
