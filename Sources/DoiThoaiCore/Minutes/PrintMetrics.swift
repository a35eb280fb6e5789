/// Rough widths of Times New Roman text, enough to lay out a title: break
/// the document's summary into balanced lines ("…năm" / "2020" never alone
/// on a line) and draw the line under it at 1/3–1/2 of its width, as
/// Nghị định 30/2020/NĐ-CP asks.
public enum PrintMetrics {
    /// The advance of `text` in ems of the font size (bold is a little wider).
    public static func ems(_ text: String, bold: Bool = false) -> Double {
        var total = 0.0
        for character in text {
            let base = VietnameseFolding.fold(String(character)).first ?? character
            let isUpper = character.isUppercase
            let width: Double
            switch base {
            case " ": width = 0.25
            case "i", "j", "l", "t", "f", "r", ".", ",", ":", ";", "'", "!", "(", ")", "-", "/": width = 0.31
            case "m", "w": width = 0.75
            case "0"..."9": width = 0.5
            default: width = isUpper ? (base == "m" || base == "w" ? 0.92 : 0.70) : 0.47
            }
            total += width
        }
        return total * (bold ? 1.06 : 1.0)
    }

    /// The text broken into the fewest lines no wider than `limit` (in the
    /// unit of `measure`), with the break points that make the widest line
    /// as narrow as possible, so the lines are of similar length.
    public static func balancedLines(_ text: String, limit: Double, measure: (String) -> Double) -> [String] {
        let words = text.split(separator: " ").map(String.init)
        guard words.count > 1 else { return words.isEmpty ? [] : [text] }
        func width(_ range: Range<Int>) -> Double { measure(words[range].joined(separator: " ")) }
        // best[i] = (lines, widest) laying out words[i...]
        let n = words.count
        var best = [(lines: Int, widest: Double, next: Int)](repeating: (Int.max, .infinity, n), count: n + 1)
        best[n] = (0, 0, n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in (i + 1)...n {
                let w = width(i..<j)
                if w > limit && j > i + 1 { break }
                let rest = best[j]
                guard rest.lines != Int.max else { continue }
                let candidate = (lines: rest.lines + 1, widest: max(w, rest.widest), next: j)
                if candidate.lines < best[i].lines || (candidate.lines == best[i].lines && candidate.widest < best[i].widest) {
                    best[i] = candidate
                }
            }
        }
        var lines: [String] = []
        var i = 0
        while i < n {
            let j = best[i].next
            lines.append(words[i..<j].joined(separator: " "))
            i = j
        }
        return lines
    }
}
