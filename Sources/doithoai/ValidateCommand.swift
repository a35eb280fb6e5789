import ArgumentParser
import DoiThoaiCore
import Foundation

/// `doithoai validate`: checks every file; exit 1 when any has a problem.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate", abstract: "Check every meeting file and topics.json (exit 1 on any problem).")

    @OptionGroup var options: DataOptions
    @OptionGroup var interface: LanguageOption

    func run() throws {
        let language = interface.language
        var problems: [String] = []
        var warnings: [String] = []
        var catalog: TopicCatalog?
        do {
            catalog = try TopicStore(data: options.directory).load()
        } catch {
            problems.append((error as? StoreError)?.text(language) ?? "\(error)")
        }
        let store = options.store
        let loaded = store.loadAll()
        problems += loaded.failures.map { $0.text(language) }
        for stored in loaded.meetings {
            let path = store.data.meetingFile(stored.meeting.id)
            for problem in stored.meeting.problems(topics: catalog?.ids) { problems.append("\(path): \(problem.text(language))") }
            for warning in stored.meeting.warnings { warnings.append("\(path): \(warning.text(language))") }
            let fileName = (path as NSString).lastPathComponent
            if fileName != "\(stored.meeting.id.rawValue).json" {
                problems.append("\(path): \(MeetingProblem.idDoesNotMatchFileName(id: stored.meeting.id, fileName: fileName).text(language))")
            }
        }
        // Warnings: said, but the files themselves are sound (exit 0).
        for path in store.leftoverTemporaryFiles() {
            warnings.append(language.message(.leftoverTemporaryFile, path))
        }
        let exposed = FilePermissions.readableByOthers(under: store.data.root)
        if !exposed.isEmpty {
            let examples = exposed.prefix(3).joined(separator: ", ") + (exposed.count > 3 ? ", …" : "")
            warnings.append(language.message(.readableByOthers, exposed.count, examples, store.data.root))
        }
        for warning in warnings { warn(language.message(.warningPrefix) + warning) }
        for problem in problems { warn(problem) }
        // Conflicts recorded by sync are not errors: the file is sound and
        // holds both values; they are listed for the secretary to choose.
        for stored in loaded.meetings where !stored.meeting.openConflicts.isEmpty {
            print(language.message(.conflictsToChoose, store.data.meetingFile(stored.meeting.id), stored.meeting.openConflicts.count,
                                   stored.meeting.id.rawValue))
            for conflict in stored.meeting.openConflicts {
                print(MeetingText.conflictLines(conflict, language: language).joined(separator: "\n"))
            }
        }
        let count = loaded.meetings.count + loaded.failures.count
        if problems.isEmpty {
            print(warnings.isEmpty ? language.message(.validateClean, count)
                  : language.message(.validateCleanWithWarnings, count, warnings.count))
        } else {
            print(language.message(.validateProblems, problems.count, count))
            throw ExitCode(1)
        }
    }
}
