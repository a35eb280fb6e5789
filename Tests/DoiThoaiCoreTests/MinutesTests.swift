import DoiThoaiExport
import Foundation
import FoundationXML
import XCTest
import ZIPFoundation
@testable import DoiThoaiCore

final class MinutesTests: XCTestCase {
    var sampleStore: MeetingStore { MeetingStore(data: DataDirectory(root: SampleDataTests.dataFolder)) }
    var sampleTopics: TopicCatalog { (try? TopicStore(data: DataDirectory(root: SampleDataTests.dataFolder)).load()) ?? .standard }

    func sample(_ id: String) throws -> MinutesDocument {
        MinutesDocument(meeting: try sampleStore.load(MeetingID(id)).meeting, topics: sampleTopics)
    }

    /// Compares with `Expected/<name>`; `RECORD_EXPECTED=1` writes it instead.
    func assertExpected(_ text: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().appendingPathComponent("Expected/\(name)")
        if ProcessInfo.processInfo.environment["RECORD_EXPECTED"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        XCTAssertEqual(text, expected, "\(name) differs", file: file, line: line)
    }

    func testDatesCarryLeadingZerosForEarlyDaysAndJanuaryAndFebruary() {
        XCTAssertEqual(VietnameseDate.long(Day(year: 2020, month: 7, day: 17)!), "ngày 17 tháng 7 năm 2020")
        XCTAssertEqual(VietnameseDate.long(Day(year: 2021, month: 2, day: 5)!), "ngày 05 tháng 02 năm 2021")
        XCTAssertEqual(VietnameseDate.long(Day(year: 2018, month: 12, day: 29)!), "ngày 29 tháng 12 năm 2018")
        XCTAssertEqual(VietnameseDate.long(Day(year: 2019, month: 1, day: 10)!), "ngày 10 tháng 01 năm 2019")
        XCTAssertEqual(VietnameseDate.clock(Timestamp(day: Factory.day, hour: 17, minute: 0, offset: 25200)), "17 giờ 00")
    }

    func testTheDocumentFollowsTheDecreeLayout() throws {
        let d = try sample("2020-07-17-ngoc-thuy")
        XCTAssertEqual(d.parentBody, "UBND QUẬN LONG BIÊN")
        XCTAssertEqual(d.issuingBody, "UBND PHƯỜNG NGỌC THỤY")
        XCTAssertEqual(d.number, "Số:        /BB-UBND")
        XCTAssertEqual(d.placeAndDate, "Ngọc Thụy, ngày 17 tháng 7 năm 2020")
        XCTAssertEqual(d.title, "BIÊN BẢN")
        XCTAssertNil(d.draftMark)
        XCTAssertEqual(d.closing, "Hội nghị kết thúc vào hồi 16 giờ 30 cùng ngày./.")
        XCTAssertEqual(d.secretary.title, "THƯ KÝ")
        XCTAssertEqual(d.chair.name, "Nguyễn Quốc Văn")
        XCTAssertEqual(d.recipients.last, "- Lưu: VT, hồ sơ.")
        let headings = d.body.compactMap { if case .heading(let h) = $0 { return h }; return nil }
        XCTAssertEqual(headings, ["I. THỜI GIAN, ĐỊA ĐIỂM", "II. THÀNH PHẦN THAM DỰ", "III. NỘI DUNG"])
    }

    func testAMeetingNotClosedIsMarkedAsADraftInEveryFormat() throws {
        var meeting = Factory.meeting()
        meeting.status = .live
        let d = MinutesDocument(meeting: meeting, topics: .standard)
        XCTAssertEqual(d.draftMark, "DỰ THẢO")
        XCTAssertTrue(MinutesText.render(d).contains("[DỰ THẢO]"))
        XCTAssertTrue(MinutesMarkdown.render(d).contains("DỰ THẢO"))
        XCTAssertTrue(MinutesHTML.render(d).contains("DỰ THẢO"))
        XCTAssertTrue(MinutesDocx.document(d).contains("DỰ THẢO"))
    }

    func testTextMinutesMatchTheExpectedFilesAndFit80Columns() throws {
        for (id, name) in [("2020-07-17-ngoc-thuy", "ngoc-thuy.txt"), ("2018-12-29-thanh-xuan", "thanh-xuan.txt")] {
            let text = MinutesText.render(try sample(id))
            for line in text.split(separator: "\n") { XCTAssertLessThanOrEqual(TextWidth.of(line), 80, String(line)) }
            try assertExpected(text, name)
        }
    }

    func testMarkdownMinutesMatchTheExpectedFiles() throws {
        try assertExpected(MinutesMarkdown.render(try sample("2020-07-17-ngoc-thuy")), "ngoc-thuy.md")
        try assertExpected(MinutesMarkdown.render(try sample("2018-12-29-thanh-xuan")), "thanh-xuan.md")
    }

    func testEnglishLabelsKeepTheStructure() throws {
        let meeting = try sampleStore.load("2020-07-17-ngoc-thuy").meeting
        let d = MinutesDocument(meeting: meeting, topics: sampleTopics, language: .en)
        XCTAssertEqual(d.title, "MINUTES")
        XCTAssertEqual(d.placeAndDate, "Ngọc Thụy, 17 July 2020")
        XCTAssertTrue(MinutesText.render(d).replacingOccurrences(of: "\n", with: " ").contains("recommended on online public services:"))
        XCTAssertEqual(d.closing, "The meeting closed at 16:30 the same day.")
    }

    func hostileMeeting() -> Meeting {
        let evil = "<script>alert('x')</script> & \"q\" ]]> \u{1}\u{7}\u{1B}[31m"
        var m = Factory.meeting()
        m.title = evil
        m.organizer = evil
        m.place = evil
        m.conclusion = evil
        m.attendees[0].name = evil
        m.addAttendee { Attendee(id: $0, name: evil, title: evil, organization: evil, role: .citizen) }
        m.opinions[0].text = evil
        m.opinions[0].speaker = evil
        m.opinions[0].responses = [Response(id: "re-1", responder: evil, text: evil)]
        m.followUps = [FollowUp(id: "fu-1", opinionIds: ["op-1"], task: evil, assignee: evil, dueDate: Factory.day)]
        return m
    }

    func testHostileTextIsEscapedInHTML() {
        let html = MinutesHTML.render(MinutesDocument(meeting: hostileMeeting(), topics: .standard))
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot; ]]&gt;"))
        XCTAssertFalse(html.unicodeScalars.contains { $0.value == 1 || $0.value == 7 || $0.value == 0x1B })
    }

    func testTheDocxHoldsWellFormedPartsWithA4AndTheDecreeMargins() throws {
        let d = MinutesDocument(meeting: hostileMeeting(), topics: .standard)
        let data = try DocxPackage.data(MinutesDocx.parts(d))
        let archive = try Archive(data: data, accessMode: .read)
        let names = Set(archive.map(\.path))
        for required in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
                         "word/_rels/document.xml.rels", "word/settings.xml", "word/header1.xml"] {
            XCTAssertTrue(names.contains(required), required)
        }
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            let parser = XMLParser(data: bytes)
            XCTAssertTrue(parser.parse(), "\(entry.path) is not well formed: \(parser.parserError.map { "\($0)" } ?? "")")
            if entry.path == "word/document.xml" {
                let xml = String(decoding: bytes, as: UTF8.self)
                XCTAssertTrue(xml.contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#))
                XCTAssertTrue(xml.contains(#"w:top="1134" w:right="851" w:bottom="1134" w:left="1701""#))
                XCTAssertTrue(xml.contains("<w:titlePg/>"), "no page number on page 1")
                XCTAssertTrue(xml.contains("&lt;script&gt;"))
                XCTAssertEqual(xml.components(separatedBy: "<w:tbl>").count - 1, 5,
                               "header, attendees, assignments, the closing block and the signatures inside it")
            }
            if entry.path == "word/styles.xml" {
                XCTAssertTrue(String(decoding: bytes, as: UTF8.self).contains(#"w:ascii="Times New Roman""#))
            }
        }
    }
}
