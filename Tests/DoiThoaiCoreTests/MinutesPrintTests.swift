import DoiThoaiExport
import Foundation
import XCTest
@testable import DoiThoaiCore

/// The DOCX as LibreOffice lays it out on A4: meetings with 1 to 15 short
/// opinions move the end of the minutes across a page break, and the
/// closing line must stay on the page of the signatures (and no heading
/// may end a page) every time. Skipped, saying so, when LibreOffice or
/// pdftotext (poppler-utils) is not installed.
final class MinutesPrintTests: XCTestCase {
    func tool(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The text of each page of a PDF, by `pdftotext` (pages end with a form feed).
    func pages(_ pdf: Data, pdftotext: String) throws -> [String] {
        let file = NSTemporaryDirectory() + "doithoai-pages-\(UUID().uuidString).pdf"
        try pdf.write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pdftotext)
        process.arguments = [file, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self).components(separatedBy: "\u{C}").filter { !$0.isEmpty }
    }

    /// A ward dialogue long enough that its end falls near the foot of page 1
    /// or 2, depending on `opinions`.
    func meeting(opinions: Int) -> Meeting {
        var m = Factory.meeting(opinions: 0)
        m.status = .closed
        m.parentBody = "UBND quận Long Biên"
        m.legalBasis = "Chỉ thị số 13/CT-TTg ngày 10/6/2015 của Thủ tướng Chính phủ"
        for n in 1...4 {
            m.addAttendee { Attendee(id: $0, name: "Đại biểu số \(n)", title: "Trưởng khu dân cư số \(n)", role: .delegate) }
        }
        m.addAttendee { Attendee(id: $0, name: "Đại diện nhân dân", role: .citizen, count: 30) }
        m.agenda = [AgendaItem(id: "ag-1", presenter: "Đ/c Lê Đăng Lễ, Phó Chủ tịch UBND phường",
                               summary: "Báo cáo kết quả cải cách hành chính 6 tháng đầu năm.",
                               figures: [Figure(label: "Hồ sơ tiếp nhận", value: "2201"), Figure(label: "Đúng hạn", value: "2119")])]
        for n in 0..<opinions {
            m.addOpinion { id, number in
                Opinion(id: id, number: number, speaker: "Ông Nguyễn Văn \(n + 1)", origin: "Tổ dân phố \(n + 1)",
                        topic: "dat-dai", text: "Đề nghị hướng dẫn thủ tục cấp đổi giấy chứng nhận.",
                        responses: [Response(id: ResponseID("re-\(number)"), responder: "Đ/c Chủ tịch UBND phường", text: "Tiếp thu, đã hướng dẫn.")])
            }
        }
        m.conclusion = "Chủ tịch UBND phường tiếp thu các ý kiến, giao bộ phận một cửa hướng dẫn người dân."
        return m
    }

    func testTheClosingLineAndTheSignaturesShareAPageWith1To15Opinions() throws {
        guard let pdftotext = tool("pdftotext") else { throw XCTSkip("pdftotext is not installed (poppler-utils): page layout not checked") }
        let converter = OfficeConverter()
        guard converter.office != nil else { throw XCTSkip("LibreOffice is not installed (libreoffice-writer-nogui): page layout not checked") }
        let counts = Array(1...15)
        let documents = try counts.map { try DocxPackage.data(MinutesDocx.parts(MinutesDocument(meeting: meeting(opinions: $0), topics: .standard))) }
        let pdfs = try converter.pdfs(fromDocx: documents)
        var pageCounts: [Int] = []
        for (count, pdf) in zip(counts, pdfs) {
            let text = try pages(pdf, pdftotext: pdftotext)
            pageCounts.append(text.count)
            let closing = text.firstIndex { $0.contains("kết thúc vào hồi") }
            let secretary = text.firstIndex { $0.contains("THƯ KÝ") }
            let archive = text.firstIndex { $0.contains("Lưu: VT, hồ sơ.") }
            XCTAssertNotNil(closing, "\(count) opinions: no closing line")
            XCTAssertEqual(closing, secretary, "\(count) opinions: the closing line is on page \((closing ?? -1) + 1), THƯ KÝ on page \((secretary ?? -1) + 1)")
            XCTAssertEqual(secretary, archive, "\(count) opinions: Nơi nhận left the signatures' page")
            for (index, page) in text.enumerated().dropLast() {
                let last = page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.last { !$0.isEmpty && Int($0) == nil } ?? ""
                XCTAssertNil(last.range(of: #"^([IVX]+|\d+)\. [A-ZĐÝÝ]"#, options: .regularExpression),
                             "\(count) opinions: page \(index + 1) ends with the heading “\(last)”")
            }
        }
        XCTAssertTrue(pageCounts.contains(1) || pageCounts.contains(2), "\(pageCounts)")
        XCTAssertGreaterThan(Set(pageCounts).count, 1, "the opinions must move the end across a page break: \(pageCounts)")
    }
}

/// LibreOffice that hangs is stopped at the time limit, with its children.
final class OfficeConverterTests: XCTestCase {
    func testAHangingLibreOfficeIsKilledWithItsChildrenAtTheTimeLimit() throws {
        let folder = NSTemporaryDirectory() + "doithoai-fake-office-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let script = folder + "/soffice"
        try "#!/bin/sh\nsleep 60 &\necho $! > \(folder)/child.pid\nwait\n".write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        let converter = OfficeConverter(searchPath: folder, timeLimit: 1)
        let started = Date()
        XCTAssertThrowsError(try converter.pdf(fromDocx: Data("x".utf8))) { error in
            XCTAssertEqual(error as? ExportError, .conversionTimedOut(seconds: 1))
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
        let child = try XCTUnwrap(Int32(String(contentsOfFile: folder + "/child.pid", encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        var gone = false
        for _ in 0..<40 where !gone {
            gone = kill(child, 0) != 0
            if !gone { usleep(50_000) }
        }
        XCTAssertTrue(gone, "the child of LibreOffice's script is still running")
    }

    func testNoLibreOfficeIsSaidPlainly() {
        let converter = OfficeConverter(searchPath: "/nonexistent")
        XCTAssertNil(converter.office)
        XCTAssertThrowsError(try converter.pdf(fromDocx: Data())) { XCTAssertEqual($0 as? ExportError, .officeMissing) }
        XCTAssertTrue(ExportError.officeMissing.description.contains("apt-get install libreoffice-writer-nogui"))
    }
}
