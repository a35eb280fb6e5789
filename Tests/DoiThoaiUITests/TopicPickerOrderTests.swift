import DoiThoaiCore
import XCTest
@testable import DoiThoaiUI

/// The topic picker lists names with a word starting with what is typed
/// before names that only hold it inside a word; among them the topics this
/// meeting has used come first.
final class TopicPickerOrderTests: XCTestCase {
    func testWordStartsComeBeforeLettersInsideAWord() {
        let found = TopicMatcher.matches("c", in: .standard, usage: [:]).map(\.name)
        XCTAssertEqual(found, ["Cấp giấy phép xây dựng", "Chính sách người có công", "Dịch vụ công trực tuyến",
                               "An toàn vệ sinh thực phẩm", "Hộ tịch", "Khác", "Thái độ phục vụ"],
                       "c starts Cấp, Chính, công; it is inside thực, tịch, khác, phục")
        XCTAssertEqual(TopicMatcher.matches("ph", in: .standard, usage: ["an-toan-ve-sinh-thuc-pham": 50]).map(\.name),
                       ["An toàn vệ sinh thực phẩm", "Cấp giấy phép xây dựng", "Giải phóng mặt bằng", "Thái độ phục vụ"],
                       "all start a word with ph: the most used first, then alphabetical")
        XCTAssertEqual(TopicMatcher.matches("dd", in: .standard, usage: [:]).first?.name, "Đất đai", "initials typed whole stay first")
    }

    func testTheTopicsOfThisMeetingComeFirstAmongTheWordStarts() {
        let usedElsewhere: [TopicID: Int] = ["chinh-sach-nguoi-co-cong": 40, "an-toan-ve-sinh-thuc-pham": 40]
        let found = TopicMatcher.matches("c", in: .standard, usage: usedElsewhere, inMeeting: ["cap-giay-phep-xay-dung": 1]).map(\.name)
        XCTAssertEqual(Array(found.prefix(4)),
                       ["Cấp giấy phép xây dựng", "Chính sách người có công", "Dịch vụ công trực tuyến", "An toàn vệ sinh thực phẩm"])
    }

    /// The opinion form of a meeting that used building permits and food safety once each: "c" shows building permits first.
    func testTheOpinionFormsPickerShowsTheMeetingsWordStartFirst() throws {
        var meeting = UIFactory.meeting()
        meeting.opinions[0].topic = "an-toan-ve-sinh-thuc-pham"
        meeting.addOpinion { id, n in
            Opinion(id: id, number: n, speaker: "Bà Nguyễn Thị Mai", topic: "cap-giay-phep-xay-dung", text: "Xin cấp phép sửa nhà")
        }
        var state = UIFactory.state()
        state.vocabulary = Vocabulary(meetings: [meeting])
        _ = Reducer.reduce(&state, .meetingOpened(StoredMeeting(meeting: meeting, fingerprint: UIFactory.fingerprint), readOnly: nil))
        UIFactory.press(&state, [.character("n")])
        let topic = try XCTUnwrap(state.nav.form?.fields.firstIndex { $0.key == .topic })
        state.nav.form?.focus = topic
        UIFactory.type(&state, "c")
        let labels = FormReducer.topicChoices(state, filter: "c").map(\.label)
        XCTAssertEqual(Array(labels.prefix(4)),
                       ["Cấp giấy phép xây dựng", "Chính sách người có công", "Dịch vụ công trực tuyến", "An toàn vệ sinh thực phẩm"])
        let screen = ScreenRenderer.render(state).plainText
        XCTAssertTrue(screen.contains("▸ Cấp giấy phép xây dựng"), screen)
    }
}
