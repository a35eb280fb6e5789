import ArgumentParser
import DoiThoaiCore
import DoiThoaiUI
import Foundation

/// `doithoai list`: every meeting, newest first; broken files are warned about, not hidden.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the meetings, newest first.")

    @OptionGroup var options: DataOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var interface: LanguageOption

    func run() throws {
        // Through the index: its meeting rows list the archive without decoding a file.
        let topics = (try? TopicStore(data: options.directory).load()) ?? .standard
        try options.answer(topics: topics, language: interface.language) { index, out in
            let meetings = try index.meetings()
            try out.checkDropped()
            try write(meetings, to: out)
        }
    }

    private func write(_ meetings: [MeetingSummary], to out: CommandOutput) throws {
        if output.json {
            let rows = meetings.map { m -> [String: JSONValue] in
                ["id": .string(m.id.rawValue), "date": .string(m.date.iso), "organizer": .string(m.organizer),
                 "title": .string(m.title), "opinions": .int(Int64(m.opinionCount)),
                 "openFollowUps": .int(Int64(m.pendingFollowUps)), "status": .string(m.status.rawValue)]
            }
            out.printJSON(try JSONText.encode(rows))
            return
        }
        let language = interface.language
        let words = language.words
        let idWidth = max(TextWidth.of(language.text(.colMeetingId)), meetings.map { $0.id.rawValue.count }.max() ?? 2)
        let statusWidth = MeetingStatus.allCases.map { TextWidth.of(words.name($0)) }.max() ?? 10
        let opinions = language.text(.colOpinions), open = language.text(.colOpenFollowUps)
        let opinionsWidth = TextWidth.of(opinions), openWidth = TextWidth.of(open)
        var lines = LineWriter(to: out)
        lines.line(TableText.row([(language.text(.colDate), 10, false), (language.text(.colMeetingId), idWidth, false),
                                  (opinions, opinionsWidth, true), (open, openWidth, true), (language.text(.colStatus), statusWidth, false),
                                  ("\(language.text(.colOrganizer)) — \(language.text(.colTitle))", 0, false)]))
        for m in meetings {
            lines.line(TableText.row([(m.date.vietnamese, 10, false), (m.id.rawValue, idWidth, false),
                                      (String(m.opinionCount), opinionsWidth, true), (String(m.pendingFollowUps), openWidth, true),
                                      (words.name(m.status), statusWidth, false), ("\(m.organizer) — \(m.title)", 0, false)]))
        }
        lines.flush()
    }
}

/// Columns aligned by display width (Vietnamese, CJK); width 0 takes the rest.
enum TableText {
    static func row(_ cells: [(String, Int, Bool)]) -> String {
        cells.map { cell in
            // Marked before padding, so a control character never throws a column off.
            let text = ControlCharacters.terminalSafe(cell.0, singleLine: true)
            return cell.1 == 0 ? text : TextWidth.pad(text, to: cell.1, alignRight: cell.2)
        }.joined(separator: "  ")
    }
}

/// JSON for standard output: pretty, sorted keys, slashes and Vietnamese unescaped.
enum JSONText {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
