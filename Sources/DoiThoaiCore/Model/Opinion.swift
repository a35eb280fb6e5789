/// One contribution from the floor (ý kiến, kiến nghị), in the order spoken.
public struct Opinion: Equatable, Sendable, Codable, KeepsUnknownFields {
    public var id: OpinionID
    /// 1, 2, 3… as read out in the minutes; always 1…n without gaps.
    public var number: Int
    /// The speaker's name; nil when anonymous.
    public var speaker: String?
    /// The attendee who spoke, when they are on the attendance list.
    public var attendeeId: AttendeeID?
    /// Where the speaker comes from: address, residential group, organisation.
    public var origin: String?
    public var topic: TopicID
    public var kind: OpinionKind
    public var text: String
    public var recordedAt: Timestamp?
    public var responses: [Response]
    public var disposition: Disposition
    /// The competent agency, when `disposition` is `.forwarded`.
    public var forwardedTo: String?
    public var extra: JSONObject = [:]

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id, number, speaker, attendeeId, origin, topic, kind, text, recordedAt, responses,
             disposition, forwardedTo
    }

    public init(id: OpinionID, number: Int, speaker: String?, attendeeId: AttendeeID? = nil,
                origin: String? = nil, topic: TopicID, kind: OpinionKind = .recommendation,
                text: String, recordedAt: Timestamp? = nil, responses: [Response] = [],
                disposition: Disposition? = nil, forwardedTo: String? = nil) {
        self.id = id
        self.number = number
        self.speaker = speaker
        self.attendeeId = attendeeId
        self.origin = origin
        self.topic = topic
        self.kind = kind
        self.text = text
        self.recordedAt = recordedAt
        self.responses = responses
        self.disposition = disposition ?? (responses.isEmpty ? .noted : .answered)
        self.forwardedTo = forwardedTo
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(OpinionID.self, forKey: .id)
        number = try c.decode(Int.self, forKey: .number)
        speaker = try c.decodeIfPresent(String.self, forKey: .speaker)
        attendeeId = try c.decodeIfPresent(AttendeeID.self, forKey: .attendeeId)
        origin = try c.decodeIfPresent(String.self, forKey: .origin)
        topic = try c.decode(TopicID.self, forKey: .topic)
        kind = try c.decodeIfPresent(OpinionKind.self, forKey: .kind) ?? .recommendation
        text = try c.decode(String.self, forKey: .text)
        recordedAt = try c.decodeIfPresent(Timestamp.self, forKey: .recordedAt)
        responses = try c.decodeIfPresent([Response].self, forKey: .responses) ?? []
        disposition = try c.decodeIfPresent(Disposition.self, forKey: .disposition) ?? .noted
        forwardedTo = try c.decodeIfPresent(String.self, forKey: .forwardedTo)
        extra = try Self.unknownFields(in: decoder)
    }

    public var isAnonymous: Bool { speaker?.isEmpty ?? true }

    public mutating func absorbChildren(_ object: JSONObject) { responses.absorb(object["responses"]) }
    public func emitChildren(into object: inout JSONObject) {
        var value = object["responses"]
        responses.emit(into: &value)
        object["responses"] = value
    }
    public var holdsExtra: Bool { !extra.isEmpty || responses.holdsExtra }
}

/// An answer given at the meeting (trả lời, giải trình).
public struct Response: Equatable, Sendable, Codable, KeepsUnknownFields {
    public var id: ResponseID
    /// Who answered: "Đ/c Lê Đăng Lễ, Phó Chủ tịch UBND phường".
    public var responder: String
    public var attendeeId: AttendeeID?
    public var text: String
    public var extra: JSONObject = [:]

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id, responder, attendeeId, text
    }

    public init(id: ResponseID, responder: String, attendeeId: AttendeeID? = nil, text: String) {
        self.id = id
        self.responder = responder
        self.attendeeId = attendeeId
        self.text = text
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(ResponseID.self, forKey: .id)
        responder = try c.decode(String.self, forKey: .responder)
        attendeeId = try c.decodeIfPresent(AttendeeID.self, forKey: .attendeeId)
        text = try c.decode(String.self, forKey: .text)
        extra = try Self.unknownFields(in: decoder)
    }
}
