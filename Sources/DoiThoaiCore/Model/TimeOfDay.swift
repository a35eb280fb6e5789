import Foundation

/// A time of day as a secretary types it: "14:05", "14h05", "14g05",
/// "14.05", "1405", "9:30" or "9". The one parser of times, for the
/// program's forms and the commands' options alike.
public struct TimeOfDay: Equatable, Comparable, Sendable, CustomStringConvertible {
    public var hour: Int
    public var minute: Int

    public init?(hour: Int, minute: Int) {
        guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || ":hg.".contains($0)) }) else { return nil }
        let parts = trimmed.split(omittingEmptySubsequences: false, whereSeparator: { ":hg.".contains($0) })
            .map(String.init)
        var hour: Int?
        var minute = 0
        switch parts.count {
        case 1:
            guard let value = Int(parts[0]) else { return nil }
            if parts[0].count <= 2 { hour = value } else if parts[0].count <= 4 { hour = value / 100; minute = value % 100 }
        case 2:
            // "14h" is 14:00; "14h05" and "14:05" are 14:05.
            hour = Int(parts[0])
            if !parts[1].isEmpty {
                guard parts[1].count <= 2, let m = Int(parts[1]) else { return nil }
                minute = m
            }
        default:
            return nil
        }
        guard let hour else { return nil }
        self.init(hour: hour, minute: minute)
    }

    /// The time on the clock of `time`.
    public init(_ time: Timestamp) {
        hour = time.hour
        minute = time.minute
    }

    /// This time on `day`, at `offset` seconds from UTC.
    public func on(_ day: Day, offset: Int) -> Timestamp {
        Timestamp(day: day, hour: hour, minute: minute, offset: offset)
    }

    public var description: String {
        (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }

    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { (a.hour, a.minute) < (b.hour, b.minute) }
}

/// Stored as it is shown, "14:05" (a form's draft keeps the time typed).
extension TimeOfDay: Codable {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let time = TimeOfDay(parsing: text) else {
            throw ReadProblemError.corrupted(.notATime(text), decoder)
        }
        self = time
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
