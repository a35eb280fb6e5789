/// A calendar day without a time (due dates, reply dates), stored as
/// `YYYY-MM-DD`. Typed in Vietnamese form too: `17/07/2020`.
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `2020-07-17`, `17/07/2020`, `17/7/2020` or `17-07-2020`.
    public init?(parsing text: String) {
        // The form every file holds (YYYY-MM-DD), read from its bytes: a first index build parses a million of them.
        if text.utf8.count == 10, let iso = Self.iso(text.utf8) {
            guard let day = Day(year: iso.year, month: iso.month, day: iso.day) else { return nil }
            self = day
            return
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        // Digits and one kind of separator only: Int() alone would take "+5" or "-0".
        guard trimmed.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || $0 == "-" || $0 == "/" || $0 == "." }) else {
            return nil
        }
        let iso = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        if iso.count == 3, iso[0].count == 4 {
            guard iso.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
                  let y = Int(iso[0]), let m = Int(iso[1]), let d = Int(iso[2]),
                  iso[1].count == 2, iso[2].count == 2 else { return nil }
            self.init(year: y, month: m, day: d)
            return
        }
        let separator: Character = trimmed.contains("/") ? "/" : (trimmed.contains(".") ? "." : "-")
        let parts = trimmed.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }), parts[2].count == 4, (1...2).contains(parts[0].count),
              (1...2).contains(parts[1].count),
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Year, month and day of exactly `DDDD-DD-DD`; nil for anything else (the general rules then decide).
    static func iso(_ bytes: some Sequence<UInt8>) -> (year: Int, month: Int, day: Int)? {
        var fields = (0, 0, 0)
        for (i, b) in bytes.enumerated() {
            if i == 4 || i == 7 {
                guard b == 0x2D else { return nil }
                continue
            }
            guard b >= 0x30 && b <= 0x39 else { return nil }
            let digit = Int(b - 0x30)
            if i < 4 { fields.0 = fields.0 * 10 + digit } else if i < 7 { fields.1 = fields.1 * 10 + digit } else { fields.2 = fields.2 * 10 + digit }
        }
        return fields
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(parsing: text) else {
            throw ReadProblemError.corrupted(.notADate(text), decoder)
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    /// `2020-07-17`
    public var iso: String { "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }
    /// `17/07/2020`, the form Vietnamese offices write.
    public var vietnamese: String { "\(pad(day, 2))/\(pad(month, 2))/\(pad(year, 4))" }
    public var description: String { iso }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Days since 1970-01-01 (a proleptic Gregorian day number).
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(ordinal: Int) {
        let z = ordinal + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }
    public func days(until other: Day) -> Int { other.ordinal - ordinal }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
