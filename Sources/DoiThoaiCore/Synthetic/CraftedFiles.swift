import Foundation

/// Meeting files made to hurt: an id that is a path or another file's id,
/// numbers that overflow, a lone surrogate, and control and bidi characters
/// in every text field. The tests feed them to the store, every command and
/// the reducer; each must be refused with its file and field named, or
/// (control characters) read and shown without one raw character.
public enum CraftedFiles {
    /// What a well-behaved program must do with a crafted file.
    public enum Expectation: Equatable, Sendable {
        /// Reported as broken; the message names this field or place.
        case refused(naming: String)
        /// Read; its text must never reach a terminal raw.
        case readable
    }

    public struct File: Sendable {
        public var name: String
        /// The id in the file name (`meetings/<id>.json`).
        public var fileID: String
        public var bytes: Data
        public var expectation: Expectation
    }

    /// Text holding every kind of character a terminal or a printer obeys:
    /// OSC title change ended by BEL, clear screen, CR, BS, NUL, a one-byte
    /// C1 CSI, DEL, VT, FF and the right-to-left override.
    public static let hostileText = "\u{1B}]0;x\u{07}\u{1B}[2J\r\u{8}\u{0}\u{9B}31m\u{7F}\u{0B}\u{0C}\u{202E}cba\u{2066}"

    /// The keys whose values are structure (ids, dates, enum words), left
    /// alone when control characters are put into every text field.
    static let structuralKeys: Set<String> = [
        "schemaVersion", "id", "kind", "level", "date", "startedAt", "endedAt", "status", "role", "topic", "attendeeId",
        "recordedAt", "disposition", "opinionIds", "dueDate", "doneOn", "on", "at",
    ]

    /// The corpus built from `base` (a sound meeting whose id is its file name).
    public static func corpus(from base: Meeting) throws -> [File] {
        let id = base.id.rawValue
        guard case .object(let object) = try JSONDecoder().decode(JSONValue.self, from: MeetingCodec.encode(base)) else { return [] }
        func file(_ name: String, fileID: String? = nil, _ expectation: Expectation, _ change: (inout JSONObject) -> Void) throws -> File {
            var copy = object
            change(&copy)
            var bytes = try MeetingCodec.encoder.encode(JSONValue.object(copy))
            bytes.append(0x0A)
            return File(name: name, fileID: fileID ?? id, bytes: bytes, expectation: expectation)
        }
        func setFirst(_ key: String, _ field: String, _ value: JSONValue, in object: inout JSONObject) {
            guard case .array(var items)? = object[key], case .object(var first)? = items.first else { return }
            first[field] = value
            items[0] = .object(first)
            object[key] = .array(items)
        }
        var files = [
            try file("id is a path", .refused(naming: "../../x")) { $0["id"] = .string("../../x") },
            try file("id of another meeting (a copy)", fileID: id + "-copy", .refused(naming: "“\(id)”")) { _ in },  // the id inside, named in every language
            try file("id not a slug", .refused(naming: "Họp 1")) { $0["id"] = .string("Họp 1") },
            try file("count overflows", .refused(naming: "attendees[0].count")) {
                setFirst("attendees", "count", .int(Int64.max), in: &$0)
            },
            try file("negative count", .refused(naming: "attendees[0].count")) { setFirst("attendees", "count", .int(-5), in: &$0) },
            try file("fractional count", .refused(naming: "attendees[0].count")) { setFirst("attendees", "count", .double(1.5), in: &$0) },
            try file("opinion id overflows", .refused(naming: "opinions[0].id")) {
                setFirst("opinions", "id", .string("op-9223372036854775807"), in: &$0)
            },
            try file("attendee id overflows", .refused(naming: "attendees[0].id")) {
                setFirst("attendees", "id", .string("at-99999999999999999999"), in: &$0)
            },
            try file("opinion number overflows", .refused(naming: "opinions[0].number")) {
                setFirst("opinions", "number", .int(Int64.max), in: &$0)
            },
            try file("control characters in every text field", .readable) { $0 = poisoned($0) },
        ]
        var surrogate = String(decoding: try file("", .readable) { _ in }.bytes, as: UTF8.self)
        if let range = surrogate.range(of: "\"title\" : \"") {
            surrogate.insert(contentsOf: "\\ud800x", at: range.upperBound)
            files.append(File(name: "lone surrogate", fileID: id, bytes: Data(surrogate.utf8), expectation: .refused(naming: "surrogate")))
        }
        return files
    }

    /// `object` with `hostileText` added to every string that is not structure.
    public static func poisoned(_ object: JSONObject) -> JSONObject {
        var result = object
        for (key, value) in object where !structuralKeys.contains(key) { result[key] = poisoned(value) }
        return result
    }

    static func poisoned(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let text): return .string(text + hostileText)
        case .array(let items): return .array(items.map(poisoned))
        case .object(let object): return .object(poisoned(object))
        default: return value
        }
    }
}
