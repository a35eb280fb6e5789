/// A record that keeps the JSON fields this version does not know.
///
/// Each record's `init(from:)` keeps the keys that are not `CodingKeys` in
/// `extra` (`unknownFields(in:)`), in the one pass that decodes the file.
/// `absorb` does the same from a `JSONValue` tree (the topic catalog). On
/// save, `emit` puts them back.
public protocol KeepsUnknownFields {
    associatedtype CodingKeys: CodingKey & CaseIterable
    var extra: JSONObject { get set }
    /// Hands nested records their own objects; default: none.
    mutating func absorbChildren(_ object: JSONObject)
    /// Puts nested records' extra fields back into `object`; default: none.
    func emitChildren(into object: inout JSONObject)
    /// Whether this record or a nested one holds extra fields.
    var holdsExtra: Bool { get }
}

/// A key for any field name, to list an object's fields while it is decoded.
struct AnyFieldKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension KeepsUnknownFields {
    static var knownKeys: Set<String> { Set(CodingKeys.allCases.map(\.stringValue)) }

    /// The fields of the object being decoded that `CodingKeys` does not
    /// name, as read: the meeting file is parsed once, and the unknown
    /// fields are kept while the known ones are decoded.
    static func unknownFields(in decoder: Decoder) throws -> JSONObject {
        if let fast = decoder as? FastFieldReading { return try fast.unknownFields(CodingKeys.self) }
        let container = try decoder.container(keyedBy: AnyFieldKey.self)
        var extra: JSONObject = [:]
        for key in container.allKeys where CodingKeys(stringValue: key.stringValue) == nil {
            extra[key.stringValue] = try container.decode(JSONValue.self, forKey: key)
        }
        return extra
    }

    public mutating func absorbChildren(_ object: JSONObject) {}
    public func emitChildren(into object: inout JSONObject) {}
    public var holdsExtra: Bool { !extra.isEmpty }

    public mutating func absorb(_ object: JSONObject) {
        let known = Self.knownKeys
        extra = object.filter { !known.contains($0.key) }
        absorbChildren(object)
    }

    public func emit(into object: inout JSONObject) {
        for (key, value) in extra where object[key] == nil {
            object[key] = value
        }
        emitChildren(into: &object)
    }
}

extension Array where Element: KeepsUnknownFields {
    mutating func absorb(_ value: JSONValue?) {
        guard let array = value?.arrayValue else { return }
        for index in indices where index < array.count {
            if let object = array[index].objectValue { self[index].absorb(object) }
        }
    }

    func emit(into value: inout JSONValue?) {
        guard var array = value?.arrayValue else { return }
        for index in indices where index < array.count {
            if var object = array[index].objectValue {
                self[index].emit(into: &object)
                array[index] = .object(object)
            }
        }
        value = .array(array)
    }

    var holdsExtra: Bool { contains { $0.holdsExtra } }
}

extension Optional where Wrapped: KeepsUnknownFields {
    mutating func absorb(_ value: JSONValue?) {
        if let object = value?.objectValue { self?.absorb(object) }
    }

    func emit(into value: inout JSONValue?) {
        guard let wrapped = self, var object = value?.objectValue else { return }
        wrapped.emit(into: &object)
        value = .object(object)
    }

    var holdsExtra: Bool { self?.holdsExtra ?? false }
}
