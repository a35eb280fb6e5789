import DoiThoaiCore

/// The opinions browser's filters, one typed value: the filter form (`F2`)
/// is built from it and read back into it, the browser keeps it, and the
/// index is asked with it (`searchFilters`). Nil or empty: not filtered.
public struct BrowserFilterValue: Equatable, Sendable {
    public var topic: TopicID?
    /// First and last day, both included.
    public var from: Day?
    public var to: Day?
    /// Part of the organizer's or the speaker's name, as typed (folded when asked).
    public var organizer = ""
    public var speaker = ""
    public var kind: OpinionKind?
    /// What was done with it: answered at the meeting, in writing, forwarded, noted.
    public var disposition: Disposition?
    public var followUp: SearchFilters.FollowUpState?

    public init() {}

    /// Nothing is filtered.
    public var isEmpty: Bool { self == BrowserFilterValue() }

    /// The filters as the index takes them, "overdue" judged on `today`.
    public func searchFilters(today: Day) -> SearchFilters {
        var filters = SearchFilters()
        filters.topic = topic
        filters.from = from
        filters.to = to
        filters.organizer = Self.folded(organizer)
        filters.speaker = Self.folded(speaker)
        filters.kind = kind
        filters.disposition = disposition
        filters.followUp = followUp
        filters.asOf = today
        return filters
    }

    static func folded(_ name: String) -> String? {
        let folded = VietnameseFolding.fold(name).trimmingCharacters(in: .whitespaces)
        return folded.isEmpty ? nil : folded
    }

    // MARK: the form

    var fields: [FormField] {
        [
            FormField(.topic, .fieldTopic, .topic(TextField(), selected: topic, highlight: 0)),
            FormField(.from, .fieldFrom, Forms.text(from?.vietnamese)),
            FormField(.to, .fieldTo, Forms.text(to?.vietnamese)),
            FormField(.organizer, .fieldOrganizer, .completion(TextField(organizer), source: .organizers, highlight: nil)),
            FormField(.speaker, .fieldSpeaker, .completion(TextField(speaker), source: .speakers, highlight: nil)),
            FormField(.anyKind, .fieldOpinionKind, .choice(Self.kindChoices, selected: Self.kindChoices.firstIndex { $0.value == (kind?.rawValue ?? "") } ?? 0)),
            FormField(.anyDisposition, .fieldDisposition,
                      .choice(Self.dispositionChoices, selected: Self.dispositionChoices.firstIndex { $0.value == (disposition?.rawValue ?? "") } ?? 0)),
            FormField(.followUpState, .fieldFollowUpState,
                      .choice(Self.followUpChoices, selected: Self.followUpChoices.firstIndex { $0.value == (followUp?.rawValue ?? "") } ?? 0)),
        ]
    }

    static let kindChoices = [Choice("", .anyKind)] + Forms.choices(OpinionKind.allCases, \.phrase)
    static let dispositionChoices = [Choice("", .anyDisposition)] + Forms.choices(Disposition.allCases, \.phrase)
    static let followUpChoices = [Choice("", .browserAnyFollowUp)] + Forms.choices(SearchFilters.FollowUpState.allCases, \.phrase)

    /// Reads the form; a date that does not read, or a "to" before "from",
    /// is marked beside its field (`r.problems`) and the value not used.
    init(reading r: inout FormReading) {
        topic = r.topic(.topic)
        from = r.parse(.from, 0, .errorFilterDate) { Self.day($0, last: false) }
        to = r.parse(.to, 0, .errorFilterDate) { Self.day($0, last: true) }
        organizer = r.text(.organizer).trimmingCharacters(in: .whitespaces)
        speaker = r.text(.speaker).trimmingCharacters(in: .whitespaces)
        kind = r.choice(.anyKind, among: OpinionKind.self)
        disposition = r.choice(.anyDisposition, among: Disposition.self)
        followUp = r.choice(.followUpState, among: SearchFilters.FollowUpState.self)
    }

    /// A day typed in the "from" or "to" field: dd/mm/yyyy (or yyyy-mm-dd),
    /// or a whole month (mm/yyyy) or year (yyyy), which mean its first day
    /// for "from" and its last for "to" — "2024" in both is the year 2024.
    public static func day(_ typed: String, last: Bool) -> Day? {
        let text = typed.trimmingCharacters(in: .whitespaces)
        if let day = Day(parsing: text) { return day }
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).map(String.init)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }) else { return nil }
        switch parts.count {
        case 1 where parts[0].count == 4:
            guard let year = Int(parts[0]), (1900...2200).contains(year) else { return nil }
            return Day(year: year, month: last ? 12 : 1, day: last ? 31 : 1)
        case 2:
            // mm/yyyy, or yyyy-mm
            let (m, y) = parts[1].count == 4 ? (parts[0], parts[1]) : (parts[1], parts[0])
            guard y.count == 4, let year = Int(y), let month = Int(m), (1900...2200).contains(year), (1...12).contains(month),
                  let first = Day(year: year, month: month, day: 1) else { return nil }
            guard last else { return first }
            let next = month == 12 ? Day(year: year + 1, month: 1, day: 1) : Day(year: year, month: month + 1, day: 1)
            return next?.adding(days: -1)
        default:
            return nil
        }
    }

    // MARK: the quick period step (F4)

    /// The periods `F4` steps through: the questions asked most ("this
    /// year", "last year", "this month"), then every day again.
    public enum Period: CaseIterable, Sendable {
        case all, thisMonth, thisYear, lastYear

        public func range(today: Day) -> (from: Day?, to: Day?) {
            switch self {
            case .all: return (nil, nil)
            case .thisMonth:
                let first = Day(year: today.year, month: today.month, day: 1)
                let month = String(today.month) + "/" + String(today.year)
                return (first, BrowserFilterValue.day(month, last: true))
            case .thisYear: return (Day(year: today.year, month: 1, day: 1), Day(year: today.year, month: 12, day: 31))
            case .lastYear: return (Day(year: today.year - 1, month: 1, day: 1), Day(year: today.year - 1, month: 12, day: 31))
            }
        }
    }

    /// The period the dates chosen are, when they are one of the steps.
    public func period(today: Day) -> Period? {
        Period.allCases.first { p in let r = p.range(today: today); return r.from == from && r.to == to }
    }

    /// The next step of `F4`: dates typed by hand go back to every day.
    public mutating func stepPeriod(today: Day) {
        let all = Period.allCases
        let next = period(today: today).flatMap { all.firstIndex(of: $0) }.map { all[($0 + 1) % all.count] } ?? .all
        (from, to) = next.range(today: today)
    }
}
