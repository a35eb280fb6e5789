import ArgumentParser
import DoiThoaiCore

/// `doithoai add-opinion MEETING --speaker S --topic T --text X`.
struct AddOpinionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add-opinion", abstract: "Record an opinion from the floor.")

    @OptionGroup var options: DataOptions

    /// The language of its messages (errors name the file and what to do).

    @OptionGroup var interface: LanguageOption
    @Argument(help: "A meeting id, or an unambiguous start of one.") var meeting: String
    @Option(help: "The speaker's name (omit with --anonymous).") var speaker: String?
    @Flag(help: "The speaker asked not to be named.") var anonymous = false
    @Option(help: "Where the speaker comes from: address or organisation.") var origin: String?
    @Option(help: "A topic id or name, diacritics optional (\"giai phong mat bang\").") var topic: String
    @Option(help: "What was said.") var text: String
    @Option(help: "commendation, complaint, recommendation, question, proposal.") var kind: OpinionKind = .recommendation
    @Option(name: .customLong("response-by"), help: "Who answered.") var responseBy: String?
    @Option(help: "The answer given at the meeting.") var response: String?
    @Option(help: "answered, inWriting, forwarded, noted (default: answered with a response, else noted).")
    var disposition: Disposition?
    @Option(name: .customLong("forwarded-to"), help: "The agency an opinion was forwarded to.") var forwardedTo: String?
    @Flag(inversion: .prefixedNo, help: "Add a speaker who is not on the attendance list to it, as the program does.")
    var addSpeaker = true
    @Flag(help: "Change a closed meeting (the reopening is recorded).") var reopen = false

    func validate() throws {
        if speaker == nil && !anonymous { throw ValidationError(DataOptions.language.message(.speakerOrAnonymous)) }
        if speaker != nil && anonymous {
            throw ValidationError(DataOptions.language.message(.speakerAndAnonymous))
        }
        if let speaker, NFC.normalize(speaker).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError(DataOptions.language.message(.speakerEmpty))
        }
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError(DataOptions.language.message(.argumentEmpty, "--text")) }
        if (responseBy == nil) != (response == nil) { throw ValidationError(DataOptions.language.message(.goTogether, "--response-by", "--response")) }
        if disposition == .forwarded && forwardedTo == nil { throw ValidationError(DataOptions.language.message(.forwardedNeedsAgency)) }
    }

    func run() throws {
        let store = options.store
        let catalog = try TopicStore(data: options.directory).load()
        let chosen = try catalog.named(topic)
        var number = 0
        try store.update(try store.resolve(meeting), reopen: reopen) { m in
            let answers = response.map { [OpinionEntry.Answer(responder: responseBy ?? "", text: $0)] } ?? []
            let entry = OpinionEntry(speaker: anonymous ? nil : speaker, origin: origin, topic: chosen.id, kind: kind,
                                     text: text, answers: answers, disposition: disposition, forwardedTo: forwardedTo,
                                     addsSpeaker: addSpeaker)
            let id = m.recordOpinion(entry, at: Clock.system.now())
            number = m.opinion(id)?.number ?? 0
        }
        print(number)
    }
}
