#if canImport(Glibc)
import Glibc
#endif
import Foundation

extension ArchiveSync {
    var authorEnvironment: [String: String] {
        ["GIT_AUTHOR_NAME": office, "GIT_AUTHOR_EMAIL": SyncRepository.email(office),
         "GIT_COMMITTER_NAME": office, "GIT_COMMITTER_EMAIL": SyncRepository.email(office)]
    }

    /// One commit of everything changed here since the last sync, authored
    /// by the office, dated when the newest file was saved, naming the
    /// meetings and when each was saved. Files whose remote change waits
    /// (`pending`) are left out until it is merged in.
    func commitLocalChanges() throws {
        var add = ["add", "-A", "--", "."]
        add += pending.keys.sorted().map { ":(exclude)\($0)" }
        try git.output(add)
        let staged = try git.output(["diff", "--cached", "--name-status", "-z", "--no-renames"])
        let fields = staged.split(separator: "\0")
        guard !fields.isEmpty else { return }
        var changes = MeetingChanges()
        var savedAt: [String] = []
        var newest: Int64 = 0
        var index = 0
        while index + 1 < fields.count {
            let status = fields[index].first ?? "M"
            let path = String(fields[index + 1])
            index += 2
            if let id = SyncRepository.meetingID(path) { changes.add(status: status, id: id) }
            if path == "topics.json" { changes.topics = true }
            guard status != "D", let modified = FileFingerprint.statFile(data.root + "/" + path)?.modified else { continue }
            let seconds = modified / 1_000_000_000
            newest = max(newest, seconds)
            let time = Timestamp(seconds: seconds, offset: TimeZone.program.secondsFromGMT())
            savedAt.append("\(ChangeHistory.savedAtTrailer) \(path) \(time.iso)")
        }
        var subject = "\(office): " + (changes.isEmpty ? "settings" : changes.summary)
        var body: [String] = []
        if !changes.updated.isEmpty { body.append("Updated: " + changes.updated.map(\.rawValue).joined(separator: ", ")) }
        if !changes.new.isEmpty { body.append("New: " + changes.new.map(\.rawValue).joined(separator: ", ")) }
        if !changes.deleted.isEmpty { body.append("Deleted: " + changes.deleted.map(\.rawValue).joined(separator: ", ")) }
        if subject.count > 200 { subject = String(subject.prefix(200)) }
        let message = ([subject, ""] + body + [""] + savedAt).joined(separator: "\n") + "\n"
        var environment = authorEnvironment
        if newest > 0 { environment["GIT_AUTHOR_DATE"] = "@\(newest) +0000" }
        try git.output(["commit", "-q", "--no-verify", "-F", "-"], input: Data(message.utf8), extraEnvironment: environment)
    }

    /// Merges the remote's commit into ours without touching the working
    /// folder (`git merge-tree`, which runs the merge driver), and commits
    /// the result. A file the driver cannot merge stops the sync.
    func merge(_ head: String, _ remoteHead: String) throws -> String {
        var args = ["merge-tree", "--write-tree", "-z"]
        if !(try git.run(["merge-base", head, remoteHead]).succeeded) { args.append("--allow-unrelated-histories") }
        let environment = ["DOITHOAI_MERGE_OURS": head, "DOITHOAI_MERGE_THEIRS": remoteHead]
        let result = try git.run(["-c", "merge.renames=false"] + args + [head, remoteHead], extraEnvironment: environment)
        guard result.status == 0 || result.status == 1 else {
            throw SyncError.cannotMerge(path: "the archive", message: result.errors)
        }
        let sections = result.output.split(separator: "\0", omittingEmptySubsequences: false).map(String.init)
        guard let tree = sections.first, tree.count >= 40 else {
            throw SyncError.cannotMerge(path: "the archive", message: result.errors)
        }
        if result.status == 1 {
            // "<mode> <object> <stage>\t<path>" entries: a path with both
            // sides' stages (2 and 3) was not merged; one side alone is a
            // file deleted there and changed here, which the tree keeps.
            var stages: [String: Set<String>] = [:]
            for entry in sections.dropFirst() {
                guard let tab = entry.firstIndex(of: "\t") else { break }
                let info = entry[..<tab].split(separator: " ")
                guard info.count == 3 else { break }
                stages[String(entry[entry.index(after: tab)...]), default: []].insert(String(info[2]))
            }
            if let failed = stages.first(where: { $0.value.contains("2") && $0.value.contains("3") }) {
                throw SyncError.cannotMerge(path: failed.key, message: result.errors.isEmpty ? "the merge driver refused it" : result.errors)
            }
        }
        let times = try git.output(["log", "-1", "--format=%at", head]) + (try git.output(["log", "-1", "--format=%at", remoteHead]))
        let latest = times.split(separator: "\n").compactMap { Int64($0) }.max() ?? 0
        var commitEnvironment = authorEnvironment
        if latest > 0 { commitEnvironment["GIT_AUTHOR_DATE"] = "@\(latest) +0000" }
        let offices = try git.output(["log", "--format=%an", "\(head)..\(remoteHead)"]).split(separator: "\n")
        let names = Array(Set(offices.map(String.init))).sorted().joined(separator: ", ")
        let message = "\(office): merged the changes of \(names.isEmpty ? "the shared repository" : names)\n"
        let commit = try git.output(["commit-tree", tree, "-p", head, "-p", remoteHead, "-F", "-"],
                                    input: Data(message.utf8), extraEnvironment: commitEnvironment)
        return commit.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The data folder was empty: take the remote's archive as it is.
    func join(_ remoteHead: String, progress: (SyncStage) -> Void) throws {
        progress(.updatingFiles)
        // The standard topic list written here on first use gives way to the remote's.
        if let remoteTopics = try repository.blob("topics.json", at: remoteHead), FileManager.default.fileExists(atPath: data.topics) {
            try AtomicFile.write(remoteTopics, to: data.topics)
        }
        try update(from: SyncRepository.emptyTree, to: remoteHead, force: true)
        // Lines this version adds to .gitignore / .gitattributes go out with the next sync.
        try repository.configure(office: office, driver: options.program, remote: nil)
        try repository.savePending(pending)
    }
}
