import ArgumentParser

/// `doithoai`: with no subcommand, the terminal program; otherwise one
/// command per file in this folder.
@main
struct DoiThoai: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doithoai",
        abstract: "Ghi biên bản hội nghị đối thoại — record citizen dialogue meetings.",
        subcommands: [
            TerminalProgram.self,
            ListCommand.self,
            ShowCommand.self,
            NewCommand.self,
            AddAttendeeCommand.self,
            AddOpinionCommand.self,
            AddFollowUpCommand.self,
            TopicsCommand.self,
            ValidateCommand.self,
            MinutesCommand.self,
            FollowUpsCommand.self,
            ReportCommand.self,
            UpdateFollowUpCommand.self,
            SearchCommand.self,
            SyncCommand.self,
            MergeDriverCommand.self,
            ResolveConflictCommand.self,
            TelexCommand.self,
        ],
        defaultSubcommand: TerminalProgram.self
    )
}
