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
    /// Filled while the file is decoded (one thread).
    let knownKeys = KnownKeys()

    init(_ bytes: [UInt8]) throws {
        self.bytes = bytes
        nodes.reserveCapacity(bytes.count / 12)
        var reader = Reader(bytes: bytes)
        try reader.value(into: &nodes, depth: 0)
        reader.skipSpace()
        guard reader.at == bytes.count else { throw Refused() }
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

    private struct Reader {
        let bytes: [UInt8]
        var at = 0

        mutating func skipSpace() {
            while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x0A || bytes[at] == 0x0D || bytes[at] == 0x09 { at += 1 }
        }

        mutating func value(into nodes: inout [Node], depth: Int) throws {
            guard depth < 64 else { throw Refused() }
            skipSpace()
            guard at < bytes.count else { throw Refused() }
            switch bytes[at] {
            case 0x7B: try container(into: &nodes, depth: depth, object: true)
            case 0x5B: try container(into: &nodes, depth: depth, object: false)
            case 0x22: try string(into: &nodes)
            case 0x74: try literal("true", .bool, 1, into: &nodes)
            case 0x66: try literal("false", .bool, 0, into: &nodes)
            case 0x6E: try literal("null", .null, 0, into: &nodes)
            default: try number(into: &nodes)
            }
        }

        private mutating func literal(_ word: StaticString, _ kind: Kind, _ flag: Int32, into nodes: inout [Node]) throws {
            let count = word.utf8CodeUnitCount
            guard at + count <= bytes.count else { throw Refused() }
            for k in 0..<count where bytes[at + k] != word.utf8Start[k] { throw Refused() }
            at += count
            nodes.append(Node(kind: kind, start: flag, end: 0, size: 1, count: 0))
        }

        private mutating func number(into nodes: inout [Node]) throws {
            let start = at
            if at < bytes.count, bytes[at] == 0x2D { at += 1 }
            let digits = at
            while at < bytes.count, bytes[at] >= 0x30 && bytes[at] <= 0x39 { at += 1 }
            // A plain whole number, no leading zero: fractions and exponents are left to JSONDecoder.
            guard at > digits, at - digits == 1 || bytes[digits] != 0x30 else { throw Refused() }
            if at < bytes.count, bytes[at] == 0x2E || bytes[at] == 0x65 || bytes[at] == 0x45 { throw Refused() }
            nodes.append(Node(kind: .number, start: Int32(start), end: Int32(at), size: 1, count: 0))
        }

        private mutating func string(into nodes: inout [Node]) throws {
            at += 1
            let start = at
            var escaped: Int32 = 0
            at = try bytes.withUnsafeBufferPointer { all in
                var at = start
                while at < all.count {
                    at = Self.skipPlainWords(all, from: at)
                    guard at < all.count else { break }
                    let b = all[at]
                    if b == 0x22 { break }
                    if b < 0x20 { throw Refused() }
                    if b == 0x5C {
                        escaped = 1
                        at += 2
                    } else if b < 0x80 {
                        at += 1
                    } else {
                        // UTF-8 checked here, strictly, so that a text made from these bytes is never repaired.
                        let length = Self.sequenceLength(all, at)
                        guard length > 0 else { throw Refused() }
                        at += length
                    }
                }
                return at
            }
            guard at < bytes.count else { throw Refused() }
            // Escapes checked now, as JSONDecoder checks every string of the file, read or not.
            if escaped == 1 {
                _ = try bytes.withUnsafeBufferPointer { try FastJSON.unescapedBytes(UnsafeBufferPointer(rebasing: $0[start..<at])) }
            }
            nodes.append(Node(kind: .string, start: Int32(start), end: Int32(at), size: 1, count: escaped))
            at += 1
        }

        /// Past whole runs of eight bytes that are plain ASCII text (no quote, backslash, control or non-ASCII byte).
        @inline(__always)
        private static func skipPlainWords(_ all: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
            guard let base = all.baseAddress else { return start }
            var at = start
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            while at + 8 <= all.count {
                let word = UnsafeRawPointer(base + at).loadUnaligned(as: UInt64.self)
                let quote = word ^ (0x22 &* ones), backslash = word ^ (0x5C &* ones)
                let zeroQuote = (quote &- ones) & ~quote, zeroBackslash = (backslash &- ones) & ~backslash
                let control = (word &- 0x20 &* ones) & ~word
                guard (word | zeroQuote | zeroBackslash | control) & highs == 0 else { break }
                at += 8
            }
            return at
        }

        /// The length of the well-formed UTF-8 sequence at `at` (Unicode's table 3-7), or 0.
        @inline(__always)
        private static func sequenceLength(_ all: UnsafeBufferPointer<UInt8>, _ at: Int) -> Int {
            func next(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
                at + k < all.count && all[at + k] >= low && all[at + k] <= high
            }
            switch all[at] {
            case 0xC2...0xDF: return next(1) ? 2 : 0
            case 0xE0: return next(1, 0xA0) && next(2) ? 3 : 0
            case 0xE1...0xEC, 0xEE...0xEF: return next(1) && next(2) ? 3 : 0
            case 0xED: return next(1, 0x80, 0x9F) && next(2) ? 3 : 0
            case 0xF0: return next(1, 0x90) && next(2) && next(3) ? 4 : 0
            case 0xF1...0xF3: return next(1) && next(2) && next(3) ? 4 : 0
            case 0xF4: return next(1, 0x80, 0x8F) && next(2) && next(3) ? 4 : 0
            default: return 0
            }
        }

        private mutating func container(into nodes: inout [Node], depth: Int, object: Bool) throws {
            let index = nodes.count
            nodes.append(Node(kind: object ? .object : .array, start: Int32(at), end: 0, size: 0, count: 0))
            at += 1
            var count: Int32 = 0
            var keys: [Int] = []
            skipSpace()
            let close: UInt8 = object ? 0x7D : 0x5D
            if at < bytes.count, bytes[at] == close {
                at += 1
            } else {
                while true {
                    if object {
                        skipSpace()
                        guard at < bytes.count, bytes[at] == 0x22 else { throw Refused() }
                        try string(into: &nodes)
                        let key = nodes[nodes.count - 1]
                        guard key.count == 0, keys.count < 64 else { throw Refused() }  // escaped or very many keys: JSONDecoder
                        for other in keys where sameBytes(nodes[other], key) { throw Refused() }
                        keys.append(nodes.count - 1)
                        skipSpace()
                        guard at < bytes.count, bytes[at] == 0x3A else { throw Refused() }
                        at += 1
                        count += 1
                    }
                    try value(into: &nodes, depth: depth + 1)
                    count += 1
                    skipSpace()
                    guard at < bytes.count else { throw Refused() }
                    if bytes[at] == 0x2C { at += 1; continue }
                    guard bytes[at] == close else { throw Refused() }
                    at += 1
                    break
                }
            }
            nodes[index].count = count
            nodes[index].size = Int32(nodes.count - index)
            nodes[index].end = Int32(at)
        }

        private func sameBytes(_ a: Node, _ b: Node) -> Bool {
            a.end - a.start == b.end - b.start && bytes[Int(a.start)..<Int(a.end)].elementsEqual(bytes[Int(b.start)..<Int(b.end)])
        }
    }
}
