import DoiThoaiExport
import Foundation
import XCTest
@testable import DoiThoaiCore

/// The DOCX laid out as Nghị định 30/2020/NĐ-CP asks, checked in its XML.
final class MinutesLayoutTests: XCTestCase {
    func sample(_ id: String, language: MinutesLanguage = .vi) throws -> MinutesDocument {
        let data = DataDirectory(root: SampleDataTests.dataFolder)
        let meeting = try MeetingStore(data: data).load(MeetingID(id)).meeting
        return MinutesDocument(meeting: meeting, topics: try TopicStore(data: data).load(), language: language)
    }

    func outline(_ d: MinutesDocument) -> DocxOutline { DocxOutline(xml: MinutesDocx.document(d)) }

    func testBodyParagraphsAreSixPointsApartOrMore() throws {
        for id in ["2018-12-29-thanh-xuan", "2020-07-17-ngoc-thuy"] {
            let d = try sample(id)
            let body = outline(d).body.filter { !$0.text.isEmpty && $0.text != d.title && !$0.text.hasPrefix("Hội nghị đối thoại") }
            XCTAssertGreaterThan(body.count, 20)
            for p in body {
                XCTAssertGreaterThanOrEqual(p.after ?? 120, 120, "“\(p.text.prefix(40))” has less than 6 pt after it")
            }
        }
        XCTAssertTrue(MinutesDocx.styles(language: .vi).contains(#"<w:spacing w:after="120""#), "the default is 6 pt")
    }

    func testClosingLineSignaturesAndRecipientsShareOneRowThatCannotSplit() throws {
        let d = try sample("2018-12-29-thanh-xuan")
        let rows = outline(d).rows.filter { $0.depth == 1 && $0.text.contains("kết thúc vào hồi") }
        XCTAssertEqual(rows.count, 1)
        let row = try XCTUnwrap(rows.first)
        XCTAssertTrue(row.cantSplit, "the row holding the closing block must not split")
        for part in ["Biên bản đã được đọc lại", "Hội nghị kết thúc vào hồi 11 giờ 30 cùng ngày./.", "THƯ KÝ", "CHỦ TRÌ",
                     "Nơi nhận:", "- Lưu: VT, hồ sơ."] {
            XCTAssertTrue(row.text.contains(part), part)
        }
        let texts = row.paragraphs
        for p in texts.dropLast() { XCTAssertTrue(p.keepNext, "“\(p.text)” is not kept with the next paragraph") }
        let signatureRows = outline(d).rows.filter { $0.depth == 2 && $0.text.contains("THƯ KÝ") }
        XCTAssertEqual(signatureRows.map(\.cantSplit), [true])
    }

    func testTableRowsNeverSplitAndHeaderRowsRepeat() throws {
        let o = outline(try sample("2018-12-29-thanh-xuan"))
        let gridRows = o.rows.filter { $0.depth == 1 && !$0.text.contains("CỘNG HÒA") && !$0.text.contains("kết thúc") }
        XCTAssertEqual(gridRows.filter(\.header).map { $0.text.components(separatedBy: "\n").first }, ["STT", "STT"])
        XCTAssertEqual(gridRows.count, 4 + 5 + 2, "4 attendees, 5 assignments, 2 header rows")
        for row in gridRows { XCTAssertTrue(row.cantSplit, row.text) }
    }

    func testHeadingsAndNumberedPartsAreKeptWithWhatFollows() throws {
        let o = outline(try sample("2019-05-20-so-noi-vu-ha-noi"))
        let headings = o.body.filter { $0.text.range(of: #"^([IVX]+|\d+)\. "#, options: .regularExpression) != nil }
        XCTAssertEqual(headings.count, 6, headings.map(\.text).joined(separator: " | "))
        for p in headings { XCTAssertTrue(p.keepNext, p.text) }
        let leads = o.body.filter { $0.text == "- Thành phần tham dự:" }
        XCTAssertEqual(leads.map(\.keepNext), [true])
    }

    /// The line under the summary (and under the body's name) is 1/3 to 1/2
    /// of the text above it, as the decree asks.
    func testTheLinesUnderTheSummaryAndTheBodyNameAreAThirdToAHalfOfTheirText() throws {
        for id in ["2018-12-29-thanh-xuan", "2019-05-20-so-noi-vu-ha-noi", "2020-07-17-ngoc-thuy"] {
            let d = try sample(id)
            let body = outline(d).paragraphs
            let summaryIndex = try XCTUnwrap(body.firstIndex { $0.text.hasPrefix(MinutesDocx.subtitleLines(d.subtitle)[0]) })
            let line = body[summaryIndex + 1]
            XCTAssertTrue(line.hasTopBorder && line.text.isEmpty, id)
            let widest = MinutesDocx.subtitleLines(d.subtitle).map { Double(MinutesDocx.twips(PrintMetrics.ems($0, bold: true), points: 14)) }.max() ?? 0
            let ratio = Double(MinutesDocx.textWidth - 2 * line.indentLeft) / widest
            XCTAssertTrue((1.0 / 3...0.5).contains(ratio), "\(id): summary line is \(ratio) of the summary")
            let issuerIndex = try XCTUnwrap(body.firstIndex { $0.text == d.issuingBody.replacingOccurrences(of: "\n", with: "") || $0.text.hasPrefix(MinutesDocx.headerLines(d.issuingBody, bold: true)[0]) })
            let rule = body[issuerIndex + 1]
            XCTAssertTrue(rule.hasTopBorder, id)
            let issuerWidth = MinutesDocx.headerLines(d.issuingBody, bold: true).map { Double(MinutesDocx.twips(PrintMetrics.ems($0, bold: true), points: 12)) }.max() ?? 0
            let issuerRatio = Double(MinutesDocx.headerLeft - 160 - 2 * rule.indentLeft) / issuerWidth
            XCTAssertTrue((1.0 / 3...0.5).contains(issuerRatio), "\(id): line under the body is \(issuerRatio) of its name")
        }
    }

    func testTheSummaryBreaksIntoBalancedLinesWithNoWordLeftAlone() {
        let lines = MinutesDocx.subtitleLines("Hội nghị đối thoại với tổ chức, cá nhân về thủ tục hành chính lần 2 năm 2018")
        XCTAssertEqual(lines.count, 2)
        let widths = lines.map { PrintMetrics.ems($0, bold: true) }
        XCTAssertLessThan(abs(widths[0] - widths[1]) / (widths.max() ?? 1), 0.25, lines.joined(separator: " / "))
        let year = MinutesDocx.subtitleLines("Hội nghị đối thoại với đại diện nhân dân về công tác cải cách hành chính năm 2020")
        XCTAssertFalse(year.contains { $0.split(separator: " ").count < 3 }, year.joined(separator: " / "))
        XCTAssertEqual(MinutesDocx.subtitleLines("Họp"), ["Họp"])
    }

    func testEnglishMinutesAreTaggedEnglishAndVietnameseMinutesVietnamese() throws {
        let en = MinutesDocx.parts(try sample("2020-07-17-ngoc-thuy", language: .en)).first { $0.path == "word/styles.xml" }?.xml ?? ""
        XCTAssertTrue(en.contains(#"<w:lang w:val="en-GB""#), en)
        XCTAssertFalse(en.contains("vi-VN"))
        let vi = MinutesDocx.parts(try sample("2020-07-17-ngoc-thuy")).first { $0.path == "word/styles.xml" }?.xml ?? ""
        XCTAssertTrue(vi.contains(#"<w:lang w:val="vi-VN""#))
    }

    func testEachParagraphOfAnOpinionIsAParagraphOfTheDocument() {
        var m = Factory.meeting(opinions: 1)
        m.opinions[0].text = "Dòng một.\r\nDòng hai.\rDòng ba.\n\nDòng bốn.\n"
        m.opinions[0].responses = [Response(id: "re-1", responder: "Chủ tịch UBND phường", text: "Trả lời một.\r\nTrả lời hai.\n")]
        let d = MinutesDocument(meeting: m, topics: .standard)
        let o = DocxOutline(xml: MinutesDocx.document(d))
        for line in ["Dòng hai.", "Dòng ba.", "Dòng bốn.", "Trả lời hai."] {
            XCTAssertEqual(o.body.filter { $0.text == line }.count, 1, line)
        }
        XCTAssertTrue(o.body.contains { $0.text.hasSuffix("Dòng một.") })
        XCTAssertEqual(o.body.filter { $0.text.contains("Dòng") }.map(\.lineBreaks), [0, 0, 0, 0])
        XCTAssertFalse(o.body.contains { $0.text.isEmpty && !$0.hasTopBorder && $0.after != 0 }, "no blank paragraph from a trailing newline")
        let html = MinutesHTML.render(d)
        XCTAssertTrue(html.contains("<p>Dòng ba.</p>") && html.contains("<p>Dòng bốn.</p>"))
        let text = MinutesText.render(d)
        XCTAssertTrue(text.contains("\nDòng hai.\nDòng ba.\nDòng bốn.\n"), text)
    }

    /// The HTML's print style sheet asks Chromium for what the DOCX does.
    func testTheHTMLPrintStyleMatchesTheDocx() throws {
        let html = MinutesHTML.render(try sample("2018-12-29-thanh-xuan"))
        for rule in ["@page { size: A4; margin: 20mm 15mm 20mm 30mm;", "content: counter(page)", "@page :first",
                     "text-indent: 10mm", ".number { white-space: pre;", ".grid thead { display: table-header-group; }",
                     ".grid tr { break-inside: avoid;", ".ending { break-inside: avoid;", "overflow-wrap: anywhere",
                     "break-after: avoid", ".rule { width: 40%"] {
            XCTAssertTrue(html.contains(rule), rule)
        }
        XCTAssertTrue(html.contains("<div class=\"number\">Số:        /BB-UBND</div>"))
        XCTAssertEqual(html.components(separatedBy: "<thead>").count - 1, 2)
        XCTAssertTrue(html.contains("<div class=\"ending\">"))
    }
}
