import DoiThoaiCore
import XCTest
@testable import DoiThoaiUI

/// A meeting with a conflict from sync: the tab appears, Enter opens the
/// choice, 2 puts the other office's value back and saves the choice.
final class ConflictReducerTests: XCTestCase {
    func meetingWithConflict() -> Meeting {
        var m = UIFactory.meeting()
        m.place = "Nhà văn hóa tổ 5"
        m.conflicts = [MergeConflict(
            id: "cf-1", field: "place",
            kept: ConflictVersion(value: .string("Nhà văn hóa tổ 5"), office: "Quận Long Biên", at: UIFactory.now),
            other: ConflictVersion(value: .string("Hội trường UBND phường"), office: "Phường Ngọc Thụy", at: UIFactory.now))]
        return m
    }

    func open(_ meeting: Meeting) -> AppState {
        var state = UIFactory.state()
        _ = Reducer.reduce(&state, .meetingOpened(StoredMeeting(meeting: meeting, fingerprint: UIFactory.fingerprint), readOnly: nil))
        return state
    }

    func testTheConflictsTabShowsOnlyWhenTheMeetingHasConflicts() {
        var plain = UIFactory.openState()
        XCTAssertFalse(plain.meeting?.tabs.contains(.conflicts) ?? true)
        UIFactory.press(&plain, Array(repeating: .tab, count: 6))
        XCTAssertEqual(plain.meeting?.tab, .details)
        var state = open(meetingWithConflict())
        UIFactory.press(&state, Array(repeating: .tab, count: 6))
        XCTAssertEqual(state.meeting?.tab, .conflicts)
        let screen = ScreenRenderer.render(state).plainText
        XCTAssertTrue(screen.contains("Xung đột 1"), screen)
        XCTAssertTrue(screen.contains("! Địa điểm"), screen)
    }

    func testTakingTheOtherValueSavesItWithTheChoice() {
        var state = open(meetingWithConflict())
        UIFactory.press(&state, Array(repeating: .tab, count: 6) + [.enter])
        XCTAssertEqual(state.route, .conflict("cf-1"))
        let box = ScreenRenderer.render(state).plainText
        XCTAssertTrue(box.contains("“Hội trường UBND phường” — Phường Ngọc Thụy"), box)
        XCTAssertTrue(box.contains("2 Lấy giá trị kia"), box)
        let effects = UIFactory.press(&state, [.character("2")])
        guard case let .saveMeeting(saved, _, .edit)? = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(saved.place, "Hội trường UBND phường")
        XCTAssertEqual(saved.conflicts.first?.resolution, ConflictResolution(choice: .other, by: "Trần Thu Hà", at: UIFactory.now))
        XCTAssertEqual(state.route, .meeting)
    }

    func testEscapeLeavesTheConflictOpen() {
        var state = open(meetingWithConflict())
        UIFactory.press(&state, Array(repeating: .tab, count: 6) + [.enter])
        XCTAssertEqual(UIFactory.press(&state, [.escape]), [])
        XCTAssertEqual(state.route, .meeting)
    }
}

/// F8 on the meetings list: a sync in the background, its stages and its outcome in the header.
final class SyncReducerTests: XCTestCase {
    func testF8StartsOneSyncAndItsOutcomeStaysInTheHeader() {
        var state = UIFactory.state()
        XCTAssertTrue(ScreenRenderer.render(state).plainText.contains("F8 chưa đồng bộ"))
        XCTAssertEqual(UIFactory.press(&state, [.function(8)]), [.sync])
        XCTAssertEqual(UIFactory.press(&state, [.function(8)]), [], "a second sync while one runs")
        _ = Reducer.reduce(&state, .syncProgressed(.fetching))
        XCTAssertTrue(ScreenRenderer.render(state).plainText.contains("Đang đồng bộ: tải về…"))
        var outcome = SyncOutcome(at: UIFactory.now, office: "Phường Ngọc Thụy")
        outcome.received.updated = ["2020-07-17-ngoc-thuy"]
        outcome.received.new = ["2020-07-20-gia-thuy"]
        outcome.sent.updated = ["2018-12-29-thanh-xuan"]
        outcome.leftLocked = ["2019-05-20-ha-noi"]
        XCTAssertEqual(Reducer.reduce(&state, .syncEnded(outcome)), [.refreshArchive])
        XCTAssertFalse(state.sync.running)
        XCTAssertEqual(state.message?.text, "Đồng bộ 14:30: nhận 2, gửi 1; 1 hội nghị đang mở ở nơi khác, để lần sau")
        XCTAssertTrue(ScreenRenderer.render(state).plainText.contains("F8 đồng bộ 14:30: nhận 2, gửi 1"))
    }

    func testAMeetingWithConflictsToChooseIsMarkedInTheList() {
        var state = UIFactory.state()
        var rows = UIFactory.rows()
        rows[1].openConflicts = 2
        _ = Reducer.reduce(&state, .archiveLoaded(rows: rows, failures: [], vocabulary: Vocabulary()))
        let lines = ScreenRenderer.render(state).plainText.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains { $0.hasPrefix("!29/12/2018") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.hasPrefix(" 17/07/2020") })
    }

    func testAFailedSyncSaysWhy() {
        var state = UIFactory.state()
        UIFactory.press(&state, [.function(8)])
        var outcome = SyncOutcome(at: UIFactory.now, office: "P")
        outcome.failure = "cannot reach the shared repository"
        XCTAssertEqual(Reducer.reduce(&state, .syncEnded(outcome)), [])
        XCTAssertEqual(state.message?.isError, true)
        XCTAssertTrue(state.message?.text.contains("cannot reach") ?? false)
    }
}
