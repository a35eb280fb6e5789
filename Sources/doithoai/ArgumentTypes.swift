import Foundation
import ArgumentParser
import DoiThoaiCore

// Domain values typed on the command line, with the accepted forms named in
// the error when a value is wrong.

extension Day: ExpressibleByArgument {
    /// `2020-07-17` or `17/07/2020`.
    public init?(argument: String) { self.init(parsing: argument) }
    public static var defaultValueDescription: String { "YYYY-MM-DD or dd/mm/yyyy" }
}

extension MeetingKind: ExpressibleByArgument {}
extension AdministrativeLevel: ExpressibleByArgument {}
extension AttendeeRole: ExpressibleByArgument {}
extension OpinionKind: ExpressibleByArgument {}
extension Disposition: ExpressibleByArgument {}
extension FollowUpStatus: ExpressibleByArgument {}

/// A time of day, parsed by the core's one parser ("14:05", "14h05", "1405").
extension TimeOfDay: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
    public static var defaultValueDescription: String { "HH:MM" }

    func on(_ day: Day) -> Timestamp { on(day, offset: TimeZone.program.secondsFromGMT()) }
}

extension TopicCatalog {
    /// The topic a `--topic` names: an id, or a name with or without marks.
    func named(_ text: String) throws -> Topic {
        guard let found = find(text) else {
            let candidates = TopicMatcher.matches(text, in: self, usage: [:])
            if candidates.count > 1 {
                let listed = candidates.map { "\($0.id) (\($0.name))" }.joined(separator: ", ")
                throw CommandFailure(DataOptions.language.message(.topicAmbiguous, text, listed))
            }
            let known = topics.map { "\($0.id) (\($0.name))" }.joined(separator: ", ")
            throw CommandFailure(DataOptions.language.message(.topicUnknown, text, known))
        }
        return found
    }
}
