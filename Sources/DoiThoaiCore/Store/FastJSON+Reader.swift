extension FastJSON {
    /// One scan of a file's bytes into nodes, over the bytes' own buffer
    /// (no closure or bounds check per byte: the scan of the texts was most
    /// of the parse). Refuses what `FastJSON` leaves to JSONDecoder.
    struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var at = 0
        /// Whether a text holds a combining mark (U+0300–U+036F): the file is then not in NFC.
        private(set) var combining = false
        /// The key nodes of the objects being read, innermost last, to refuse a key given twice.
        private var keys: [Int] = []

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            keys.reserveCapacity(64)
        }

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
            let end = bytes.count
            scan: while at < end {
                let b = bytes[at]
                if b >= 0x80 {
                    // UTF-8 checked here, strictly, so that a text made from these bytes is never repaired.
                    let length = sequenceLength(at)
                    guard length > 0 else { throw Refused() }
                    if b == 0xCC || b == 0xCD && bytes[at + 1] <= 0xAF { combining = true }
                    at += length
                    continue
                }
                switch b {
                case 0x22: break scan
                case 0x5C:
                    escaped = 1
                    at += 2
                case 0..<0x20: throw Refused()
                default: at += 1
                }
            }
            guard at < end else { throw Refused() }
            // Escapes checked now, as JSONDecoder checks every string of the file, read or not.
            if escaped == 1 { _ = try FastJSON.unescapedBytes(UnsafeBufferPointer(rebasing: bytes[start..<at])) }
            nodes.append(Node(kind: .string, start: Int32(start), end: Int32(at), size: 1, count: escaped))
            at += 1
        }

        /// The length of the well-formed UTF-8 sequence at `at` (Unicode's table 3-7), or 0.
        @inline(__always)
        private func sequenceLength(_ at: Int) -> Int {
            @inline(__always) func next(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
                at + k < bytes.count && bytes[at + k] >= low && bytes[at + k] <= high
            }
            switch bytes[at] {
            case 0xC2...0xDF: return next(1) ? 2 : 0
            case 0xE1...0xEC, 0xEE...0xEF: return next(1) && next(2) ? 3 : 0
            case 0xE0: return next(1, 0xA0) && next(2) ? 3 : 0
            case 0xED: return next(1, 0x80, 0x9F) && next(2) ? 3 : 0
            case 0xF1...0xF3: return next(1) && next(2) && next(3) ? 4 : 0
            case 0xF0: return next(1, 0x90) && next(2) && next(3) ? 4 : 0
            case 0xF4: return next(1, 0x80, 0x8F) && next(2) && next(3) ? 4 : 0
            default: return 0
            }
        }

        private mutating func container(into nodes: inout [Node], depth: Int, object: Bool) throws {
            let index = nodes.count
            nodes.append(Node(kind: object ? .object : .array, start: Int32(at), end: 0, size: 0, count: 0))
            at += 1
            var count: Int32 = 0
            let firstKey = keys.count
            defer { keys.removeSubrange(firstKey...) }
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
                        // Escaped or very many keys: JSONDecoder.
                        guard key.count == 0, keys.count - firstKey < 64 else { throw Refused() }
                        for other in keys[firstKey...] where sameBytes(nodes[other], key) { throw Refused() }
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
            a.end - a.start == b.end - b.start
                && bytes[Int(a.start)..<Int(a.end)].elementsEqual(bytes[Int(b.start)..<Int(b.end)])
        }
    }
}
