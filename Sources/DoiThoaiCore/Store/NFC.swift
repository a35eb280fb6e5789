import Foundation

/// Text is stored in Unicode NFC whatever form the terminal or a script sent.
public enum NFC {
    /// `text` as it is stored: NFC, with control and bidi characters left
    /// out and line ends made LF (`ControlCharacters.cleaned`). Every text a
    /// person types, in the program or on the command line, comes through here.
    public static func normalize(_ text: String) -> String {
        let clean = ControlCharacters.cleaned(text)
        return hasCombiningMark(clean.utf8) ? clean.precomposedStringWithCanonicalMapping : clean
    }

    /// JSON bytes with every string in NFC. JSON's own syntax is ASCII, which
    /// NFC leaves alone, so the whole text can be normalised at once; the
    /// common case (no combining mark at all) costs one scan of the bytes.
    static func normalizedJSON(_ data: Data) -> Data {
        // Over the raw bytes: walking `Data` through its iterator cost half of encoding a meeting.
        guard data.withUnsafeBytes({ hasCombiningMark($0) }) else { return data }
        let text = String(decoding: data, as: UTF8.self)
        return Data(text.precomposedStringWithCanonicalMapping.utf8)
    }

    /// Combining marks U+0300–U+036F are the bytes CC 80 – CD AF in UTF-8;
    /// Vietnamese typed in decomposed form uses only those.
    static func hasCombiningMark(_ bytes: some Sequence<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if previous == 0xCC || previous == 0xCD, byte & 0xC0 == 0x80 { return true }
            previous = byte
        }
        return false
    }

    /// The offset of the first byte that is not valid UTF-8, if any.
    static func firstInvalidUTF8(_ data: Data) -> Int? {
        utf8Form(data).firstInvalid
    }

    /// What one pass over the bytes finds: the first byte that is not valid
    /// UTF-8, and whether a combining mark (U+0300–U+036F, CC 80 – CD AF)
    /// says the text is not in NFC.
    static func utf8Form(_ data: Data) -> (firstInvalid: Int?, combining: Bool) {
        var combining = false
        let invalid = data.withUnsafeBytes { raw -> Int? in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = 0
            let count = bytes.count
            while index < count {
                let lead = bytes[index]
                if lead < 0x80 { index += 1; continue }
                let length: Int
                if lead & 0xE0 == 0xC0, lead >= 0xC2 { length = 2 }
                else if lead & 0xF0 == 0xE0 { length = 3 }
                else if lead & 0xF8 == 0xF0, lead <= 0xF4 { length = 4 }
                else { return index }
                guard index + length <= count else { return index }
                for k in 1..<length where bytes[index + k] & 0xC0 != 0x80 { return index }
                if length == 2 && (lead == 0xCC || lead == 0xCD && bytes[index + 1] <= 0xAF) { combining = true }
                index += length
            }
            return nil
        }
        return (invalid, combining)
    }
}
