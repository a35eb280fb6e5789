/// A record that keeps the JSON fields this version does not know.
///
/// Decoding is synthesized from `CodingKeys`; the store then reads the same
/// file as a `JSONValue` tree and hands each object to `absorb`, which keeps
/// the keys that are not `CodingKeys`. On save, `emit` puts them back.
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

extension KeepsUnknownFields {
    static var knownKeys: Set<String> { Set(CodingKeys.allCases.map(\.stringValue)) }

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
