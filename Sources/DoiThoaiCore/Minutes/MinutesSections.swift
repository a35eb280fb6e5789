import Foundation

/// Sections II and III of the minutes: who attended (with the headcount),
/// and what was said, answered, concluded and assigned, numbered from what
/// is there.
extension MinutesWording {
    typealias Block = MinutesDocument.Block
    typealias Run = MinutesDocument.Run

    func attendance() -> [Block] {
        var body: [Block] = []
        let m = meeting
        for (label, role) in [(labels.chair, AttendeeRole.chair), (labels.secretary, .secretary)] {
            let people = m.attendees.filter { $0.role == role }
            guard !people.isEmpty else { continue }
            body.append(.paragraph([Run("- \(label): ", bold: true), Run(Self.sentence(people.map(describe).joined(separator: "; ")))]))
        }
        let others = m.attendees.filter { $0.role != .chair && $0.role != .secretary }
        if !others.isEmpty {
            body.append(.lead([Run("- \(labels.others):", bold: true)]))
            var rows: [[String]] = []
            for role in AttendeeRole.allCases {
                for a in others where a.role == role {
                    var name = a.isUnnamed ? (Self.line(a.name).isEmpty ? Attendee.unnamed : Self.line(a.name)) : Self.line(a.name)
                    if let count = a.count { name += english ? " (\(count))" : " (\(count) người)" }
                    if !a.present { name += " (\(labels.absent))" }
                    rows.append([String(rows.count + 1), name, titleAndOrganisation(a), labels.words.roleCell(role)])
                }
            }
            body.append(.table(MinutesDocument.Table(header: labels.attendeeHeader, rows: rows, widths: [8, 36, 38, 18])))
        }
        body += headcount()
        return body
    }

    /// "- Số người có mặt: chủ trì 1; thư ký 1; đại biểu 3 và 2 nhóm chưa ghi
    /// số người." and "- Tổng số người có mặt: 12 người." (or why it is not
    /// known). A row with `count` stands for that many people; a row that
    /// names a group ("Đại diện nhân dân") without a count is not counted.
    func headcount() -> [Block] {
        let present = meeting.attendees.filter(\.present)
        guard !present.isEmpty else { return [] }
        var parts: [String] = []
        var total = 0
        var uncounted = 0
        for role in AttendeeRole.allCases {
            let rows = present.filter { $0.role == role }
            guard !rows.isEmpty else { continue }
            let open = rows.filter { $0.count == nil && MinutesWording.isGroup($0.name) }
            let counted = rows.filter { !($0.count == nil && MinutesWording.isGroup($0.name)) }.reduce(0) { $0 + $1.headcount }
            total += counted
            uncounted += open.count
            let group = labels.words.roleGroup(role)
            if open.isEmpty {
                parts.append("\(group) \(counted)")
            } else if counted == 0 {
                parts.append("\(group): \(labels.notCounted)")
            } else {
                parts.append("\(group) \(counted) \(english ? "and" : "và") \(labels.groupsNotCounted.filled(String(open.count)))")
            }
        }
        let totalText = uncounted == 0 ? (english ? "\(total)." : "\(total) \(labels.people).")
            : labels.totalUnknown.filled(String(uncounted)) + "."
        return [
            .paragraph([Run("- \(labels.present): ", bold: true), Run(parts.joined(separator: "; ") + ".")]),
            .paragraph([Run("- \(labels.totalPresent): ", bold: true), Run(totalText)]),
        ]
    }

    /// Rows that stand for a group, not a person ("Đại diện nhân dân").
    static func isGroup(_ name: String) -> Bool {
        let folded = VietnameseFolding.fold(name)
        if folded.hasPrefix("dai dien") || folded.contains(" dai dien ") { return true }
        return ["cac ", "to chuc", "cong dan", "nguoi dan", "doanh nghiep", "lanh dao ", "dai bieu", "phong ",
                "truong cac", "chuyen gia", "tong so"].contains { folded.hasPrefix($0) }
    }

    /// Section III: reports, opinions, the summary, the conclusion and the
    /// assignments, numbered 1, 2, 3… in the order they are present.
    func proceedings(topics: TopicCatalog) -> [Block] {
        var body: [Block] = []
        var number = 0
        func subheading(_ text: String) {
            number += 1
            body.append(.subheading("\(number). \(text)"))
        }
        let m = meeting
        if !m.agenda.isEmpty {
            subheading(labels.reports.filled(gathering.midSentence))
            for item in m.agenda {
                let summary = Self.paragraphs(item.summary)
                let presenter = Self.line(item.presenter)
                body.append(.paragraph([Run("- " + presenter + ": ", bold: true), Run(summary.first ?? "")]))
                body += summary.dropFirst().map { .paragraph([Run($0)]) }
                for figure in item.figures {
                    body.append(.paragraph([Run("+ \(Self.line(figure.label)): \(Self.sentence(Self.line(figure.value)))")]))
                }
            }
        }
        subheading(labels.opinions)
        if m.opinions.isEmpty { body.append(.paragraph([Run(labels.noOpinions, italic: true)])) }
        for o in m.opinions { body += opinion(o, topics: topics) }
        if m.opinions.count > 1 { body.append(summary(topics: topics)) }
        let conclusion = Self.paragraphs(m.conclusion ?? "")
        if !conclusion.isEmpty {
            subheading(labels.conclusion)
            body += conclusion.map { .paragraph([Run($0)]) }
        }
        if !m.followUps.isEmpty {
            subheading(labels.followUps)
            let rows = m.followUps.enumerated().map { index, f in
                [String(index + 1), Self.line(f.task), Self.line(f.assignee), english ? f.dueDate.iso : f.dueDate.vietnamese,
                 Self.numberList(f.opinionIds.compactMap { m.opinion($0)?.number })]
            }
            body.append(.table(MinutesDocument.Table(header: labels.followUpHeader, rows: rows, widths: [9, 39, 24, 16, 12])))
        }
        return body
    }

    /// "1, 3, 5–12": runs of three or more numbers written as a range.
    static func numberList(_ numbers: [Int]) -> String {
        var parts: [String] = []
        var run: [Int] = []
        func flush() {
            if run.count >= 3, let first = run.first, let last = run.last { parts.append("\(first)–\(last)") } else { parts += run.map(String.init) }
            run = []
        }
        for n in Set(numbers).sorted() {
            if let last = run.last, n != last + 1 { flush() }
            run.append(n)
        }
        flush()
        return parts.joined(separator: ", ")
    }

    func topicName(_ id: TopicID, _ topics: TopicCatalog) -> String {
        Self.line(topics.topic(id)?.name(english: english) ?? id.rawValue)
    }

    /// "Ý kiến 1. Ông Nguyễn Văn Hải, phường Khương Đình, kiến nghị về lĩnh
    /// vực giải phóng mặt bằng: …", each paragraph of the text a paragraph; then
    /// each answer ("Đ/c …, Chủ tịch UBND phường, trả lời: …") and what was done.
    func opinion(_ o: Opinion, topics: TopicCatalog) -> [Block] {
        let text = Self.paragraphs(o.text)
        let kind = labels.words.verb(o.kind)
        let lead = "\(speaker(o)), \(kind) \(labels.topicWord) \(topicMidSentence(topicName(o.topic, topics))):"
        var blocks: [Block] = [.paragraph([Run("\(labels.opinion) \(o.number). ", bold: true), Run(lead, italic: true),
                                           Run(text.first.map { " " + $0 } ?? "")])]
        blocks += text.dropFirst().map { .paragraph([Run($0)]) }
        for r in o.responses {
            let answer = Self.paragraphs(r.text)
            let responder = Self.line(r.responder)
            let who = responder.isEmpty ? labels.answers.prefix(1).uppercased() + labels.answers.dropFirst()
                : responder + (responder.contains(",") ? ", " : " ") + labels.answers
            blocks.append(.paragraph([Run(who + ":", italic: true), Run(answer.first.map { " " + $0 } ?? "")]))
            blocks += answer.dropFirst().map { .paragraph([Run($0)]) }
        }
        var done = labels.words.clause(o.disposition)
        if o.disposition == .forwarded, let to = o.forwardedTo.map(Self.line), !to.isEmpty {
            done = labels.forwardedTo.filled(to)
        }
        blocks.append(.paragraph([Run("\(labels.disposition): \(done).", italic: true)]))
        return blocks
    }

    /// "Tổng hợp: 25 ý kiến. Theo lĩnh vực: giải phóng mặt bằng 5; … Theo
    /// hướng xử lý: đã trả lời trực tiếp tại hội nghị 12; …"
    func summary(topics: TopicCatalog) -> Block {
        let m = meeting
        let byTopic = m.opinionCountsByTopic.map { "\(topicMidSentence(topicName($0.topic, topics))) \($0.count)" }
        let byDisposition = Disposition.allCases.compactMap { d -> String? in
            let count = m.opinions.filter { $0.disposition == d }.count
            return count == 0 ? nil : "\(labels.words.clause(d)) \(count)"
        }
        let capital = { (s: String) in s.prefix(1).uppercased() + s.dropFirst() }
        let text = "\(labels.opinionsCount(m.opinions.count)). \(capital(labels.byTopic)): \(byTopic.joined(separator: "; ")). "
            + "\(capital(labels.byDisposition)): \(byDisposition.joined(separator: "; "))."
        return .paragraph([Run("\(labels.summary): ", bold: true), Run(text)])
    }
}
