import Foundation

/// Turns a meeting into the bytes of its file and back: pretty printed with
/// sorted keys, text in NFC, unknown fields kept, a newer schema refused.
public enum MeetingCodec {
    /// One parse: the known fields decoded and the unknown ones kept as they
    /// were read. Only a file that fails is read again, to say where and why.
    public static func decode(_ data: Data, path: String) throws -> Meeting {
        let form = NFC.utf8Form(data)
        if let bad = form.firstInvalid {
            throw StoreError.unreadable(path: path, location: TextPosition.of(byte: bad, in: data),
                                        reason: "not valid UTF-8 (save the file as UTF-8)")
        }
        // A file written in decomposed form (by hand, by another tool) is read as NFC, as the program
        // stores it: every list, search and report then gives one form of each name (JSON's syntax is
        // ASCII, untouched). Where a file cannot be read, its own bytes are quoted.
        let text = form.combining ? NFC.normalizedJSON(data) : data
        let meeting: Meeting
        do {
            // The fast reader first; JSONDecoder reads what it refuses and says what is wrong.
            meeting = try (try? FastJSONDecoder.decode(Meeting.self, from: text, validUTF8: true)) ?? JSONDecoder().decode(Meeting.self, from: text)
        } catch let error as DecodingError {
            // The syntax, the shape and the schema version first, as they explain the rest.
            guard case .object(let object) = try parseTree(data, path: path) else {
                throw StoreError.unreadable(path: path, location: nil, reason: "the file holds no JSON object")
            }
            try checkSchemaVersion(object, path: path)
            if let violation = MeetingBounds.firstViolation(in: object) {
                throw StoreError.unreadable(path: path, location: violation.field, reason: violation.reason)
            }
            throw StoreError.unreadable(path: path, location: error.fieldPath, reason: error.reason)
        }
        try checkSchemaVersion([Meeting.CodingKeys.schemaVersion.rawValue: .int(Int64(meeting.schemaVersion))], path: path)
        if let violation = MeetingBounds.firstViolation(in: meeting) {
            throw StoreError.unreadable(path: path, location: violation.field, reason: violation.reason)
        }
        return meeting
    }

    public static func encode(_ meeting: Meeting) throws -> Data {
        var data = try encoder.encode(meeting)
        if meeting.holdsExtra {
            let tree = try JSONDecoder().decode(JSONValue.self, from: data)
            if case .object(var object) = tree {
                meeting.emit(into: &object)
                data = try encoder.encode(JSONValue.object(object))
            }
        }
        data.append(0x0A)
        return NFC.normalizedJSON(data)
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// Parses the file as a JSON tree, naming the line of a syntax error and
    /// the byte of a UTF-8 error.
    static func parseTree(_ data: Data, path: String) throws -> JSONValue {
        if let bad = NFC.firstInvalidUTF8(data) {
            throw StoreError.unreadable(path: path, location: TextPosition.of(byte: bad, in: data),
                                        reason: "not valid UTF-8 (save the file as UTF-8)")
        }
        do {
            // JSONSerialization builds the tree far faster than Decodable can.
            let object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return JSONValue(any: object)
        } catch let error as DecodingError {
            if let surrogate = loneSurrogate(data) { throw surrogate.error(path: path, data: data) }
            let location = syntaxErrorLocation(data) ?? error.fieldPath
            throw StoreError.unreadable(path: path, location: location, reason: "invalid JSON (a missing comma, quote or bracket?)")
        } catch {
            if let surrogate = loneSurrogate(data) { throw surrogate.error(path: path, data: data) }
            throw StoreError.unreadable(path: path, location: syntaxErrorLocation(data),
                                        reason: "invalid JSON (a missing comma, quote or bracket?)")
        }
    }

    /// "line 3, column 14" of a JSON syntax error. JSONDecoder does not say
    /// where; JSONSerialization names the byte ("around character 21").
    static func syntaxErrorLocation(_ data: Data) -> String? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
            if text.contains("end of file") { return TextPosition.of(byte: data.count, in: data) + " (the file ends too early)" }
            guard let range = text.range(of: "character ") else { return nil }
            let digits = text[range.upperBound...].prefix { $0.isNumber }
            guard let offset = Int(digits) else { return nil }
            return TextPosition.of(byte: min(offset, data.count), in: data)
        }
    }

    /// A `\\uD800`-style escape that is half of a UTF-16 pair without its
    /// other half: JSON readers refuse it, and JSONSerialization then blames
    /// the end of the file.
    struct LoneSurrogate {
        var offset: Int
        var escape: String
        func error(path: String, data: Data) -> StoreError {
            .unreadable(path: path, location: TextPosition.of(byte: offset, in: data),
                        reason: "“\\\(escape)” is half of a character (a lone UTF-16 surrogate); remove it or write the character itself")
        }
    }

    static func loneSurrogate(_ data: Data) -> LoneSurrogate? {
        let bytes = [UInt8](data)
        func unit(at i: Int) -> UInt16? {
            guard i + 6 <= bytes.count, bytes[i] == 0x5C, bytes[i + 1] == 0x75,
                  let value = UInt16(String(decoding: bytes[(i + 2)..<(i + 6)], as: UTF8.self), radix: 16) else { return nil }
            return value
        }
        var i = 0
        while i < bytes.count {
            guard bytes[i] == 0x5C else { i += 1; continue }
            guard let value = unit(at: i) else { i += 2; continue }
            let escape = String(decoding: bytes[(i + 1)..<(i + 6)], as: UTF8.self)
            if (0xD800...0xDBFF).contains(value) {
                guard let low = unit(at: i + 6), (0xDC00...0xDFFF).contains(low) else { return LoneSurrogate(offset: i, escape: escape) }
                i += 12
            } else if (0xDC00...0xDFFF).contains(value) {
                return LoneSurrogate(offset: i, escape: escape)
            } else {
                i += 6
            }
        }
        return nil
    }

    static func checkSchemaVersion(_ object: JSONObject, path: String) throws {
        switch object["schemaVersion"] {
        case .int(let version)?:
            if version > Meeting.currentSchemaVersion {
                throw StoreError.newerSchema(path: path, version: Int(version))
            }
            if version < 1 {
                throw StoreError.unreadable(path: path, location: "schemaVersion", reason: "must be 1 or more, found \(version)")
            }
        case nil:
            throw StoreError.unreadable(path: path, location: "schemaVersion", reason: "the field is missing")
        default:
            throw StoreError.unreadable(path: path, location: "schemaVersion", reason: "must be a whole number")
        }
    }
}

enum TextPosition {
    /// "line 3, column 7" of a byte offset.
    static func of(byte offset: Int, in data: Data) -> String {
        var line = 1
        var column = 1
        for byte in data.prefix(offset) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return "line \(line), column \(column)"
    }
}

extension DecodingError {
    /// "opinions[2].topic", the field at fault.
    var fieldPath: String? {
        let path: [CodingKey]
        switch self {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            path = context.codingPath
        case .keyNotFound(let key, let context):
            path = context.codingPath + [key]
        @unknown default:
            return nil
        }
        guard !path.isEmpty else {
            return lineInUnderlyingError
        }
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }

    private var lineInUnderlyingError: String? {
        guard case .dataCorrupted(let context) = self else { return nil }
        let text = "\(context.underlyingError.map { "\($0)" } ?? "") \(context.debugDescription)"
        guard let range = text.range(of: "line ") else { return nil }
        let rest = text[range.upperBound...]
        let digits = rest.prefix { $0.isNumber }
        guard !digits.isEmpty else { return nil }
        var location = "line \(digits)"
        if let columnRange = rest.range(of: "column ") {
            let column = rest[columnRange.upperBound...].prefix { $0.isNumber }
            if !column.isEmpty { location += ", column \(column)" }
        }
        return location
    }

    /// A short reason a person can act on.
    var reason: String {
        switch self {
        case .typeMismatch(let type, _):
            return "wrong type (expected \(Self.name(of: type)))"
        case .valueNotFound(let type, _):
            return "missing value (expected \(Self.name(of: type)))"
        case .keyNotFound:
            return "required field missing"
        case .dataCorrupted(let context):
            if let underlying = context.underlyingError {
                return "\(context.debugDescription) \(underlying)".trimmingCharacters(in: .whitespaces)
            }
            return context.debugDescription
        @unknown default:
            return "\(self)"
        }
    }

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: return "text"
        case is Int.Type, is Int64.Type: return "a whole number"
        case is Bool.Type: return "true or false"
        case is Double.Type: return "a number"
        default:
            let text = "\(type)"
            if text.hasPrefix("Array") || text.hasPrefix("[") { return "a list" }
            if text.hasPrefix("Dictionary") { return "an object" }
            return text
        }
    }
}
