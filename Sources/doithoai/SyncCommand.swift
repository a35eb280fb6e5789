import ArgumentParser
import DoiThoaiCore
import Foundation

/// `doithoai sync [--remote URL] [--office NAME]`: shares the archive with
/// the other offices through a git repository.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Share the archive with other offices through git: commit, fetch, merge meeting by meeting, push.")

    @OptionGroup var options: DataOptions
    @OptionGroup var interface: LanguageOption
    @Option(help: ArgumentHelp("The shared repository (ssh://, https://, or a folder such as a USB stick); needed the first time.", valueName: "URL"))
    var remote: String?
    @Option(help: ArgumentHelp("This office's name, the author of its changes (remembered).", valueName: "NAME"))
    var office: String?
    @Option(help: ArgumentHelp("Seconds the whole exchange may take before git is stopped.", valueName: "SECONDS"))
    var timeLimit: Double = 120

    func run() throws {
        let language = interface.language
        var settings = SyncOptions(remote: remote, office: office.map(NFC.normalize), program: Self.program)
        settings.timeLimit = timeLimit
        settings.language = language
        let sync = ArchiveSync(data: options.directory, options: settings)
        do {
            let outcome = try sync.run()
            for line in outcome.lines(language) { print(line) }
        } catch let error as SyncError {
            throw CommandFailure("sync: " + error.text(language))
        } catch let error as StoreError {
            throw CommandFailure("sync: " + error.text(language))
        } catch {
            throw CommandFailure("sync: \(error)")
        }
    }

    /// The absolute path of this program, as git must run it.
    static var program: String {
        if let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return link }
        let first = CommandLine.arguments.first ?? "doithoai"
        if first.hasPrefix("/") { return first }
        return FileManager.default.currentDirectoryPath + "/" + first
    }
}
