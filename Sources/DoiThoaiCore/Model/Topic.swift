/// A subject area (lĩnh vực) from the topic catalog, `DATA/topics.json`.
public struct Topic: Equatable, Sendable, Codable, KeepsUnknownFields {
    /// ASCII slug: `giai-phong-mat-bang`.
    public var id: TopicID
    /// Vietnamese name: "Giải phóng mặt bằng".
    public var name: String
    /// English name, for `--lang en`.
    public var nameEn: String?
    public var extra: JSONObject = [:]

    public enum CodingKeys: String, CodingKey, CaseIterable { case id, name, nameEn }

    public init(id: TopicID, name: String, nameEn: String? = nil) {
        self.id = id
        self.name = name
        self.nameEn = nameEn
    }

    public func name(english: Bool) -> String { english ? (nameEn ?? name) : name }
}
