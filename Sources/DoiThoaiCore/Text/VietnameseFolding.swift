/// Folds Vietnamese text for matching: lower case, every tone and vowel mark
/// removed, đ/Đ to d. "Giải phóng mặt bằng" → "giai phong mat bang".
///
/// Compatibility characters fold to what they stand for, as NFKC does:
/// "85 m²" is found by "85 m2", full-width "ＵＢＮＤ" by "ubnd", "…" by "...".
///
/// A table, not Foundation's diacritic folding: that one keeps đ and costs
/// several microseconds per short string on Linux.
public enum VietnameseFolding {
    /// Raised whenever what a text folds to changes: indexes keep it and
    /// are rebuilt when theirs differs. 1: marks, case, đ; 2: compatibility characters.
    public static let version = 2

    /// Folds one scalar; nil for a combining mark, which folding drops.
    @inline(__always)
    public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        if value < 0x80 {
            if value >= 0x41 && value <= 0x5A { return Unicode.Scalar(value + 32) }
            return scalar
        }
        if value >= 0x300 && value <= 0x36F { return nil }
        if let letter = table[value] { return letter }
        if value >= 0xA0, let expansion = CompatibilityMappings.table[value], expansion.count == 1, let only = expansion.first {
            return fold(only)
        }
        return lowercaseOther(scalar)
    }

    /// The folded form of `text`.
    public static func fold(_ text: some StringProtocol) -> String {
        FoldedWords.fold(text)
    }

    /// Whether the letter table folds this scalar (it then wins over a compatibility mapping).
    static func tableHolds(_ scalar: Unicode.Scalar) -> Bool { table[scalar.value] != nil }

    /// The folded form of `text`, scalar by scalar: the rule `fold` follows faster; the tests compare them.
    static func foldScalarByScalar(_ text: some StringProtocol) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value >= 0xA0, table[scalar.value] == nil, let expansion = CompatibilityMappings.table[scalar.value] {
                for part in expansion { if let folded = fold(part) { scalars.append(folded) } }
            } else if let folded = fold(scalar) {
                scalars.append(folded)
            }
        }
        return String(scalars)
    }

    /// Whether the text is only ASCII letters, digits and punctuation once folded
    /// (true for a query typed without marks).
    public static func hasMarks(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.contains { $0.value >= 0x80 }
    }

    private static func lowercaseOther(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        if lower.count == 1, let first = lower.first, first != scalar {
            return table[first.value] ?? first
        }
        return scalar
    }

    private static let table: [UInt32: Unicode.Scalar] = {
        let groups: [(String, Character)] = [
            ("àáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬäåÄÅāĀ", "a"),
            ("èéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆëËēĒ", "e"),
            ("ìíỉĩịÌÍỈĨỊïÎîÏ", "i"),
            ("òóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢöÖøØōŌ", "o"),
            ("ùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰüÜûÛūŪ", "u"),
            ("ỳýỷỹỵỲÝỶỸỴÿŸ", "y"),
            ("đĐðÐ", "d"),
            ("çÇ", "c"),
            ("ñÑ", "n"),
        ]
        var table: [UInt32: Unicode.Scalar] = [:]
        for (letters, base) in groups {
            guard let target = base.unicodeScalars.first else { continue }
            for letter in letters.unicodeScalars { table[letter.value] = target }
        }
        return table
    }()
}
