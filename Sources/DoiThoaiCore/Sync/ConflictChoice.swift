import Foundation

/// Why a conflict could not be resolved as asked.
public enum ConflictChoiceError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknown(ConflictID)
    case fieldGone(String)
    case invalid([MeetingProblem])

    public var description: String {
        switch self {
        case .unknown(let id): return "no conflict “\(id)” in this meeting"
        case .fieldGone(let field): return "\(field) no longer exists in the meeting; nothing to change"
        case .invalid(let problems):
            return "that value would break the meeting's rules: " + problems.map(\.description).joined(separator: "; ")
        }
    }
}

extension Meeting {
    /// The conflicts still waiting for the secretary's choice.
    public var openConflicts: [MergeConflict] { conflicts.filter(\.isOpen) }

    /// The secretary picks the version of a conflicting field to keep:
    /// `.other` puts the set-aside value back (or deletes the record, when
    /// the other office had deleted it); `.kept` leaves the field as it is.
    /// The choice, who made it and when are recorded in the conflict.
    public mutating func resolveConflict(_ id: ConflictID, choosing choice: ConflictResolution.Choice,
                                         by person: String, at time: Timestamp) throws {
        guard let index = conflicts.firstIndex(where: { $0.id == id }) else { throw ConflictChoiceError.unknown(id) }
        var resolved = self
        if choice == .other {
            let conflict = conflicts[index]
            guard let path = FieldPath(parsing: conflict.field) else { throw ConflictChoiceError.fieldGone(conflict.field) }
            let data = try MeetingCodec.encode(self)
            guard case .object(let tree) = try MeetingCodec.parseTree(data, path: id.rawValue) else {
                throw ConflictChoiceError.fieldGone(conflict.field)
            }
            guard let changed = FieldEdit.setting(conflict.other.value, at: path.segments[...], in: .object(tree)) else {
                throw ConflictChoiceError.fieldGone(conflict.field)
            }
            let bytes = try MeetingCodec.encoder.encode(changed)
            resolved = try MeetingCodec.decode(bytes, path: self.id.rawValue)
            resolved.renumberOpinions()
        }
        resolved.conflicts[index].resolution = ConflictResolution(choice: choice, by: person, at: time)
        let problems = resolved.problems()
        guard problems.isEmpty else { throw ConflictChoiceError.invalid(problems) }
        self = resolved
    }
}

/// Sets (or, with nil, removes) the value at a field path in a JSON tree.
enum FieldEdit {
    static func setting(_ value: JSONValue?, at path: ArraySlice<FieldPath.Segment>, in tree: JSONValue) -> JSONValue? {
        guard let first = path.first else { return value }
        let rest = path.dropFirst()
        switch (first, tree) {
        case (.key(let key), .object(var object)):
            if rest.isEmpty {
                object[key] = value
                return .object(object)
            }
            guard let child = object[key], let changed = setting(value, at: rest, in: child) else { return nil }
            object[key] = changed
            return .object(object)
        case (.record(let id), .array(var items)):
            guard let index = items.firstIndex(where: { RecordList.id(of: $0) == id }) else {
                // Putting back a record that is gone: only a whole record can come back.
                guard rest.isEmpty, let value else { return rest.isEmpty ? tree : nil }
                items.append(value)
                return .array(items)
            }
            if rest.isEmpty {
                if let value { items[index] = value } else { items.remove(at: index) }
                return .array(items)
            }
            guard let changed = setting(value, at: rest, in: items[index]) else { return nil }
            items[index] = changed
            return .array(items)
        default:
            return nil
        }
    }
}

extension ConflictVersion {
    /// The value as a person reads it: text as it is, other values as
    /// JSON; nil when the field was absent (or the record deleted).
    public var displayValue: String? {
        switch value {
        case nil, .null?: return nil
        case .string(let text)?: return text
        case let other?: return CanonicalJSON.text(other)
        }
    }
}
