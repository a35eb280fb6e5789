import Foundation

/// Why a sync stopped. Nothing of the office's is lost in any of them: its
/// changes are committed in its own repository before anything else.
public enum SyncError: Error, Equatable, Sendable, CustomStringConvertible {
    case noRemote(folder: String)
    case unreachable(remote: String, message: String)
    case cannotMerge(path: String, message: String)
    case alreadyRunning
    case git(GitError)

    /// The English text (`text(_:)` gives it in the reader's language).
    public var description: String { text(.en) }
}

/// How a sync is run.
public struct SyncOptions: Sendable {
    public var remote: String?
    public var office: String?
    /// Every git command of the sync must be done within this time.
    public var timeLimit: TimeInterval = 120
    /// This program, as git must run it for `merge-driver`.
    public var program: String
    /// Meetings this process itself holds open for writing.
    public var heldHere: Set<MeetingID> = []
    public var clock: Clock = .system
    /// The language of the failure kept for the program's header.
    public var language: Language = .en

    public init(remote: String? = nil, office: String? = nil, program: String) {
        self.remote = remote
        self.office = office
        self.program = program
    }
}

/// The steps a sync reports as it goes.
public enum SyncStage: Sendable, Equatable {
    case committing, fetching, merging, updatingFiles, sending
}

/// `doithoai sync`: commit this office's changes, fetch the shared
/// repository, merge (record by record, through the merge driver), update
/// the meeting files that changed (each under its lock), push; when the
/// remote moved meanwhile, fetch and merge again. Runs the `git` program.
public final class ArchiveSync {
    let data: DataDirectory
    let store: MeetingStore
    var options: SyncOptions
    let git: GitProcess
    let repository: SyncRepository
    var outcome: SyncOutcome
    var pending: [String: String] = [:]
    var office = ""
    /// The shared repository's branch: its default branch, found on first use.
    var branch = SyncRepository.defaultBranch

    public init(data: DataDirectory, options: SyncOptions) {
        self.data = data
        self.store = MeetingStore(data: data)
        self.options = options
        self.git = GitProcess(directory: data.root, timeLimit: options.timeLimit)
        self.repository = SyncRepository(data: data, git: git)
        self.outcome = SyncOutcome(at: options.clock.now(), office: options.office ?? "")
    }

    /// Runs the sync; the outcome is also kept for the program's header.
    public func run(progress: (SyncStage) -> Void = { _ in }) throws -> SyncOutcome {
        defer { if repository.isRepository { repository.closeGitFilesToOthers() } }
        do {
            try exchange(progress: progress)
            outcome.at = options.clock.now()
            repository.saveOutcome(outcome)
            return outcome
        } catch {
            outcome.at = options.clock.now()
            outcome.failure = (error as? SyncError)?.text(options.language) ?? (error as? StoreError)?.text(options.language) ?? "\(error)"
            if repository.isRepository { repository.saveOutcome(outcome) }
            throw error
        }
    }

    private func exchange(progress: (SyncStage) -> Void) throws {
        guard GitProcess.executable != nil else { throw SyncError.git(.missing) }
        // `git merge-tree --write-tree` (a merge that leaves the working files alone) came in git 2.38.
        if let version = try? git.output(["version"]), let (major, minor) = GitProcess.versionNumbers(version),
           major < 2 || (major == 2 && minor < 38) {
            throw SyncError.git(.failed(command: "version", status: 0,
                                        message: "git 2.38 or newer is needed for sync; this is \(version.trimmingCharacters(in: .whitespacesAndNewlines))"))
        }
        let firstTime = !repository.isRepository
        if firstTime {
            guard options.remote != nil else { throw SyncError.noRemote(folder: data.root) }
            try repository.initialize()
        }
        // One sync at a time in a data folder (the program's F8 and a command, say).
        try data.ensureFolder(repository.stateFolder)
        let running: FileLock
        do {
            running = try FileLock.acquire(repository.stateFolder + "/sync.lock")
        } catch {
            throw SyncError.alreadyRunning
        }
        defer { running.release() }
        office = options.office ?? repository.config("doithoai.office") ?? defaultOffice()
        outcome.office = office
        guard let remote = options.remote ?? repository.config("remote.origin.url") else {
            throw SyncError.noRemote(folder: data.root)
        }
        if firstTime, localArchiveIsEmpty() {
            progress(.fetching)
            try repository.configure(office: office, driver: options.program, remote: remote)
            try fetch(remote)
            if let remoteHead = repository.commit("refs/remotes/origin/\(branch)") {
                try join(remoteHead, progress: progress)
                outcome.firstUse = .joined
                return
            }
        }
        try repository.configure(office: office, driver: options.program, remote: remote)
        pending = repository.loadPending()
        progress(.committing)
        try resolvePending()
        try commitLocalChanges()
        for _ in 0..<6 {
            progress(.fetching)
            try fetch(remote)
            guard let head = repository.commit("HEAD") else { return }
            let remoteRef = "refs/remotes/origin/\(branch)"
            guard let remoteHead = repository.commit(remoteRef) else {
                if firstTime { outcome.firstUse = .started }
                if try push(remote, from: nil, head: head) { break } else { continue }
            }
            var newHead = head
            if try !repository.isAncestor(remoteHead, of: head) {
                progress(.merging)
                if try repository.isAncestor(head, of: remoteHead) {
                    newHead = remoteHead
                } else {
                    if firstTime { outcome.firstUse = .merged }
                    newHead = try merge(head, remoteHead)
                }
                progress(.updatingFiles)
                try update(from: head, to: newHead)
            }
            if newHead == remoteHead { break }
            progress(.sending)
            if try push(remote, from: remoteHead, head: newHead) { break }
        }
        try repository.savePending(pending)
    }

    private func fetch(_ remote: String) throws {
        let result: GitResult
        do {
            result = try git.run(["fetch", "-q", "--no-tags", "--prune", "origin", "+refs/heads/*:refs/remotes/origin/*"])
        } catch GitError.timedOut(_, let seconds) {
            throw SyncError.unreachable(remote: remote, message: "no answer within \(seconds) s")
        }
        if result.succeeded {
            branch = try repository.sharedBranch()
            return
        }
        // An empty remote has no branch yet: that is not a failure.
        if result.errors.contains("couldn't find remote ref") { return }
        throw SyncError.unreachable(remote: remote, message: result.errors)
    }

    /// Pushes; false when the remote moved meanwhile (fetch and merge again).
    private func push(_ remote: String, from remoteHead: String?, head: String) throws -> Bool {
        let result: GitResult
        do {
            result = try git.run(["push", "-q", "origin", "\(head):refs/heads/\(branch)"])
        } catch GitError.timedOut(_, let seconds) {
            throw SyncError.unreachable(remote: remote, message: "no answer within \(seconds) s")
        }
        if result.succeeded {
            try record(sent: remoteHead ?? SyncRepository.emptyTree, head: head)
            _ = try? git.run(["update-ref", "refs/remotes/origin/\(branch)", head])
            return true
        }
        if result.errors.contains("rejected") || result.errors.contains("fetch first")
            || result.errors.contains("non-fast-forward") || result.errors.contains("cannot lock ref") {
            return false
        }
        throw SyncError.unreachable(remote: remote, message: result.errors)
    }

    private func record(sent old: String, head: String) throws {
        for (status, path) in try repository.changes(from: old, to: head) {
            if let id = SyncRepository.meetingID(path) {
                outcome.sent.add(status: status, id: id)
            } else if path == "topics.json" {
                outcome.sent.topics = true
            }
        }
    }

    /// No meeting yet, and the topic list (if any) is the standard one.
    private func localArchiveIsEmpty() -> Bool {
        guard store.meetingIDs().isEmpty else { return false }
        guard FileManager.default.fileExists(atPath: data.topics) else { return true }
        return (try? TopicStore(data: data).load()) == .standard
    }

    /// The office named most often as organizer here, or the host's name.
    private func defaultOffice() -> String {
        var counts: [String: Int] = [:]
        for stored in store.loadAll().meetings { counts[stored.meeting.organizer, default: 0] += 1 }
        if let best = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) { return best.key }
        return ProcessInfo.processInfo.hostName
    }
}
