import DoiThoaiCore
import XCTest
@testable import DoiThoaiUI

/// English headings are longer than the Vietnamese ones; at 80 columns
/// none is cut ("Opini…" was).
final class EnglishHeadingsTests: XCTestCase {
    func testTheMeetingsListHeadingsAreWholeInEnglishAt80Columns() {
        let state = UIFactory.state(width: 80, language: .en)
        let heading = ScreenRenderer.render(state).plainText.split(separator: "\n")[2]
        XCTAssertFalse(heading.contains("…"), String(heading))
        for word in ["Date", "Organizer", "Title", "Opinions", "Open tasks", "Status"] {
            XCTAssertTrue(heading.contains(word), "\(word) cut in: \(heading)")
        }
        // The counts stand under their headings, right-aligned.
        let row = ScreenRenderer.render(state).plainText.split(separator: "\n")[3]
        let opinions = heading.range(of: "Opinions").map { heading.distance(from: heading.startIndex, to: $0.upperBound) } ?? 0
        XCTAssertEqual(Array(row)[opinions - 1], "1", String(row))
        // Vietnamese keeps its columns (six and seven wide).
        let vi = ScreenRenderer.render(UIFactory.state(width: 80)).plainText.split(separator: "\n")[2]
        XCTAssertTrue(vi.contains(" Ý kiến Việc mở Trạng thái"), String(vi))
    }

    func testTheReportsAnsweredHeadingIsWholeInEnglishAt80Columns() throws {
        let report = DialogueReport(meetings: [UIFactory.meeting(status: .closed)], topics: .standard,
                                    asOf: try XCTUnwrap(Day(year: 2026, month: 11, day: 30)))
        let lines = ReportRenderer.text(report, english: true, width: 80).split(separator: "\n")
        let heading = try XCTUnwrap(lines.first { $0.hasPrefix("Topic") })
        XCTAssertTrue(heading.hasSuffix("Opinions Answered on the spot  Share"), String(heading))
        XCTAssertLessThanOrEqual(TextWidth.of(String(heading)), 78)
        XCTAssertTrue(lines.allSatisfy { TextWidth.of(String($0)) <= 80 })
    }
}
