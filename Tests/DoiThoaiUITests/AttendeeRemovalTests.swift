import DoiThoaiCore
import XCTest
@testable import DoiThoaiUI

/// Removing an attendee asks first; when they spoke or answered, the
/// question says which opinions (they keep the name as written).
final class AttendeeRemovalTests: XCTestCase {
    private func askToRemove(_ name: String, from meeting: Meeting) throws -> String {
        var state = UIFactory.state()
        _ = Reducer.reduce(&state, .meetingOpened(StoredMeeting(meeting: meeting, fingerprint: UIFactory.fingerprint), readOnly: nil))
        state.meeting?.tab = .attendees
        let open = try XCTUnwrap(state.meeting)
        state.meeting?.cursor.selected = try XCTUnwrap(open.attendeesInOrder.firstIndex { $0.name == name })
        UIFactory.press(&state, [.character("x")])
        guard case .confirm(let question) = state.route else { XCTFail("no question"); return "" }
        return question.message
    }

    func testRemovingAnAttendeeWhoSpokeOrAnsweredSaysWhichOpinions() throws {
        var meeting = UIFactory.meeting()
        // The speaker of opinion 1, recorded by name before being added as an attendee.
        meeting.addAttendee { Attendee(id: $0, name: "Lê Văn Bình", organization: "Tổ dân phố 5", role: .citizen) }
        let official = try XCTUnwrap(meeting.attendees.first { $0.name == "Lê Đăng Lễ" })
        meeting.opinions[0].responses = [Response(id: "re-1", responder: "Lê Đăng Lễ, Phó Chủ tịch UBND phường",
                                                  attendeeId: official.id, text: "Phường sẽ chi trả trong tháng 8.")]
        meeting.addOpinion { id, n in
            Opinion(id: id, number: n, speaker: "lê văn bình", topic: "dat-dai", kind: .question, text: "Hỏi thêm về thửa đất.")
        }
        XCTAssertEqual(try askToRemove("Lê Văn Bình", from: meeting),
                       "Xóa “Lê Văn Bình” khỏi thành phần? Người này đã phát biểu (ý kiến số 1, 2); "
                       + "các ý kiến đó vẫn ghi tên như đã ghi, chỉ không còn gắn với đại biểu.")
        XCTAssertEqual(meeting.contributions(of: official.id), AttendeeContributions(spoke: [], answered: [1]))
        XCTAssertTrue(try askToRemove("Lê Đăng Lễ", from: meeting).contains("đã trả lời (ý kiến số 1)"))
        // Someone who said nothing: the plain question.
        XCTAssertEqual(try askToRemove("Trần Thu Hà", from: meeting), "Xóa “Trần Thu Hà” khỏi thành phần?")
    }
}
