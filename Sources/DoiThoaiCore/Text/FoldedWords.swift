/// Folding and word splitting in one pass over the scalars, written as
/// UTF-8 bytes: what the index does for every opinion it writes (500,000
/// times in a province's first build, where folding scalar by scalar into
/// a `String.UnicodeScalarView` and then splitting into a `String` per word
/// took a fifth of the time). Gives exactly what `VietnameseFolding.fold`
/// and `SearchText.words` give; the tests compare them.
public enum FoldedWords {
    /// `SearchText.words(VietnameseFolding.fold(parts.joined(separator: "\n"))).joined(separator: " ")`.
    public static func of(_ parts: [String]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(parts.reduce(0) { $0 + $1.utf8.count })
        var inWord = false
        for part in parts {
            inWord = false  // the line break between parts ends a word
            for scalar in part.unicodeScalars {
                let value = scalar.value
                if value < 0x80 {
                    var byte = UInt8(truncatingIfNeeded: value)
                    if byte >= 0x41 && byte <= 0x5A { byte += 32 }
                    if isWordByte(byte) {
                        if !inWord && !out.isEmpty { out.append(0x20) }
                        out.append(byte)
                        inWord = true
                    } else {
                        inWord = false
                    }
                    continue
                }
                let one = single(value)
                if one == dropped { continue }
                if one != several, let folded = Unicode.Scalar(one) {
                    if isWord(folded) {
                        if !inWord && !out.isEmpty { out.append(0x20) }
                        append(folded, to: &out)
                        inWord = true
                    } else {
                        inWord = false
                    }
                    continue
                }
                for folded in Self.folded(scalar) {
                    if isWord(folded) {
                        if !inWord && !out.isEmpty { out.append(0x20) }
                        append(folded, to: &out)
                        inWord = true
                    } else {
                        inWord = false
                    }
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `VietnameseFolding.fold(text)`, without a `String` built scalar by scalar.
    static func fold(_ text: some StringProtocol) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                var byte = UInt8(truncatingIfNeeded: value)
                if byte >= 0x41 && byte <= 0x5A { byte += 32 }
                out.append(byte)
            } else {
                let one = single(value)
                if one == dropped { continue }
                if one != several, let folded = Unicode.Scalar(one) {
                    append(folded, to: &out)
                    continue
                }
                for folded in Self.folded(scalar) { append(folded, to: &out) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always)
    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A)
    }

    /// `SearchText.words`' rule for a character of a word.
    @inline(__always)
    private static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A)
            || (v >= 0xC0 && v != 0xD7 && v != 0xF7 && !(0x2000...0x2BFF).contains(v) && !(0x3000...0x303F).contains(v))
    }

    @inline(__always)
    private static func append(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        let v = scalar.value
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (v >> 18)))
            out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    /// What one non-ASCII scalar folds to (nothing for a combining mark):
    /// from a table made once for the Latin letters Vietnamese and its
    /// neighbours use, else by the general rule.
    @inline(__always)
    private static func folded(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        let v = scalar.value
        if v >= 0x300 && v <= 0x36F { return [] }
        if v < 0x250 { return latin[Int(v)] }
        if v >= 0x1E00 && v < 0x1F00 { return extended[Int(v - 0x1E00)] }
        return general(scalar)
    }

    /// The reference: what `VietnameseFolding.fold` gives for the scalar alone (it folds scalar by scalar).
    private static func general(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        if scalar.value >= 0xA0, let expansion = CompatibilityMappings.table[scalar.value], VietnameseFolding.tableHolds(scalar) == false {
            return expansion.compactMap { VietnameseFolding.fold($0) }
        }
        return VietnameseFolding.fold(scalar).map { [$0] } ?? []
    }

    /// `single`'s answer for a scalar folding to nothing, and for one folding to several (or not in the table).
    private static let dropped: UInt32 = 0xFFFF_FFFF
    private static let several: UInt32 = 0xFFFF_FFFE

    /// What a non-ASCII scalar folds to when that is one scalar, as a number: `folded`'s arrays
    /// were retained and released for every letter with a mark, most of a Vietnamese text's folding time.
    @inline(__always)
    private static func single(_ v: UInt32) -> UInt32 {
        if v >= 0x300 && v <= 0x36F { return dropped }
        if v < 0x250 { return singles[Int(v)] }
        if v >= 0x1E00 && v < 0x1F00 { return singles[0x250 + Int(v - 0x1E00)] }
        return several
    }

    private static let singles: [UInt32] = (Array(0..<0x250) + Array(0x1E00..<0x1F00)).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return several }
        let folded = general(scalar)
        return folded.isEmpty ? dropped : folded.count == 1 ? folded[0].value : several
    }

    private static let latin: [[Unicode.Scalar]] = (0..<0x250).map { value in
        Unicode.Scalar(UInt32(value)).map(general) ?? []
    }
    private static let extended: [[Unicode.Scalar]] = (0x1E00..<0x1F00).map { value in
        Unicode.Scalar(UInt32(value)).map(general) ?? []
    }
}
