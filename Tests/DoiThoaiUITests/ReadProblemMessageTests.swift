import DoiThoaiCore
import XCTest
@testable import DoiThoaiUI

/// A file that cannot be read, met by the program (a meeting opened, the
/// settings): the status line says why in the interface's language.
final class ReadProblemMessageTests: XCTestCase {
    let error = StoreError.unreadable(path: "/data/meetings/2020-01-01-hong.json",
                                      location: .position(line: 95, column: 19, endsEarly: true), reason: .invalidJSON)

    /// The screen's lines joined, so a message wrapped over two lines reads whole.
    func text(_ state: AppState) -> String {
        ScreenRenderer.render(state).plainText.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
    }

    func testTheStatusLineSaysWhyInVietnamese() {
        var state = UIFactory.state(width: 120, height: 40)
        _ = Reducer.reduce(&state, .storeFailed(error))
        let screen = text(state)
        XCTAssertTrue(screen.contains("2020-01-01-hong.json: không đọc được (ở dòng 95, cột 19, nơi tệp bị cắt cụt): JSON sai cú pháp"), screen)
        XCTAssertFalse(screen.contains("invalid JSON") || screen.contains("line 95"), screen)
    }

    func testAndInEnglishWithTheEnglishInterface() {
        var state = UIFactory.state(width: 120, height: 40, language: .en)
        _ = Reducer.reduce(&state, .storeFailed(error))
        XCTAssertTrue(text(state).contains("cannot read at line 95, column 19 (the file ends too early): invalid JSON"))
    }

    /// The settings are read before the list: their error stays on the status line while the archive loads and after.
    func testASettingsErrorAtStartIsNotHiddenByTheArchiveLoading() {
        var state = AppState(language: .vi, width: 120, height: 40, now: UIFactory.now, topics: .standard)
        let settings = StoreError.unreadable(path: "/home/thuky/.config/doithoai/settings.json", location: nil, reason: .settingsNotObject)
        _ = Reducer.reduce(&state, .storeFailed(settings))
        _ = Reducer.reduce(&state, .archiveLoading)
        _ = Reducer.reduce(&state, .archiveLoaded(rows: UIFactory.rows(), failures: [], vocabulary: Vocabulary()))
        XCTAssertTrue(text(state).contains("settings.json: không đọc được: không phải một đối tượng JSON; hãy xóa tệp để bắt đầu lại"),
                      text(state))
    }
}
