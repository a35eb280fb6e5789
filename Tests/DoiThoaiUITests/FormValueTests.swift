import DoiThoaiCore
import XCTest
@testable import DoiThoaiUI

/// Each form reads once into its typed value; drafts keep that value (and
/// text that does not read yet), keyed by a typed form; answerers chosen
/// from the attendees are linked by id.
final class FormValueTests: XCTestCase {
    private func form(_ state: AppState) -> FormState? {
        if case .form(let form) = state.route { return form }
        return nil
    }

    private func focus(_ state: inout AppState, _ key: FormField.Key, _ index: Int = 0) {
        guard let position = form(state)?.fields.firstIndex(where: { $0.key == key && $0.index == index }) else {
            return XCTFail("no field \(key)")
        }
        state.nav.form?.focus = position
    }

    private func saved(_ effects: [Effect]) -> Meeting? {
        for effect in effects { if case .saveMeeting(let meeting, _, _) = effect { return meeting } }
        return nil
    }

    func testTheAttendeeFormReadsIntoATypedValue() {
        var state = UIFactory.openState()
        UIFactory.press(&state, [.character("a")])
        UIFactory.type(&state, "Đại diện các hộ dân tổ 5")
        focus(&state, .role)
        UIFactory.press(&state, [.right])
        focus(&state, .present)
        UIFactory.press(&state, [.right])
        focus(&state, .headcount)
        UIFactory.type(&state, "40")
        guard let shown = form(state), let read = FormValue.read(shown, meetingDay: UIFactory.day) else { return XCTFail() }
        guard case .attendee(let value) = read.value else { return XCTFail("\(read.value)") }
        XCTAssertEqual(value.name, "Đại diện các hộ dân tổ 5")
        XCTAssertEqual(value.role, AttendeeRole.allCases[(AttendeeRole.allCases.firstIndex(of: .citizen) ?? 0) + 1])
        XCTAssertEqual(value.present, false)
        XCTAssertEqual(value.count, 40)
        XCTAssertTrue(read.reading.problems.isEmpty)
    }

    func testAHeadcountThatIsNoNumberIsSaidNotDefaultedAndTheDraftKeepsIt() throws {
        var state = UIFactory.openState()
        UIFactory.press(&state, [.character("a")])
        UIFactory.type(&state, "Các hộ dân tổ 5")
        focus(&state, .headcount)
        UIFactory.type(&state, "bốn mươi")
        let effects = UIFactory.press(&state, [.function(2)])
        XCTAssertNil(saved(effects), "nothing saved with a count that is no number")
        XCTAssertEqual(form(state)?.field(.headcount)?.error, .errorHeadcount)
        XCTAssertEqual(state.text(.errorHeadcount), "Số người từ 1 trở lên")

        guard let shown = form(state), let draft = Drafts.draft(of: shown, state) else { return XCTFail() }
        XCTAssertEqual(draft.unread, [FieldText(.headcount, 0, "bốn mươi")])
        let back = try JSONDecoder().decode(FormDraft.self, from: JSONEncoder().encode(draft))
        let restored = back.restore(meeting: UIFactory.meeting(), state: state)
        XCTAssertEqual(restored?.text(.headcount), "bốn mươi")
        XCTAssertEqual(restored?.text(.name), "Các hộ dân tổ 5")
    }

    func testADraftIsKeyedByATypedFormAndKeepsTheTypedValue() throws {
        let purpose = FormPurpose.opinion(OpinionID("op-3"))
        let json = String(decoding: try JSONEncoder().encode(purpose), as: UTF8.self)
        XCTAssertTrue(json.contains("\"form\":\"opinion\"") && json.contains("\"id\":\"op-3\""), json)
        XCTAssertEqual(try JSONDecoder().decode(FormPurpose.self, from: Data(json.utf8)), purpose)

        var state = UIFactory.state()
        UIFactory.press(&state, [.character("n")])
        UIFactory.type(&state, "Đối thoại quý IV")
        focus(&state, .date)
        UIFactory.press(&state, [.control("u")])
        UIFactory.type(&state, "31/02/20")
        focus(&state, .start)
        UIFactory.type(&state, "8h30")
        guard let shown = form(state), let draft = Drafts.draft(of: shown, state) else { return XCTFail() }
        XCTAssertEqual(draft.version, 2)
        XCTAssertEqual(draft.form, .newMeeting)
        guard case .meetingDetails(let details)? = draft.value else { return XCTFail("\(String(describing: draft.value))") }
        XCTAssertEqual(details.title, "Đối thoại quý IV")
        XCTAssertEqual(details.start, TimeOfDay(hour: 8, minute: 30))
        XCTAssertNil(details.date, "a date that does not read is no date…")
        XCTAssertEqual(draft.unread, [FieldText(.date, 0, "31/02/20")], "…but kept as typed")
        let written = String(decoding: try JSONEncoder().encode(draft), as: UTF8.self)
        XCTAssertTrue(written.contains("\"start\":\"08:30\""), written)
        let restored = try JSONDecoder().decode(FormDraft.self, from: Data(written.utf8)).restore(meeting: nil, state: state)
        XCTAssertEqual(restored?.text(.date), "31/02/20")
        XCTAssertEqual(restored?.text(.start), "08:30")
        XCTAssertEqual(restored?.dirty, true)
    }

    func testADraftWrittenByThePreviousVersionStillRestores() throws {
        let old = """
        {"version": 1, "meetingId": "2020-07-17-ngoc-thuy", "purpose": "opinion:", "focus": 4,
         "writtenAt": "2020-07-17T14:29:00+07:00", "anonymous": false,
         "fields": [{"key": "speaker", "index": 0, "text": "Bà Đỗ Thị Hoa"},
                    {"key": "topic", "index": 0, "text": "dat-dai"},
                    {"key": "opinionKind", "index": 0, "text": "question"},
                    {"key": "text", "index": 0, "text": "Khi nào cấp sổ đỏ?"},
                    {"key": "response", "index": 1, "text": "Trong tháng 8"},
                    {"key": "disposition", "index": 0, "text": "inWriting"},
                    {"key": "addSpeaker", "index": 0, "text": "false"}]}
        """
        let draft = try JSONDecoder().decode(FormDraft.self, from: Data(old.utf8))
        XCTAssertEqual(draft.form, .opinion(nil))
        XCTAssertEqual(draft.preview, "Khi nào cấp sổ đỏ?")
        var state = UIFactory.openState()
        guard let restored = draft.restore(meeting: UIFactory.meeting(), state: state) else { return XCTFail("restores") }
        XCTAssertEqual(restored.text(.speaker), "Bà Đỗ Thị Hoa")
        XCTAssertEqual(restored.text(.response, 1), "Trong tháng 8")
        state.nav.push(.form(restored))
        guard case .opinion(let value)? = FormValue.read(restored, meetingDay: UIFactory.day)?.value else { return XCTFail() }
        XCTAssertEqual(value.topic, TopicID("dat-dai"))
        XCTAssertEqual(value.kind, .question)
        XCTAssertEqual(value.disposition, .inWriting, "a disposition chosen stays chosen")
        XCTAssertEqual(value.addsSpeaker, false)
        XCTAssertEqual(value.answers.count, 2)
    }

    func testAnAnswererChosenFromTheAttendeesIsLinkedByIdAndATypedNameStaysText() throws {
        var state = UIFactory.openState()
        UIFactory.press(&state, [.character("n")])
        focus(&state, .topic)
        UIFactory.type(&state, "dat dai")
        UIFactory.press(&state, [.tab])
        focus(&state, .text)
        UIFactory.type(&state, "Khi nào cấp sổ đỏ?")
        focus(&state, .responder)
        // Offered after an honorific typed first: a name the core could not match by itself.
        UIFactory.type(&state, "Ông Lê Đ")
        UIFactory.press(&state, [.tab])
        XCTAssertEqual(form(state)?.text(.responder), "Ông Lê Đăng Lễ, Phó Chủ tịch UBND phường")
        let screen = ScreenRenderer.render(state).plainText
        XCTAssertTrue(screen.contains("Ông Lê Đăng Lễ, Phó Chủ tịch UBND phường ✓ thành phần"), screen)
        UIFactory.type(&state, "Trong tháng 8 sẽ cấp.")
        UIFactory.press(&state, [.function(3)])
        UIFactory.type(&state, "Bà Ngô Thị Mai")
        UIFactory.press(&state, [.tab])
        UIFactory.type(&state, "Bổ sung hồ sơ.")

        guard let shown = form(state), case .opinion(let drafted)? = Drafts.draft(of: shown, state)?.value else { return XCTFail() }
        XCTAssertEqual(drafted.answers.map(\.responderId), [AttendeeID("at-3"), nil], "the draft keeps who was chosen")

        guard let meeting = saved(UIFactory.press(&state, [.function(2)])), let opinion = meeting.opinions.last else {
            return XCTFail("saved")
        }
        XCTAssertEqual(opinion.responses.map(\.attendeeId), [AttendeeID("at-3"), nil])
        XCTAssertEqual(opinion.responses.map(\.responder), ["Ông Lê Đăng Lễ, Phó Chủ tịch UBND phường", "Bà Ngô Thị Mai"])
        XCTAssertEqual(opinion.disposition, .answered)
    }

    func testANameChosenThenRetypedIsNoLongerLinked() {
        var state = UIFactory.openState()
        UIFactory.press(&state, [.character("n")])
        focus(&state, .responder)
        UIFactory.type(&state, "Ông Lê Đ")
        UIFactory.press(&state, [.tab])
        focus(&state, .responder)
        UIFactory.press(&state, [.end, .backspace])
        guard let shown = form(state), case .opinion(let value)? = FormValue.read(shown, meetingDay: nil)?.value else { return XCTFail() }
        XCTAssertNil(value.answers.first?.responderId)
    }
}

/// Ending a meeting from its form: the questions asked before it closes.
final class MeetingEndingTests: XCTestCase {
    private func liveState() -> AppState {
        var state = UIFactory.openState(status: .live)
        state.nav.push(.live)
        UIFactory.press(&state, [.character("l")])
        return state
    }

    private func question(_ state: AppState) -> Confirmation? {
        if case .confirm(let confirmation) = state.route { return confirmation }
        return nil
    }

    private func saved(_ effects: [Effect]) -> Meeting? {
        for effect in effects { if case .saveMeeting(let meeting, _, _) = effect { return meeting } }
        return nil
    }

    func testAnEndBeforeTheStartAsksAboutMidnightThenAboutTheConclusionThenCloses() {
        var state = liveState()
        guard case .form(let form) = state.route, form.purpose == .endMeeting else { return XCTFail("\(state.route)") }
        XCTAssertEqual(form.text(.end), "14:30", "the end proposed is now")
        UIFactory.press(&state, [.control("u")])
        UIFactory.type(&state, "1:15")
        XCTAssertNil(saved(UIFactory.press(&state, [.function(2)])))
        guard let midnight = question(state) else { return XCTFail("asks about midnight: \(state.route)") }
        XCTAssertTrue(midnight.message.contains("qua nửa đêm?"), midnight.message)
        XCTAssertTrue(midnight.message.contains("01:15") && midnight.message.contains("14:00"), midnight.message)

        XCTAssertNil(saved(UIFactory.press(&state, [.character("y")])))
        guard let conclusion = question(state) else { return XCTFail("asks about the conclusion: \(state.route)") }
        XCTAssertEqual(conclusion.message, state.text(.confirmEndWithoutConclusion))

        guard let closed = saved(UIFactory.press(&state, [.character("y")])) else { return XCTFail("closes") }
        XCTAssertEqual(closed.status, .closed)
        XCTAssertEqual(closed.endedAt, Timestamp(day: UIFactory.day.adding(days: 1), hour: 1, minute: 15, offset: 25200))
    }

    func testNoAboutMidnightGoesBackToTheFormAndSavesNothing() {
        var state = liveState()
        UIFactory.press(&state, [.control("u")])
        UIFactory.type(&state, "13:00")
        UIFactory.press(&state, [.function(2)])
        XCTAssertNotNil(question(state))
        XCTAssertNil(saved(UIFactory.press(&state, [.character("k")])))
        guard case .form(let form) = state.route else { return XCTFail("back on the form: \(state.route)") }
        XCTAssertEqual(form.text(.end), "13:00")
    }

    func testAnEndAfterTheStartWithAConclusionClosesWithoutAsking() {
        var state = liveState()
        UIFactory.press(&state, [.control("u")])
        UIFactory.type(&state, "16:05")
        UIFactory.press(&state, [.tab])
        UIFactory.type(&state, "Giao UBND phường trả lời bằng văn bản.")
        guard let closed = saved(UIFactory.press(&state, [.function(2)])) else { return XCTFail("closes: \(state.route)") }
        XCTAssertEqual(closed.status, .closed)
        XCTAssertEqual(closed.conclusion, "Giao UBND phường trả lời bằng văn bản.")
        XCTAssertEqual(closed.endedAt, Timestamp(day: UIFactory.day, hour: 16, minute: 5, offset: 25200))
    }

    func testAnEndThatIsNoTimeIsSaidInTheInterfaceLanguage() {
        var state = liveState()
        UIFactory.press(&state, [.control("u")])
        UIFactory.type(&state, "bốn giờ")
        XCTAssertNil(saved(UIFactory.press(&state, [.function(2)])))
        guard case .form(let form) = state.route else { return XCTFail() }
        XCTAssertEqual(form.field(.end)?.error, .errorTime)
        XCTAssertEqual(state.text(.errorTime), "Giờ dạng hh:mm")
    }
}

/// A draft file this version cannot read is not left behind silently.
final class UnreadableDraftTests: XCTestCase {
    func testADraftThatDoesNotReadIsSetAsideAndSaidSo() throws {
        let root = NSTemporaryDirectory() + "drafts-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        let store = DraftStore(data: DataDirectory(root: root))
        try FileManager.default.createDirectory(atPath: root + "/drafts", withIntermediateDirectories: true)
        let newer = #"{"version": 3, "form": {"form": "agendaVote"}, "focus": 0, "writtenAt": "2026-11-30T10:00:00+07:00"}"#
        try newer.write(toFile: root + "/drafts/2019-05-20-ha-noi.json", atomically: true, encoding: .utf8)
        let meeting = UIFactory.meeting()
        try store.write(FormDraft(form: Forms.conclusion(meeting), meeting: meeting.id, at: UIFactory.now))
        XCTAssertEqual(store.unreadable(), ["2019-05-20-ha-noi"])
        XCTAssertEqual(store.all().map(\.form), [.conclusion], "the draft this version wrote still reads")

        var state = UIFactory.state()
        let effects = Reducer.reduce(&state, .unreadableDraftsFound(["2019-05-20-ha-noi"]))
        XCTAssertEqual(effects, [.setDraftAside("2019-05-20-ha-noi")])
        XCTAssertEqual(state.message?.text,
                       "Không đọc được bản nháp 2019-05-20-ha-noi (có thể do phiên bản mới hơn ghi): đã chuyển vào DATA/trash/, không xóa.")
    }
}

/// A speaker chosen from the attendees after an honorific is that attendee.
final class SpeakerLinkTests: XCTestCase {
    func testASpeakerChosenWithAnHonorificIsTheAttendeeNotANewOne() {
        var state = UIFactory.openState()
        UIFactory.press(&state, [.character("n")])
        UIFactory.type(&state, "Ông Lê Đ")
        UIFactory.press(&state, [.tab])
        guard case .form(var form) = state.route else { return XCTFail() }
        XCTAssertEqual(form.text(.speaker), "Ông Lê Đăng Lễ")
        form.focus = form.fields.firstIndex { $0.key == .topic } ?? 0
        state.nav.form = form
        UIFactory.type(&state, "dat dai")
        UIFactory.press(&state, [.tab])
        guard case .form(var next) = state.route else { return XCTFail() }
        next.focus = next.fields.firstIndex { $0.key == .text } ?? 0
        state.nav.form = next
        UIFactory.type(&state, "Đề nghị làm đường.")
        let effects = UIFactory.press(&state, [.function(2)])
        guard case .saveMeeting(let meeting, _, _)? = effects.first(where: { if case .saveMeeting = $0 { return true }; return false })
        else { return XCTFail("\(effects)") }
        XCTAssertEqual(meeting.opinions.last?.attendeeId, AttendeeID("at-3"))
        XCTAssertEqual(meeting.attendees.count, UIFactory.meeting().attendees.count, "no new attendee for a known one")
    }
}

/// Every form's draft gives back what the form showed; the follow-up's
/// numbers and reply read as typed values.
final class FormDraftRoundTripTests: XCTestCase {
    func testEveryFormsDraftRestoresWhatItShowed() throws {
        var meeting = UIFactory.meeting()
        let opinion = meeting.opinions[0].id
        let followUp = meeting.addFollowUp { FollowUp(id: $0, opinionIds: [opinion], task: "Rà soát hồ sơ",
                                                      assignee: "Bộ phận Địa chính", dueDate: UIFactory.day.adding(days: 10)) }
        var state = UIFactory.openState()
        _ = Reducer.reduce(&state, .meetingSaved(meeting, UIFactory.fingerprint, .edit))
        let purposes: [FormPurpose] = [.editMeeting, .attendee(nil), .attendee(AttendeeID("at-3")), .conclusion, .opinion(nil),
                                       .opinion(opinion), .followUp(nil), .followUp(followUp), .report(nil), .endMeeting]
        for purpose in purposes {
            var form = Forms.form(for: purpose, in: meeting, state: state)
            // Something typed in the first text field, so the draft holds more than the record.
            if let index = form.fields.firstIndex(where: { if case .text = $0.value { return true }; return false }) {
                form.fields[index].value = .text(TextField(form.fields[index].text + " (sửa)"))
            }
            form.focus = form.fields.count - 1
            guard let draft = Drafts.draft(of: form, state) else { return XCTFail("no draft of \(purpose)") }
            let back = try JSONDecoder().decode(FormDraft.self, from: JSONEncoder().encode(draft))
            XCTAssertEqual(back, draft, "\(purpose)")
            guard let restored = back.restore(meeting: meeting, state: state) else { return XCTFail("\(purpose) restores") }
            XCTAssertEqual(restored.purpose, purpose)
            XCTAssertEqual(restored.fields.map(\.value.content), form.fields.map(\.value.content), "\(purpose)")
            XCTAssertEqual(restored.focus, form.focus)
        }
    }

    func testTheFollowUpsNumbersAndReplyReadAsTypedValues() {
        let meeting = UIFactory.meeting()
        var form = Forms.followUp(nil, in: meeting, today: UIFactory.day)
        func set(_ key: FormField.Key, _ text: String) {
            if let index = form.fields.firstIndex(where: { $0.key == key }) { form.fields[index].value = .text(TextField(text)) }
        }
        set(.opinionNumbers, "1, 3")
        set(.due, "7")
        var reading = FormReading(form, meetingDay: meeting.date)
        let value = FollowUpValue(reading: &reading)
        XCTAssertEqual(value.opinionNumbers, [1, 3])
        XCTAssertEqual(value.due, UIFactory.day.adding(days: 7), "a number of days from the meeting")
        XCTAssertTrue(reading.problems.isEmpty)

        set(.opinionNumbers, "1, một")
        var wrong = FormReading(form, meetingDay: meeting.date)
        _ = FollowUpValue(reading: &wrong)
        XCTAssertEqual(wrong.problems, [FieldProblem(.opinionNumbers, .errorOpinionNumbers)])
        XCTAssertEqual(wrong.unread.map(\.text), [FieldText(.opinionNumbers, 0, "1, một")])
    }
}
