import Foundation

/// The dialogue report as text (tables and bar charts), CSV or JSON.
public enum ReportRenderer {
    struct Words {
        let title, period, all, organizer, asOf, meetings, opinions, byTopic, topic, count, answered, share: String
        let byKind, byDisposition, followUps, assigned, onTime, late, open, overdue, cancelled, total: String
        let kinds: [OpinionKind: String]
        let dispositions: [Disposition: String]
    }

    static let vi = Words(
        title: "BÁO CÁO KẾT QUẢ ĐỐI THOẠI", period: "Kỳ báo cáo", all: "toàn bộ", organizer: "Cơ quan tổ chức",
        asOf: "Số liệu tính đến", meetings: "Số hội nghị", opinions: "Số ý kiến", byTopic: "Ý kiến theo lĩnh vực",
        topic: "Lĩnh vực", count: "Số ý kiến", answered: "Trả lời tại chỗ", share: "Tỷ lệ", byKind: "Ý kiến theo loại",
        byDisposition: "Kết quả xử lý", followUps: "Việc giao", assigned: "Đã giao", onTime: "Xong đúng hạn",
        late: "Xong quá hạn", open: "Đang thực hiện", overdue: "Quá hạn", cancelled: "Hủy", total: "Tổng cộng",
        kinds: [.commendation: "Khen ngợi", .complaint: "Phản ánh", .recommendation: "Kiến nghị", .question: "Câu hỏi",
                .proposal: "Đề xuất"],
        dispositions: [.answered: "Trả lời tại hội nghị", .inWriting: "Trả lời bằng văn bản",
                       .forwarded: "Chuyển cơ quan có thẩm quyền", .noted: "Ghi nhận"])
    static let en = Words(
        title: "DIALOGUE REPORT", period: "Period", all: "all", organizer: "Organizer", asOf: "As of", meetings: "Meetings",
        opinions: "Opinions", byTopic: "Opinions by topic", topic: "Topic", count: "Opinions", answered: "Answered on the spot",
        share: "Share", byKind: "Opinions by kind", byDisposition: "Dispositions", followUps: "Follow-ups",
        assigned: "Assigned", onTime: "Done on time", late: "Done late", open: "Open", overdue: "Overdue", cancelled: "Cancelled", total: "Total",
        kinds: [.commendation: "Commendation", .complaint: "Complaint", .recommendation: "Recommendation", .question: "Question",
                .proposal: "Proposal"],
        dispositions: [.answered: "Answered at the meeting", .inWriting: "In writing", .forwarded: "Forwarded", .noted: "Noted"])

    static func words(_ english: Bool) -> Words { english ? en : vi }

    static func period(_ r: DialogueReport, _ w: Words) -> String {
        guard r.from != nil || r.to != nil else { return w.all }
        return "\(r.from?.vietnamese ?? "…") – \(r.to?.vietnamese ?? "…")"
    }

    /// Rows of label and value for the kinds, dispositions and follow-ups sections.
    static func sections(_ r: DialogueReport, _ w: Words) -> [(title: String, rows: [(String, Int)])] {
        let f = r.followUps
        return [
            (w.byKind, OpinionKind.allCases.map { (w.kinds[$0] ?? $0.rawValue, r.byKind[$0.rawValue] ?? 0) }),
            (w.byDisposition, Disposition.allCases.map { (w.dispositions[$0] ?? $0.rawValue, r.byDisposition[$0.rawValue] ?? 0) }),
            (w.followUps, [(w.assigned, f.assigned), (w.onTime, f.doneOnTime), (w.late, f.doneLate), (w.open, f.open),
                           (w.overdue, f.overdue), (w.cancelled, f.cancelled)]),
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
        let nameWidth = max(10, width - 36)
        lines.append(TextWidth.pad(w.topic, to: nameWidth) + " " + TextWidth.pad(w.count, to: 9, alignRight: true) + " "
                     + TextWidth.pad(w.answered, to: 16, alignRight: true) + " " + TextWidth.pad(w.share, to: 6, alignRight: true))
        for t in r.byTopic + [total(r, w)] {
            if t.topic.isEmpty { lines.append(String(repeating: "─", count: nameWidth + 34)) }
            lines.append(TextWidth.pad(t.name, to: nameWidth) + " " + TextWidth.pad(String(t.opinions), to: 9, alignRight: true) + " "
                         + TextWidth.pad(String(t.answeredAtMeeting), to: 16, alignRight: true) + " "
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
