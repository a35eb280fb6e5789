/// A typed id, so an opinion's id can never be passed where a follow-up's
/// is wanted. Stored in JSON as a plain string.
public struct Identifier<Owner>: Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

public typealias MeetingID = Identifier<Meeting>
public typealias AttendeeID = Identifier<Attendee>
public typealias AgendaItemID = Identifier<AgendaItem>
public typealias OpinionID = Identifier<Opinion>
public typealias ResponseID = Identifier<Response>
public typealias FollowUpID = Identifier<FollowUp>
public typealias TopicID = Identifier<Topic>

/// Ids inside a meeting are a prefix and a sequence number (`op-12`): short,
/// readable in a diff, and stable when opinions are renumbered or moved.
enum SequenceID {
    static func next<Owner>(prefix: String, after existing: some Sequence<Identifier<Owner>>) -> Identifier<Owner> {
        var highest = 0
        for id in existing {
            let raw = id.rawValue
            let digits = raw.dropFirst(prefix.count + 1)
            guard raw.hasPrefix(prefix + "-"), digits.count <= 18, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let number = Int(digits) else { continue }
            highest = max(highest, number)
        }
        // Files are bounded on load (MeetingBounds); never trap even so.
        return Identifier("\(prefix)-\(highest.addingReportingOverflow(1).overflow ? highest : highest + 1)")
    }
}
