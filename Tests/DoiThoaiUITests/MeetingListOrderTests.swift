import DoiThoaiCore
import XCTest
@testable import DoiThoaiUI

/// The meetings list is newest first also within a day: the later start
/// first, a meeting with no start time last — as loaded, after a new
/// meeting, and after a save that moves a start.
final class MeetingListOrderTests: XCTestCase {
    let day = UIFactory.day

    func row(_ id: MeetingID, _ organizer: String, hour: Int?, on date: Day? = nil) -> MeetingRow {
        let date = date ?? day
        return MeetingRow(id: id, date: date, organizer: organizer, title: "Hội nghị đối thoại", opinionCount: 1, openFollowUps: 0,
                          status: .planned, started: hour.map { Timestamp(day: date, hour: $0, minute: 0, offset: 25200).seconds })
    }

    func loaded() -> AppState {
        var state = UIFactory.state()
        let rows = [row("2020-07-17-phuc-dong", "UBND phường Phúc Đồng", hour: 8),
                    row("2020-07-16-long-bien", "UBND phường Long Biên", hour: 18, on: Day(year: 2020, month: 7, day: 16)!),
                    row("2020-07-17-bo-de", "UBND phường Bồ Đề", hour: nil),
                    row("2020-07-17-ngoc-thuy", "UBND phường Ngọc Thụy", hour: 17),
                    row("2020-07-17-thach-ban", "UBND phường Thạch Bàn", hour: 13)]
        _ = Reducer.reduce(&state, .archiveLoaded(rows: rows, failures: [], vocabulary: Vocabulary()))
        return state
    }

    /// The organizers in the order the list screen shows them.
    func organizersOnScreen(_ state: AppState) -> [String] {
        let text = ScreenRenderer.render(state).plainText
        let names = ["Ngọc Thụy", "Thạch Bàn", "Phúc Đồng", "Bồ Đề", "Long Biên", "Yên Hòa"]
        return text.components(separatedBy: "\n").compactMap { line in names.first { line.contains($0) } }
    }

    func testMeetingsOfOneDayShowLatestStartFirstAndNoStartLast() {
        let state = loaded()
        XCTAssertEqual(state.list.visibleRows.map(\.id.rawValue),
                       ["2020-07-17-ngoc-thuy", "2020-07-17-thach-ban", "2020-07-17-phuc-dong", "2020-07-17-bo-de", "2020-07-16-long-bien"])
        XCTAssertEqual(organizersOnScreen(state), ["Ngọc Thụy", "Thạch Bàn", "Phúc Đồng", "Bồ Đề", "Long Biên"])
    }

    func testANewMeetingLaterInTheDayGoesFirstAndAMovedStartMovesItsRow() {
        var state = loaded()
        var evening = UIFactory.meeting()
        evening.id = "2020-07-17-yen-hoa"
        evening.organizer = "UBND phường Yên Hòa"
        evening.startedAt = Timestamp(day: day, hour: 19, minute: 30, offset: 25200)
        _ = Reducer.reduce(&state, .meetingCreated(StoredMeeting(meeting: evening, fingerprint: UIFactory.fingerprint)))
        XCTAssertEqual(state.list.rows.first?.id, "2020-07-17-yen-hoa")
        // Its start moved to the early morning (the details form): now the day's last meeting with a start.
        var early = evening
        early.startedAt = Timestamp(day: day, hour: 7, minute: 0, offset: 25200)
        _ = Reducer.reduce(&state, .meetingSaved(early, UIFactory.fingerprint, .edit))
        XCTAssertEqual(state.list.rows.map(\.id.rawValue),
                       ["2020-07-17-ngoc-thuy", "2020-07-17-thach-ban", "2020-07-17-phuc-dong", "2020-07-17-yen-hoa", "2020-07-17-bo-de",
                        "2020-07-16-long-bien"])
    }
}
