import DoiThoaiCore
import XCTest
@testable import DoiThoaiUI

/// A draft is never restored over a change it did not see, and a draft
/// whose meeting is gone is set aside once, in the interface's language.
final class DraftConflictTests: XCTestCase {
    /// The draft left by a crash while opinion 1 was being edited.
    func draftOfAnEdit() throws -> FormDraft {
        var state = UIFactory.openState()
        state.meeting?.tab = .opinions
        UIFactory.press(&state, [.enter])
        guard case .form(let form) = state.route, form.purpose == .opinion("op-1") else { throw XCTSkip("no edit form: \(state.route)") }
        UIFactory.press(&state, [.end])  // the speaker opens selected; End keeps it and goes to its end
        UIFactory.type(&state, " Bổ sung lúc mất điện")
        let effects = Reducer.reduce(&state, .clockTicked(UIFactory.now.adding(seconds: 1)))
        guard case .writeDraft(let draft)? = effects.first else { throw XCTSkip("no draft written: \(effects)") }
        XCTAssertNotNil(draft.base, "an edit's draft remembers the record it edits")
        return draft
    }

    func reopen(_ draft: FormDraft, on meeting: Meeting) -> AppState {
        var state = UIFactory.state()
        _ = Reducer.reduce(&state, .draftsFound([draft]))
        UIFactory.press(&state, [.enter])
        _ = Reducer.reduce(&state, .meetingOpened(StoredMeeting(meeting: meeting, fingerprint: UIFactory.fingerprint),
                                                  readOnly: nil, then: .restoreDraft(draft)))
        return state
    }

    func testADraftOfAnUnchangedRecordIsRestoredAtOnce() throws {
        let state = reopen(try draftOfAnEdit(), on: UIFactory.meeting())
        guard case .form(let form) = state.route else { return XCTFail("\(state.route)") }
        XCTAssertEqual(form.text(.speaker), "Lê Văn Bình Bổ sung lúc mất điện")
    }

    func testADraftOfARecordChangedSinceShowsBothAndTheSecretaryChooses() throws {
        let draft = try draftOfAnEdit()
        var changed = UIFactory.meeting()
        changed.opinions[0].text = "Đã sửa sau sự cố ở máy khác."
        changed.opinions[0].speaker = "Lê Văn Bính"
        var state = reopen(draft, on: changed)
        guard case .confirm(let question) = state.route else { return XCTFail("asked first: \(state.route)") }
        XCTAssertTrue(question.message.contains("Lê Văn Bính · Đã sửa sau sự cố ở máy khác."), question.message)
        XCTAssertTrue(question.message.contains("Lê Văn Bình Bổ sung lúc mất điện · Đề nghị chi trả"), question.message)
        var declined = state
        XCTAssertEqual(UIFactory.press(&declined, [.escape]), [.setDraftAside(draft.name)], "kept in the trash, not lost")
        XCTAssertEqual(declined.meeting?.meeting.opinions[0].text, "Đã sửa sau sự cố ở máy khác.")
        XCTAssertEqual(UIFactory.press(&state, [.enter]), [], "choosing the draft opens it; nothing is saved yet")
        guard case .form(let form) = state.route else { return XCTFail("\(state.route)") }
        XCTAssertEqual(form.text(.speaker), "Lê Văn Bình Bổ sung lúc mất điện")
        XCTAssertEqual(form.text(.text), "Đề nghị chi trả tiền bồi thường giải phóng mặt bằng cho các hộ tổ 5.",
                       "the draft as it was typed; the other change is in the confirmation the secretary read")
    }

    func testADraftForAMeetingThatIsGoneIsSetAsideOnceInVietnamese() throws {
        var draft = try draftOfAnEdit()
        draft.meetingId = "2021-03-04-da-xoa"
        var state = UIFactory.state()
        let effects = Reducer.reduce(&state, .draftsFound([draft]))
        XCTAssertEqual(effects, [.setDraftAside("2021-03-04-da-xoa")])
        XCTAssertEqual(state.route, .meetings, "nothing to answer, no error")
        let message = try XCTUnwrap(state.message?.text)
        XCTAssertTrue(message.contains("2021-03-04-da-xoa") && message.contains("DATA/trash/") && message.contains("không còn"), message)
    }
}
