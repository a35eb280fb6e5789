/// The minutes as one self-contained HTML file whose print style sheet
/// matches the DOCX when printed from a browser (Chromium): A4 with the
/// decree's margins, page numbers at the top from page 2, Times New Roman
/// 14 pt, justified paragraphs with a first-line indent, the blank in
/// "Số:        /BB-UBND" kept, the short lines under the body's name and the
/// summary, table rows that never split with their header repeated, and the
/// closing line, signatures and Nơi nhận kept on one page.
public enum MinutesHTML {
    public static func render(_ d: MinutesDocument) -> String {
        let e = MarkupEscaping.escape
        var body: [String] = []
        body.append("<table class=\"header\"><tr><td class=\"left\">")
        if let parent = d.parentBody {
            body.append("<div class=\"parent\">\(MinutesDocx.headerLines(parent, bold: false).map(e).joined(separator: "<br>"))</div>")
        }
        let issuer = MinutesDocx.headerLines(d.issuingBody, bold: true).map(e).joined(separator: "<br>")
        body.append("<div class=\"ruled\"><div class=\"issuer\">\(issuer)</div><div class=\"rule\"></div></div>")
        body.append("<div class=\"number\">\(e(d.number))</div>")
        body.append("</td><td class=\"right\"><div class=\"nation\">\(e(d.nationalName))</div>")
        body.append("<div class=\"motto\">\(e(d.motto))</div><div class=\"date\">\(e(d.placeAndDate))</div></td></tr></table>")
        if let mark = d.draftMark { body.append("<p class=\"draft\">\(e(mark))</p>") }
        body.append("<h1>\(e(d.title))</h1>")
        let lines = MinutesDocx.subtitleLines(d.subtitle).map(e).joined(separator: "<br>")
        body.append("<div class=\"summary\"><div class=\"ruled\"><div class=\"subtitle\">\(lines)</div><div class=\"rule\"></div></div></div>")
        for block in d.body {
            switch block {
            case .heading(let text):
                body.append("<h2>\(e(text))</h2>")
            case .subheading(let text):
                body.append("<h3>\(e(text))</h3>")
            case .paragraph(let runs):
                body.append("<p>" + runs.map(run).joined() + "</p>")
            case .lead(let runs):
                body.append("<p class=\"lead\">" + runs.map(run).joined() + "</p>")
            case .table(let table):
                var rows = ["<table class=\"grid\"><colgroup>" + table.widths.map { "<col style=\"width:\($0)%\">" }.joined() + "</colgroup>"]
                rows.append("<thead><tr>" + table.header.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead><tbody>")
                for row in table.rows { rows.append("<tr>" + row.map { "<td>\(e($0))</td>" }.joined() + "</tr>") }
                body.append(rows.joined(separator: "\n") + "</tbody></table>")
            }
        }
        body.append("<div class=\"ending\">")
        if let approval = d.approval { body.append("<p>\(e(approval))</p>") }
        body.append("<p>\(e(d.closing))</p>")
        body.append("<table class=\"signatures\"><tr>")
        for signature in [d.secretary, d.chair] {
            body.append("<td><div class=\"signer\">\(e(signature.title))</div><div class=\"hint\">\(e(signature.hint))</div>"
                        + "<div class=\"name\">\(signature.name.isEmpty ? "&nbsp;" : e(signature.name))</div></td>")
        }
        body.append("</tr></table>")
        body.append("<div class=\"recipients\"><div class=\"recipients-title\">\(e(d.recipientsTitle))</div>"
                    + d.recipients.map { "<div>\(e($0))</div>" }.joined() + "</div>")
        body.append("</div>")
        return """
        <!DOCTYPE html>
        <html lang="\(d.language.rawValue)">
        <head>
        <meta charset="utf-8">
        <title>\(e(d.title)) – \(e(d.subtitle))</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        \(body.joined(separator: "\n"))
        </body>
        </html>

        """
    }

    static func run(_ r: MinutesDocument.Run) -> String {
        var text = MarkupEscaping.escape(r.text)
        if r.italic { text = "<i>\(text)</i>" }
        if r.bold { text = "<b>\(text)</b>" }
        return text
    }

    /// The print style sheet (same measures as the DOCX).
    static let style = """
    @page { size: A4; margin: 20mm 15mm 20mm 30mm;
      @top-center { content: counter(page); font-family: "Times New Roman", Times, serif; font-size: 13pt; } }
    @page :first { @top-center { content: none; } }
    html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    body { font-family: "Times New Roman", Times, serif; font-size: 14pt; line-height: 1.3; max-width: 165mm;
      margin: 10mm auto; color: black; overflow-wrap: anywhere; word-break: normal; }
    p { text-align: justify; margin: 0 0 6pt 0; text-indent: 10mm; orphans: 2; widows: 2; overflow-wrap: anywhere; }
    .header, .signatures { width: 100%; border-collapse: collapse; table-layout: fixed; }
    .header td { vertical-align: top; text-align: center; padding: 0; }
    .header .left { width: 42%; font-size: 12pt; }
    .header .right { font-size: 12pt; }
    .ruled { display: inline-block; max-width: 100%; }
    .issuer, .nation, .signer { font-weight: bold; }
    .rule { width: 40%; margin: 4pt auto 0 auto; border-top: 1px solid black; }
    .number { white-space: pre; font-size: 13pt; margin-top: 4pt; }
    .motto { font-weight: bold; font-size: 13pt; text-decoration: underline; text-underline-offset: 3pt; }
    .date { font-style: italic; font-size: 14pt; margin-top: 12pt; }
    h1 { text-align: center; font-size: 14pt; margin: 18pt 0 0 0; break-after: avoid; page-break-after: avoid; }
    .summary { text-align: center; margin: 0 0 12pt 0; break-before: avoid; page-break-before: avoid; }
    .subtitle { font-weight: bold; }
    h2 { font-size: 14pt; margin: 12pt 0 6pt 0; break-after: avoid; page-break-after: avoid; }
    h3 { font-size: 14pt; margin: 6pt 0 6pt 0; text-indent: 10mm; break-after: avoid; page-break-after: avoid; }
    .lead { break-after: avoid; page-break-after: avoid; }
    .draft { text-align: center; text-indent: 0; font-weight: bold; border: 2px solid black; width: 30%; margin: 12pt auto 0 auto; }
    .grid { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0 0 6pt 0; font-size: 13pt; }
    .grid thead { display: table-header-group; }
    .grid tr { break-inside: avoid; page-break-inside: avoid; }
    .grid th, .grid td { border: 1px solid black; padding: 2pt 4pt; vertical-align: top; overflow-wrap: anywhere; }
    .grid td:first-child, .grid th { text-align: center; }
    .ending { break-inside: avoid; page-break-inside: avoid; }
    .signatures { margin-top: 12pt; }
    .signatures td { width: 50%; text-align: center; vertical-align: top; padding: 0; }
    .hint { font-style: italic; font-size: 13pt; }
    .name { font-weight: bold; margin-top: 64pt; }
    .recipients { font-size: 11pt; margin-top: 12pt; }
    .recipients-title { font-size: 12pt; font-weight: bold; font-style: italic; }
    @media print { body { max-width: none; margin: 0; } }
    """
}
