import DoiThoaiCore
import XCTest
@testable import DoiThoaiUI

/// The assignee field offers the meeting's attendees (officials first, as
/// the answerer field does) before the assignees of earlier meetings.
final class AssigneeSuggestionTests: XCTestCase {
    func meeting() -> Meeting {
        var m = UIFactory.meeting()
        m.addAttendee { Attendee(id: $0, name: "Lương Quốc Bảo", title: "Công chức Địa chính", role: .official) }
        m.addAttendee { Attendee(id: $0, name: "Lương Thị Hiền", organization: "Tổ dân phố 5", role: .citizen) }
        return m
    }

    /// A vocabulary with an earlier meeting's assignee that also starts with "Lương".
    func vocabulary() -> Vocabulary {
        var earlier = UIFactory.meeting()
        earlier.id = "2020-06-01-ngoc-thuy"
        let opinion = earlier.opinions[0].id
        _ = earlier.addFollowUp { FollowUp(id: $0, opinionIds: [opinion], task: "Trả lời bằng văn bản",
                                           assignee: "Lương Văn Tài (Phòng Tài nguyên và Môi trường)", dueDate: UIFactory.day) }
        return Vocabulary(meetings: [earlier])
    }

    func testTheMeetingsAttendeesAreOfferedOfficialsFirstBeforeEarlierAssignees() {
        let offered = Completion.suggestions(for: "Lương", among: Completion.candidates(.assignees, meeting: meeting(), vocabulary: vocabulary()))
        XCTAssertEqual(offered, ["Lương Quốc Bảo, Công chức Địa chính", "Lương Thị Hiền", "Lương Văn Tài (Phòng Tài nguyên và Môi trường)"])
        let all = Completion.candidates(.assignees, meeting: meeting(), vocabulary: Vocabulary()).words.map(\.text)
        XCTAssertEqual(Array(all.prefix(5)), ["Nguyễn Quốc Văn, Chủ tịch UBND phường", "Lê Đăng Lễ, Phó Chủ tịch UBND phường",
                                              "Lương Quốc Bảo, Công chức Địa chính", "Trần Thu Hà", "Lương Thị Hiền"],
                       "the chair and officials first, then the others in the attendance list's order")
    }

    func testTheOpinionFormsAssigneeFieldTakesTheOfficialPresent() throws {
        var state = UIFactory.state()
        state.vocabulary = vocabulary()
        _ = Reducer.reduce(&state, .meetingOpened(StoredMeeting(meeting: meeting(), fingerprint: UIFactory.fingerprint), readOnly: nil))
        UIFactory.press(&state, [.character("n"), .function(4)])
        let assignee = try XCTUnwrap(state.nav.form?.fields.firstIndex { $0.key == .assignee })
        state.nav.form?.focus = assignee
        UIFactory.type(&state, "Lương")
        let screen = ScreenRenderer.render(state).plainText
        XCTAssertTrue(screen.contains("▸ Lương Quốc Bảo, Công chức Địa chính"), screen)
        UIFactory.press(&state, [.tab])
        XCTAssertEqual(state.nav.form?.text(.assignee), "Lương Quốc Bảo, Công chức Địa chính")
    }
}
