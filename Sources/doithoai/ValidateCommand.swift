import ArgumentParser
import DoiThoaiCore
import Foundation

/// `doithoai validate`: checks every file; exit 1 when any has a problem.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: "Check every meeting file and topics.json (exit 1 on any problem).")

    @OptionGroup var options: DataOptions

    func run() throws {
        var problems: [String] = []
        var warnings: [String] = []
        var catalog: TopicCatalog?
        do {
            catalog = try TopicStore(data: options.directory).load()
        } catch {
            problems.append("\(error)")
        }
        let store = options.store
        let loaded = store.loadAll()
        problems += loaded.failures.map(\.description)
        for stored in loaded.meetings {
            let path = store.data.meetingFile(stored.meeting.id)
            for problem in stored.meeting.problems(topics: catalog?.ids) { problems.append("\(path): \(problem)") }
            for warning in stored.meeting.warnings { warnings.append("\(path): \(warning)") }
            let fileName = (path as NSString).lastPathComponent
            if fileName != "\(stored.meeting.id.rawValue).json" {
                problems.append("\(path): \(MeetingProblem.idDoesNotMatchFileName(id: stored.meeting.id, fileName: fileName))")
            }
        }
        // Warnings: said, but the files themselves are sound (exit 0).
        for path in store.leftoverTemporaryFiles() {
            warnings.append("\(path): a temporary file left by a save that was interrupted (a copy of citizens' data); "
                + "it is removed at the next save or start, or delete it")
        }
        let exposed = FilePermissions.readableByOthers(under: store.data.root)
        if !exposed.isEmpty {
            let examples = exposed.prefix(3).joined(separator: ", ") + (exposed.count > 3 ? ", …" : "")
            warnings.append("\(exposed.count) file(s) and folder(s) can be read by every user of this computer, and they hold "
                + "citizens' names and opinions (\(examples)); fix with: chmod -R o-rwx \(store.data.root)")
        }
        for warning in warnings { warn("warning: " + warning) }
        for problem in problems { warn(problem) }
        // Conflicts recorded by sync are not errors: the file is sound and
        // holds both values; they are listed for the secretary to choose.
        for stored in loaded.meetings where !stored.meeting.openConflicts.isEmpty {
            print("\(store.data.meetingFile(stored.meeting.id)): \(stored.meeting.openConflicts.count) conflict(s) from sync to choose (doithoai show \(stored.meeting.id))")
            for conflict in stored.meeting.openConflicts { print(MeetingText.conflictLines(conflict).joined(separator: "\n")) }
        }
        let count = loaded.meetings.count + loaded.failures.count
        if problems.isEmpty {
            print("\(count) meeting file(s) and topics.json: no problem found"
                  + (warnings.isEmpty ? "." : "; \(warnings.count) warning(s) above, worth a look."))
        } else {
            print("\(problems.count) problem(s) in \(count) meeting file(s).")
            throw ExitCode(1)
        }
    }
}
