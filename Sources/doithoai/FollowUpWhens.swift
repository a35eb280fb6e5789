import DoiThoaiCore
import DoiThoaiUI

/// The "when" column of `doithoai followups`: the words F6 shows ("⚠ trễ 3
/// ngày", "còn 5 ngày", "hạn hôm nay", or the status), padded to the widest
/// the listing holds, exactly as `TableText` pads a cell. A listing holds
/// thousands of distinct days: their words differ only in the number, so
/// each kind of phrase is measured once per count of digits, not once per day.
struct FollowUpWhens {
    private let language: Language
    private let standings: Set<FollowUpStanding>
    /// Each phrase's parts around its number.
    private let late: [String], left: [String]
    /// Columns of each kind of phrase (see `kind`).
    private let widths: [Int: Int]
    let width: Int

    init(_ standings: Set<FollowUpStanding>, language: Language) {
        self.language = language
        self.standings = standings
        let late = language.text(.trackerLate).components(separatedBy: "%1")
        let left = language.text(.trackerLeft).components(separatedBy: "%1")
        self.late = late
        self.left = left
        var widths: [Int: Int] = [:]
        var widest = 12
        for standing in standings {
            let kind = Self.kind(standing)
            let columns = widths[kind] ?? TextWidth.of(Self.words(Self.representative(standing), late: late, left: left, language))
            widths[kind] = columns
            widest = max(widest, columns)
        }
        self.widths = widths
        width = widest
    }

    /// The cell of `standing`, made safe and padded; empty for one the index did not list.
    func cell(_ standing: FollowUpStanding) -> String {
        guard standings.contains(standing), let columns = widths[Self.kind(standing)] else { return "" }
        let said = Self.words(standing, late: late, left: left, language)
        // What `TableText.row` does: safe first, then padded by its columns (never cut: `width` is the widest).
        guard ControlCharacters.terminalSafe(said, singleLine: true) == said else {
            return ControlCharacters.terminalSafe(TableText.row([(said, width, false)]), singleLine: true)
        }
        return said + String(repeating: " ", count: max(0, width - columns))
    }

    private static func words(_ standing: FollowUpStanding, late: [String], left: [String], _ language: Language) -> String {
        switch standing {
        case .daysLeft(let days):
            days < 0 ? late.joined(separator: String(-days)) : days == 0 ? language.text(.trackerToday) : left.joined(separator: String(days))
        case .settled(let status):
            language.words.name(status)
        }
    }

    /// Phrases of one kind are as wide as each other: late or left by a number of as many digits, today, or a status.
    private static func kind(_ standing: FollowUpStanding) -> Int {
        switch standing {
        case .daysLeft(let days): days == 0 ? 0 : (days < 0 ? 1 : 2) + 4 * String(abs(days)).utf8.count
        case .settled(let status): -1 - (FollowUpStatus.allCases.firstIndex(of: status) ?? 0)
        }
    }

    /// A phrase of the same kind, to measure.
    private static func representative(_ standing: FollowUpStanding) -> FollowUpStanding {
        guard case .daysLeft(let days) = standing, days != 0 else { return standing }
        let ones = Int(String(repeating: "1", count: String(abs(days)).utf8.count)) ?? 1
        return .daysLeft(days < 0 ? -ones : ones)
    }
}
