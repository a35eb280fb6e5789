/// Horizontal bar charts drawn with block characters, eighths included,
/// that fit any width: label, bar, value.
public enum BarChart {
    static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    public static func render(rows: [(label: String, value: Int)], width: Int) -> [String] {
        guard width > 0 else { return rows.map { _ in "" } }
        let highest = max(1, rows.map(\.value).max() ?? 1)
        let valueWidth = String(highest).count
        // A label may take half of a wide chart, so "Chuyển cơ quan có thẩm quyền" is read whole at 80
        // columns; a narrow one keeps two thirds for the bars.
        let labelWidth = min(rows.map { TextWidth.of($0.label) }.max() ?? 0, max(0, width >= 60 ? width / 2 : width / 3))
        let barWidth = width - labelWidth - valueWidth - 2
        return rows.map { row in
            guard barWidth >= 1 else { return TextWidth.truncate("\(row.label) \(row.value)", to: width) }
            let label = TextWidth.pad(row.label, to: labelWidth)
            let units = row.value * barWidth * 8 / highest
            let bar = String(repeating: "█", count: units / 8) + eighths[units % 8]
            let padded = bar + String(repeating: " ", count: max(0, barWidth - TextWidth.of(bar)))
            return "\(label) \(padded) \(TextWidth.pad(String(row.value), to: valueWidth, alignRight: true))"
        }
    }
}
