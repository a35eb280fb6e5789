import Foundation
import FoundationXML
@testable import DoiThoaiCore

/// The paragraphs and tables of a `word/document.xml`, read with a real XML
/// parser, so that layout tests assert on structure, not on substrings.
final class DocxOutline: NSObject, XMLParserDelegate {
    struct Paragraph {
        var text = ""
        var tableDepth = 0
        var keepNext = false
        var after: Int?
        var hasTopBorder = false
        var indentLeft = 0
        var lineBreaks = 0
    }

    struct Row {
        var text = ""
        var depth = 0
        var cantSplit = false
        var header = false
        var paragraphs: [Paragraph] = []
    }

    private(set) var paragraphs: [Paragraph] = []
    private(set) var rows: [Row] = []
    private var depth = 0
    private var current: Paragraph?
    private var openRows: [Row] = []
    private var inText = false
    private var inPPr = false

    init(xml: String) {
        super.init()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = self
        parser.parse()
    }

    /// Top-level paragraphs (outside every table).
    var body: [Paragraph] { paragraphs.filter { $0.tableDepth == 0 } }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "w:tbl": depth += 1
        case "w:tr": openRows.append(Row(depth: depth))
        case "w:cantSplit": if !openRows.isEmpty { openRows[openRows.count - 1].cantSplit = true }
        case "w:tblHeader": if !openRows.isEmpty { openRows[openRows.count - 1].header = true }
        case "w:p": current = Paragraph(tableDepth: depth)
        case "w:pPr": inPPr = true
        case "w:keepNext": current?.keepNext = true
        case "w:spacing": if inPPr { current?.after = attributes["w:after"].flatMap { Int($0) } }
        case "w:top": if inPPr { current?.hasTopBorder = true }
        case "w:ind": if inPPr, let left = attributes["w:left"].flatMap({ Int($0) }) { current?.indentLeft = left }
        case "w:br": current?.lineBreaks += 1
        case "w:t": inText = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current?.text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "w:t": inText = false
        case "w:pPr": inPPr = false
        case "w:p":
            if let p = current {
                paragraphs.append(p)
                for index in openRows.indices {
                    openRows[index].paragraphs.append(p)
                    openRows[index].text += p.text + "\n"
                }
            }
            current = nil
        case "w:tr": if let row = openRows.popLast() { rows.append(row) }
        case "w:tbl": depth -= 1
        default: break
        }
    }
}
