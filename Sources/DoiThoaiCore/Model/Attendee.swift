import Foundation

/// A person present at (or invited to) the meeting. The chair and the
/// secretary are attendees with those roles. A row may stand for a group
/// ("Đại diện Sở Nội vụ 37 tỉnh, thành phố") with `count` people.
public struct Attendee: Equatable, Sendable, Codable, KeepsUnknownFields {
    public var id: AttendeeID
    public var name: String
    /// chức vụ, e.g. "Chủ tịch UBND phường"
    public var title: String?
    /// cơ quan, đơn vị, or the citizen's address
    public var organization: String?
    public var role: AttendeeRole
    public var present: Bool
    /// How many people this row stands for, when it is a group.
    public var count: Int?
    public var extra: JSONObject = [:]

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, title, organization, role, present, count
    }

    public init(id: AttendeeID, name: String, title: String? = nil, organization: String? = nil,
                role: AttendeeRole, present: Bool = true, count: Int? = nil) {
        self.id = id
        self.name = name
        self.title = title
        self.organization = organization
        self.role = role
        self.present = present
        self.count = count
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(AttendeeID.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        organization = try c.decodeIfPresent(String.self, forKey: .organization)
        role = try c.decode(AttendeeRole.self, forKey: .role)
        present = try c.decode(Bool.self, forKey: .present)
        count = try c.decodeIfPresent(Int.self, forKey: .count)
        extra = try Self.unknownFields(in: decoder)
    }

    /// People this row stands for.
    public var headcount: Int { count ?? 1 }

    /// What the name field holds when a source gives no name: the minutes
    /// then name the person by title and leave the signature line blank.
    public static let unnamed = "(không nêu tên trong bài)"

    /// True when the name is empty or a remark in parentheses, like `unnamed`.
    public var isUnnamed: Bool {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty || (trimmed.hasPrefix("(") && trimmed.hasSuffix(")"))
    }
}

/// A report presented at the meeting (báo cáo), with optional figures.
public struct AgendaItem: Equatable, Sendable, Codable, KeepsUnknownFields {
    public var id: AgendaItemID
    public var presenter: String
    public var summary: String
    public var figures: [Figure]
    public var extra: JSONObject = [:]

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id, presenter, summary, figures
    }

    public init(id: AgendaItemID, presenter: String, summary: String, figures: [Figure] = []) {
        self.id = id
        self.presenter = presenter
        self.summary = summary
        self.figures = figures
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(AgendaItemID.self, forKey: .id)
        presenter = try c.decode(String.self, forKey: .presenter)
        summary = try c.decode(String.self, forKey: .summary)
        figures = try c.decodeIfPresent([Figure].self, forKey: .figures) ?? []
        extra = try Self.unknownFields(in: decoder)
    }

    public mutating func absorbChildren(_ object: JSONObject) { figures.absorb(object["figures"]) }
    public func emitChildren(into object: inout JSONObject) {
        var value = object["figures"]
        figures.emit(into: &value)
        object["figures"] = value
    }
    public var holdsExtra: Bool { !extra.isEmpty || figures.holdsExtra }
}

/// One figure of a report: "Hồ sơ tiếp nhận" = "2201".
public struct Figure: Equatable, Sendable, Codable, KeepsUnknownFields {
    public var label: String
    public var value: String
    public var extra: JSONObject = [:]

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case label, value
    }

    public init(label: String, value: String) {
        self.label = label
        self.value = value
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        label = try c.decode(String.self, forKey: .label)
        value = try c.decode(String.self, forKey: .value)
        extra = try Self.unknownFields(in: decoder)
    }
}

extension Meeting {
    /// The roles that answer for the body and take its tasks.
    public static let answeringRoles: [AttendeeRole] = [.chair, .official, .expert, .delegate]

    /// The attendees in the order the answerer and assignee fields offer
    /// them: the chair, officials, experts and delegates first, then the
    /// others (the secretary too), each in the order of the attendance list.
    public var attendeesOfficialsFirst: [Attendee] {
        attendees.filter { Self.answeringRoles.contains($0.role) } + attendees.filter { !Self.answeringRoles.contains($0.role) }
    }
}

extension Attendee {
    /// "Name, title" as an answerer or an assignee is written (the name alone when there is no title).
    public var nameWithTitle: String { [name, title].compactMap { $0 }.joined(separator: ", ") }
}
