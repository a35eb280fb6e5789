import ArgumentParser
import CursesTerminal
import DoiThoaiCore
import DoiThoaiExport
import DoiThoaiUI
import Foundation

/// The full-screen program, `doithoai` with no subcommand.
struct TerminalProgram: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui", abstract: "The terminal program (the default).", shouldDisplay: false)

    @OptionGroup var options: DataOptions
    @OptionGroup var interface: LanguageOption

    func run() throws {
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
            throw CommandFailure("the terminal program needs a terminal; for scripts use the subcommands (doithoai --help)")
        }
        let environment = ProcessInfo.processInfo.environment
        let data = options.directory
        try data.ensureFolder(data.root)
        let topics: TopicCatalog
        do {
            topics = try TopicStore(data: data).load()
        } catch {
            throw CommandFailure((error as? StoreError)?.text(interface.language) ?? "\(error)")
        }
        let clock = Clock.system
        let state = AppState(language: interface.language,
                             width: 80, height: 24, now: clock.now(), topics: topics)
        let language = state.language
        let writer = MinutesWriter(data: data)
        let publish: EffectRunner.MinutesPublisher = { document, request in
            let format = MinutesFormat(rawValue: request.format) ?? .docx
            var path = writer.defaultPath(for: request.meeting, format: format)
            do {
                do {
                    // Minutes already written are replaced only once the secretary said so.
                    try writer.write(document, as: format, to: path, force: request.overwrite)
                } catch StoreError.readOnly {
                    // A read-only data folder still lets the secretary print: the file goes to the temporary folder.
                    path = NSTemporaryDirectory() + "doithoai-minutes/\(request.meeting.rawValue).\(format.fileExtension)"
                    try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                            withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                    try writer.write(document, as: format, to: path, force: true)
                }
            } catch ExportError.officeMissing {
                throw CommandFailure(language.text(.msgNeedsLibreOffice))
            }
            guard request.action == .print else { return language.text(.msgMinutesWritten, path) }
            do {
                return language.text(.msgMinutesPrinted, try writer.print(document, written: path, format: format), path)
            } catch let error as ExportError {
                // Whole, with the path of the file written: the status line wraps it.
                throw CommandFailure(error.text(language))
            }
        }
        let settings = SettingsStore(path: SettingsStore.defaultPath(environment: environment))
        let runner = EffectRunner(store: options.store, clock: clock, settings: settings, publishMinutes: publish)
        runner.syncRunner = SyncRunner(data: options.directory, program: SyncCommand.program, language: language)
        let app = App(state: state, effects: runner, clock: clock)
        let terminal = CursesTerminal(environment: environment)
        app.run(on: terminal)
        terminal.close()
    }
}
