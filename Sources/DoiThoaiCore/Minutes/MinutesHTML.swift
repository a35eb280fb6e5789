/// The minutes as one self-contained HTML file with a print style sheet:
/// A4, the decree's margins, Times New Roman 14 pt, justified body, and
/// signature blocks kept on one page.
public enum MinutesHTML {
    public static func render(_ d: MinutesDocument) -> String {
        let e = MarkupEscaping.escape
        var body: [String] = []
        body.append("<table class=\"header\"><tr><td class=\"left\">")
        if let parent = d.parentBody { body.append("<div>\(e(parent))</div>") }
        body.append("<div class=\"issuer\">\(e(d.issuingBody))</div><div class=\"rule\"></div><div>\(e(d.number))</div>")
        body.append("</td><td class=\"right\"><div class=\"issuer\">\(e(d.nationalName))</div>")
        body.append("<div class=\"motto\">\(e(d.motto))</div><div class=\"date\">\(e(d.placeAndDate))</div></td></tr></table>")
        if let mark = d.draftMark { body.append("<p class=\"draft\">\(e(mark))</p>") }
        body.append("<h1>\(e(d.title))</h1>")
        body.append("<p class=\"subtitle\">\(e(d.subtitle))</p>")
        for block in d.body {
            switch block {
            case .heading(let text):
                body.append("<h2>\(e(text))</h2>")
            case .paragraph(let runs):
                body.append("<p>" + runs.map(run).joined() + "</p>")
            case .table(let table):
                var rows = ["<table class=\"grid\"><colgroup>" + table.widths.map { "<col style=\"width:\($0)%\">" }.joined() + "</colgroup>"]
                rows.append("<tr>" + table.header.map { "<th>\(e($0))</th>" }.joined() + "</tr>")
                for row in table.rows { rows.append("<tr>" + row.map { "<td>\(e($0))</td>" }.joined() + "</tr>") }
                body.append(rows.joined(separator: "\n") + "</table>")
            }
        }
        body.append("<p class=\"closing\">\(e(d.closing))</p>")
        body.append("<table class=\"signatures\"><tr>")
        for signature in [d.secretary, d.chair] {
            body.append("<td><div class=\"issuer\">\(e(signature.title))</div><div class=\"hint\">\(e(signature.hint))</div>"
                        + "<div class=\"name\">\(e(signature.name))</div></td>")
        }
        body.append("</tr></table>")
        body.append("<div class=\"recipients\"><b><i>\(e(d.recipientsTitle))</i></b><br>"
                    + d.recipients.map(e).joined(separator: "<br>") + "</div>")
        return """
        <!DOCTYPE html>
        <html lang="\(d.language.rawValue)">
        <head>
        <meta charset="utf-8">
        <title>\(e(d.title)) – \(e(d.subtitle))</title>
        <style>
        @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
        body { font-family: "Times New Roman", Times, serif; font-size: 14pt; line-height: 1.35; max-width: 165mm; margin: auto; }
        p { text-align: justify; margin: 0 0 6pt 0; text-indent: 0; }
        .header, .signatures { width: 100%; border-collapse: collapse; }
        .header td { vertical-align: top; text-align: center; font-size: 13pt; }
        .header .left { width: 40%; }
        .issuer { font-weight: bold; text-transform: uppercase; }
        .motto { font-weight: bold; text-decoration: underline; }
        .rule { width: 30%; margin: 2pt auto 4pt auto; border-top: 1px solid black; }
        .date { font-style: italic; margin-top: 8pt; }
        h1 { text-align: center; font-size: 14pt; margin: 18pt 0 0 0; }
        h2 { font-size: 14pt; margin: 12pt 0 6pt 0; }
        .subtitle { text-align: center; font-weight: bold; }
        .draft { text-align: center; font-weight: bold; border: 2px solid black; width: 30%; margin: 12pt auto 0 auto; }
        .grid { width: 100%; border-collapse: collapse; margin: 4pt 0 8pt 0; font-size: 13pt; }
        .grid th, .grid td { border: 1px solid black; padding: 2pt 4pt; vertical-align: top; }
        .signatures { margin-top: 12pt; page-break-inside: avoid; break-inside: avoid; }
        .signatures td { width: 50%; text-align: center; vertical-align: top; }
        .hint { font-style: italic; font-size: 13pt; }
        .name { font-weight: bold; margin-top: 60pt; }
        .recipients { font-size: 12pt; margin-top: 18pt; page-break-inside: avoid; }
        .closing { margin-top: 12pt; }
        @media print { body { max-width: none; } }
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
}
