import Foundation

/// Turns a meeting into the bytes of its file and back: pretty printed with
/// sorted keys, text in NFC, unknown fields kept, a newer schema refused.
public enum MeetingCodec {
    /// One parse: the known fields decoded and the unknown ones kept as they
    /// were read. Only a file that fails is read again, to say where and why.
    public static func decode(_ data: Data, path: String) throws -> Meeting {
        // The hand-written reader first: it reads the files the program writes, and checks their UTF-8 as it goes.
        if let meeting = MeetingFileReader.meeting(from: data) { return try checked(meeting, path: path) }
        return try decodeWithDecodable(data, path: path)
    }

    /// The same, through the model's `Decodable` code only: what `decode` falls back on for a
    /// file the reader leaves (and the errors it shows), and the reference the tests and the benchmark compare with.
    public static func decodeWithDecodable(_ data: Data, path: String) throws -> Meeting {
        let form = NFC.utf8Form(data)
        if let bad = form.firstInvalid {
            throw StoreError.unreadable(path: path, location: ReadLocation.of(byte: bad, in: data), reason: .notUTF8)
        }
        // A file written in decomposed form (by hand, by another tool) is read as NFC, as the program
        // stores it: every list, search and report then gives one form of each name (JSON's syntax is
        // ASCII, untouched). Where a file cannot be read, its own bytes are quoted.
        let text = form.combining ? NFC.normalizedJSON(data) : data
        let meeting: Meeting
        do {
            // FastJSONDecoder first; JSONDecoder reads what it refuses and says what is wrong.
            meeting = try (try? FastJSONDecoder.decode(Meeting.self, from: text, validUTF8: true)) ?? JSONDecoder().decode(Meeting.self, from: text)
        } catch let error as DecodingError {
            // The syntax, the shape and the schema version first, as they explain the rest.
            guard case .object(let object) = try parseTree(data, path: path) else {
                throw StoreError.unreadable(path: path, location: nil, reason: .noJSONObject)
            }
            try checkSchemaVersion(object, path: path)
            if let violation = MeetingBounds.firstViolation(in: object) {
                throw StoreError.unreadable(path: path, location: .field(violation.field), reason: violation.reason)
            }
            throw StoreError.unreadable(path: path, location: error.fieldPath, reason: error.problem)
        }
        return try checked(meeting, path: path)
    }

    /// A decoded meeting, unless its schema is newer or a number is out of bounds.
    private static func checked(_ meeting: Meeting, path: String) throws -> Meeting {
        try checkSchemaVersion([Meeting.CodingKeys.schemaVersion.rawValue: .int(Int64(meeting.schemaVersion))], path: path)
        if let violation = MeetingBounds.firstViolation(in: meeting) {
            throw StoreError.unreadable(path: path, location: .field(violation.field), reason: violation.reason)
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
            throw StoreError.unreadable(path: path, location: ReadLocation.of(byte: bad, in: data), reason: .notUTF8)
        }
        do {
            // JSONSerialization builds the tree far faster than Decodable can.
            let object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return JSONValue(any: object)
        } catch let error as DecodingError {
            if let surrogate = loneSurrogate(data) { throw surrogate.error(path: path, data: data) }
            let location = syntaxErrorLocation(data) ?? error.fieldPath
            throw StoreError.unreadable(path: path, location: location, reason: .invalidJSON)
        } catch {
            if let surrogate = loneSurrogate(data) { throw surrogate.error(path: path, data: data) }
            throw StoreError.unreadable(path: path, location: syntaxErrorLocation(data), reason: .invalidJSON)
        }
    }

    /// The line and column of a JSON syntax error. JSONDecoder does not say
    /// where; JSONSerialization names the byte ("around character 21").
    static func syntaxErrorLocation(_ data: Data) -> ReadLocation? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
            if text.contains("end of file") { return ReadLocation.of(byte: data.count, in: data, endsEarly: true) }
            guard let range = text.range(of: "character ") else { return nil }
            let digits = text[range.upperBound...].prefix { $0.isNumber }
            guard let offset = Int(digits) else { return nil }
            return ReadLocation.of(byte: min(offset, data.count), in: data)
        }
    }

    /// A `\\uD800`-style escape that is half of a UTF-16 pair without its
    /// other half: JSON readers refuse it, and JSONSerialization then blames
    /// the end of the file.
    struct LoneSurrogate {
        var offset: Int
        var escape: String
        func error(path: String, data: Data) -> StoreError {
            .unreadable(path: path, location: ReadLocation.of(byte: offset, in: data), reason: .loneSurrogate(escape: escape))
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
                throw StoreError.unreadable(path: path, location: .field("schemaVersion"), reason: .schemaVersionBelowOne(found: version))
            }
        case nil:
            throw StoreError.unreadable(path: path, location: .field("schemaVersion"), reason: .fieldMissing)
        default:
            throw StoreError.unreadable(path: path, location: .field("schemaVersion"), reason: .notWholeNumber)
        }
    }
}

extension DecodingError {
    /// "opinions[2].topic", the field at fault (or the line, when JSONDecoder names one).
    var fieldPath: ReadLocation? {
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
        return .field(text)
    }

    private var lineInUnderlyingError: ReadLocation? {
        guard case .dataCorrupted(let context) = self else { return nil }
        let text = "\(context.underlyingError.map { "\($0)" } ?? "") \(context.debugDescription)"
        guard let range = text.range(of: "line ") else { return nil }
        let rest = text[range.upperBound...]
        guard let line = Int(rest.prefix { $0.isNumber }) else { return nil }
        var column = 1
        if let columnRange = rest.range(of: "column "), let found = Int(rest[columnRange.upperBound...].prefix { $0.isNumber }) {
            column = found
        }
        return .position(line: line, column: column, endsEarly: false)
    }

    /// A short reason a person can act on, in no language yet.
    var problem: ReadProblem {
        switch self {
        case .typeMismatch(let type, _):
            return .wrongType(expected: Self.kind(of: type))
        case .valueNotFound(let type, _):
            return .missingValue(expected: Self.kind(of: type))
        case .keyNotFound:
            return .requiredFieldMissing
        case .dataCorrupted(let context):
            if let ours = context.underlyingError as? ReadProblemError { return ours.problem }
            if let word = Self.unknownWord(context.debugDescription) { return word }
            if let underlying = context.underlyingError {
                return .other("\(context.debugDescription) \(underlying)".trimmingCharacters(in: .whitespaces))
            }
            return .other(context.debugDescription)
        @unknown default:
            return .other("\(self)")
        }
    }

    /// The words each of the file's fixed-choice fields takes, by the name Foundation gives its type.
    private static let choices: [String: [String]] = [
        "MeetingKind": MeetingKind.allCases.map(\.rawValue), "AdministrativeLevel": AdministrativeLevel.allCases.map(\.rawValue),
        "MeetingStatus": MeetingStatus.allCases.map(\.rawValue), "AttendeeRole": AttendeeRole.allCases.map(\.rawValue),
        "OpinionKind": OpinionKind.allCases.map(\.rawValue), "Disposition": Disposition.allCases.map(\.rawValue),
        "FollowUpStatus": FollowUpStatus.allCases.map(\.rawValue),
    ]

    /// "Cannot initialize MeetingStatus from invalid String value weird": a word the field does not take.
    private static func unknownWord(_ text: String) -> ReadProblem? {
        guard text.hasPrefix("Cannot initialize "), let from = text.range(of: " from invalid "),
              let value = text.range(of: " value ", range: from.upperBound..<text.endIndex) else { return nil }
        let type = String(text[text.index(text.startIndex, offsetBy: "Cannot initialize ".count)..<from.lowerBound])
        guard let allowed = choices[type] else { return nil }
        return .notOneOf(found: String(text[value.upperBound...]), allowed: allowed)
    }

    private static func kind(of type: Any.Type) -> ReadProblem.ValueKind {
        switch type {
        case is String.Type: return .text
        case is Int.Type, is Int64.Type: return .wholeNumber
        case is Bool.Type: return .trueOrFalse
        case is Double.Type: return .number
        default:
            let text = "\(type)"
            if text.hasPrefix("Array") || text.hasPrefix("[") { return .list }
            if text.hasPrefix("Dictionary") { return .object }
            return .value
        }
    }
}
