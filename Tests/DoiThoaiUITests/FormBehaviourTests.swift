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
        XCTAssertTrue(screen.contains("Người phát biểu       (giấu tên)"), screen)
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
        _ = Reducer.reduce(&state, .followUpsLoaded(FollowUpQuery().rows(in: [meeting], asOf: UIFactory.day)))
        let screen = ScreenRenderer.render(state).plainText
        let lines = screen.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[2].contains("Hội nghị") && lines[2].contains("Ý kiến"), screen)
        XCTAssertTrue(lines[3].contains("P. Ngọc Thụy") && lines[3].contains(" 1 "), screen)
        XCTAssertTrue(screen.contains("Đơn vị thực hiện: Bộ phận Địa chính - Xây dựng phường"), "the pane: \(screen)")
        XCTAssertTrue(screen.contains("17/07/2020 · UBND phường Ngọc Thụy · ý kiến số 1"), screen)
    }
}
