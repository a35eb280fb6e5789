import Foundation

/// The instant every program and command started by the tests believes it
/// is when it starts (`DOITHOAI_NOW`); its clock then runs on in real time.
/// No test depends on the day it runs.
enum TestClock {
    static let start = "2026-11-24T14:05:00+07:00"
    /// The same instant, for expectations.
    static let day = "2026-11-24"
    static let hour = 14
    static let minute = 5

    /// `day` plus `days`, as `yyyy-MM-dd`.
    static func day(plus days: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 7 * 3600) ?? .current
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = calendar.timeZone
        let start = formatter.date(from: day) ?? Date(timeIntervalSince1970: 0)
        return formatter.string(from: calendar.date(byAdding: .day, value: days, to: start) ?? start)
    }
}
