import ArgumentParser
import DoiThoaiCore

/// `doithoai add-followup MEETING --task T --assignee A --due D [--opinion N]`.
struct AddFollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add-followup", abstract: "Assign a follow-up task.")

    @OptionGroup var options: DataOptions

    /// The language of its messages (errors name the file and what to do).

    @OptionGroup var interface: LanguageOption
    @Argument(help: "A meeting id, or an unambiguous start of one.") var meeting: String
    @Option(help: "What must be done.") var task: String
    @Option(help: "The unit or person who must do it.") var assignee: String
    @Option(help: "Due date: YYYY-MM-DD or dd/mm/yyyy.") var due: Day
    @Option(parsing: .unconditionalSingleValue, help: "The number of an opinion it answers (repeatable).") var opinion: [Int] = []
    @Flag(help: "Change a closed meeting (the reopening is recorded).") var reopen = false

    func validate() throws {
        if NFC.normalize(task).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError(DataOptions.language.message(.argumentEmpty, "--task")) }
        if NFC.normalize(assignee).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError(DataOptions.language.message(.argumentEmpty, "--assignee")) }
    }

    func run() throws {
        let store = options.store
        var added: FollowUpID?
        try store.update(try store.resolve(meeting), reopen: reopen) { m in
            var ids: [OpinionID] = []
            for number in opinion {
                guard let found = m.opinion(number: number) else {
                    throw CommandFailure("--opinion \(number): meeting \(m.id) has no opinion \(number) (it has 1…\(m.opinions.count))")
                }
                ids.append(found.id)
            }
            added = m.addFollowUp { FollowUp(id: $0, opinionIds: ids, task: NFC.normalize(task),
                                             assignee: NFC.normalize(assignee), dueDate: due) }
        }
        print(added?.rawValue ?? "")
    }
}
