import DoiThoaiCore

/// What the attendee form holds, typed: who, their role, whether present,
/// and for a group row how many people it stands for.
public struct AttendeeValue: Codable, Equatable, Sendable {
    public var name = ""
    public var jobTitle = ""
    public var organisation = ""
    public var role = AttendeeRole.citizen
    public var present = true
    /// A group row ("Đại diện các hộ dân tổ 5") stands for this many people; nil: one person.
    public var count: Int?

    /// A new attendee: the chair first, then the secretary, then citizens.
    public init(in meeting: Meeting) {
        role = meeting.chair == nil ? .chair : meeting.secretary == nil ? .secretary : .citizen
    }

    public init(_ a: Attendee) {
        name = a.name
        jobTitle = a.title ?? ""
        organisation = a.organization ?? ""
        role = a.role
        present = a.present
        count = a.count
    }

    var fields: [FormField] {
        [
            FormField(.name, .fieldName, Forms.text(name), required: true),
            FormField(.jobTitle, .fieldJobTitle, Forms.text(jobTitle)),
            FormField(.organisation, .fieldOrganisation, Forms.text(organisation)),
            FormField(.role, .fieldRole, Forms.choice(role, \.phrase)),
            FormField(.present, .fieldPresent, .flag(present)),
            FormField(.headcount, .fieldHeadcount, Forms.text(count.map(String.init))),
        ]
    }

    init(reading r: inout FormReading) {
        name = r.text(.name)
        jobTitle = r.text(.jobTitle)
        organisation = r.text(.organisation)
        role = r.choice(.role, AttendeeRole.self) ?? role
        present = r.flag(.present) ?? present
        count = r.parse(.headcount, 0, .errorHeadcount) { text in Int(text).flatMap { $0 >= 1 ? $0 : nil } }
    }

    /// The meeting with this attendee added, or attendee `id` changed.
    func apply(to meeting: Meeting, id: AttendeeID?) -> Meeting {
        var m = meeting
        let name = cleaned(name) ?? ""
        if let id, var attendee = m.attendee(id) {
            attendee.name = name
            attendee.title = cleaned(jobTitle)
            attendee.organization = cleaned(organisation)
            attendee.role = role
            attendee.present = present
            attendee.count = count
            m.replaceAttendee(attendee)
        } else {
            m.addAttendee { Attendee(id: $0, name: name, title: cleaned(jobTitle), organization: cleaned(organisation),
                                     role: role, present: present, count: count) }
        }
        return m
    }
}
