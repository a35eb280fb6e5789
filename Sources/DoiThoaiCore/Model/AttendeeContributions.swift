import Foundation

/// What an attendee said at the meeting: the opinions they spoke and
/// those they answered, by number. Asked before an attendee is removed, so
/// the question says what their removal touches.
public struct AttendeeContributions: Equatable, Sendable {
    public var spoke: [Int] = []
    public var answered: [Int] = []

    public init(spoke: [Int] = [], answered: [Int] = []) {
        self.spoke = spoke
        self.answered = answered
    }

    public var isEmpty: Bool { spoke.isEmpty && answered.isEmpty }
}

extension Meeting {
    /// The opinions `id` spoke or answered: linked to them, or, when no
    /// attendee is linked, recorded under their name (marks and case
    /// ignored; an answerer written "Name, title").
    public func contributions(of id: AttendeeID) -> AttendeeContributions {
        guard let attendee = attendees.first(where: { $0.id == id }) else { return AttendeeContributions() }
        let name = VietnameseFolding.fold(attendee.name).trimmingCharacters(in: .whitespaces)
        func named(_ text: String?) -> Bool {
            guard let text, !name.isEmpty else { return false }
            let folded = VietnameseFolding.fold(text).trimmingCharacters(in: .whitespaces)
            return folded == name || folded.hasPrefix(name + ",")
        }
        var result = AttendeeContributions()
        for opinion in opinions {
            if opinion.attendeeId == id || (opinion.attendeeId == nil && named(opinion.speaker)) { result.spoke.append(opinion.number) }
            if opinion.responses.contains(where: { $0.attendeeId == id || ($0.attendeeId == nil && named($0.responder)) }) {
                result.answered.append(opinion.number)
            }
        }
        return result
    }
}
