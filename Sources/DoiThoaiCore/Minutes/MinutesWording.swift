import Foundation

/// How the minutes put a meeting's records into sentences, as a Vietnamese
/// clerk writes them: names with their titles (the organisation not
/// repeated), speakers, headcounts, the closing line and Nơi nhận.
struct MinutesWording {
    let labels: MinutesLabels
    let language: MinutesLanguage
    let meeting: Meeting

    init(labels: MinutesLabels, language: MinutesLanguage, meeting: Meeting) {
        self.labels = labels
        self.language = language
        self.meeting = meeting
    }

    static let vietnamese = Locale(identifier: "vi_VN")
    var english: Bool { language == .en }
    var gathering: (sentenceStart: String, midSentence: String) { MinutesConventions.gathering(meeting.kind, language: language) }

    // MARK: - Clean text

    /// A one-line field, cleaned of control and direction characters, trimmed.
    static func line(_ text: String) -> String {
        ControlCharacters.cleaned(NFC.normalize(text), singleLine: true)
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// The paragraphs of a multi-line text: split at LF, CRLF or CR, each
    /// cleaned and trimmed, empty lines (and a trailing newline) dropped.
    static func paragraphs(_ text: String) -> [String] {
        ControlCharacters.cleaned(NFC.normalize(text)).split(separator: "\n", omittingEmptySubsequences: true)
            .map { line(String($0)) }.filter { !$0.isEmpty }
    }

    /// The text ending with a full stop (or the mark it already ends with).
    static func sentence(_ text: String) -> String {
        guard let last = text.last else { return text }
        return ".!?…:;".contains(last) ? text : text + "."
    }

    /// Text as it reads in the middle of a sentence: a first word that is a
    /// common noun ("Phường Khương Đình", "Đại diện nhân dân…", "Hộ kinh
    /// doanh…") in lower case; a proper name or an acronym kept.
    func midSentence(_ text: String) -> String {
        guard let first = text.split(separator: " ").first else { return text }
        let folded = VietnameseFolding.fold(text.lowercased())
        let common = english ? ["a ", "the ", "citizen", "representative", "resident", "household", "ward ", "commune "]
            : Self.commonNouns
        guard common.contains(where: { folded.hasPrefix($0) }), String(first) != first.uppercased(with: Self.vietnamese) else {
            return text
        }
        return text.prefix(1).lowercased(with: Self.vietnamese) + text.dropFirst()
    }

    /// A topic name mid-sentence: first letter lower case unless the first
    /// word is an acronym ("PAR INDEX").
    func topicMidSentence(_ name: String) -> String {
        guard let first = name.split(separator: " ").first, first.count > 1,
              String(first) != first.uppercased(with: Self.vietnamese) else { return name }
        return name.prefix(1).lowercased(with: Self.vietnamese) + name.dropFirst()
    }

    static let commonNouns = ["phuong ", "xa ", "thi tran ", "quan ", "huyen ", "tinh ", "thanh pho ", "to dan pho ",
                              "thon ", "ap ", "khu pho ", "dai dien ", "dai bieu ", "ho kinh doanh", "lanh dao ",
                              "nguoi dan", "can bo ", "chuyen vien ", "so nha ", "ngo ", "ngach ", "cong dan"]

    // MARK: - People

    /// "Nguyễn Quốc Văn – Phó Bí thư Đảng ủy, Chủ tịch UBND phường": the
    /// organisation left out when the title already names it (a body of the
    /// organizer's own place: "Chủ tịch UBND phường" of "UBND phường Ngọc
    /// Thụy"). A person the source does not name: title first, then the remark.
    func describe(_ a: Attendee) -> String {
        let detail = titleAndOrganisation(a)
        if a.isUnnamed {
            let remark = Self.line(a.name).isEmpty ? Attendee.unnamed : Self.line(a.name)
            return detail.isEmpty ? remark : "\(detail) \(remark)"
        }
        return detail.isEmpty ? Self.line(a.name) : "\(Self.line(a.name)) – \(detail)"
    }

    func titleAndOrganisation(_ a: Attendee) -> String {
        let title = a.title.map(Self.line) ?? ""
        var organisation = a.organization.map(Self.line) ?? ""
        if !title.isEmpty, !organisation.isEmpty, Self.titleNames(title, organisation, organizer: meeting.organizer) {
            organisation = ""
        }
        return [title, organisation].filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// True when `title` already says which body `organisation` is.
    static func titleNames(_ title: String, _ organisation: String, organizer: String) -> Bool {
        let t = VietnameseFolding.fold(title), o = VietnameseFolding.fold(organisation)
        if t.contains(o) { return true }
        let words = o.split(separator: " ")
        guard words.count >= 2 else { return false }
        let kind = words.prefix(2).joined(separator: " ")
        let place = words.dropFirst(2).joined(separator: " ")
        return t.contains(kind) && (place.isEmpty || VietnameseFolding.fold(organizer).contains(place))
    }

    /// The name under a signature: blank (to be written by hand) when unknown.
    func signatureName(_ a: Attendee?) -> String {
        guard let a, !a.isUnnamed else { return "" }
        return Self.line(a.name)
    }

    /// "Ông Nguyễn Văn Hải, phường Khương Đình", or for an anonymous speaker
    /// "Đại diện nhân dân phường Ngọc Thụy (không nêu tên)".
    func speaker(_ o: Opinion) -> String {
        let name = o.speaker.map(Self.line) ?? ""
        let origin = o.origin.map(Self.line) ?? ""
        let unnamed = name.isEmpty || (name.hasPrefix("(") && name.hasSuffix(")"))
        if unnamed {
            let who = origin.isEmpty ? labels.anonymous : origin
            return "\(who) (\(labels.unnamedSpeaker))"
        }
        return origin.isEmpty ? name : "\(name), \(midSentence(origin))"
    }

    // MARK: - Closing

    /// "Hội nghị kết thúc vào hồi 16 giờ 30 cùng ngày./." — "ngày 18/07/2020"
    /// when it ended on another day; the closing word from the kind.
    func closing() -> String {
        guard let end = meeting.endedAt else { return labels.closingUnknown.filled(gathering.sentenceStart) }
        let clock = english ? end.clock : VietnameseDate.clock(end)
        let startDay = meeting.startedAt?.day ?? meeting.date
        let day = end.day == startDay ? labels.closingSameDay
            : labels.closingOnDay.filled(english ? VietnameseDate.english(end.day) : end.day.vietnamese)
        return labels.closingAt.filled(gathering.sentenceStart, clock) + " " + day + (english ? "." : "./.")
    }

    /// Nơi nhận as printed: "- X;" … "- Lưu: VT, hồ sơ."
    func recipients() -> [String] {
        var lines = MinutesConventions.recipients(of: meeting, language: language).map(Self.line).filter { !$0.isEmpty }
        if !lines.contains(where: MinutesConventions.isArchiveLine) { lines.append(labels.archive) }
        return lines.enumerated().map { index, line in
            var text = line.hasPrefix("-") ? String(line.dropFirst()).trimmingCharacters(in: .whitespaces) : line
            while let last = text.last, ";.,".contains(last) { text.removeLast() }
            return "- " + text + (index == lines.count - 1 ? "." : ";")
        }
    }
}
