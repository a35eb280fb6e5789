import Foundation

/// The minutes as Markdown: readable as plain text, and as rendered Markdown
/// (tables for attendees and assignments).
public enum MinutesMarkdown {
    public static func render(_ d: MinutesDocument) -> String {
        var out: [String] = []
        // No-break spaces: the blank for the number survives rendering and still reads as a blank.
        let number = escape(d.number).replacingOccurrences(of: " ", with: "\u{00A0}")
        let left = ([d.parentBody].compactMap { $0 }.map(escape) + ["**\(escape(d.issuingBody))**", number]).joined(separator: "<br>")
        let right = ["**\(d.nationalName)**", "**\(d.motto)**", "*\(escape(d.placeAndDate))*"].joined(separator: "<br>")
        out.append("| \(left) | \(right) |")
        out.append("|:---:|:---:|")
        out.append("")
        if let mark = d.draftMark { out.append("**[\(mark)]**\n") }
        out.append("# \(d.title)")
        out.append("")
        out.append("**\(escape(d.subtitle))**")
        out.append("")
        for block in d.body {
            switch block {
            case .heading(let text):
                out.append("## \(escape(text))")
                out.append("")
            case .subheading(let text):
                out.append("### \(escape(text))")
                out.append("")
            case .paragraph(let runs), .lead(let runs):
                out.append(runs.map(inline).joined())
                out.append("")
            case .table(let table):
                out.append("| " + table.header.map(escape).joined(separator: " | ") + " |")
                out.append("|" + table.header.map { _ in "---" }.joined(separator: "|") + "|")
                for row in table.rows { out.append("| " + row.map(cell).joined(separator: " | ") + " |") }
                out.append("")
            }
        }
        if let approval = d.approval {
            out.append(escape(approval))
            out.append("")
        }
        out.append(escape(d.closing))
        out.append("")
        out.append("| \(d.secretary.title) | \(d.chair.title) |")
        out.append("|:---:|:---:|")
        let signed = [d.secretary, d.chair].map { s in
            "*\(s.hint)*<br><br><br>" + (s.name.isEmpty ? "" : "**\(escape(s.name))**")
        }
        out.append("| \(signed[0]) | \(signed[1]) |")
        out.append("")
        out.append("**\(d.recipientsTitle)**")
        out.append("")
        for recipient in d.recipients { out.append("\\" + escape(recipient) + "  ") }
        return out.joined(separator: "\n") + "\n"
    }

    static func inline(_ run: MinutesDocument.Run) -> String {
        let text = escape(run.text)
        let core = text.trimmingTrailingSpaces
        let trailing = String(repeating: " ", count: text.count - core.count)
        guard !core.isEmpty else { return text }
        if run.bold { return "**\(core)**" + trailing }
        if run.italic { return "*\(core)*" + trailing }
        return text
    }

    /// Characters that Markdown would take as syntax, escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            if "\\`*_[]<>|#".contains(c) { out.append("\\") }
            out.append(c == "\n" ? " " : c)
        }
        return out
    }

    static func cell(_ text: String) -> String { escape(text) }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var s = self
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }
}
