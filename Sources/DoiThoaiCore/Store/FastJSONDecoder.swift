import Foundation

/// The model's own `Decodable` code run over `FastJSON`'s nodes: a key is
/// looked for by comparing bytes, not through a dictionary of `String`s
/// made for every object, which is most of what `JSONDecoder` spent on a
/// meeting file (a quarter of a first index build). Any error, of the file
/// or of this reader, is only a signal: `MeetingCodec` then reads the file
/// with `JSONDecoder`, whose errors are the ones shown.
enum FastJSONDecoder {
    /// `validUTF8`: the caller has checked the bytes already (`MeetingCodec`).
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, validUTF8: Bool = false) throws -> T {
        // Text is made without checking it (String(decoding:)): JSONDecoder refuses a file that is not UTF-8.
        guard validUTF8 || NFC.firstInvalidUTF8(data) == nil else { throw FastJSON.Refused() }
        let document = try FastJSON([UInt8](data))
        return try T(from: Reader(document: document, index: 0))
    }

    fileprivate struct Reader: Decoder, FastFieldReading {
        let document: FastJSON
        let index: Int
        var codingPath: [CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }
        var node: FastJSON.Node { document.nodes[index] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
            guard node.kind == .object else { throw FastJSON.Refused() }
            return KeyedDecodingContainer(Keyed<Key>(document: document, index: index))
        }

        func unkeyedContainer() throws -> UnkeyedDecodingContainer {
            guard node.kind == .array else { throw FastJSON.Refused() }
            return Unkeyed(document: document, count: Int(node.count), next: index + 1)
        }

        func singleValueContainer() throws -> SingleValueDecodingContainer { Single(reader: self) }

        /// `KeepsUnknownFields.unknownFields(in:)` over this object: its keys are compared as bytes with
        /// `known`'s, and only a key none of them is becomes a `String` (every key did, a twentieth of a build).
        func unknownFields<Known: CodingKey & CaseIterable>(_ known: Known.Type) throws -> JSONObject {
            guard node.kind == .object else { throw FastJSON.Refused() }
            let knownKeys = document.knownKeys.of(known)
            var extra: JSONObject = [:]
            var at = index + 1
            for _ in 0..<Int(node.count / 2) {
                let key = document.nodes[at]
                if !knownKeys.contains(where: { document.key(key, is: $0) }) {
                    let name = try document.string(key)
                    if Known(stringValue: name) == nil {
                        extra[name] = try Reader(document: document, index: at + 1).decode(JSONValue.self)
                    }
                }
                at += 1
                at += Int(document.nodes[at].size)
            }
            return extra
        }

        func string() throws -> String {
            guard node.kind == .string else { throw FastJSON.Refused() }
            return try document.string(node)
        }

        func bool() throws -> Bool {
            guard node.kind == .bool else { throw FastJSON.Refused() }
            return node.start == 1
        }

        func integer<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
            guard let value = I(exactly: try document.int64(node)) else { throw FastJSON.Refused() }
            return value
        }

        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            if T.self == String.self, let value = try string() as? T { return value }
            return try T(from: self)
        }
    }

    private struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let document: FastJSON
        let index: Int
        var codingPath: [CodingKey] { [] }

        var allKeys: [Key] {
            var keys: [Key] = []
            var at = index + 1
            for _ in 0..<Int(document.nodes[index].count / 2) {
                let key = document.nodes[at]
                if let text = try? document.string(key), let known = Key(stringValue: text) { keys.append(known) }
                at += 1
                at += Int(document.nodes[at].size)
            }
            return keys
        }

        /// The node of the value of `key`, or nil.
        func find(_ key: Key) -> Int? {
            let name = key.stringValue
            var at = index + 1
            for _ in 0..<Int(document.nodes[index].count / 2) {
                if document.key(document.nodes[at], is: name) { return at + 1 }
                at += 1
                at += Int(document.nodes[at].size)
            }
            return nil
        }

        func reader(_ key: Key) throws -> Reader {
            guard let at = find(key) else { throw FastJSON.Refused() }
            return Reader(document: document, index: at)
        }

        /// The value of `key` unless it is missing or null: what `decodeIfPresent` decodes, found once
        /// (the protocol's default looks for the key three times).
        func present(_ key: Key) -> Reader? {
            guard let at = find(key), document.nodes[at].kind != .null else { return nil }
            return Reader(document: document, index: at)
        }

        func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try present(key)?.string() }
        func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try present(key)?.bool() }
        func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try present(key)?.integer(Int.self) }
        func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try present(key)?.integer(Int64.self) }
        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { try present(key)?.decode(T.self) }

        func contains(_ key: Key) -> Bool { find(key) != nil }
        func decodeNil(forKey key: Key) throws -> Bool { try reader(key).node.kind == .null }
        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try reader(key).bool() }
        func decode(_ type: String.Type, forKey key: Key) throws -> String { try reader(key).string() }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { throw FastJSON.Refused() }
        func decode(_ type: Float.Type, forKey key: Key) throws -> Float { throw FastJSON.Refused() }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try reader(key).integer(Int.self) }
        func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try reader(key).integer(Int8.self) }
        func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try reader(key).integer(Int16.self) }
        func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try reader(key).integer(Int32.self) }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try reader(key).integer(Int64.self) }
        func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try reader(key).integer(UInt.self) }
        func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try reader(key).integer(UInt8.self) }
        func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try reader(key).integer(UInt16.self) }
        func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try reader(key).integer(UInt32.self) }
        func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try reader(key).integer(UInt64.self) }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try reader(key).decode(T.self) }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
            -> KeyedDecodingContainer<NestedKey> {
            try reader(key).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer { try reader(key).unkeyedContainer() }
        func superDecoder() throws -> Decoder { throw FastJSON.Refused() }
        func superDecoder(forKey key: Key) throws -> Decoder { throw FastJSON.Refused() }
    }

    private struct Unkeyed: UnkeyedDecodingContainer {
        let document: FastJSON
        let count: Int?
        var next: Int
        var currentIndex = 0
        var codingPath: [CodingKey] { [] }
        var isAtEnd: Bool { currentIndex >= (count ?? 0) }

        init(document: FastJSON, count: Int, next: Int) {
            self.document = document
            self.count = count
            self.next = next
        }

        mutating func take() throws -> Reader {
            guard !isAtEnd else { throw FastJSON.Refused() }
            let reader = Reader(document: document, index: next)
            next += Int(document.nodes[next].size)
            currentIndex += 1
            return reader
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd, document.nodes[next].kind == .null else { return false }
            _ = try take()
            return true
        }

        mutating func decode(_ type: Bool.Type) throws -> Bool { try take().bool() }
        mutating func decode(_ type: String.Type) throws -> String { try take().string() }
        mutating func decode(_ type: Double.Type) throws -> Double { throw FastJSON.Refused() }
        mutating func decode(_ type: Float.Type) throws -> Float { throw FastJSON.Refused() }
        mutating func decode(_ type: Int.Type) throws -> Int { try take().integer(Int.self) }
        mutating func decode(_ type: Int8.Type) throws -> Int8 { try take().integer(Int8.self) }
        mutating func decode(_ type: Int16.Type) throws -> Int16 { try take().integer(Int16.self) }
        mutating func decode(_ type: Int32.Type) throws -> Int32 { try take().integer(Int32.self) }
        mutating func decode(_ type: Int64.Type) throws -> Int64 { try take().integer(Int64.self) }
        mutating func decode(_ type: UInt.Type) throws -> UInt { try take().integer(UInt.self) }
        mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try take().integer(UInt8.self) }
        mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try take().integer(UInt16.self) }
        mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try take().integer(UInt32.self) }
        mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try take().integer(UInt64.self) }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try take().decode(T.self) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            try take().container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer { try take().unkeyedContainer() }
        mutating func superDecoder() throws -> Decoder { throw FastJSON.Refused() }
    }

    private struct Single: SingleValueDecodingContainer {
        let reader: Reader
        var codingPath: [CodingKey] { [] }

        func decodeNil() -> Bool { reader.node.kind == .null }
        func decode(_ type: Bool.Type) throws -> Bool { try reader.bool() }
        func decode(_ type: String.Type) throws -> String { try reader.string() }
        func decode(_ type: Double.Type) throws -> Double { throw FastJSON.Refused() }
        func decode(_ type: Float.Type) throws -> Float { throw FastJSON.Refused() }
        func decode(_ type: Int.Type) throws -> Int { try reader.integer(Int.self) }
        func decode(_ type: Int8.Type) throws -> Int8 { try reader.integer(Int8.self) }
        func decode(_ type: Int16.Type) throws -> Int16 { try reader.integer(Int16.self) }
        func decode(_ type: Int32.Type) throws -> Int32 { try reader.integer(Int32.self) }
        func decode(_ type: Int64.Type) throws -> Int64 { try reader.integer(Int64.self) }
        func decode(_ type: UInt.Type) throws -> UInt { try reader.integer(UInt.self) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try reader.integer(UInt8.self) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try reader.integer(UInt16.self) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try reader.integer(UInt32.self) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try reader.integer(UInt64.self) }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try reader.decode(T.self) }
    }
}

/// A decoder that lists an object's unknown fields itself (`FastJSONDecoder`'s).
protocol FastFieldReading {
    func unknownFields<Known: CodingKey & CaseIterable>(_ known: Known.Type) throws -> JSONObject
}

/// The key names of each `CodingKeys` type met in one file, as bytes.
final class KnownKeys {
    private var lists: [ObjectIdentifier: [[UInt8]]] = [:]

    func of<Known: CodingKey & CaseIterable>(_ type: Known.Type) -> [[UInt8]] {
        if let known = lists[ObjectIdentifier(type)] { return known }
        let made = type.allCases.map { Array($0.stringValue.utf8) }
        lists[ObjectIdentifier(type)] = made
        return made
    }
}
