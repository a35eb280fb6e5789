/// The minutes as plain text that prints on A4 in a monospaced font:
/// at most 80 columns, Vietnamese aligned by display width, the two header
/// columns side by side.
public enum MinutesText {
    public static let width = 80

    public static func render(_ d: MinutesDocument) -> String {
        var lines: [String] = []
        let leftWidth = 34
        let rightWidth = width - leftWidth
        var left: [String] = []
        if let parent = d.parentBody { left += TextWidth.wrap(parent, to: leftWidth - 2) }
        let issuer = PrintMetrics.balancedLines(d.issuingBody, limit: Double(leftWidth - 2)) { Double(TextWidth.of($0)) }
        left += issuer
        left.append(String(repeating: "─", count: max(4, (issuer.map { TextWidth.of($0) }.max() ?? 10) * 2 / 5)))
        left.append(d.number)
        let right = [d.nationalName, d.motto, String(repeating: "─", count: 16)] + TextWidth.wrap(d.placeAndDate, to: rightWidth - 2)
        for index in 0..<max(left.count, right.count) {
            let l = index < left.count ? center(left[index], in: leftWidth) : String(repeating: " ", count: leftWidth)
            let r = index < right.count ? center(right[index], in: rightWidth) : ""
            lines.append(trimEnd(l + r))
        }
        lines.append("")
        if let mark = d.draftMark { lines.append(trimEnd(center("[\(mark)]", in: width))) }
        lines.append(trimEnd(center(d.title, in: width)))
        let summary = PrintMetrics.balancedLines(d.subtitle, limit: Double(width - 12)) { Double(TextWidth.of($0)) }
        for line in summary { lines.append(trimEnd(center(line, in: width))) }
        let widest = summary.map { TextWidth.of($0) }.max() ?? 0
        lines.append(trimEnd(center(String(repeating: "─", count: max(4, widest * 2 / 5)), in: width)))
        for block in d.body {
            switch block {
            case .heading(let text):
                lines.append("")
                lines.append(text)
            case .subheading(let text):
                lines.append(text)
            case .paragraph(let runs), .lead(let runs):
                lines += TextWidth.wrap(runs.map(\.text).joined(), to: width)
            case .table(let table):
                lines += render(table)
            }
        }
        lines.append("")
        if let approval = d.approval { lines += TextWidth.wrap(approval, to: width) }
        lines += TextWidth.wrap(d.closing, to: width)
        lines.append("")
        let half = width / 2
        let signatures = [(d.secretary.title, d.chair.title), (d.secretary.hint, d.chair.hint), ("", ""), ("", ""),
                          ("", ""), (d.secretary.name, d.chair.name)]
        for (l, r) in signatures { lines.append(trimEnd(center(l, in: half) + center(r, in: half))) }
        lines.append("")
        lines.append(d.recipientsTitle)
        lines += d.recipients
        return lines.joined(separator: "\n") + "\n"
    }

    /// A table drawn with box characters, cells wrapped to their columns.
    static func render(_ table: MinutesDocument.Table) -> [String] {
        let inner = width - (table.widths.count + 1)
        var columns = table.widths.map { max(3, inner * $0 / 100) }
        columns[columns.count - 1] += inner - columns.reduce(0, +)
        func rule(_ l: String, _ m: String, _ r: String) -> String {
            l + columns.map { String(repeating: "─", count: $0) }.joined(separator: m) + r
        }
        func row(_ cells: [String]) -> [String] {
            let wrapped = cells.enumerated().map { index, cell in TextWidth.wrap(cell, to: columns[index] - 1) }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { line in
                "│" + wrapped.enumerated().map { index, cellLines in
                    TextWidth.pad(line < cellLines.count ? cellLines[line] : "", to: columns[index] - 1) + " "
                }.joined(separator: "│") + "│"
            }
        }
        var lines = [rule("┌", "┬", "┐")] + row(table.header) + [rule("├", "┼", "┤")]
        for r in table.rows { lines += row(r) }
        lines.append(rule("└", "┴", "┘"))
        return lines
    }

    static func center(_ text: String, in columns: Int) -> String {
        let cut = TextWidth.truncate(text, to: columns)
        let gap = max(0, columns - TextWidth.of(cut))
        return String(repeating: " ", count: gap / 2) + cut + String(repeating: " ", count: gap - gap / 2)
    }

    static func trimEnd(_ text: String) -> String {
        var result = text
        while result.hasSuffix(" ") { result.removeLast() }
        return result
    }
}
