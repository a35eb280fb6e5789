import Foundation

extension MinutesDocument {
    /// The minutes of `meeting`, with topic names from `topics`.
    public init(meeting m: Meeting, topics: TopicCatalog, language: MinutesLanguage = .vi) {
        let l = MinutesLabels.of(language)
        let english = language == .en
        self.language = language
        draftMark = m.status == .closed ? nil : l.draft
        parentBody = m.parentBody.map { $0.uppercased(with: Locale(identifier: "vi_VN")) }
        issuingBody = m.organizer.uppercased(with: Locale(identifier: "vi_VN"))
        number = "\(l.numberPrefix) \(m.documentNumber ?? "       /BB-\(Self.abbreviation(of: m.organizer))")"
        nationalName = l.nationalName
        motto = l.motto
        let locality = m.locality ?? m.place ?? ""
        placeAndDate = english ? "\(locality), \(VietnameseDate.english(m.date))" : "\(locality), \(VietnameseDate.long(m.date))"
        title = l.title
        subtitle = m.title
        secretary = Signature(title: l.secretaryTitle, hint: l.signHint, name: m.secretary?.name ?? "")
        chair = Signature(title: l.chairTitle, hint: l.signHint, name: m.chair?.name ?? "")
        recipientsTitle = l.recipientsTitle
        recipients = l.recipients
        if let end = m.endedAt {
            let clock = english ? end.clock : VietnameseDate.clock(end)
            closing = l.closing.replacingOccurrences(of: "%1", with: clock)
        } else {
            closing = l.closingUnknown
        }

        var body: [Block] = []
        body.append(.heading(l.timeAndPlace))
        let start = m.startedAt.map { english ? "\($0.clock), " : "\(VietnameseDate.clock($0)), " } ?? ""
        let day = english ? VietnameseDate.english(m.date) : VietnameseDate.long(m.date)
        body.append(.paragraph([Run("- \(l.time): ", bold: true), Run(start + day + ".")]))
        if let place = m.place { body.append(.paragraph([Run("- \(l.place): ", bold: true), Run(place + ".")])) }
        if let basis = m.legalBasis { body.append(.paragraph([Run("- \(l.legalBasis): ", bold: true), Run(basis + ".")])) }

        body.append(.heading(l.attendance))
        for (label, person) in [(l.chair, m.attendees.filter { $0.role == .chair }), (l.secretary, m.attendees.filter { $0.role == .secretary })] {
            guard !person.isEmpty else { continue }
            body.append(.paragraph([Run("- \(label): ", bold: true), Run(person.map(Self.describe).joined(separator: "; ") + ".")]))
        }
        let others = m.attendees.filter { $0.role != .chair && $0.role != .secretary }
        if !others.isEmpty {
            body.append(.paragraph([Run("- \(l.others):", bold: true)]))
            var rows: [[String]] = []
            for role in AttendeeRole.allCases {
                for a in others where a.role == role {
                    rows.append([String(rows.count + 1), a.count.map { "\(a.name) (\($0))" } ?? a.name,
                                 [a.title, a.organization].compactMap { $0 }.joined(separator: ", "), l.roles[role] ?? ""])
                }
            }
            let header = english ? ["No.", "Name", "Title, organisation", "Group"] : ["STT", "Họ và tên", "Chức vụ, cơ quan", "Thành phần"]
            body.append(.table(Table(header: header, rows: rows, widths: [8, 34, 40, 18])))
        }
        let people = m.attendees.filter { ($0.role == .citizen || $0.role == .business) && $0.present }
        if !people.isEmpty {
            let counted = people.allSatisfy { $0.count != nil || !Self.isGroup($0.name) }
            let total = people.reduce(0) { $0 + $1.headcount }
            let groups = people.map(\.name).joined(separator: ", ")
            let uncounted = english ? "not counted (\(groups))." : "không ghi số lượng (\(groups))."
            body.append(.paragraph([Run("- \(l.peoplePresent): ", bold: true), Run(counted ? "\(total)." : uncounted)]))
        }

        body.append(.heading(l.content))
        if !m.agenda.isEmpty {
            body.append(.paragraph([Run(l.reports, bold: true)]))
            for item in m.agenda {
                body.append(.paragraph([Run(item.presenter + ": ", bold: true), Run(item.summary)]))
                for figure in item.figures { body.append(.paragraph([Run("+ \(figure.label): \(figure.value).")])) }
            }
        }
        body.append(.paragraph([Run(l.opinions, bold: true)]))
        if m.opinions.isEmpty { body.append(.paragraph([Run(l.noOpinions, italic: true)])) }
        for o in m.opinions {
            let topic = topics.topic(o.topic)?.name(english: english) ?? o.topic.rawValue
            let who = [o.speaker ?? l.anonymous, o.origin].compactMap { $0 }.joined(separator: ", ")
            body.append(.paragraph([Run("\(l.opinion) \(o.number). ", bold: true), Run(who, bold: true),
                                    Run(" (\(l.topic): \(topic); \(l.kinds[o.kind] ?? "")): ", italic: true), Run(o.text)]))
            for r in o.responses {
                body.append(.paragraph([Run("\(l.answer) — \(r.responder): ", italic: true), Run(r.text)]))
            }
            var disposition = l.dispositions[o.disposition] ?? ""
            if let to = o.forwardedTo { disposition += " (\(l.forwardedTo) \(to))" }
            body.append(.paragraph([Run("\(l.disposition): ", italic: true), Run(disposition + ".", italic: true)]))
        }
        if !m.opinions.isEmpty {
            let byTopic = m.opinionCountsByTopic.map { "\(topics.topic($0.topic)?.name(english: english) ?? $0.topic.rawValue): \($0.count)" }
            body.append(.paragraph([Run("\(l.summary): ", bold: true),
                                    Run("\(l.total) \(m.opinions.count) \(english ? "opinions" : "ý kiến") (" + byTopic.joined(separator: "; ") + ").")]))
        }
        if let conclusion = m.conclusion, !conclusion.isEmpty {
            body.append(.paragraph([Run(l.conclusion, bold: true)]))
            for paragraph in conclusion.split(separator: "\n") where !paragraph.trimmingCharacters(in: .whitespaces).isEmpty {
                body.append(.paragraph([Run(String(paragraph))]))
            }
        }
        if !m.followUps.isEmpty {
            body.append(.paragraph([Run(l.followUps, bold: true)]))
            let rows = m.followUps.enumerated().map { index, f in
                [String(index + 1), f.task, f.assignee, english ? f.dueDate.iso : f.dueDate.vietnamese,
                 f.opinionIds.compactMap { m.opinion($0)?.number }.map(String.init).joined(separator: ", ")]
            }
            body.append(.table(Table(header: l.followUpHeader, rows: rows, widths: [7, 40, 25, 16, 12])))
        }
        self.body = body
    }

    /// "Nguyễn Quốc Văn – Chủ tịch UBND phường".
    static func describe(_ a: Attendee) -> String {
        let detail = [a.title, a.organization].compactMap { $0 }.filter { !$0.isEmpty }
        return detail.isEmpty ? a.name : "\(a.name) – \(detail.joined(separator: ", "))"
    }

    /// Rows that stand for a group, not a person ("Đại diện nhân dân").
    static func isGroup(_ name: String) -> Bool {
        let folded = VietnameseFolding.fold(name)
        return ["dai dien", "cac ", "to chuc", "cong dan", "nguoi dan", "doanh nghiep"].contains { folded.hasPrefix($0) || folded.contains(" " + $0) }
    }

    /// The issuer's short name for the number: "UBND phường Ngọc Thụy" → "UBND".
    static func abbreviation(of organizer: String) -> String {
        let first = organizer.split(separator: " ").first.map(String.init) ?? ""
        return first == first.uppercased() && !first.isEmpty ? first : "UBND"
    }
}
