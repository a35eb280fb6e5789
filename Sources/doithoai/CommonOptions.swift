import ArgumentParser
import DoiThoaiCore
import Foundation

/// `--data DIR`, taken by every command.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The data folder (default: $DOITHOAI_DATA, ./data, then ~/.local/share/doithoai).", valueName: "DIR"))
    var data: String?

    var directory: DataDirectory { DataDirectory.resolve(explicit: data) }
    /// The store; a meeting another program holds is waited for (10 s),
    /// saying so on stderr after a second.
    var store: MeetingStore {
        var store = MeetingStore(data: directory)
        store.lockWaitNotice = { path, pid in
            let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            let holder = pid.map { "process \($0)" } ?? "another doithoai"
            warn("waiting for \(name): open for writing in \(holder) (up to 10 s)…")
        }
        return store
    }
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
