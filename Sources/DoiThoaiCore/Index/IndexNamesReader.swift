/// Reads a meeting's own name rows as `IndexNames.encode` writes them —
/// `{"0":{"name":3,…},…}`: an object of kinds, each an object of names and
/// counts — straight from the bytes. A save reads them back to take them
/// off the totals; JSONDecoder took most of a save's index update. Anything
/// else (whitespace, a fraction, a malformed text) gives nil, and the
/// caller falls back to JSONDecoder.
enum IndexNamesReader {
    static func read(_ text: String) -> [NameRow]? {
        var text = text
        return text.withUTF8 { bytes -> [NameRow]? in
            var reader = Reader(bytes: bytes)
            return reader.names()
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var at = 0

        mutating func names() -> [NameRow]? {
            var names: [NameRow] = []
            guard take(UInt8(ascii: "{")) else { return nil }
            if take(UInt8(ascii: "}")) { return at == bytes.count ? names : nil }
            repeat {
                guard let kindText = string(), take(UInt8(ascii: ":")), take(UInt8(ascii: "{")) else { return nil }
                let kind = Int(kindText).flatMap(IndexSchema.NameKind.init(rawValue:))
                if !take(UInt8(ascii: "}")) {
                    repeat {
                        guard let name = string(), take(UInt8(ascii: ":")), let uses = integer() else { return nil }
                        if let kind { names.append(NameRow(key: NameKey(kind.rawValue, name), uses: uses)) }
                    } while take(UInt8(ascii: ","))
                    guard take(UInt8(ascii: "}")) else { return nil }
                }
            } while take(UInt8(ascii: ","))
            guard take(UInt8(ascii: "}")), at == bytes.count else { return nil }
            return names
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard at < bytes.count, bytes[at] == byte else { return false }
            at += 1
            return true
        }

        mutating func integer() -> Int? {
            let negative = take(UInt8(ascii: "-"))
            var value = 0, digits = 0
            while at < bytes.count, bytes[at] >= 0x30, bytes[at] <= 0x39, digits < 18 {
                value = value * 10 + Int(bytes[at] - 0x30)
                at += 1
                digits += 1
            }
            guard digits > 0, at == bytes.count || !(bytes[at] >= 0x30 && bytes[at] <= 0x39) else { return nil }
            return negative ? -value : value
        }

        /// A JSON string: its escapes (\" \\ \/ \b \f \n \r \t \uXXXX outside surrogates) undone.
        mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = at
            while at < bytes.count, bytes[at] != UInt8(ascii: "\""), bytes[at] != UInt8(ascii: "\\") { at += 1 }
            guard at < bytes.count else { return nil }
            if bytes[at] == UInt8(ascii: "\"") {
                defer { at += 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)
            }
            var out = Array(bytes[start..<at])
            while at < bytes.count {
                let byte = bytes[at]
                at += 1
                if byte == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
                guard byte == UInt8(ascii: "\\") else { out.append(byte); continue }
                guard at < bytes.count else { return nil }
                let escaped = bytes[at]
                at += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escaped)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    guard at + 4 <= bytes.count,
                          let code = UInt32(String(decoding: UnsafeBufferPointer(rebasing: bytes[at..<at + 4]), as: UTF8.self), radix: 16),
                          let scalar = Unicode.Scalar(code) else { return nil }  // a surrogate: left to JSONDecoder
                    at += 4
                    out += Array(String(Character(scalar)).utf8)
                default: return nil
                }
            }
            return nil
        }
    }
}
