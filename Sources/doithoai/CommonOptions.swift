import ArgumentParser
import DoiThoaiCore
import Foundation

/// `--data DIR`, taken by every command.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The data folder (default: $DOITHOAI_DATA, ./data, then ~/.local/share/doithoai).", valueName: "DIR"))
    var data: String?

    var directory: DataDirectory { DataDirectory.resolve(explicit: data) }
    var store: MeetingStore { MeetingStore(data: directory) }
}

/// `--json`, taken by every listing command.
struct JSONOption: ParsableArguments {
    @Flag(name: .long, help: "Machine-readable output.")
    var json = false
}

/// A message for standard error; the command then exits with `code`.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Writes one line to standard error (warnings that do not stop a command).
func warn(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
