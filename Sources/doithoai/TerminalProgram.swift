import ArgumentParser
import DoiThoaiCore

/// The full-screen program, `doithoai` with no subcommand.
struct TerminalProgram: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui", abstract: "The terminal program (the default).", shouldDisplay: false)

    @OptionGroup var options: DataOptions
    @Option(name: .long, help: "Interface language: vi or en (default: vi, or en when LANG starts with en).")
    var lang: String?

    func run() throws {
        throw CommandFailure("the terminal program is not built yet")
    }
}
