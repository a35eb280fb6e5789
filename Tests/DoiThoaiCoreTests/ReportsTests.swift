import Foundation
import XCTest
@testable import DoiThoaiCore

final class ReportsTests: XCTestCase {
    let today = Day(year: 2026, month: 11, day: 24)!

    func meeting(_ followUps: [FollowUp], date: Day = Day(year: 2026, month: 11, day: 1)!) -> Meeting {
        var m = Factory.meeting(id: "2026-11-01-x", opinions: 3)
        m.date = date
        m.followUps = followUps
        return m
    }

    func followUp(_ id: String, due: Day, status: FollowUpStatus = .open, done: Day? = nil) -> FollowUp {
        FollowUp(id: FollowUpID(id), opinionIds: ["op-1"], task: "Việc \(id)", assignee: "Phòng Tài nguyên và Môi trường",
                 dueDate: due, status: status, doneOn: done)
    }

    func testTopicsAreInVietnameseOrderWithATotalRow() {
        var m = Factory.meeting(id: "2026-11-01-x", opinions: 0)
        for topic in ["dang-ky-kinh-doanh", "chinh-sach-nguoi-co-cong", "cap-giay-phep-xay-dung", "dat-dai", "cap-giay-phep-xay-dung"] {
            m.addOpinion { Opinion(id: $0, number: $1, speaker: "A", topic: TopicID(topic), text: "x", responses: []) }
        }
        let report = DialogueReport(meetings: [m], topics: .standard, asOf: today)
        XCTAssertEqual(report.byTopic.map(\.name),
                       ["Cấp giấy phép xây dựng", "Chính sách người có công", "Đăng ký kinh doanh", "Đất đai"])
        let text = ReportRenderer.text(report)
        XCTAssertTrue(text.contains("Tổng cộng                                            5                0     0%"), text)
        XCTAssertTrue(ReportRenderer.csv(report).contains("Tổng cộng,5,0,0%"))
        XCTAssertTrue(ReportRenderer.text(report, english: true).contains("Total "))
    }

    func testOverdueAndDueWithinAtTheEdges() {
        let m = meeting([
            followUp("fu-1", due: today),                         // due today: not overdue
            followUp("fu-2", due: today.adding(days: -1)),       // due yesterday: overdue by one day
            followUp("fu-3", due: today.adding(days: 7)),        // due in a week
            followUp("fu-4", due: today.adding(days: -9), status: .done, done: today.adding(days: -10)),
            followUp("fu-5", due: today.adding(days: -3), status: .cancelled),
        ])
        var overdue = FollowUpQuery()
        overdue.overdueOnly = true
        let late = overdue.rows(in: [m], asOf: today)
        XCTAssertEqual(late.map(\.followUp.id), ["fu-2"])
        XCTAssertEqual(late.first?.daysLeft, -1)
        var soon = FollowUpQuery()
        soon.dueWithin = 7
        // Coming up: from today on; the overdue ones have their own filter.
        XCTAssertEqual(soon.rows(in: [m], asOf: today).map(\.followUp.id), ["fu-1", "fu-3"])
        soon.dueWithin = 0
        XCTAssertEqual(soon.rows(in: [m], asOf: today).map(\.followUp.id), ["fu-1"])
        var byAssignee = FollowUpQuery()
        byAssignee.assignee = "tai nguyen"
        XCTAssertEqual(byAssignee.rows(in: [m], asOf: today).count, 5)
    }

    func testTodayIsTakenInVietnamAroundMidnight() {
        // 23:30 UTC on 23 November is 06:30 on 24 November in +07:00.
        let late = Timestamp(seconds: Int64(Day(year: 2026, month: 11, day: 23)!.ordinal) * 86400 + 23 * 3600 + 1800, offset: 25200)
        XCTAssertEqual(late.day, today)
        let m = meeting([followUp("fu-1", due: Day(year: 2026, month: 11, day: 23)!)])
        var q = FollowUpQuery()
        q.overdueOnly = true
        XCTAssertEqual(q.rows(in: [m], asOf: Clock.fixed(late).today).count, 1)
    }

    func testReportCountsAgreeWithCountsMadeByHand() throws {
        let store = MeetingStore(data: DataDirectory(root: SampleDataTests.dataFolder))
        let meetings = store.loadAll().meetings.map(\.meeting)
        let from = Day(year: 2018, month: 1, day: 1)!, to = Day(year: 2020, month: 12, day: 31)!
        let report = DialogueReport(meetings: meetings, topics: .standard, from: from, to: to, asOf: today)
        let chosen = meetings.filter { $0.date >= from && $0.date <= to }
        XCTAssertEqual(report.meetings, 4)
        XCTAssertEqual(report.opinions, chosen.reduce(0) { $0 + $1.opinions.count })
        XCTAssertEqual(report.opinions, 25 + 12 + 5 + 1)
        var perTopic: [String: Int] = [:]
        for o in chosen.flatMap(\.opinions) { perTopic[o.topic.rawValue, default: 0] += 1 }
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: report.byTopic.map { ($0.topic, $0.opinions) }), perTopic)
        XCTAssertEqual(report.byKind.values.reduce(0, +), report.opinions)
        XCTAssertEqual(report.byDisposition["answered"], chosen.flatMap(\.opinions).filter { $0.disposition == .answered }.count)
        let followUps = chosen.flatMap(\.followUps)
        XCTAssertEqual(report.followUps.assigned, followUps.count)
        XCTAssertEqual(report.followUps.doneOnTime + report.followUps.doneLate, followUps.filter { $0.status == .done }.count)
        XCTAssertEqual(report.followUps.doneLate, 2)
        XCTAssertEqual(report.followUps.overdue, followUps.filter { $0.isOverdue(asOf: today) }.count)
    }

    func testCSVQuotesAndNeutralisesFormulas() {
        let csv = CSVWriter.document([["=SUM(A1:A9)", "+1", "-2", "@cmd", "\tx", "a,b", "say \"hi\"", "dòng 1\ndòng 2", "Đất đai"]])
        XCTAssertTrue(csv.hasPrefix("\u{FEFF}"))
        XCTAssertTrue(csv.hasSuffix("\r\n"))
        XCTAssertEqual(String(csv.dropFirst().dropLast(1)),
                       "'=SUM(A1:A9),'+1,'-2,'@cmd,'\tx,\"a,b\",\"say \"\"hi\"\"\",\"dòng 1\ndòng 2\",Đất đai")
    }

    /// Spreadsheets skip these before a formula sign, or read the full-width sign as one.
    func testCSVNeutralisesFormulasHiddenBehindSpacesAndLookAlikes() {
        for hidden in [" =1+1", "\u{200B}=1+1", "\u{FEFF}=1+1", "\n=1+1", "\u{A0}=1+1", "\u{FF1D}1+1", "\u{FF0B}1", "\u{FF20}x", "\r\n=1"] {
            let cell = CSVWriter.cell(hidden)
            let unquoted = cell.hasPrefix("\"") ? String(cell.dropFirst()) : cell
            XCTAssertTrue(unquoted.hasPrefix("'"), "\(hidden.debugDescription) → \(cell.debugDescription)")
        }
        XCTAssertEqual(CSVWriter.cell("a\u{1B}[2Jb\u{7}\u{202E}c"), "a[2Jbc", "control characters left out")
        XCTAssertEqual(CSVWriter.cell("Đất đai"), "Đất đai")
    }

    func testBarChartsFitEveryWidth() {
        let rows = [(label: "Giải phóng mặt bằng", value: 10), (label: "Hộ tịch", value: 3), (label: "Khác", value: 0)]
        for width in [1, 2, 3, 5, 10, 20, 40, 80, 200] {
            for line in BarChart.render(rows: rows, width: width) {
                XCTAssertLessThanOrEqual(TextWidth.of(line), width, "width \(width): \(line)")
            }
        }
        let lines = BarChart.render(rows: rows, width: 40)
        XCTAssertTrue(lines[0].contains("█") && lines[0].hasSuffix("10"))
        XCTAssertTrue(lines[1].contains("█") || lines[1].contains("▉") || lines[1].contains("▊"))
        XCTAssertFalse(lines[2].contains("█"))
        // At 80 columns the longest domain words are read whole.
        let words = Disposition.allCases.map { (label: DomainWords.vi.name($0), value: 3) }
            + Disposition.allCases.map { (label: DomainWords.en.name($0), value: 3) }
        for (line, row) in zip(BarChart.render(rows: words, width: 80), words) {
            XCTAssertTrue(line.hasPrefix(row.label + " "), line)
        }
    }
}
