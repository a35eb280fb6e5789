import ArgumentParser
import DoiThoaiCore

/// `doithoai report`: opinions by topic and kind, dispositions, follow-ups, for a period.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "The dialogue report for a period.")

    enum Format: String, ExpressibleByArgument { case text, csv, json }

    @OptionGroup var options: DataOptions
    @Option(help: "First day (YYYY-MM-DD or dd/mm/yyyy).") var from: Day?
    @Option(help: "Last day.") var to: Day?
    @Option(help: "Only meetings of this organizer (part of the name, diacritics optional).") var organizer: String?
    @Option(name: .customLong("as-of"), help: "The day to judge overdue follow-ups on (default: today).") var asOf: Day?
    @Option(help: "text, csv or json.") var format: Format = .text
    @Option(help: "vi or en.") var lang: String = "vi"

    func validate() throws {
        if let from, let to, to < from { throw ValidationError(DataOptions.language.message(.toBeforeFrom)) }
    }

    func run() throws {
        let english = lang.lowercased().hasPrefix("en")
        let topics = try TopicStore(data: options.directory).load()
        try options.answer(topics: topics, language: english ? .en : .vi) { index, out in
            let report = try index.report(from: from, to: to, organizer: organizer, asOf: asOf ?? Clock.system.today, english: english)
            switch format {
            case .text: out.print(ReportRenderer.text(report, english: english), terminator: "")
            case .csv: out.printRaw(ReportRenderer.csv(report, english: english))
            case .json: out.printJSON(try ReportRenderer.json(report), terminator: "")
            }
        }
    }
}
