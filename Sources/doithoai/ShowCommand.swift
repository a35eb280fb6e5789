import ArgumentParser
import DoiThoaiCore
import DoiThoaiUI
import Foundation

/// `doithoai show MEETING`: the whole record, readable in a terminal, or as stored (`--json`).
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one meeting in full.")

    @OptionGroup var options: DataOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var interface: LanguageOption
    @Argument(help: "A meeting id, or an unambiguous start of one.") var meeting: String

    func run() throws {
        let store = options.store
        let stored = try store.load(try store.resolve(meeting))
        if output.json {
            printJSON(String(decoding: try MeetingCodec.encode(stored.meeting), as: UTF8.self), terminator: "")
            return
        }
        let catalog = (try? TopicStore(data: options.directory).load()) ?? .standard
        print(MeetingText.render(stored.meeting, topics: catalog, language: interface.language))
    }
}

/// A meeting as plain text for `show`: details, attendees by role, reports,
/// opinions with their answers, follow-ups, conclusion, in the words the
/// program shows (the domain's from the core's table, the rest from the
/// interface's catalog).
enum MeetingText {
    static func render(_ m: Meeting, topics: TopicCatalog, language: Language = .vi) -> String {
        let words = language.words
        let english = language == .en
        func heading(_ noun: DomainNoun, _ count: Int? = nil) -> String {
            words.name(noun).uppercased(with: Locale(identifier: english ? "en" : "vi")) + (count.map { " (\($0))" } ?? "")
        }
        var lines: [String] = []
        lines.append(m.title)
        lines.append("\(m.id) · \(words.name(m.kind)) · \(words.name(m.status))")
        let time = [m.startedAt?.clock, m.endedAt?.clock].compactMap { $0 }.joined(separator: "–")
        lines.append("\(m.organizer) · \(m.date.vietnamese)\(time.isEmpty ? "" : " " + time)\(m.place.map { " · " + $0 } ?? "")")
        if let basis = m.legalBasis { lines.append("\(language.text(.fieldLegalBasis)): \(basis)") }
        if let number = m.documentNumber { lines.append("\(language.text(.fieldDocumentNumber)): \(number)") }
        lines.append("")
        lines.append(heading(.attendees, m.attendees.count))
        let absent = " (\(words.name(.absent).lowercased()))"
        for role in AttendeeRole.allCases {
            for a in m.attendees where a.role == role {
                let detail = [a.title, a.organization].compactMap { $0 }.joined(separator: ", ")
                let count = a.count.map { " ×\($0)" } ?? ""
                lines.append("  [\(words.name(role))] \(a.name)\(count)\(detail.isEmpty ? "" : " — " + detail)\(a.present ? "" : absent)")
            }
        }
        if !m.agenda.isEmpty {
            lines.append("")
            lines.append(heading(.reports))
            for item in m.agenda {
                lines.append("  \(item.presenter): \(item.summary)")
                for figure in item.figures { lines.append("    • \(figure.label): \(figure.value)") }
            }
        }
        lines.append("")
        lines.append(heading(.opinions, m.opinions.count))
        for o in m.opinions {
            let topic = topics.topic(o.topic)?.name(english: english) ?? o.topic.rawValue
            let who = [o.speaker ?? words.name(.anonymous), o.origin].compactMap { $0 }.joined(separator: ", ")
            lines.append("  \(o.number). \(who) [\(topic) · \(words.name(o.kind))]")
            lines.append("     \(o.text)")
            for r in o.responses { lines.append("     ↳ \(r.responder): \(r.text)") }
            lines.append("     → \(words.name(o.disposition))\(o.forwardedTo.map { ": " + $0 } ?? "")")
        }
        if !m.followUps.isEmpty {
            lines.append("")
            lines.append(heading(.followUps, m.followUps.count))
            for f in m.followUps {
                let numbers = f.opinionIds.compactMap { m.opinion($0)?.number }.map(String.init).joined(separator: ", ")
                let answers = numbers.isEmpty ? "" : " (\(language.text(.fieldOpinionNumbers)) \(numbers))"
                lines.append("  \(f.id) \(f.task) — \(f.assignee), \(language.text(.dueOn, f.dueDate.vietnamese)), "
                             + words.name(f.status) + answers)
                for note in f.notes { lines.append("     \(note.on.vietnamese): \(note.text)") }
                if let reply = f.reply {
                    lines.append("     \(language.text(.fieldReplyNumber)): \(reply.number) · "
                                 + "\(language.text(.fieldReplyDate)): \(reply.date.vietnamese)")
                }
            }
        }
        if let conclusion = m.conclusion {
            lines.append("")
            lines.append(heading(.conclusion))
            lines.append("  \(conclusion)")
        }
        if !m.conflicts.isEmpty {
            lines.append("")
            let heading = language.text(.tabConflicts).uppercased(with: Locale(identifier: language.rawValue))
            lines.append("\(heading) (\(m.openConflicts.count) \(language.text(.conflictOpen)) / \(m.conflicts.count))")
            for c in m.conflicts { lines += conflictLines(c, language: language) }
        }
        return lines.joined(separator: "\n")
    }

    /// `cf-1 followUps[fu-1].status` and the two versions, as `show` and
    /// `validate` list them, in the words of the program's conflicts tab.
    static func conflictLines(_ c: MergeConflict, language: Language = .vi) -> [String] {
        func version(_ v: ConflictVersion) -> String {
            let value = v.displayValue.map { "“\($0)”" } ?? language.text(.conflictAbsent)
            let who = [v.office, v.at.map { "\($0.day.vietnamese) \($0.clock)" }].compactMap { $0 }.joined(separator: ", ")
            return value + (who.isEmpty ? "" : " — \(who)")
        }
        let kept = language.text(.conflictKept), other = language.text(.conflictOther)
        let width = max(TextWidth.of(kept), TextWidth.of(other)) + 1
        var lines = ["  \(c.id) \(c.field)\(c.isOpen ? " [\(language.text(.conflictOpen))]" : "")",
                     "     " + TextWidth.pad(kept + ":", to: width) + " \(version(c.kept))",
                     "     " + TextWidth.pad(other + ":", to: width) + " \(version(c.other))"]
        if let r = c.resolution {
            let chosen = language.text(.conflictChosen, r.choice == .kept ? kept : other, r.by)
            lines.append("     \(chosen), \(r.at.day.vietnamese) \(r.at.clock)")
        }
        return lines
    }
}
