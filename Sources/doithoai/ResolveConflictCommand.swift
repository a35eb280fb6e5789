import ArgumentParser
import DoiThoaiCore

/// `doithoai resolve MEETING cf-N --choose kept|other`: the secretary picks
/// which version of a field two offices changed differently is kept.
struct ResolveConflictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Choose the value kept for a conflict recorded by sync (see `show`): the one kept, or the other.")

    @OptionGroup var options: DataOptions

    /// The language of its messages (errors name the file and what to do).

    @OptionGroup var interface: LanguageOption
    @Argument(help: "A meeting id, or an unambiguous start of one.") var meeting: String
    @Argument(help: "The conflict id (cf-1…).") var conflict: String
    @Option(help: "kept (leave the value the merge kept) or other (put back the other office's value).")
    var choose: ConflictResolution.Choice
    @Option(help: "Who chooses (recorded).") var by = "thư ký"
    @Flag(help: "Change a closed meeting (the reopening is recorded).") var reopen = false

    func run() throws {
        let store = options.store
        let now = Clock.system.now()
        try store.update(try store.resolve(meeting), reopen: reopen, by: by) { m in
            try m.resolveConflict(ConflictID(conflict), choosing: choose, by: NFC.normalize(by), at: now)
        }
        print("\(conflict): \(choose.rawValue) kept")
    }
}

extension ConflictResolution.Choice: ExpressibleByArgument {}
