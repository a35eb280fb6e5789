/// The parts of a WordprocessingML document (DOCX) for the minutes, laid out
/// by Nghị định 30/2020/NĐ-CP: A4 with the decree's margins (top and bottom
/// 20 mm, left 30 mm, right 15 mm), Times New Roman 14 pt, 6 pt between
/// paragraphs, the heading as a borderless two-column table with the short
/// line under the body's name, the summary broken into balanced lines with
/// its line under it, real tables whose rows never split and whose header
/// repeats, headings kept with what follows, the closing line, the
/// signatures and Nơi nhận kept together on one page, page numbers at the
/// top from page 2. Packed into a zip by `DoiThoaiExport`.
public enum MinutesDocx {
    /// (path inside the zip, XML text), in the order they are written.
    public static func parts(_ d: MinutesDocument) -> [(path: String, xml: String)] {
        [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", rootRelationships),
            ("word/document.xml", document(d)),
            ("word/styles.xml", styles(language: d.language)),
            ("word/settings.xml", settings),
            ("word/header1.xml", pageNumberHeader),
            ("word/_rels/document.xml.rels", documentRelationships),
        ]
    }

    /// A4 (11906 twips) less the left and right margins.
    static let textWidth = 11906 - 1701 - 851
    static let headerLeft = 3900
    /// Twips of one em at `points`.
    static func twips(_ ems: Double, points: Double) -> Int { Int((ems * points * 20).rounded()) }

    static func document(_ d: MinutesDocument) -> String {
        // The tiny paragraph after the heading table is not decoration: without
        // it LibreOffice ignores keep-with-next further down the first page
        // (found by converting the samples; a heading was left at the foot).
        var body: [String] = [header(d), spacer]
        if let mark = d.draftMark {
            body.append(paragraph([run("[\(mark)]", bold: true)], align: "center", before: 240, keepNext: true))
        }
        body.append(paragraph([run(d.title, bold: true)], align: "center", before: 360, after: 0, keepNext: true))
        let lines = subtitleLines(d.subtitle)
        body.append(paragraph([run(lines.joined(separator: "\n"), bold: true)], align: "center", after: 0, keepNext: true))
        let widest = lines.map { twips(PrintMetrics.ems($0, bold: true), points: 14) }.max() ?? 0
        body.append(rule(width: widest * 2 / 5, in: textWidth, after: 240))
        var pending: String?
        for block in d.body {
            if case .subheading(let text) = block, let heading = pending {
                // One paragraph for "III. NỘI DUNG" and its first part: LibreOffice
                // does not carry a chain of two kept paragraphs to the next page.
                let tab = "<w:r><w:br/><w:tab/></w:r>"
                body.append(paragraph([run(heading, bold: true), tab, run(text, bold: true)], align: "left", before: 240,
                                      keepNext: true, tabStop: 567))
                pending = nil
                continue
            }
            if let heading = pending {
                body.append(paragraph([run(heading, bold: true)], align: "both", before: 240, keepNext: true))
                pending = nil
            }
            switch block {
            case .heading(let text):
                pending = text
            case .subheading(let text):
                body.append(paragraph([run(text, bold: true)], align: "both", before: 120, indent: 567, keepNext: true))
            case .paragraph(let runs):
                body.append(paragraph(runs.map(run), align: "both", indent: 567))
            case .lead(let runs):
                body.append(paragraph(runs.map(run), align: "both", indent: 567, keepNext: true))
            case .table(let t):
                let widths = t.widths.map { textWidth * $0 / 100 }
                let header = t.header.map { paragraph([run($0, bold: true, size: 26)], align: "center", after: 0) }
                let rows = t.rows.map { row in
                    row.enumerated().map { paragraph([run($1, size: 26)], align: $0 == 0 ? "center" : "left", after: 0) }
                }
                body.append(table(widths: widths, rows: [header] + rows, borders: true, headerRow: true, cantSplit: true))
            }
        }
        if let heading = pending { body.append(paragraph([run(heading, bold: true)], align: "both", before: 240, keepNext: true)) }
        // A paragraph between two tables, or a word processor joins them.
        body.append(spacer)
        body.append(closingBlock(d))
        let section = """
        <w:sectPr><w:headerReference w:type="default" r:id="rIdHeader1"/>\
        <w:pgSz w:w="11906" w:h="16838"/>\
        <w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>\
        <w:titlePg/></w:sectPr>
        """
        return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>\
        \(body.joined())\(section)</w:body></w:document>
        """
    }

    /// An empty paragraph 1 pt high, kept with what follows.
    static let spacer = "<w:p><w:pPr><w:keepNext/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/>"
        + "<w:rPr><w:sz w:val=\"2\"/></w:rPr></w:pPr></w:p>"

    /// The summary in balanced lines, at most 4/5 of the text width each.
    static func subtitleLines(_ subtitle: String) -> [String] {
        PrintMetrics.balancedLines(subtitle, limit: Double(textWidth) * 0.8) { Double(twips(PrintMetrics.ems($0, bold: true), points: 14)) }
    }

    /// A line of the header's left column (12 pt) broken into balanced lines.
    static func headerLines(_ text: String, bold: Bool) -> [String] {
        PrintMetrics.balancedLines(text, limit: Double(headerLeft - 160)) { Double(twips(PrintMetrics.ems($0, bold: bold), points: 12)) }
    }

    /// The issuing body (with the body above it) top left, its short line
    /// under it; Quốc hiệu, Tiêu ngữ and the place and date top right.
    static func header(_ d: MinutesDocument) -> String {
        let inner = headerLeft - 160

        var left: [String] = []
        if let parent = d.parentBody {
            left.append(paragraph([run(headerLines(parent, bold: false).joined(separator: "\n"), size: 24)], align: "center", after: 0))
        }
        let issuer = headerLines(d.issuingBody, bold: true)
        left.append(paragraph([run(issuer.joined(separator: "\n"), bold: true, size: 24)], align: "center", after: 0))
        let widest = issuer.map { twips(PrintMetrics.ems($0, bold: true), points: 12) }.max() ?? 0
        left.append(rule(width: widest * 2 / 5, in: inner, after: 60))
        left.append(paragraph([run(d.number, size: 26)], align: "center", after: 0))
        let right = [
            paragraph([run(d.nationalName, bold: true, size: 24)], align: "center", after: 0),
            paragraph([run(d.motto, bold: true, underline: true, size: 26)], align: "center", after: 0),
            paragraph([run(d.placeAndDate, italic: true, size: 28)], align: "center", before: 240, after: 0),
        ]
        return table(widths: [headerLeft, textWidth - headerLeft], rows: [[left.joined(), right.joined()]], borders: false)
    }

    /// The approval line, the closing line, the two signature blocks and Nơi
    /// nhận in one table row that cannot split: they always share a page (and
    /// every paragraph is kept with the next, for word processors that split
    /// rows anyway).
    static func closingBlock(_ d: MinutesDocument) -> String {
        var inside: [String] = []
        if let approval = d.approval {
            inside.append(paragraph([run(approval)], align: "both", before: 120, indent: 567, keepNext: true))
        }
        inside.append(paragraph([run(d.closing)], align: "both", before: 120, indent: 567, keepNext: true))
        let signatures = [d.secretary, d.chair].map { s in
            [paragraph([run(s.title, bold: true)], align: "center", before: 240, after: 0, keepNext: true),
             paragraph([run(s.hint, italic: true, size: 26)], align: "center", after: 0, keepNext: true)]
                .joined() + String(repeating: paragraph([], align: "center", after: 0, keepNext: true), count: 4)
                + paragraph([run(s.name, bold: true)], align: "center", after: 0, keepNext: true)
        }
        inside.append(table(widths: [textWidth / 2, textWidth - textWidth / 2], rows: [signatures], borders: false,
                            cantSplit: true, margins: 0))
        inside.append(paragraph([run(d.recipientsTitle, bold: true, italic: true, size: 24)], align: "left", before: 240,
                                after: 0, keepNext: true))
        for (index, recipient) in d.recipients.enumerated() {
            inside.append(paragraph([run(recipient, size: 22)], align: "left", after: 0, keepNext: index < d.recipients.count - 1))
        }
        return table(widths: [textWidth], rows: [[inside.joined()]], borders: false, cantSplit: true, margins: 0)
    }

    static func run(_ r: MinutesDocument.Run) -> String { run(r.text, bold: r.bold, italic: r.italic) }

    static func run(_ text: String, bold: Bool = false, italic: Bool = false, underline: Bool = false, size: Int? = nil) -> String {
        guard !text.isEmpty else { return "" }
        var properties = ""
        if bold { properties += "<w:b/><w:bCs/>" }
        if italic { properties += "<w:i/><w:iCs/>" }
        if underline { properties += "<w:u w:val=\"single\"/>" }
        if let size { properties += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>" }
        let pieces = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            "<w:t xml:space=\"preserve\">\(MarkupEscaping.escape(String($0)))</w:t>"
        }
        return "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>") + pieces.joined(separator: "<w:br/>") + "</w:r>"
    }

    static func paragraph(_ runs: [String], align: String, before: Int = 0, after: Int = 120, indent: Int = 0,
                          keepNext: Bool = false, tabStop: Int? = nil) -> String {
        var properties = keepNext ? "<w:keepNext/><w:keepLines/>" : ""
        if let tabStop { properties += "<w:tabs><w:tab w:val=\"left\" w:pos=\"\(tabStop)\"/></w:tabs>" }
        properties += "<w:spacing w:before=\"\(before)\" w:after=\"\(after)\"/>"
        if indent > 0 { properties += "<w:ind w:firstLine=\"\(indent)\"/>" }
        properties += "<w:jc w:val=\"\(align)\"/>"
        return "<w:p><w:pPr>\(properties)</w:pPr>\(runs.joined())</w:p>"
    }

    /// A short centred line `width` twips long, in a space `space` wide.
    static func rule(width: Int, in space: Int, after: Int) -> String {
        let indent = max(0, (space - width) / 2)
        return "<w:p><w:pPr><w:keepNext/><w:pBdr><w:top w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>"
            + "<w:spacing w:before=\"100\" w:after=\"\(after)\" w:line=\"240\" w:lineRule=\"auto\"/>"
            + "<w:ind w:left=\"\(indent)\" w:right=\"\(indent)\"/><w:rPr><w:sz w:val=\"4\"/></w:rPr></w:pPr></w:p>"
    }

    /// A table; each cell is already a run of paragraphs.
    static func table(widths: [Int], rows: [[String]], borders: Bool, headerRow: Bool = false, cantSplit: Bool = false,
                      margins: Int = 80) -> String {
        let border = borders ? "single" : "nil"
        let borderXML = ["top", "left", "bottom", "right", "insideH", "insideV"]
            .map { "<w:\($0) w:val=\"\(border)\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>" }.joined()
        let vertical = borders ? 40 : 0
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
            + "<w:tblBorders>\(borderXML)</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
            + "<w:tblCellMar><w:top w:w=\"\(vertical)\" w:type=\"dxa\"/><w:left w:w=\"\(margins)\" w:type=\"dxa\"/>"
            + "<w:bottom w:w=\"\(vertical)\" w:type=\"dxa\"/><w:right w:w=\"\(margins)\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
        xml += "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        for (index, row) in rows.enumerated() {
            var rowProperties = cantSplit ? "<w:cantSplit/>" : ""
            if headerRow && index == 0 { rowProperties += "<w:tblHeader/>" }
            xml += "<w:tr>" + (rowProperties.isEmpty ? "" : "<w:trPr>\(rowProperties)</w:trPr>")
            for (column, cell) in row.enumerated() {
                let content = cell.isEmpty ? "<w:p/>" : cell
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(widths[min(column, widths.count - 1)])\" w:type=\"dxa\"/></w:tcPr>\(content)</w:tc>"
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }
}
