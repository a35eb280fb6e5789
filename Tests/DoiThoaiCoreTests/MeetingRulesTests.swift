import XCTest
@testable import DoiThoaiCore

/// The domain rules the program and the commands share.
final class MeetingRulesTests: XCTestCase {
    let day = Factory.day
    func at(_ hour: Int, _ minute: Int, second: Int = 0) -> Timestamp {
        Timestamp(day: day, hour: hour, minute: minute, second: second, offset: 25200)
    }
    func planned() -> Meeting {
        var m = Factory.meeting(opinions: 0)
        m.endedAt = nil
        return m
    }

    func testATimeOfDayIsReadAsSecretariesTypeIt() {
        for (text, hour, minute) in [("14:05", 14, 5), ("14h05", 14, 5), ("14g05", 14, 5), ("14.05", 14, 5), ("1405", 14, 5),
                                     ("9:30", 9, 30), ("9", 9, 0), ("14h", 14, 0), (" 07:00 ", 7, 0)] {
            XCTAssertEqual(TimeOfDay(parsing: text), TimeOfDay(hour: hour, minute: minute), text)
        }
        for bad in ["", "24:00", "12:60", "ab", "1:2:3", "14:5x", "12345", "-1"] {
            XCTAssertNil(TimeOfDay(parsing: bad), bad)
        }
    }

    func testGoingLiveEarlyRecordsTheRealStartAndKeepsThePlannedOne() {
        var m = planned()
        m.goLive(at: at(13, 24, second: 10))
        XCTAssertEqual(m.status, .live)
        XCTAssertEqual(m.startedAt, at(13, 24, second: 10))
        XCTAssertEqual(m.plannedStart, at(14, 0))
        let id = m.recordOpinion(OpinionEntry(speaker: "Lê Văn Bình", topic: "dat-dai", text: "Ý kiến"), at: at(13, 25))
        XCTAssertEqual(m.opinion(id)?.recordedAt, at(13, 25), "not before the start")
        var again = m
        again.goLive(at: at(15, 0))
        XCTAssertEqual(again, m, "a live meeting keeps its start")
    }

    func testTheEndProposedIsNowAndNeverBeforeTheStart() {
        var m = planned()
        m.goLive(at: at(13, 24))
        XCTAssertEqual(m.proposedEnd(now: at(13, 31)), at(13, 31))
        XCTAssertEqual(m.proposedEnd(now: at(13, 0)), at(13, 24))
    }

    func testAnEndBeforeTheStartNeedsThePastMidnightConfirmation() throws {
        var m = planned()
        m.goLive(at: at(13, 24, second: 30))
        XCTAssertEqual(try m.end(at: TimeOfDay(hour: 13, minute: 31)!, offset: 25200, pastMidnight: false), at(13, 31))
        XCTAssertEqual(try m.end(at: TimeOfDay(hour: 13, minute: 24)!, offset: 25200, pastMidnight: false), at(13, 24, second: 30),
                       "the start's own minute is the start")
        XCTAssertThrowsError(try m.end(at: TimeOfDay(hour: 1, minute: 10)!, offset: 25200, pastMidnight: false)) { error in
            XCTAssertEqual(error as? MeetingEndProblem, .endBeforeStart(start: at(13, 24, second: 30), end: TimeOfDay(hour: 1, minute: 10)!))
        }
        let next = try m.end(at: TimeOfDay(hour: 1, minute: 10)!, offset: 25200, pastMidnight: true)
        XCTAssertEqual(next, Timestamp(day: day.adding(days: 1), hour: 1, minute: 10, offset: 25200))
        m.close(at: next, conclusion: "Kết luận")
        XCTAssertEqual(m.status, .closed)
        XCTAssertEqual(m.endedAt, next)
    }

    func testReopeningIsRecordedOnceAndOnlyForAClosedMeeting() {
        var m = planned()
        m.reopen(at: at(18, 0))
        XCTAssertTrue(m.reopenings.isEmpty)
        m.status = .closed
        m.reopen(at: at(18, 0), reason: "Bổ sung")
        XCTAssertEqual(m.status, .live)
        XCTAssertEqual(m.reopenings, [Reopening(at: at(18, 0), by: "Trần Thu Hà", reason: "Bổ sung")])
    }

    /// A company that speaks in its own name is a business; an answer taken
    /// from the program's suggestion ("name, title") is linked to its attendee.
    func testACompanySpeakerIsABusinessAndANameWithTitleAnswerIsLinked() {
        var m = planned()
        let id = m.recordOpinion(OpinionEntry(speaker: "Công ty TNHH Minh Phát", origin: "Khu công nghiệp Sài Đồng B", topic: "khac",
                                              text: "Ý kiến", answers: [.init(responder: "Nguyễn Quốc Văn, Chủ tịch UBND phường",
                                                                              text: "Trả lời"),
                                                                        .init(responder: "Nguyễn Quốc Văn, Giám đốc Sở", text: "Khác")]),
                                 at: at(14, 5))
        XCTAssertEqual(m.attendees.last?.role, .business)
        XCTAssertEqual(m.opinion(id)?.responses.first?.attendeeId, m.attendees.first?.id)
        XCTAssertNil(m.opinion(id)?.responses.last?.attendeeId, "a title that is not the attendee's names someone else")
        _ = m.recordOpinion(OpinionEntry(speaker: "Trần Văn Bình", origin: "Tổ dân phố 3", topic: "khac", text: "Ý kiến"), at: at(14, 6))
        XCTAssertEqual(m.attendees.last?.role, .citizen)
    }

    func testRecordingAnOpinionLinksOrAddsItsSpeakerAndAnswerers() {
        var m = planned()
        let first = m.recordOpinion(OpinionEntry(speaker: "Hoàng Văn Nam", origin: "Công ty TNHH Hoàng Nam", topic: "dat-dai",
                                                 text: "Ý kiến", answers: [.init(responder: "nguyen quoc van", text: "Trả lời")]),
                                    at: at(14, 5))
        let added = m.attendees.last
        XCTAssertEqual(added?.name, "Hoàng Văn Nam")
        XCTAssertEqual(added?.role, .business)
        XCTAssertEqual(m.opinion(first)?.attendeeId, added?.id)
        XCTAssertEqual(m.opinion(first)?.responses.first?.attendeeId, m.attendees.first?.id, "the chair, by name without marks")
        XCTAssertEqual(m.opinion(first)?.disposition, .answered)
        let count = m.attendees.count
        let second = m.recordOpinion(OpinionEntry(speaker: "HOANG VAN NAM", topic: "dat-dai", text: "Lần hai"), at: at(14, 6))
        XCTAssertEqual(m.attendees.count, count, "the same speaker is not added twice")
        XCTAssertEqual(m.opinion(second)?.attendeeId, added?.id)
        _ = m.recordOpinion(OpinionEntry(speaker: "Người lạ", topic: "dat-dai", text: "Không thêm", addsSpeaker: false), at: at(14, 7))
        XCTAssertEqual(m.attendees.count, count)
    }
}
