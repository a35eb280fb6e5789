import Foundation

/// What can go wrong reading or writing the record, each with the file and
/// what the secretary can do about it.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be read as a meeting: bad JSON, bad UTF-8, a wrong
    /// type, a missing field. `location` is "line 12, column 5" or a field path.
    case unreadable(path: String, location: String?, reason: String)
    /// Written by a newer doithoai; refused and never rewritten.
    case newerSchema(path: String, version: Int)
    /// Another doithoai (process `pid`, 0 when not known) has this meeting open for writing.
    case locked(id: MeetingID, pid: Int32, path: String)
    /// Another doithoai (process `pid`, 0 when not known) is changing the topic catalog.
    case catalogLocked(pid: Int32, path: String)
    /// The data folder cannot be written (read-only mount, or no permission); reading still works.
    case readOnly(path: String, reason: String)
    /// The file was changed by someone else since it was loaded.
    case changedOnDisk(path: String)
    /// Writing failed; the old file is intact.
    case writeFailed(path: String, reason: String)
    case notFound(String)
    case ambiguous(prefix: String, candidates: [MeetingID])
    case invalidID(String)
    case alreadyExists(path: String)
    case invalid(path: String, problems: [MeetingProblem])
    /// The meeting is closed: its record is the minutes.
    case closed(id: MeetingID)

    public var description: String {
        switch self {
        case let .unreadable(path, location, reason):
            let at = location.map { " at \($0)" } ?? ""
            return "\(path): cannot read\(at): \(reason). The file was left untouched; fix it by hand or restore it from a backup."
        case let .newerSchema(path, version):
            return "\(path): written by a newer doithoai (schemaVersion \(version); this version reads up to \(Meeting.currentSchemaVersion)). Upgrade doithoai; the file was not changed."
        case let .locked(id, pid, path):
            return "meeting \(id) is open for writing in another doithoai (\(Self.process(pid)), lock \(path)); close it there first. You can still read it."
        case let .catalogLocked(pid, path):
            return "the topic catalog is being changed by another doithoai (\(Self.process(pid)), lock \(path)); try again in a moment."
        case let .readOnly(path, reason):
            return "\(path) cannot be written (\(reason)): the data folder is read-only here. You can still read, search and print."
        case let .changedOnDisk(path):
            return "\(path) was changed by another program since it was loaded; your change was not written. Reload the meeting and make the change again."
        case let .writeFailed(path, reason):
            let outcome = FileManager.default.fileExists(atPath: path) ? "The previous version is intact." : "Nothing was written."
            return "could not write \(path): \(reason). \(outcome)"
        case let .notFound(what):
            return "no meeting “\(what)”; `doithoai list` shows the ids"
        case let .ambiguous(prefix, candidates):
            return "“\(prefix)” names several meetings: " + candidates.map(\.rawValue).joined(separator: ", ")
        case let .invalidID(id):
            return "“\(id)” is not a meeting id (lower-case letters, digits and dashes only)"
        case let .alreadyExists(path):
            return "\(path) already exists"
        case let .closed(id):
            return "meeting \(id) is closed: its record is the minutes. Add --reopen to change it (the reopening is recorded)."
        case let .invalid(path, problems):
            return "\(path): " + problems.map(\.description).joined(separator: "; ")
        }
    }

    private static func process(_ pid: Int32) -> String { pid > 0 ? "process \(pid)" : "process not yet known" }
}
