/// Dates and times as an administrative document writes them.
public enum VietnameseDate {
    /// "ngày 17 tháng 7 năm 2020"; days under 10 and months 1 and 2 with a
    /// leading zero, as Nghị định 30/2020/NĐ-CP asks ("ngày 05 tháng 02 năm 2021").
    public static func long(_ day: Day) -> String {
        let d = day.day < 10 ? "0\(day.day)" : "\(day.day)"
        let m = day.month <= 2 ? "0\(day.month)" : "\(day.month)"
        return "ngày \(d) tháng \(m) năm \(day.year)"
    }

    /// "17 July 2020".
    public static func english(_ day: Day) -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        return "\(day.day) \(months[day.month - 1]) \(day.year)"
    }

    /// "14 giờ 00".
    public static func clock(_ time: Timestamp) -> String {
        "\(time.hour) giờ \(time.minute < 10 ? "0" : "")\(time.minute)"
    }
}
