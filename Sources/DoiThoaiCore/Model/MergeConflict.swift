public typealias ConflictID = Identifier<MergeConflict>

/// A field two offices changed differently, found when their copies were
/// merged (`doithoai sync`): the value the merge kept, the one it set aside,
/// which office made each and when, so nothing is lost. The secretary then
/// picks the value to keep; the choice is recorded here and synced.
public struct MergeConflict: Equatable, Sendable, Codable, KeepsUnknownFields {
    public var id: ConflictID
    /// The field, by record id: `title`, `followUps[fu-2].status`,
    /// `opinions[op-5]` (a whole record one office deleted and the other changed).
    public var field: String
    public var kept: ConflictVersion
    public var other: ConflictVersion
    /// The secretary's choice; nil while the conflict is open.
    public var resolution: ConflictResolution?
    public var extra: JSONObject = [:]

    public enum CodingKeys: String, CodingKey, CaseIterable { case id, field, kept, other, resolution }

    public init(id: ConflictID, field: String, kept: ConflictVersion, other: ConflictVersion,
                resolution: ConflictResolution? = nil) {
        self.id = id
        self.field = field
        self.kept = kept
        self.other = other
        self.resolution = resolution
    }

    public var isOpen: Bool { resolution == nil }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(ConflictID.self, forKey: .id)
        field = try c.decode(String.self, forKey: .field)
        kept = try c.decode(ConflictVersion.self, forKey: .kept)
        other = try c.decode(ConflictVersion.self, forKey: .other)
        resolution = try c.decodeIfPresent(ConflictResolution.self, forKey: .resolution)
        extra = try Self.unknownFields(in: decoder)
    }

    public mutating func absorbChildren(_ object: JSONObject) {
        if let kept = object["kept"]?.objectValue { self.kept.absorb(kept) }
        if let other = object["other"]?.objectValue { self.other.absorb(other) }
        resolution.absorb(object["resolution"])
    }
    public func emitChildren(into object: inout JSONObject) {
        for (key, version) in [("kept", kept), ("other", other)] {
            if var value = object[key]?.objectValue {
                version.emit(into: &value)
                object[key] = .object(value)
            }
        }
        var value = object["resolution"]
        resolution.emit(into: &value)
        object["resolution"] = value
    }
    public var holdsExtra: Bool { !extra.isEmpty || kept.holdsExtra || other.holdsExtra || resolution.holdsExtra }
}

/// One office's version of a conflicting field; `value` nil means the
/// field was absent there (or the record deleted).
public struct ConflictVersion: Equatable, Sendable, Codable, KeepsUnknownFields {
    public var value: JSONValue?
    public var office: String?
    public var at: Timestamp?
    public var extra: JSONObject = [:]

    public enum CodingKeys: String, CodingKey, CaseIterable { case value, office, at }

    public init(value: JSONValue?, office: String?, at: Timestamp?) {
        self.value = value
        self.office = office
        self.at = at
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        value = try c.decodeIfPresent(JSONValue.self, forKey: .value)
        office = try c.decodeIfPresent(String.self, forKey: .office)
        at = try c.decodeIfPresent(Timestamp.self, forKey: .at)
        extra = try Self.unknownFields(in: decoder)
    }
}

/// Which version the secretary kept, who chose and when.
public struct ConflictResolution: Equatable, Sendable, Codable, KeepsUnknownFields {
    public enum Choice: String, Codable, Sendable { case kept, other }
    public var choice: Choice
    public var by: String
    public var at: Timestamp
    public var extra: JSONObject = [:]

    public enum CodingKeys: String, CodingKey, CaseIterable { case choice, by, at }

    public init(choice: Choice, by: String, at: Timestamp) {
        self.choice = choice
        self.by = by
        self.at = at
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        choice = try c.decode(Choice.self, forKey: .choice)
        by = try c.decode(String.self, forKey: .by)
        at = try c.decode(Timestamp.self, forKey: .at)
        extra = try Self.unknownFields(in: decoder)
    }
}
