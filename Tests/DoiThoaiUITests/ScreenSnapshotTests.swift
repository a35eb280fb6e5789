import DoiThoaiCore
import Foundation
import XCTest
@testable import DoiThoaiUI

/// Screens rendered to text and compared with `Snapshots/<name>.txt`.
/// `RECORD_SNAPSHOTS=1 swift test` writes them anew (and fails, to be looked at).
final class ScreenSnapshotTests: XCTestCase {
    func assertSnapshot(_ state: AppState, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let text = ScreenRenderer.render(state).plainText + "\n"
        let source = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent()
            .appendingPathComponent("Snapshots/\(name).txt")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try text.write(to: source, atomically: true, encoding: .utf8)
            XCTFail("recorded \(name).txt; look at it, then run again", file: file, line: line)
            return
        }
        let url = try XCTUnwrap(Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Snapshots"),
                                "no Snapshots/\(name).txt: run with RECORD_SNAPSHOTS=1", file: file, line: line)
        let expected = try String(contentsOf: url, encoding: .utf8)
        XCTAssertEqual(text, expected, "screen \(name) differs:\n\(text)", file: file, line: line)
    }

    func testMeetingsList80x24() throws { try assertSnapshot(UIFactory.state(), "meetings-80x24") }

    /// The first screen, drawn before a large archive is read: says it is reading, not "no meetings yet".
    func testTheListSaysItIsReadingUntilTheArchiveIsLoaded() {
        var state = AppState(language: .vi, width: 80, height: 24, now: UIFactory.now, topics: .standard)
        _ = Reducer.reduce(&state, .archiveLoading)
        let reading = ScreenRenderer.render(state).plainText
        XCTAssertTrue(reading.contains("Đang đọc các hội nghị…"), reading)
        XCTAssertFalse(reading.contains("Chưa có hội nghị nào"), reading)
        _ = Reducer.reduce(&state, .archiveLoaded(rows: UIFactory.rows(), failures: [], vocabulary: Vocabulary()))
        let loaded = ScreenRenderer.render(state).plainText
        XCTAssertFalse(loaded.contains("Đang đọc"), loaded)
        XCTAssertTrue(loaded.contains("\(UIFactory.rows().count) hội nghị"), loaded)
    }

    func testMeetingsList120x40() throws { try assertSnapshot(UIFactory.state(width: 120, height: 40), "meetings-120x40") }

    func testMeetingsListInEnglish() throws { try assertSnapshot(UIFactory.state(language: .en), "meetings-en") }

    func testMeetingTabs() throws {
        var state = UIFactory.openState()
        try assertSnapshot(state, "meeting-details")
        UIFactory.press(&state, [.tab])
        try assertSnapshot(state, "meeting-attendees")
        UIFactory.press(&state, [.tab, .tab])
        try assertSnapshot(state, "meeting-opinions")
    }

    func testLiveScreen() throws {
        var state = UIFactory.openState()
        var live = UIFactory.meeting()
        live.status = .live
        _ = Reducer.reduce(&state, .meetingSaved(live, UIFactory.fingerprint, .edit))
        state.nav.push(.live)
        try assertSnapshot(state, "live")
    }

    func testOpinionFormWithSuggestions() throws {
        var state = UIFactory.openState()
        UIFactory.press(&state, [.character("n")])
        UIFactory.type(&state, "Lê")
        UIFactory.press(&state, [.tab, .tab])
        UIFactory.type(&state, "dat")
        try assertSnapshot(state, "opinion-form")
    }

    func testHelpAndConfirmationAndTooSmall() throws {
        var state = UIFactory.state()
        UIFactory.press(&state, [.function(1)])
        try assertSnapshot(state, "help-meetings")
        var confirm = UIFactory.state()
        UIFactory.press(&confirm, [.character("d")])
        try assertSnapshot(confirm, "confirm-delete")
        try assertSnapshot(UIFactory.state(width: 10, height: 5), "too-small")
    }
}
