/// The words for the domain's fixed choices (kinds, levels, statuses, roles,
/// dispositions) and its nouns, one table per language
/// (`DomainWords+vi.swift`, `DomainWords+en.swift`). The program's screens,
/// the commands' output, the report and the minutes all read them here, so
/// they cannot drift apart; the minutes' formal register, where it must
/// differ, is the `formal` part of the same table.
///
/// Every entry is a `switch`, so a new case does not compile until both
/// languages name it.
public struct DomainWords: Sendable {
    public let language: Language
    let meetingKinds: @Sendable (MeetingKind) -> String
    let levels: @Sendable (AdministrativeLevel) -> String
    let statuses: @Sendable (MeetingStatus) -> String
    let roles: @Sendable (AttendeeRole) -> String
    let opinionKinds: @Sendable (OpinionKind) -> String
    let dispositions: @Sendable (Disposition) -> String
    let followUpStatuses: @Sendable (FollowUpStatus) -> String
    let nouns: @Sendable (DomainNoun) -> String
    /// The minutes' register.
    public let formal: FormalWords

    public func name(_ value: MeetingKind) -> String { meetingKinds(value) }
    public func name(_ value: AdministrativeLevel) -> String { levels(value) }
    public func name(_ value: MeetingStatus) -> String { statuses(value) }
    public func name(_ value: AttendeeRole) -> String { roles(value) }
    public func name(_ value: OpinionKind) -> String { opinionKinds(value) }
    public func name(_ value: Disposition) -> String { dispositions(value) }
    public func name(_ value: FollowUpStatus) -> String { followUpStatuses(value) }
    public func name(_ value: DomainNoun) -> String { nouns(value) }
    /// "40 người", "40 people": the people one attendee row stands for.
    public func headcount(_ count: Int) -> String { "\(count) \(nouns(.peopleCounted))" }

    public static func of(_ language: Language) -> DomainWords { language.words }
}

/// The domain's nouns and states that more than one part of the program
/// names: a tab, a column, a heading of `show`, a row of the report.
public enum DomainNoun: String, CaseIterable, Sendable {
    case meeting, attendees, reports, opinions, topic, responses, followUps, conclusion
    case due, present, absent, anonymous
    /// A follow-up not yet done (open or in progress), as the report and F6 count it.
    case pending
    /// A pending follow-up past its due date.
    case overdue
    /// How many people a group row stands for: "(40 người)".
    case peopleCounted
}

/// The minutes' formal register: the same choices as they read in a
/// clerk's sentence or in the minutes' tables.
public struct FormalWords: Sendable {
    /// Role groups mid-sentence: "cán bộ, công chức".
    let roleGroups: @Sendable (AttendeeRole) -> String
    /// Role groups as table cells: "Cán bộ, công chức".
    let roleCells: @Sendable (AttendeeRole) -> String
    /// What the speaker did, as a verb: "kiến nghị", "hỏi".
    let kindVerbs: @Sendable (OpinionKind) -> String
    /// What was done, mid-sentence: "đã trả lời trực tiếp tại hội nghị".
    let dispositions: @Sendable (Disposition) -> String
    /// The gathering as the closing and approval lines name it: ("Hội nghị", "hội nghị").
    let gatherings: @Sendable (MeetingKind) -> (sentenceStart: String, midSentence: String)

    public func roleGroup(_ role: AttendeeRole) -> String { roleGroups(role) }
    public func roleCell(_ role: AttendeeRole) -> String { roleCells(role) }
    public func verb(_ kind: OpinionKind) -> String { kindVerbs(kind) }
    public func clause(_ disposition: Disposition) -> String { dispositions(disposition) }
    public func gathering(_ kind: MeetingKind) -> (sentenceStart: String, midSentence: String) { gatherings(kind) }
}
