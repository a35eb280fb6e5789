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

/// "14:05" or "14h05" as hour and minute.
struct ClockTime: ExpressibleByArgument {
    var hour: Int
    var minute: Int

    init?(argument: String) {
        let parts = argument.split(whereSeparator: { $0 == ":" || $0 == "h" })
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0..<24).contains(h), (0..<60).contains(m)
        else { return nil }
        hour = h
        minute = m
    }

    static var defaultValueDescription: String { "HH:MM" }

    func on(_ day: Day) -> Timestamp {
        Timestamp(day: day, hour: hour, minute: minute, offset: TimeZone.program.secondsFromGMT())
    }
}

extension TopicCatalog {
    /// The topic a `--topic` names: an id, or a name with or without marks.
    func named(_ text: String) throws -> Topic {
        guard let found = find(text) else {
            let known = topics.map { "\($0.id) (\($0.name))" }.joined(separator: ", ")
            throw CommandFailure("--topic “\(text)” names no topic; known topics: \(known). `doithoai topics add NAME` adds one.")
        }
        return found
    }
}
