import ArgumentParser
import DoiThoaiCore

/// `doithoai topics`: the topic catalog; `doithoai topics add NAME` adds one.
struct TopicsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "topics", abstract: "List the topic catalog, or add a topic.",
        subcommands: [ListTopics.self, AddTopic.self], defaultSubcommand: ListTopics.self)

    struct ListTopics: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the topics.")
        @OptionGroup var options: DataOptions
        /// The language of its messages (errors name the file and what to do).
        @OptionGroup var interface: LanguageOption
        @OptionGroup var output: JSONOption

        func run() throws {
            let catalog = try TopicStore(data: options.directory).load()
            if output.json {
                printJSON(try JSONText.encode(catalog.topics))
                return
            }
            let width = catalog.topics.map { $0.id.rawValue.count }.max() ?? 4
            for topic in VietnameseCollation.sorted(catalog.topics, by: \.name) {
                print(TableText.row([(topic.id.rawValue, width, false), (topic.name, 0, false)])
                      + (topic.nameEn.map { " (\($0))" } ?? ""))
            }
        }
    }

    struct AddTopic: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a topic; prints its id.")
        @OptionGroup var options: DataOptions
        /// The language of its messages (errors name the file and what to do).
        @OptionGroup var interface: LanguageOption
        @Argument(help: "The Vietnamese name.") var name: String
        @Option(help: "The English name.") var en: String?

        func validate() throws {
            if NFC.normalize(name).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError(DataOptions.language.message(.topicNameEmpty))
            }
        }

        func run() throws {
            let topic = try TopicStore(data: options.directory).add(name: NFC.normalize(name), nameEn: en.map(NFC.normalize))
            print(topic.id.rawValue)
        }
    }
}
