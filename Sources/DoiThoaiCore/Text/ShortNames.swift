import Foundation

/// The part of an organizer's name or a meeting's title that tells one
/// meeting from another, for narrow columns: "UBND phường Ngọc Thụy" and
/// "UBND quận Thanh Xuân" differ only after the generic "UBND …" prefix.
public enum ShortNames {
    /// Administrative units, longest first, with the abbreviation offices use.
    static let units: [(word: String, short: String)] = [
        ("thành phố", "TP."), ("thị trấn", "TT."), ("thị xã", "TX."), ("phường", "P."), ("quận", "Q."),
        ("huyện", "H."), ("tỉnh", "tỉnh"), ("xã", "X."),
    ]
    static let peoplesCommittee = ["UBND", "Ủy ban nhân dân", "Uỷ ban nhân dân"]

    /// "UBND phường Ngọc Thụy" → "P. Ngọc Thụy"; "UBND quận Thanh Xuân" →
    /// "Q. Thanh Xuân"; "Sở Nội vụ tỉnh Lạng Sơn" → "Sở Nội vụ Lạng Sơn";
    /// a name without a unit ("Bộ Nội vụ") is kept.
    public static func organizer(_ name: String) -> String {
        let text = name.trimmingCharacters(in: .whitespaces)
        let words = text.split(separator: " ").map(String.init)
        for unit in units {
            let unitWords = unit.word.split(separator: " ").map(String.init)
            guard let at = lastIndex(of: unitWords, in: words), at > 0, at + unitWords.count < words.count else { continue }
            let head = words[..<at].joined(separator: " ")
            let place = words[(at + unitWords.count)...].joined(separator: " ")
            if peoplesCommittee.contains(where: { $0.compare(head, options: .caseInsensitive) == .orderedSame }) {
                return unit.short == "tỉnh" ? "UBND tỉnh " + place : unit.short + " " + place
            }
            return head + " " + place
        }
        return text
    }

    /// Leading words every meeting of a kind shares, dropped from a short title.
    static let genericLeads = [
        "Hội nghị đối thoại với", "Hội nghị đối thoại", "Buổi đối thoại với", "Đối thoại với",
        "Hội thảo khoa học", "Hội thảo", "Tọa đàm", "Toạ đàm", "Hội nghị",
    ]

    /// "Hội nghị đối thoại với đại diện nhân dân về…" → "Đại diện nhân dân về…";
    /// the form official titles take (Chỉ thị 13), "Hội nghị đối thoại của Chủ
    /// tịch UBND quận Cầu Giấy với tổ chức, cá nhân năm 2026" → "Tổ chức, cá
    /// nhân năm 2026": who convenes it is the organizer's column, the year and
    /// the subject are what tell such meetings apart. Quotes around what is
    /// left are dropped. A title that is only the lead is kept.
    public static func title(_ title: String) -> String {
        var text = title.trimmingCharacters(in: .whitespaces)
        if genericLeads.contains(where: { $0.lowercased() == text.lowercased() }) { return text }
        for lead in genericLeads where text.lowercased().hasPrefix(lead.lowercased() + " ") {
            text = String(text.dropFirst(lead.count)).trimmingCharacters(in: .whitespaces)
            break
        }
        if text.lowercased().hasPrefix("của "), let with = text.range(of: " với ", options: .caseInsensitive),
           !text[with.upperBound...].trimmingCharacters(in: .whitespaces).isEmpty {
            text = String(text[with.upperBound...])
        }
        text = text.trimmingCharacters(in: CharacterSet(charactersIn: "“”\"«» "))
        guard let first = text.first else { return title }
        return first.uppercased() + text.dropFirst()
    }

    private static func lastIndex(of phrase: [String], in words: [String]) -> Int? {
        guard words.count >= phrase.count else { return nil }
        for start in stride(from: words.count - phrase.count, through: 0, by: -1)
        where zip(words[start...], phrase).allSatisfy({ $0.0.lowercased() == $0.1 }) {
            return start
        }
        return nil
    }
}
