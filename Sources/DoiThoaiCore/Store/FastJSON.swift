/// A strict JSON reader for meeting files: the bytes are scanned once into
/// a flat list of nodes (no `String` made for a key or a value until a
/// field asks for it), which `FastJSONDecoder` hands to the model's own
/// `Decodable` code.
///
/// It only has to be right when it succeeds: anything unusual (a syntax
/// error, an escaped key, a key twice in one object, a number that is not a
/// plain whole number, deep nesting) is refused, and the caller then reads
/// the file with `JSONDecoder`, which says what is wrong or reads what this
/// one would not. The tests check that both give the same meeting.
struct FastJSON {
    enum Kind: UInt8 { case object, array, string, number, bool, null }

    struct Node {
        var kind: Kind
        /// Strings: the bytes between the quotes; numbers: the literal; true/false: 1/0 in `start`.
        var start: Int32
        var end: Int32
        /// How many nodes this one and its descendants take (the next sibling is `index + size`).
        var size: Int32
        /// Objects: keys and values, alternating; arrays: values. Strings: 1 when they hold an escape.
        var count: Int32
    }

    struct Refused: Error {}

    let bytes: [UInt8]
    private(set) var nodes: [Node] = []
    /// Whether a text holds a combining mark (U+0300–U+036F, bytes CC 80 – CD AF): the file is not in NFC.
    private(set) var combining = false
    /// Filled while the file is decoded (one thread).
    let knownKeys = KnownKeys()

    init(_ bytes: [UInt8]) throws {
        self.bytes = bytes
        var nodes: [Node] = []
        nodes.reserveCapacity(bytes.count / 12)
        try bytes.withUnsafeBufferPointer { all in
            var reader = Reader(bytes: all)
            try reader.value(into: &nodes, depth: 0)
            reader.skipSpace()
            guard reader.at == all.count else { throw Refused() }
            combining = reader.combining
        }
        self.nodes = nodes
    }

    /// A string node's text.
    func string(_ node: Node) throws -> String {
        let s = Int(node.start), e = Int(node.end)
        if node.count == 0 { return bytes.withUnsafeBufferPointer { String(decoding: $0[s..<e], as: UTF8.self) } }
        return try Self.unescape(bytes[s..<e])
    }

    /// Whether a string node (a key without escapes) holds exactly `wanted`.
    func key(_ node: Node, is wanted: [UInt8]) -> Bool {
        let s = Int(node.start), e = Int(node.end)
        guard e - s == wanted.count else { return false }
        return bytes.withUnsafeBufferPointer { all in wanted.withUnsafeBufferPointer { $0.elementsEqual(all[s..<e]) } }
    }

    /// Whether a string node (a key without escapes) is `text`.
    func key(_ node: Node, is text: String) -> Bool {
        var text = text
        return text.withUTF8 { wanted in
            bytes.withUnsafeBufferPointer { all in
                wanted.count == Int(node.end - node.start) && wanted.elementsEqual(all[Int(node.start)..<Int(node.end)])
            }
        }
    }

    fileprivate static func unescape(_ raw: ArraySlice<UInt8>) throws -> String {
        String(decoding: try raw.withUnsafeBufferPointer { try unescapedBytes($0) }, as: UTF8.self)
    }

    /// The bytes a string's escapes stand for.
    static func unescapedBytes(_ raw: UnsafeBufferPointer<UInt8>) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = raw.startIndex
        func hex4(_ at: Int) throws -> UInt32 {
            guard at + 4 <= raw.endIndex else { throw Refused() }
            var value: UInt32 = 0
            for b in raw[at..<(at + 4)] {
                let digit: UInt8
                switch b {
                case 0x30...0x39: digit = b - 0x30
                case 0x41...0x46: digit = b - 0x41 + 10
                case 0x61...0x66: digit = b - 0x61 + 10
                default: throw Refused()
                }
                value = value << 4 | UInt32(digit)
            }
            return value
        }
        while i < raw.endIndex {
            let b = raw[i]
            guard b == 0x5C else { out.append(b); i += 1; continue }
            guard i + 1 < raw.endIndex else { throw Refused() }
            switch raw[i + 1] {
            case 0x22: out.append(0x22)
            case 0x5C: out.append(0x5C)
            case 0x2F: out.append(0x2F)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                var value = try hex4(i + 2)
                i += 6
                if (0xD800...0xDBFF).contains(value) {
                    guard i + 6 <= raw.endIndex, raw[i] == 0x5C, raw[i + 1] == 0x75 else { throw Refused() }
                    let low = try hex4(i + 2)
                    guard (0xDC00...0xDFFF).contains(low) else { throw Refused() }
                    value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                } else if (0xDC00...0xDFFF).contains(value) {
                    throw Refused()
                }
                guard let scalar = Unicode.Scalar(value) else { throw Refused() }
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                continue
            default: throw Refused()
            }
            i += 2
        }
        return out
    }

    /// Whole numbers only (what every number of a meeting file is); anything else is left to JSONDecoder.
    func int64(_ node: Node) throws -> Int64 {
        guard node.kind == .number else { throw Refused() }
        var i = Int(node.start)
        let negative = bytes[i] == 0x2D
        if negative { i += 1 }
        var value: Int64 = 0
        while i < Int(node.end) {
            let b = bytes[i]
            guard b >= 0x30 && b <= 0x39 else { throw Refused() }
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = negative ? times.subtractingReportingOverflow(Int64(b - 0x30)) : times.addingReportingOverflow(Int64(b - 0x30))
            guard !o1 && !o2 else { throw Refused() }
            value = sum
            i += 1
        }
        return value
    }
}
