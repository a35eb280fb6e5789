#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The git side of a data folder: what it ignores, which files the merge
/// driver merges, who commits, where the shared repository is.
struct SyncRepository {
    let data: DataDirectory
    let git: GitProcess

    /// The branch of a new repository, and of a shared one that has none yet.
    static let defaultBranch = "main"
    static let emptyTree = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"

    static let ignored = """
        # Written by doithoai sync: what stays in this office only.
        .cache/
        drafts/
        minutes/
        trash/
        *.lock
        # Files being written (AtomicFile's temporary files)
        .*.json.*
        *.tmp
        """
    static let attributes = """
        # Written by doithoai sync: meeting files are merged record by record.
        meetings/*.json merge=doithoai
        topics.json merge=doithoai
        """

    var isRepository: Bool { FileManager.default.fileExists(atPath: data.root + "/.git") }
    var stateFolder: String { data.root + "/.git/doithoai" }

    func initialize() throws {
        try data.ensureFolder(data.root)
        // The repository holds every version of citizens' names and addresses: owner and group only.
        try git.output(["init", "-q", "-b", SyncRepository.defaultBranch, "--shared=0640"])
    }

    /// Writes `.gitignore` and `.gitattributes` (adding missing lines to
    /// existing ones) and registers the driver and the office in the
    /// repository's config, with the absolute path of this program.
    func configure(office: String, driver: String, remote: String?) throws {
        try ensureLines(SyncRepository.ignored, in: data.root + "/.gitignore")
        try ensureLines(SyncRepository.attributes, in: data.root + "/.gitattributes")
        if config("core.sharedRepository") != "0640" {
            try git.output(["config", "core.sharedRepository", "0640"])
            closeToOthers(data.root + "/.git")
        }
        try git.output(["config", "merge.doithoai.name", "doithoai: meetings merged record by record"])
        try git.output(["config", "merge.doithoai.driver", "\(Self.quoted(driver)) merge-driver %O %A %B %P"])
        try git.output(["config", "doithoai.office", office])
        try git.output(["config", "user.name", office])
        try git.output(["config", "user.email", Self.email(office)])
        try git.output(["config", "merge.renames", "false"])
        try git.output(["config", "core.quotepath", "false"])
        if let remote {
            if (try? git.output(["remote", "get-url", "origin"]))?.trimmingCharacters(in: .whitespacesAndNewlines) == nil {
                try git.output(["remote", "add", "origin", remote])
            } else {
                try git.output(["remote", "set-url", "origin", remote])
            }
        }
    }

    /// Git writes a few files of its own (FETCH_HEAD, COMMIT_EDITMSG) with
    /// the umask, whatever `core.sharedRepository` says: closed after each sync.
    func closeGitFilesToOthers() {
        let root = data.root + "/.git"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        closeToOthers(root, only: names.map { root + "/" + $0 })
    }

    /// Takes away what other users may do in a repository made before (chmod -R o-rwx).
    private func closeToOthers(_ root: String, only: [String]? = nil) {
        var paths = only ?? [root]
        if only == nil, let walker = FileManager.default.enumerator(atPath: root) {
            while let relative = walker.nextObject() as? String { paths.append(root + "/" + relative) }
        }
        for path in paths {
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT != S_IFLNK, status.st_mode & 0o007 != 0 else { continue }
            chmod(path, status.st_mode & 0o7770)
        }
    }

    static func quoted(_ path: String) -> String { "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    static func email(_ office: String) -> String {
        let slug = MeetingSlug.slug(office)
        return "\(slug.isEmpty ? "office" : slug)@doithoai.invalid"
    }

    private func ensureLines(_ wanted: String, in path: String) throws {
        let existing = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let have = Set(existing.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        let missing = wanted.split(separator: "\n").map(String.init).filter { !have.contains($0) }
        guard !missing.isEmpty else { return }
        var text = existing
        if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
        text += missing.joined(separator: "\n") + "\n"
        try AtomicFile.write(Data(text.utf8), to: path)
    }

    /// The shared repository's branch that offices exchange on, from the
    /// branches just fetched: the one kept in `doithoai.branch` (set it with
    /// `git config` to choose), else `main` when the server has it, else the
    /// server's only branch (`master` on a server set up by hand with an
    /// older git), else `main`. A branch found is kept in the config.
    func sharedBranch() throws -> String {
        if let kept = config("doithoai.branch"), !kept.isEmpty { return kept }
        let listed = (try? git.output(["for-each-ref", "--format=%(refname:lstrip=3)", "refs/remotes/origin"])) ?? ""
        let branches = listed.split(separator: "\n").map(String.init).filter { !$0.isEmpty && $0 != "HEAD" }
        guard !branches.contains(Self.defaultBranch) else { return Self.defaultBranch }
        guard branches.count == 1, let only = branches.first else { return Self.defaultBranch }
        try git.output(["config", "doithoai.branch", only])
        return only
    }

    func config(_ key: String) -> String? {
        guard let value = try? git.output(["config", "--get", key]) else { return nil }
        let text = value.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    func commit(_ ref: String) -> String? {
        guard let result = try? git.run(["rev-parse", "-q", "--verify", ref + "^{commit}"]), result.succeeded else { return nil }
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func isAncestor(_ a: String, of b: String) throws -> Bool {
        try git.run(["merge-base", "--is-ancestor", a, b]).succeeded
    }

    /// Paths changed between two commits (or trees), with git's status letter.
    func changes(from old: String, to new: String) throws -> [(status: Character, path: String)] {
        let text = try git.output(["diff", "--name-status", "-z", "--no-renames", old, new])
        let fields = text.split(separator: "\0", omittingEmptySubsequences: true)
        var changes: [(Character, String)] = []
        var index = 0
        while index + 1 < fields.count {
            if let status = fields[index].first { changes.append((status, String(fields[index + 1]))) }
            index += 2
        }
        return changes
    }

    /// A file's bytes at a commit, or nil when it has none there.
    func blob(_ path: String, at commit: String) throws -> Data? {
        try git.bytes(["cat-file", "blob", "\(commit):\(path)"])
    }

    func blobID(_ path: String, at commit: String) -> String? {
        guard let result = try? git.run(["rev-parse", "-q", "--verify", "\(commit):\(path)"]), result.succeeded else { return nil }
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The meeting a path names (`meetings/<id>.json`), if it names one.
    static func meetingID(_ path: String) -> MeetingID? {
        guard path.hasPrefix("meetings/"), path.hasSuffix(".json") else { return nil }
        let name = path.dropFirst("meetings/".count).dropLast(5)
        guard !name.contains("/"), MeetingSlug.isValid(String(name)) else { return nil }
        return MeetingID(String(name))
    }

    // MARK: state kept between syncs

    /// Files whose remote change waits (their meeting was open for
    /// writing), with the blob the working file was last in step with.
    func loadPending() -> [String: String] {
        guard let bytes = FileManager.default.contents(atPath: stateFolder + "/pending.json"),
              let value = try? JSONDecoder().decode([String: String].self, from: bytes) else { return [:] }
        return value
    }

    func savePending(_ pending: [String: String]) throws {
        try data.ensureFolder(stateFolder)
        try AtomicFile.write(try MeetingCodec.encoder.encode(pending), to: stateFolder + "/pending.json")
    }

    static func lastOutcomePath(_ data: DataDirectory) -> String { data.root + "/.git/doithoai/last-sync.json" }

    func saveOutcome(_ outcome: SyncOutcome) {
        try? data.ensureFolder(stateFolder)
        if let bytes = try? MeetingCodec.encoder.encode(outcome) {
            try? AtomicFile.write(bytes, to: SyncRepository.lastOutcomePath(data))
        }
    }
}

extension SyncOutcome {
    /// The last sync's outcome in `data`, if it was ever synced.
    public static func last(in data: DataDirectory) -> SyncOutcome? {
        guard let bytes = FileManager.default.contents(atPath: SyncRepository.lastOutcomePath(data)) else { return nil }
        return try? JSONDecoder().decode(SyncOutcome.self, from: bytes)
    }
}
