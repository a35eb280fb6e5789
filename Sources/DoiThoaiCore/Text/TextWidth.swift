/// How many terminal columns text takes: Vietnamese letters with their marks
/// (precomposed or combining) take one, CJK and emoji two, marks alone none.
public enum TextWidth {
    /// Columns of one grapheme cluster.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x7F { return first.value < 0x20 ? 0 : 1 }
        if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return width(of: first)
    }

    /// Columns of a whole string.
    public static func of(_ text: some StringProtocol) -> Int {
        if !text.utf8.contains(where: { $0 >= 0x80 || $0 < 0x20 }) { return text.utf8.count }
        if let count = oneColumnEach(text) { return count }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// The number of scalars when each is a letter of its own one column
    /// wide (printable Latin up to U+02FF and the precomposed Vietnamese
    /// letters U+1E00–U+1EFF: no combining mark, nothing wide, nothing that
    /// joins the next): NFC Vietnamese text is measured without breaking
    /// it into grapheme clusters. Nil when some scalar is not such a letter.
    private static func oneColumnEach(_ text: some StringProtocol) -> Int? {
        var count = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            guard (0x20..<0x300).contains(v) || (0x1E00...0x1EFF).contains(v) else { return nil }
            count += 1
        }
        return count
    }

    static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return 1 }
        if (0x300...0x36F).contains(v) || (0x200B...0x200F).contains(v) { return 0 }
        if v < 0x1100 { return 1 }
        if isWide(v) { return 2 }
        return 1
    }

    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x1F680...0x1F6FF,
             0x1FA70...0x1FAFF, 0x20000...0x3FFFD:
            return true
        case 0x2600...0x26FF:
            return emojiPresentation(v)
        default:
            return false
        }
    }

    /// The few symbols in U+2600–26FF that terminals draw two columns wide.
    private static func emojiPresentation(_ v: UInt32) -> Bool {
        [0x2614, 0x2615, 0x2648, 0x267F, 0x2693, 0x26A1, 0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4,
         0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26FA, 0x26FD].contains(v)
    }

    /// The longest start of `text` that fits `columns`, with "…" when cut.
    public static func truncate(_ text: String, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        if of(text) <= columns { return text }
        var result = ""
        var used = 0
        for character in text {
            let w = of(character)
            if used + w > columns - 1 { break }
            result.append(character)
            used += w
        }
        return result + "…"
    }

    /// `text` padded with spaces (or cut) to exactly `columns`.
    public static func pad(_ text: String, to columns: Int, alignRight: Bool = false) -> String {
        let cut = truncate(text, to: columns)
        let gap = max(0, columns - of(cut))
        let spaces = String(repeating: " ", count: gap)
        return alignRight ? spaces + cut : cut + spaces
    }

    /// Lines of at most `columns`, broken at spaces; a word longer than a line
    /// is broken between letters, never between a letter and its marks.
    public static func wrap(_ text: String, to columns: Int) -> [String] {
        guard columns > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                var piece = String(word)
                var pieceWidth = of(piece)
                let gap = line.isEmpty ? 0 : 1
                if lineWidth + gap + pieceWidth <= columns {
                    if gap == 1 { line += " " }
                    line += piece
                    lineWidth += gap + pieceWidth
                    continue
                }
                if !line.isEmpty { lines.append(line) }
                line = ""
                lineWidth = 0
                while pieceWidth > columns {
                    var head = ""
                    var headWidth = 0
                    var rest = piece[...]
                    while let c = rest.first, headWidth + of(c) <= columns {
                        head.append(c)
                        headWidth += of(c)
                        rest = rest.dropFirst()
                    }
                    if head.isEmpty, let c = rest.first { head.append(c); rest = rest.dropFirst() }
                    lines.append(head)
                    piece = String(rest)
                    pieceWidth = of(piece)
                }
                line = piece
                lineWidth = pieceWidth
            }
            lines.append(line)
        }
        return lines
    }
}
