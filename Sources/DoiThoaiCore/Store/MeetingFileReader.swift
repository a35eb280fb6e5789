import Foundation

/// Reads a meeting file straight from `FastJSON`'s nodes into the model,
/// without `Decodable`: each object's keys are matched once against its
/// record's field names, as bytes, and each text is made once from its bytes.
/// Through `Decodable` (containers, generic metadata, boxes, a key looked for
/// per field) the same work cost a first index build 5 s of CPU at 10,000
/// meetings.
///
/// It gives exactly the meeting the model's `init(from:)` gives, unknown
/// fields included, or nothing: `MeetingCodec` then reads the file the
/// `Decodable` way, which reads what this one leaves and says what is wrong.
/// `FastJSON` checks the UTF-8 of every text as it scans it, and refuses
/// any byte outside a text that is not ASCII: a file this reads is valid
/// UTF-8 without a pass of its own.
struct MeetingFileReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let nodes: UnsafeBufferPointer<FastJSON.Node>

    /// The meeting in `data`, or nil for anything this reader does not take.
    static func meeting(from data: Data) -> Meeting? {
        guard var document = try? FastJSON([UInt8](data)) else { return nil }
        if document.combining {
            // Decomposed text (a hand edit, another tool) is read as NFC, as `MeetingCodec` reads it.
            guard let composed = try? FastJSON([UInt8](NFC.normalizedJSON(data))) else { return nil }
            document = composed
        }
        return document.bytes.withUnsafeBufferPointer { bytes in
            document.nodes.withUnsafeBufferPointer { nodes in
                try? MeetingFileReader(bytes: bytes, nodes: nodes).meeting(0)
            }
        }
    }

    // MARK: Records

    /// The value nodes of `object`'s known fields, and its unknown fields as read.
    func record<Field: RecordField>(_ object: Int, _ type: Field.Type) throws -> (Fields<Field>, JSONObject) {
        guard object >= 0, nodes[object].kind == .object else { throw FastJSON.Refused() }
        let node = nodes[object]
        var fields = Fields<Field>()
        var extra: JSONObject = [:]
        var at = object + 1
        var last = -1
        for _ in 0..<Int(node.count / 2) {
            let key = nodes[at]
            if let field = Field.keys.field(named: slice(key), after: last) {
                fields.slots[field] = Int32(at + 1)
                last = field
            } else {
                extra[try text(at)] = try value(at + 1)
            }
            at += 1
            at += Int(nodes[at].size)
        }
        return (fields, extra)
    }

    /// The nodes of a list's items, or nil when the field is absent or null.
    func items<Item>(_ at: Int, _ read: (Int) throws -> Item) throws -> [Item]? {
        guard at >= 0, nodes[at].kind != .null else { return nil }
        let node = nodes[at]
        guard node.kind == .array else { throw FastJSON.Refused() }
        var result: [Item] = []
        result.reserveCapacity(Int(node.count))
        var next = at + 1
        for _ in 0..<Int(node.count) {
            result.append(try read(next))
            next += Int(nodes[next].size)
        }
        return result
    }

    /// Whether a field is absent or null, as `decodeIfPresent` reads it.
    func isAbsent(_ at: Int) -> Bool { at < 0 || nodes[at].kind == .null }

    // MARK: Values

    func text(_ at: Int) throws -> String {
        guard at >= 0 else { throw FastJSON.Refused() }
        let node = nodes[at]
        guard node.kind == .string else { throw FastJSON.Refused() }
        // FastJSON took only well-formed UTF-8 and valid escapes: nothing here is ever repaired.
        if node.count == 0 { return String(decoding: slice(node), as: UTF8.self) }
        return String(decoding: try FastJSON.unescapedBytes(slice(node)), as: UTF8.self)
    }

    func optionalText(_ at: Int) throws -> String? { isAbsent(at) ? nil : try text(at) }

    func integer(_ at: Int) throws -> Int {
        guard at >= 0, let value = Int(exactly: try wholeNumber(at)) else { throw FastJSON.Refused() }
        return value
    }

    func optionalInteger(_ at: Int) throws -> Int? { isAbsent(at) ? nil : try integer(at) }

    func flag(_ at: Int) throws -> Bool {
        guard at >= 0, nodes[at].kind == .bool else { throw FastJSON.Refused() }
        return nodes[at].start == 1
    }

    func optionalFlag(_ at: Int) throws -> Bool? { isAbsent(at) ? nil : try flag(at) }

    func id<Owner>(_ at: Int) throws -> Identifier<Owner> { Identifier(try text(at)) }

    func optionalID<Owner>(_ at: Int) throws -> Identifier<Owner>? { isAbsent(at) ? nil : Identifier(try text(at)) }

    func day(_ at: Int) throws -> Day {
        guard let day = Day(parsing: try text(at)) else { throw FastJSON.Refused() }
        return day
    }

    func optionalDay(_ at: Int) throws -> Day? { isAbsent(at) ? nil : try day(at) }

    func timestamp(_ at: Int) throws -> Timestamp {
        guard let time = Timestamp(parsing: try text(at)) else { throw FastJSON.Refused() }
        return time
    }

    func optionalTimestamp(_ at: Int) throws -> Timestamp? { isAbsent(at) ? nil : try timestamp(at) }

    /// One of an enumeration's words (`"closed"`), or `fallback` when absent or null.
    func word<Word: RawRepresentable>(_ at: Int, or fallback: Word) throws -> Word where Word.RawValue == String {
        isAbsent(at) ? fallback : try word(at)
    }

    func word<Word: RawRepresentable>(_ at: Int) throws -> Word where Word.RawValue == String {
        guard let word = Word(rawValue: try text(at)) else { throw FastJSON.Refused() }
        return word
    }

    /// Any value, as `JSONValue`'s `init(from:)` reads it (whole numbers only; others are left to JSONDecoder).
    func value(_ at: Int) throws -> JSONValue {
        let node = nodes[at]
        switch node.kind {
        case .null: return .null
        case .bool: return .bool(node.start == 1)
        case .number: return .int(try wholeNumber(at))
        case .string: return .string(try text(at))
        case .array:
            return .array(try items(at) { try value($0) } ?? [])
        case .object:
            var object: JSONObject = [:]
            var key = at + 1
            for _ in 0..<Int(node.count / 2) {
                object[try text(key)] = try value(key + 1)
                key += 1
                key += Int(nodes[key].size)
            }
            return .object(object)
        }
    }

    private func wholeNumber(_ at: Int) throws -> Int64 {
        let node = nodes[at]
        guard node.kind == .number else { throw FastJSON.Refused() }
        var i = Int(node.start)
        let end = Int(node.end)
        let negative = bytes[i] == 0x2D
        if negative { i += 1 }
        var value: Int64 = 0
        while i < end {
            let digit = Int64(bytes[i] &- 0x30)
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
            guard !o1 && !o2 else { throw FastJSON.Refused() }
            value = sum
            i += 1
        }
        return value
    }

    private func slice(_ node: FastJSON.Node) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[Int(node.start)..<Int(node.end)])
    }
}

/// The fields of one kind of record, in its `CodingKeys`' order (a test checks they agree).
protocol RecordField: RawRepresentable, CaseIterable where RawValue == Int {
    static var keys: RecordKeys { get }
}

/// Where each known field's value is in the node list (-1: absent).
struct Fields<Field: RecordField> {
    var slots = SIMD32<Int32>(repeating: -1)
    subscript(_ field: Field) -> Int { Int(slots[field.rawValue]) }
}

/// A record's field names as bytes, to tell a key without making a `String` of it.
struct RecordKeys: Sendable {
    let names: [[UInt8]]
    /// After field k, the one the program writes next (keys are written sorted): looked at first.
    private let following: [Int]

    init(_ names: [String]) {
        self.names = names.map { Array($0.utf8) }
        let sorted = names.indices.sorted { names[$0].utf8.lexicographicallyPrecedes(names[$1].utf8) }
        var following = Array(repeating: names.count, count: names.count + 1)
        var previous = names.count
        for field in sorted {
            following[previous] = field
            previous = field
        }
        self.following = following
    }

    /// The field whose name is `key`; `after` is the field matched just before in the same object (-1: none).
    func field(named key: UnsafeBufferPointer<UInt8>, after: Int) -> Int? {
        let guess = following[after < 0 ? names.count : after]
        if guess < names.count, key.elementsEqual(names[guess]) { return guess }
        for field in names.indices where names[field].count == key.count && key.elementsEqual(names[field]) {
            return field
        }
        return nil
    }
}
