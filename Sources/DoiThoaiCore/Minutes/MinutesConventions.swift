import Foundation

/// How an office writes the parts of the minutes that follow from the
/// meeting itself: the symbol after the number, the word the closing line
/// starts with, and who receives a copy. Domain rules, written once; the
/// minutes, the program and the commands read them from here.
public enum MinutesConventions {
    /// "BB-UBND", "BB-SNV", "BB-BNV": the meeting's `documentSymbol` when it
    /// has one, else "BB-" and the organizer's abbreviation.
    public static func symbol(of meeting: Meeting) -> String {
        if let own = meeting.documentSymbol?.trimmingCharacters(in: .whitespaces), !own.isEmpty { return own }
        return "BB-" + abbreviation(of: meeting.organizer)
    }

    /// The abbreviation an office uses for its own name: "UBND phường Ngọc
    /// Thụy" → "UBND", "Sở Nội vụ thành phố Hà Nội" → "SNV", "Bộ Nội vụ" →
    /// "BNV", "Sở Tài nguyên và Môi trường tỉnh Lạng Sơn" → "STNMT". A name
    /// that opens with an acronym (UBND, HĐND, UBMTTQ) gives the acronym;
    /// otherwise the initials of the words before the place name. "Ủy ban
    /// nhân dân …" gives "UBND".
    public static func abbreviation(of organizer: String) -> String {
        let words = organizer.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" || $0 == "–" }).map(String.init)
        guard let first = words.first else { return "UBND" }
        if first.count > 1, first == first.uppercased(with: vietnamese), first != first.lowercased(with: vietnamese) {
            return first
        }
        let folded = words.map { VietnameseFolding.fold($0.lowercased(with: vietnamese)) }
        if folded.starts(with: ["uy", "ban", "nhan", "dan"]) { return "UBND" }
        if folded.starts(with: ["hoi", "dong", "nhan", "dan"]) { return "HĐND" }
        var initials = ""
        for (index, word) in words.enumerated() {
            let f = folded[index]
            let next = folded.indices.contains(index + 1) ? folded[index + 1] : ""
            let lowerCase = word == word.lowercased(with: vietnamese)
            if index > 0, f == "tinh" || f == "tp" || f == "tp." || (f == "thanh" && next == "pho")
                || (lowerCase && placeWords.contains(f)) {
                break
            }
            if f == "va" { continue }
            if let letter = word.first { initials.append(String(letter).uppercased(with: vietnamese)) }
        }
        return initials.isEmpty ? "UBND" : initials
    }

    /// Words that start the place part of a body's name ("tỉnh Lạng Sơn").
    /// ("thành phố", "tỉnh" in any case; the others only in lower case, so
    /// that "Xã hội" in "Sở Lao động, Thương binh và Xã hội" is kept.)
    static let placeWords: Set<String> = ["quan", "huyen", "thi", "xa", "phuong"]

    /// The kind of gathering as the closing line and the approval line name
    /// it: ("Hội nghị", "hội nghị"), ("Buổi tọa đàm", "buổi tọa đàm"), …
    public static func gathering(_ kind: MeetingKind, language: MinutesLanguage) -> (sentenceStart: String, midSentence: String) {
        language.words.formal.gathering(kind)
    }

    /// Nơi nhận: the meeting's own list when it has one; otherwise the body
    /// above (to report to; "Lãnh đạo Bộ" for a ministry), then every unit
    /// assigned a follow-up, once each. "Lưu: VT, hồ sơ." is added by the
    /// minutes, last, unless the list already ends with a "Lưu" line.
    public static func recipients(of meeting: Meeting, language: MinutesLanguage = .vi) -> [String] {
        if let own = meeting.recipients {
            return own.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        }
        let english = language == .en
        var list: [String] = []
        let report = english ? " (for report)" : " (để báo cáo)"
        if let parent = meeting.parentBody?.trimmingCharacters(in: .whitespaces), !parent.isEmpty {
            list.append(parent + report)
        } else if meeting.level == .ministry {
            list.append((english ? "Ministry leaders" : "Lãnh đạo Bộ") + report)
        }
        // The organizer itself is not sent its own copy: it keeps the archive one.
        var seen: Set<String> = [VietnameseFolding.fold(meeting.organizer.trimmingCharacters(in: .whitespaces).lowercased())]
        for followUp in meeting.followUps where followUp.status != .cancelled {
            let assignee = followUp.assignee.trimmingCharacters(in: .whitespaces)
            guard !assignee.isEmpty, seen.insert(VietnameseFolding.fold(assignee.lowercased())).inserted else { continue }
            list.append(assignee + (english ? " (for action)" : " (để thực hiện)"))
        }
        return list
    }

    /// True for a recipient line that is the archive copy ("Lưu: VT, hồ sơ").
    public static func isArchiveLine(_ line: String) -> Bool {
        let folded = VietnameseFolding.fold(line.lowercased()).trimmingCharacters(in: CharacterSet(charactersIn: "- "))
        return folded.hasPrefix("luu:") || folded.hasPrefix("luu ") || folded.hasPrefix("archive")
    }

    static let vietnamese = Locale(identifier: "vi_VN")
}
