import Foundation

/// An instant with the UTC offset it was recorded in, stored as ISO 8601
/// (`2020-07-17T14:00:00+07:00`) so the file says the local time a
/// secretary would read, and the offset survives a round trip.
public struct Timestamp: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public let seconds: Int64
    /// Offset from UTC in seconds (+07:00 is 25200).
    public let offset: Int

    public init(seconds: Int64, offset: Int) {
        self.seconds = seconds
        self.offset = offset
    }

    public init(_ date: Date, zone: TimeZone = .program) {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        self.init(seconds: seconds, offset: zone.secondsFromGMT(for: date))
    }

    /// The local day and time at `hour:minute` on `day` in a zone of `offset`.
    public init(day: Day, hour: Int, minute: Int, second: Int = 0, offset: Int) {
        let local = Int64(day.ordinal) * 86400 + Int64(hour * 3600 + minute * 60 + second)
        self.init(seconds: local - Int64(offset), offset: offset)
    }

    public init?(parsing text: String) {
        // Over the text's own bytes: copying them into an array first cost a first index build a fifth of a second.
        var text = text
        guard let parsed = text.withUTF8({ Self.parse($0) }) else { return nil }
        self = parsed
    }

    /// The day of a timestamp's first ten bytes, as `Day(parsing:)` reads them (YYYY-MM-DD without making a String).
    private static func day(_ head: UnsafeBufferPointer<UInt8>) -> Day? {
        guard let iso = Day.iso(head) else { return Day(parsing: String(decoding: head, as: UTF8.self)) }
        return Day(year: iso.year, month: iso.month, day: iso.day)
    }

    private static func parse(_ chars: UnsafeBufferPointer<UInt8>) -> Timestamp? {
        // YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM|±HHMM)
        guard chars.count >= 16, chars[10] == UInt8(ascii: "T") || chars[10] == UInt8(ascii: " "),
              let day = day(UnsafeBufferPointer(rebasing: chars[0..<10])) else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= chars.count else { return nil }
            var value = 0
            for c in chars[range] {
                guard c >= 48 && c <= 57 else { return nil }
                value = value * 10 + Int(c - 48)
            }
            return value
        }
        guard let hour = number(11..<13), chars[13] == UInt8(ascii: ":"), let minute = number(14..<16),
              hour < 24, minute < 60 else { return nil }
        var index = 16
        var second = 0
        if index < chars.count, chars[index] == UInt8(ascii: ":") {
            guard let s = number(17..<19), s < 61 else { return nil }
            second = s
            index = 19
            if index < chars.count, chars[index] == UInt8(ascii: ".") {
                index += 1
                while index < chars.count, chars[index] >= 48, chars[index] <= 57 { index += 1 }
            }
        }
        var offset = 0
        if index == chars.count {
            offset = TimeZone.program.secondsFromGMT()
        } else if chars[index] == UInt8(ascii: "Z") && index + 1 == chars.count {
            offset = 0
        } else if chars[index] == UInt8(ascii: "+") || chars[index] == UInt8(ascii: "-") {
            let sign = chars[index] == UInt8(ascii: "+") ? 1 : -1
            let rest = chars.count - index - 1
            guard let oh = number(index + 1..<index + 3) else { return nil }
            var om = 0
            if rest == 5, chars[index + 3] == UInt8(ascii: ":"), let m = number(index + 4..<index + 6) {
                om = m
            } else if rest == 4, let m = number(index + 3..<index + 5) {
                om = m
            } else if rest != 2 {
                return nil
            }
            offset = sign * (oh * 3600 + om * 60)
        } else {
            return nil
        }
        return Timestamp(day: day, hour: hour, minute: minute, second: second, offset: offset)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Timestamp(parsing: text) else {
            throw ReadProblemError.corrupted(.notATimestamp(text), decoder)
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    var localSeconds: Int64 { seconds + Int64(offset) }
    /// The local calendar day.
    public var day: Day { Day(ordinal: Int(floorDiv(localSeconds, 86400))) }
    var secondOfDay: Int { Int(localSeconds - floorDiv(localSeconds, 86400) * 86400) }
    public var hour: Int { secondOfDay / 3600 }
    public var minute: Int { secondOfDay % 3600 / 60 }
    public var second: Int { secondOfDay % 60 }
    public var date: Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }

    /// `14:05`
    public var clock: String { "\(pad(hour, 2)):\(pad(minute, 2))" }

    public var iso: String {
        let sign = offset < 0 ? "-" : "+"
        let magnitude = abs(offset)
        return "\(day.iso)T\(clock):\(pad(second, 2))\(sign)\(pad(magnitude / 3600, 2)):\(pad(magnitude % 3600 / 60, 2))"
    }

    public var description: String { iso }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.seconds < rhs.seconds }
    public static func == (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.seconds == rhs.seconds && lhs.offset == rhs.offset
    }

    public func adding(seconds delta: Int64) -> Timestamp { Timestamp(seconds: seconds + delta, offset: offset) }
}

func floorDiv(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : -((-a + b - 1) / b) }

extension TimeZone {
    /// The program's zone: `TZ` when set, else Vietnam (+07:00).
    public static var program: TimeZone {
        if let name = ProcessInfo.processInfo.environment["TZ"], !name.isEmpty,
           let zone = TimeZone(identifier: name.hasPrefix(":") ? String(name.dropFirst()) : name) {
            return zone
        }
        return TimeZone(secondsFromGMT: 7 * 3600) ?? .current
    }
}

/// Where "now" and "today" come from; tests inject a fixed one.
public struct Clock: Sendable {
    public var now: @Sendable () -> Timestamp

    public init(now: @escaping @Sendable () -> Timestamp) { self.now = now }

    /// The machine's clock; `DOITHOAI_NOW=2026-12-01T13:24:00+07:00` sets
    /// where it starts (it then runs on in real time), so that the
    /// end-to-end tests, a training session or a demonstration do not
    /// depend on today's date.
    public static let system: Clock = {
        let started = Date()
        guard let text = ProcessInfo.processInfo.environment["DOITHOAI_NOW"], !text.isEmpty,
              let start = Timestamp(parsing: text) else { return Clock { Timestamp(Date()) } }
        return Clock {
            let elapsed = Int64(Date().timeIntervalSince(started).rounded(.down))
            return Timestamp(seconds: start.seconds + elapsed, offset: start.offset)
        }
    }()
    public static func fixed(_ time: Timestamp) -> Clock { Clock { time } }

    public var today: Day { now().day }
}
