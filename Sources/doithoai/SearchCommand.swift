import ArgumentParser
import DoiThoaiCore
import DoiThoaiUI
import Foundation

extension SearchFilters.FollowUpState: ExpressibleByArgument {}

/// `--order`: newest first, or opinions holding the words with the marks as typed first.
enum ResultOrder: String, ExpressibleByArgument, CaseIterable {
    case newest, relevance

    var order: SearchOrder { self == .newest ? .newest : .relevance }
}

/// `doithoai search QUERY`: opinions of every meeting, diacritics and case ignored.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: "Search every opinion (\"dat dai\" finds “đất đai”).")

    @OptionGroup var options: DataOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var interface: LanguageOption
    @Argument(help: "Words that must all appear; \"quoted phrases\" in order.") var query: String = ""
    @Option(help: "A topic id or name.") var topic: String?
    @Option(help: "commendation, complaint, recommendation, question, proposal.") var kind: OpinionKind?
    @Option(help: "answered, inWriting, forwarded, noted.") var disposition: Disposition?
    @Option(help: "First day (YYYY-MM-DD or dd/mm/yyyy).") var from: Day?
    @Option(help: "Last day.") var to: Day?
    @Option(help: "Part of the organizer's name.") var organizer: String?
    @Option(help: "Part of the speaker's name.") var speaker: String?
    @Option(help: "Follow-up status of the opinion: open, overdue, done.") var status: SearchFilters.FollowUpState?
    @Option(help: "At most this many results.") var limit: Int = 100
    @Option(help: "newest (the default) or relevance (words typed with their marks matched as typed first).")
    var order: ResultOrder = .newest

    func run() throws {
        let catalog = try TopicStore(data: options.directory).load()
        var filters = SearchFilters()
        if let topic { filters.topic = try catalog.named(topic).id }
        filters.kind = kind
        filters.disposition = disposition
        filters.from = from
        filters.to = to
        filters.organizer = organizer.map { VietnameseFolding.fold($0) }
        filters.speaker = speaker.map { VietnameseFolding.fold($0) }
        filters.followUp = status
        filters.asOf = Clock.system.today
        try options.answer(topics: catalog, language: interface.language) { index, out in
            if let reason = index.inMemoryBecause {
                out.warn(interface.language.message(.indexInMemory, reason))
            }
            var parsed = SearchQuery(query, filters: filters)
            parsed.lastWordIsPrefix = false
            let result = try index.search(parsed, limit: max(0, limit), order: order.order, countUpTo: max(1000, limit))
            try write(result, catalog, to: out)
        }
    }

    private func write(_ result: SearchResult, _ catalog: TopicCatalog, to out: CommandOutput) throws {
        if output.json {
            let objects = result.hits.map { d -> [String: JSONValue] in
                ["meeting": .string(d.meetingID.rawValue), "opinion": .string(d.opinionID.rawValue), "number": .int(Int64(d.number)),
                 "date": .string(d.date.iso), "speaker": d.speaker.map(JSONValue.string) ?? .null, "topic": .string(d.topic.rawValue),
                 "organizer": .string(d.organizer), "text": .string(d.text)]
            }
            out.printJSON(try JSONText.encode(objects))
            return
        }
        let words = interface.language.words
        var lines = LineWriter(to: out)
        for d in result.hits {
            let first = d.text.split(separator: "\n").first.map(String.init) ?? ""
            lines.line(TableText.row([(d.date.vietnamese, 10, false), (d.meetingID.rawValue, 26, false), ("#\(d.number)", 4, true),
                                      (d.speaker ?? words.name(.anonymous), 18, false), (topicName(d, catalog), 22, false), (first, 0, false)]))
        }
        lines.flush()
        if result.more {
            out.warn(interface.language.message(.resultsMoreThan, result.total, result.hits.count))
        } else if result.total > result.hits.count {
            out.warn(interface.language.message(.resultsShown, result.total, result.hits.count))
        }
    }

    /// The topic's name in the output's language (its English name when it has one).
    private func topicName(_ hit: SearchDocument, _ catalog: TopicCatalog) -> String {
        guard interface.language == .en else { return hit.topicName }
        return catalog.topic(hit.topic)?.name(english: true) ?? hit.topicName
    }
}
