import ArgumentParser
import DoiThoaiCore
import Foundation

/// `doithoai show MEETING`: the whole record, readable in a terminal, or as stored (`--json`).
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one meeting in full.")

    @OptionGroup var options: DataOptions
    @OptionGroup var output: JSONOption
    @Argument(help: "A meeting id, or an unambiguous start of one.") var meeting: String

    func run() throws {
        let store = options.store
        let stored = try store.load(try store.resolve(meeting))
        if output.json {
            printJSON(String(decoding: try MeetingCodec.encode(stored.meeting), as: UTF8.self), terminator: "")
            return
        }
        let catalog = (try? TopicStore(data: options.directory).load()) ?? .standard
        print(MeetingText.render(stored.meeting, topics: catalog))
    }
}

/// A meeting as plain text for `show`: details, attendees by role, reports,
/// opinions with their answers, follow-ups, conclusion.
enum MeetingText {
    static func render(_ m: Meeting, topics: TopicCatalog) -> String {
        var lines: [String] = []
        lines.append(m.title)
        lines.append("\(m.id) · \(m.kind.rawValue) · \(m.status.rawValue)")
        let time = [m.startedAt?.clock, m.endedAt?.clock].compactMap { $0 }.joined(separator: "–")
        lines.append("\(m.organizer) · \(m.date.vietnamese)\(time.isEmpty ? "" : " " + time)\(m.place.map { " · " + $0 } ?? "")")
        if let basis = m.legalBasis { lines.append("Căn cứ: \(basis)") }
        if let number = m.documentNumber { lines.append("Số: \(number)") }
        lines.append("")
        lines.append("THÀNH PHẦN (\(m.attendees.count))")
        for role in AttendeeRole.allCases {
            for a in m.attendees where a.role == role {
                let detail = [a.title, a.organization].compactMap { $0 }.joined(separator: ", ")
                let count = a.count.map { " ×\($0)" } ?? ""
                lines.append("  [\(role.rawValue)] \(a.name)\(count)\(detail.isEmpty ? "" : " — " + detail)\(a.present ? "" : " (vắng)")")
            }
        }
        if !m.agenda.isEmpty {
            lines.append("")
            lines.append("BÁO CÁO")
            for item in m.agenda {
                lines.append("  \(item.presenter): \(item.summary)")
                for figure in item.figures { lines.append("    • \(figure.label): \(figure.value)") }
            }
        }
        lines.append("")
        lines.append("Ý KIẾN (\(m.opinions.count))")
        for o in m.opinions {
            let topic = topics.topic(o.topic)?.name ?? o.topic.rawValue
            let who = [o.speaker ?? "(giấu tên)", o.origin].compactMap { $0 }.joined(separator: ", ")
            lines.append("  \(o.number). \(who) [\(topic) · \(o.kind.rawValue)]")
            lines.append("     \(o.text)")
            for r in o.responses { lines.append("     ↳ \(r.responder): \(r.text)") }
            lines.append("     → \(o.disposition.rawValue)\(o.forwardedTo.map { ": " + $0 } ?? "")")
        }
        if !m.followUps.isEmpty {
            lines.append("")
            lines.append("GIAO VIỆC (\(m.followUps.count))")
            for f in m.followUps {
                let numbers = f.opinionIds.compactMap { m.opinion($0)?.number }.map(String.init).joined(separator: ", ")
                lines.append("  \(f.id) \(f.task) — \(f.assignee), hạn \(f.dueDate.vietnamese), \(f.status.rawValue)"
                             + (numbers.isEmpty ? "" : " (ý kiến \(numbers))"))
                for note in f.notes { lines.append("     \(note.on.vietnamese): \(note.text)") }
                if let reply = f.reply { lines.append("     Văn bản trả lời số \(reply.number) ngày \(reply.date.vietnamese)") }
            }
        }
        if let conclusion = m.conclusion {
            lines.append("")
            lines.append("KẾT LUẬN")
            lines.append("  \(conclusion)")
        }
        if !m.conflicts.isEmpty {
            lines.append("")
            lines.append("XUNG ĐỘT KHI ĐỒNG BỘ (\(m.openConflicts.count) chưa chọn / \(m.conflicts.count))")
            for c in m.conflicts { lines += conflictLines(c) }
        }
        return lines.joined(separator: "\n")
    }

    /// `cf-1 followUps[fu-1].status` and the two versions, as `show` and `validate` list them.
    static func conflictLines(_ c: MergeConflict) -> [String] {
        func version(_ v: ConflictVersion) -> String {
            let value = v.displayValue.map { "“\($0)”" } ?? "(không có / đã xóa)"
            let who = [v.office, v.at.map { "\($0.day.vietnamese) \($0.clock)" }].compactMap { $0 }.joined(separator: ", ")
            return value + (who.isEmpty ? "" : " — \(who)")
        }
        var lines = ["  \(c.id) \(c.field)\(c.isOpen ? " [chưa chọn]" : "")",
                     "     giữ:   \(version(c.kept))",
                     "     khác:  \(version(c.other))"]
        if let r = c.resolution {
            lines.append("     đã chọn \(r.choice == .kept ? "giữ" : "khác") — \(r.by), \(r.at.day.vietnamese) \(r.at.clock)")
        }
        return lines
    }
}
