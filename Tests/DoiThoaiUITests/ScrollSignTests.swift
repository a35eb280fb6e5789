import DoiThoaiCore
import XCTest
@testable import DoiThoaiUI

/// Long pages say that they go on, and End/Home reach their ends: help
/// (F1) and the read-only opinion of a closed meeting.
final class ScrollSignTests: XCTestCase {
    private func rows(_ state: AppState) -> [String] {
        ScreenRenderer.render(state).plainText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    func testEndInHelpGoesToTheEndAndHomeBackToTheTop() {
        var state = UIFactory.state()
        UIFactory.press(&state, [.function(1)])
        let last = HelpScreen.maxScroll(state, scope: .meetings)
        XCTAssertGreaterThan(last, 0, "help of the list is longer than 24 rows")
        UIFactory.press(&state, [.end])
        XCTAssertEqual(state.route, .help(scope: .meetings, scroll: last))
        XCTAssertFalse(rows(state).contains { $0.contains("▼") }, "nothing is left below")
        UIFactory.press(&state, [.home])
        XCTAssertEqual(state.route, .help(scope: .meetings, scroll: 0))
        XCTAssertTrue(rows(state).contains { $0.contains("▼") && $0.contains("(↓, PgDn, End)") }, rows(state).joined(separator: "\n"))
    }

    func testAnOpinionCutByTheWindowSaysHowManyLinesAreLeftAndWhere() throws {
        var meeting = UIFactory.meeting(status: .closed)
        meeting.opinions[0].text = (1...40).map { "Dòng \($0) của ý kiến." }.joined(separator: "\n")
        var state = UIFactory.state()
        state.nav.push(.pager(OpinionDetail.pager(state, meeting.opinions[0], in: meeting)))
        guard case .pager(let pager) = state.route else { return XCTFail("no pager") }
        let height = state.height - 3
        var screen = rows(state)
        let below = pager.lines.count - (height - 1)
        XCTAssertEqual(screen[height].trimmingCharacters(in: .whitespaces), "▼ còn \(below) dòng bên dưới (↓, PgDn, End)")
        XCTAssertFalse(screen.contains { $0.contains("▲") })
        UIFactory.press(&state, [.end])
        screen = rows(state)
        XCTAssertFalse(screen.contains { $0.contains("▼") }, screen.joined(separator: "\n"))
        XCTAssertTrue(screen[1].hasPrefix(" ▲ còn "), screen[1])
        XCTAssertTrue(screen.contains { $0.contains("Dòng 40 của ý kiến.") } || screen.contains { $0.contains(pager.lines.last ?? "") })
        // A short opinion shows no sign.
        state = UIFactory.state()
        state.nav.push(.pager(OpinionDetail.pager(state, UIFactory.meeting().opinions[0], in: UIFactory.meeting())))
        XCTAssertFalse(rows(state).contains { $0.contains("▼") || $0.contains("▲") })
    }
    func testALongAnswererWrapsInTheReadOnlyOpinion() {
        var meeting = UIFactory.meeting(status: .closed)
        meeting.opinions[0].responses = [Response(id: "re-1", responder: "PGS.TS. Nguyễn Minh Phương, Phó Hiệu trưởng Trường Đại học Nội vụ Hà Nội",
                                                  text: "Đoàn khảo sát ghi nhận.")]
        let state = UIFactory.state()
        let pager = OpinionDetail.pager(state, meeting.opinions[0], in: meeting)
        XCTAssertTrue(pager.lines.allSatisfy { TextWidth.of($0) <= state.width }, pager.lines.joined(separator: "\n"))
        let words = pager.lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
        XCTAssertTrue(words.contains("Trường Đại học Nội vụ Hà Nội:"), pager.lines.joined(separator: "\n"))
    }
}
