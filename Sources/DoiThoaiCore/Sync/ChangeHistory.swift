import Foundation

/// Who changed a file last on each side of a merge, and when, read from
/// git. `doithoai sync` writes one line per file it commits,
/// `Saved-At: meetings/<id>.json 2026-11-30T09:15:00+07:00`, the time the
/// file was last saved; the merge rule reads that line, or the commit's
/// author time for commits made by hand.
public enum ChangeHistory {
    public static let savedAtTrailer = "Saved-At:"

    /// The two sides of the merge git is running now: `DOITHOAI_MERGE_OURS`
    /// and `DOITHOAI_MERGE_THEIRS` when `doithoai sync` runs it, else HEAD and
    /// the commit `git merge` names in `GITHEAD_<commit>`.
    public static func sides(path: String, git: GitProcess,
                             environment: [String: String] = ProcessInfo.processInfo.environment) -> (MergeSide, MergeSide) {
        let ours = environment["DOITHOAI_MERGE_OURS"] ?? "HEAD"
        let theirs = environment["DOITHOAI_MERGE_THEIRS"]
            ?? environment.keys.first { $0.hasPrefix("GITHEAD_") }.map { String($0.dropFirst("GITHEAD_".count)) }
            ?? "MERGE_HEAD"
        return (side(of: path, at: ours, git: git), side(of: path, at: theirs, git: git))
    }

    /// The office and time of the last change to `path` reachable from `commit`.
    public static func side(of path: String, at commit: String, git: GitProcess) -> MergeSide {
        guard let result = try? git.run(["log", "-1", "--format=%an%x1f%at%x1f%B", commit, "--", path]),
              result.succeeded else { return MergeSide() }
        let fields = result.output.split(separator: "\u{1f}", maxSplits: 2, omittingEmptySubsequences: false)
        guard fields.count == 3, let seconds = Int64(fields[1]) else { return MergeSide() }
        var time = Timestamp(seconds: seconds, offset: TimeZone.program.secondsFromGMT())
        if let saved = savedAt(path, in: String(fields[2])) { time = saved }
        let office = String(fields[0])
        return MergeSide(office: office.isEmpty ? nil : office, time: time)
    }

    /// The `Saved-At:` time a commit message gives for `path`.
    static func savedAt(_ path: String, in message: String) -> Timestamp? {
        for line in message.split(separator: "\n") where line.hasPrefix(savedAtTrailer) {
            let parts = line.dropFirst(savedAtTrailer.count).split(separator: " ")
            if parts.count == 2, parts[0] == path { return Timestamp(parsing: String(parts[1])) }
        }
        return nil
    }
}
