import ArgumentParser
import DoiThoaiCore
import Foundation

/// `--data DIR`, taken by every command.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The data folder (default: $DOITHOAI_DATA, ./data, then ~/.local/share/doithoai).", valueName: "DIR"))
    var data: String?

    @Flag(name: .customLong("init"), help: "Create the data folder given with --data (or $DOITHOAI_DATA) when it does not exist.")
    var initialise = false

    var directory: DataDirectory { DataDirectory.resolve(explicit: data) }

    /// A folder named with `--data` or `$DOITHOAI_DATA` must exist (a typo
    /// would otherwise make an empty record and list nothing) unless
    /// `--init` asks for it; a file there is always an error. The default
    /// location (`~/.local/share/doithoai`) is created on first use.
    /// The language of a message given before a command has read its own
    /// `--lang` (an argument error, the data folder): `--lang` as the
    /// command line gives it, else LANG's.
    static var language: Language {
        let arguments = CommandLine.arguments
        var option: String?
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count { option = arguments[index + 1] }
            if argument.hasPrefix("--lang=") { option = String(argument.dropFirst("--lang=".count)) }
        }
        return Language.choose(option: option, environment: ProcessInfo.processInfo.environment)
    }

    func validate() throws {
        let environment = ProcessInfo.processInfo.environment["DOITHOAI_DATA"].flatMap { $0.isEmpty ? nil : $0 }
        let named = data.flatMap { $0.isEmpty ? nil : $0 } ?? environment
        let source = data?.isEmpty == false ? "--data" : "$DOITHOAI_DATA"
        let root = directory.root
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw ValidationError(Self.language.message(.dataFolderIsFile, source, root))
            }
            return
        }
        guard named != nil else { return }
        guard initialise else {
            throw ValidationError(Self.language.message(.dataFolderMissing, source, root))
        }
        do {
            try directory.ensureFolder(directory.meetings)
            warn("created the data folder \(root)")
        } catch {
            throw ValidationError("\(error)")
        }
    }
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

