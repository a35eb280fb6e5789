/// The parts of a WordprocessingML document (DOCX) for the minutes: A4 with
/// the decree's margins (top and bottom 20 mm, left 30 mm, right 15 mm),
/// Times New Roman 14 pt, the heading as a borderless two-column table, real
/// tables for attendees and assignments, page numbers at the top from page 2. Packed
/// into a zip by `DoiThoaiExport`.
public enum MinutesDocx {
    /// (path inside the zip, XML text), in the order they are written.
    public static func parts(_ d: MinutesDocument) -> [(path: String, xml: String)] {
        [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", rootRelationships),
            ("word/document.xml", document(d)),
            ("word/styles.xml", styles),
            ("word/settings.xml", settings),
            ("word/header1.xml", pageNumberHeader),
            ("word/_rels/document.xml.rels", documentRelationships),
        ]
    }

    static let textWidth = 11906 - 1701 - 851

    static func document(_ d: MinutesDocument) -> String {
        var body: [String] = []
        var left: [String] = []
        if let parent = d.parentBody { left.append(paragraph([run(parent, size: 24)], align: "center", after: 0)) }
        left.append(paragraph([run(d.issuingBody, bold: true, size: 24)], align: "center", after: 60))
        left.append(rule(indent: 1100))
        left.append(paragraph([run(d.number, size: 26)], align: "center"))
        let right = [
            paragraph([run(d.nationalName, bold: true, size: 24)], align: "center", after: 0),
            paragraph([run(d.motto, bold: true, underline: true, size: 28)], align: "center"),
            paragraph([run(d.placeAndDate, italic: true, size: 28)], align: "center", before: 160),
        ]
        body.append(table(widths: [3900, textWidth - 3900], rows: [[left.joined(), right.joined()]], borders: false))
        if let mark = d.draftMark {
            body.append(paragraph([run("[\(mark)]", bold: true)], align: "center", before: 240))
        }
        body.append(paragraph([run(d.title, bold: true)], align: "center", before: 360))
        body.append(paragraph([run(d.subtitle, bold: true)], align: "center", after: 240))
        for block in d.body {
            switch block {
            case .heading(let text):
                body.append(paragraph([run(text, bold: true)], align: "both", before: 160, keepNext: true))
            case .paragraph(let runs):
                body.append(paragraph(runs.map { run($0.text, bold: $0.bold, italic: $0.italic) }, align: "both", indent: 567))
            case .table(let t):
                let widths = t.widths.map { textWidth * $0 / 100 }
                let header = t.header.map { paragraph([run($0, bold: true, size: 26)], align: "center") }
                let rows = t.rows.map { $0.map { paragraph([run($0, size: 26)], align: "left") } }
                body.append(table(widths: widths, rows: [header] + rows, borders: true, headerRow: true))
            }
        }
        body.append(paragraph([run(d.closing)], align: "both", before: 160, indent: 567))
        let signatures = [d.secretary, d.chair].map { s in
            [paragraph([run(s.title, bold: true)], align: "center", keepNext: true),
             paragraph([run(s.hint, italic: true, size: 26)], align: "center", keepNext: true),
             paragraph([], align: "center", keepNext: true), paragraph([], align: "center", keepNext: true),
             paragraph([], align: "center", keepNext: true),
             paragraph([run(s.name, bold: true)], align: "center")].joined()
        }
        body.append(paragraph([], align: "left", keepNext: true))
        body.append(table(widths: [textWidth / 2, textWidth - textWidth / 2], rows: [signatures], borders: false, cantSplit: true))
        body.append(paragraph([run(d.recipientsTitle, bold: true, italic: true, size: 24)], align: "left", before: 240))
        for recipient in d.recipients { body.append(paragraph([run(recipient, size: 22)], align: "left")) }
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

    static func run(_ text: String, bold: Bool = false, italic: Bool = false, underline: Bool = false, size: Int? = nil) -> String {
        var properties = ""
        if bold { properties += "<w:b/>" }
        if italic { properties += "<w:i/>" }
        if underline { properties += "<w:u w:val=\"single\"/>" }
        if let size { properties += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>" }
        let pieces = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            "<w:t xml:space=\"preserve\">\(MarkupEscaping.escape(String($0)))</w:t>"
        }
        return "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>") + pieces.joined(separator: "<w:br/>") + "</w:r>"
    }

    static func paragraph(_ runs: [String], align: String, before: Int = 0, after: Int = 60, indent: Int = 0,
                          keepNext: Bool = false) -> String {
        var properties = keepNext ? "<w:keepNext/>" : ""
        properties += "<w:spacing w:before=\"\(before)\" w:after=\"\(after)\"/>"
        if indent > 0 { properties += "<w:ind w:firstLine=\"\(indent)\"/>" }
        properties += "<w:jc w:val=\"\(align)\"/>"
        return "<w:p><w:pPr>\(properties)</w:pPr>\(runs.joined())</w:p>"
    }

    /// A short centred line under the issuing body's name.
    static func rule(indent: Int) -> String {
        "<w:p><w:pPr><w:pBdr><w:top w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>"
            + "<w:spacing w:before=\"40\" w:after=\"40\"/><w:ind w:left=\"\(indent)\" w:right=\"\(indent)\"/>"
            + "<w:rPr><w:sz w:val=\"8\"/></w:rPr></w:pPr></w:p>"
    }

    /// A table; each cell is already a run of paragraphs.
    static func table(widths: [Int], rows: [[String]], borders: Bool, headerRow: Bool = false, cantSplit: Bool = false) -> String {
        let border = borders ? "single" : "nil"
        let borderXML = ["top", "left", "bottom", "right", "insideH", "insideV"]
            .map { "<w:\($0) w:val=\"\(border)\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>" }.joined()
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
            + "<w:tblBorders>\(borderXML)</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
            + "<w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
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

    static let contentTypes = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
    <Default Extension="xml" ContentType="application/xml"/>\
    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
    <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
    <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
    <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
    </Types>
    """

    static let rootRelationships = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
    </Relationships>
    """

    static let documentRelationships = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
    <Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>\
    <Relationship Id="rIdHeader1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>\
    </Relationships>
    """

    static let styles = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
    <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>\
    <w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>\
    <w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
    <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
    <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>\
    <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>\
    <w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
    </w:styles>
    """

    static let settings = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
    <w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat/></w:settings>
    """

    /// The page number, centred in the top margin as the decree places it;
    /// the first page has none (titlePg).
    static let pageNumberHeader = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
    <w:p><w:pPr><w:jc w:val="center"/></w:pPr>\
    <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>\
    <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>
    """
}
