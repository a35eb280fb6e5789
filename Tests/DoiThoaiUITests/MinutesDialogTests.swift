import DoiThoaiCore
import XCTest
@testable import DoiThoaiUI

/// The print dialog's messages: "making the PDF" is said while it is made,
/// not under the question whether to replace the file.
final class MinutesDialogTests: XCTestCase {
    func testThePDFMessageWaitsUntilTheOverwriteQuestionIsAnswered() throws {
        var state = UIFactory.openState(status: .closed)
        UIFactory.press(&state, [.character("p")])
        XCTAssertEqual(state.nav.form?.purpose, .printMinutes("2020-07-17-ngoc-thuy"))
        // Save (not preview), as PDF.
        UIFactory.press(&state, [.right, .tab, .right])
        let effects = UIFactory.press(&state, [.function(2)])
        let making = StatusMessage(state.language.text(.msgMakingPDF))
        guard case .publishMinutes(let request)? = effects.last else { return XCTFail("no minutes asked for: \(effects)") }
        XCTAssertEqual(request.format, "pdf")
        XCTAssertEqual(state.message, making)
        // The file is there already: the question comes, and nothing is said to be made under it.
        _ = Reducer.reduce(&state, .minutesExist(request, path: "/data/minutes/2020-07-17-ngoc-thuy.pdf"))
        guard case .confirm = state.route else { return XCTFail("no question") }
        XCTAssertNil(state.message)
        XCTAssertFalse(ScreenRenderer.render(state).plainText.contains("Đang tạo PDF"))
        // Answered yes: now it is made, and said so.
        var replacing = request
        replacing.overwrite = true
        XCTAssertEqual(UIFactory.press(&state, [.character("c")]), [.publishMinutes(replacing)])
        XCTAssertEqual(state.message, making)
    }
}
