import Foundation

/// The dialogue report as text (tables and bar charts), CSV or JSON.
public enum ReportRenderer {
    /// The report's own headings; the names of kinds, dispositions, follow-up
    /// states and topics come from the one table of domain words.
    struct Words {
        let title, period, all, organizer, asOf, meetings, opinions, byTopic, count, answered, share: String
        let byKind, byDisposition, assigned, onTime, late, total: String
        let domain: DomainWords
        var topic: String { domain.name(.topic) }
        var followUps: String { domain.name(.followUps) }
    }

    static let vi = Words(
        title: "BÁO CÁO KẾT QUẢ ĐỐI THOẠI", period: "Kỳ báo cáo", all: "toàn bộ", organizer: "Cơ quan tổ chức",
        asOf: "Số liệu tính đến", meetings: "Số hội nghị", opinions: "Số ý kiến", byTopic: "Ý kiến theo lĩnh vực",
        count: "Số ý kiến", answered: "Trả lời tại chỗ", share: "Tỷ lệ", byKind: "Ý kiến theo loại",
        byDisposition: "Kết quả xử lý", assigned: "Đã giao", onTime: "Xong đúng hạn", late: "Xong quá hạn",
        total: "Tổng cộng", domain: .vi)
    static let en = Words(
        title: "DIALOGUE REPORT", period: "Period", all: "all", organizer: "Organizer", asOf: "As of", meetings: "Meetings",
        opinions: "Opinions", byTopic: "Opinions by topic", count: "Opinions", answered: "Answered on the spot",
        share: "Share", byKind: "Opinions by kind", byDisposition: "Dispositions", assigned: "Assigned",
        onTime: "Done on time", late: "Done late", total: "Total", domain: .en)

    static func words(_ english: Bool) -> Words { english ? en : vi }

    static func period(_ r: DialogueReport, _ w: Words) -> String {
        guard r.from != nil || r.to != nil else { return w.all }
        return "\(r.from?.vietnamese ?? "…") – \(r.to?.vietnamese ?? "…")"
    }

    /// Rows of label and value for the kinds, dispositions and follow-ups sections.
    static func sections(_ r: DialogueReport, _ w: Words) -> [(title: String, rows: [(String, Int)])] {
        let f = r.followUps
        return [
            (w.byKind, OpinionKind.allCases.map { (w.domain.name($0), r.byKind[$0.rawValue] ?? 0) }),
            (w.byDisposition, Disposition.allCases.map { (w.domain.name($0), r.byDisposition[$0.rawValue] ?? 0) }),
            // `open` counts the open and the in-progress ones: "pending", as F6 names them.
            (w.followUps, [(w.assigned, f.assigned), (w.onTime, f.doneOnTime), (w.late, f.doneLate),
                           (w.domain.name(.pending), f.open), (w.domain.name(.overdue), f.overdue),
                           (w.domain.name(FollowUpStatus.cancelled), f.cancelled)]),
        ]
    }

    /// The topic table's total row (its topic id is empty).
    static func total(_ r: DialogueReport, _ w: Words) -> DialogueReport.TopicLine {
        let opinions = r.byTopic.map(\.opinions).reduce(0, +)
        let answered = r.byTopic.map(\.answeredAtMeeting).reduce(0, +)
        let share = opinions == 0 ? 0 : Int((Double(answered) * 100 / Double(opinions)).rounded())
        return DialogueReport.TopicLine(topic: "", name: w.total, opinions: opinions, answeredAtMeeting: answered, answeredShare: share)
    }

    public static func text(_ r: DialogueReport, english: Bool = false, width: Int = 80) -> String {
        let w = words(english)
        var lines = [w.title, "\(w.period): \(period(r, w))"]
        if let organizer = r.organizer { lines.append("\(w.organizer): \(organizer)") }
        lines.append("\(w.asOf): \(r.asOf.vietnamese)")
        lines.append("\(w.meetings): \(r.meetings)    \(w.opinions): \(r.opinions)")
        lines.append("")
        lines.append(w.byTopic)
        // The answered column as wide as its heading ("Answered on the spot"), so no heading is cut.
        let answeredWidth = max(16, TextWidth.of(w.answered))
        let nameWidth = max(10, width - 20 - answeredWidth)
        lines.append(TextWidth.pad(w.topic, to: nameWidth) + " " + TextWidth.pad(w.count, to: 9, alignRight: true) + " "
                     + TextWidth.pad(w.answered, to: answeredWidth, alignRight: true) + " " + TextWidth.pad(w.share, to: 6, alignRight: true))
        for t in r.byTopic + [total(r, w)] {
            if t.topic.isEmpty { lines.append(String(repeating: "─", count: nameWidth + 18 + answeredWidth)) }
            lines.append(TextWidth.pad(t.name, to: nameWidth) + " " + TextWidth.pad(String(t.opinions), to: 9, alignRight: true) + " "
                         + TextWidth.pad(String(t.answeredAtMeeting), to: answeredWidth, alignRight: true) + " "
                         + TextWidth.pad("\(t.answeredShare)%", to: 6, alignRight: true))
        }
        lines.append("")
        let ranked = r.byTopic.enumerated().sorted { $0.element.opinions != $1.element.opinions
            ? $0.element.opinions > $1.element.opinions : $0.offset < $1.offset }.map(\.element)
        lines += BarChart.render(rows: ranked.map { ($0.name, $0.opinions) }, width: width)
        for section in sections(r, w) {
            lines.append("")
            lines.append(section.title)
            lines += BarChart.render(rows: section.rows.map { (label: $0.0, value: $0.1) }, width: width)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func csv(_ r: DialogueReport, english: Bool = false) -> String {
        let w = words(english)
        var rows: [[String]] = [[w.title], [w.period, period(r, w)], [w.asOf, r.asOf.iso],
                                [w.meetings, String(r.meetings)], [w.opinions, String(r.opinions)], [],
                                [w.topic, w.count, w.answered, w.share]]
        rows += (r.byTopic + [total(r, w)]).map { [$0.name, String($0.opinions), String($0.answeredAtMeeting), "\($0.answeredShare)%"] }
        for section in sections(r, w) {
            rows.append([])
            rows.append([section.title])
            rows += section.rows.map { [$0.0, String($0.1)] }
        }
        return CSVWriter.document(rows)
    }

    public static func json(_ r: DialogueReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(r), as: UTF8.self) + "\n"
    }
}
