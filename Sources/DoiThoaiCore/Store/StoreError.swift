import Foundation

/// What can go wrong reading or writing the record, each with the file and
/// what the secretary can do about it.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be read as a meeting: bad JSON, bad UTF-8, a wrong
    /// type, a missing field. `location` is a line and column or a field path.
    case unreadable(path: String, location: ReadLocation?, reason: ReadProblem)
    /// Written by a newer doithoai; refused and never rewritten.
    case newerSchema(path: String, version: Int)
    /// Another doithoai (process `pid`, 0 when not known) has this meeting open for writing.
    case locked(id: MeetingID, pid: Int32, path: String)
    /// Another doithoai (process `pid`, 0 when not known) is changing the topic catalog.
    case catalogLocked(pid: Int32, path: String)
    /// The data folder cannot be written (read-only mount, or no permission); reading still works.
    case readOnly(path: String, reason: WriteProblem)
    /// The file was changed by someone else since it was loaded.
    case changedOnDisk(path: String)
    /// Writing failed; the old file is intact.
    case writeFailed(path: String, reason: WriteProblem)
    case notFound(String)
    case ambiguous(prefix: String, candidates: [MeetingID])
    case invalidID(String)
    case alreadyExists(path: String)
    case invalid(path: String, problems: [MeetingProblem])
    /// The meeting is closed: its record is the minutes.
    case closed(id: MeetingID)

    /// The English text (`text(_:)` gives it in the reader's language).
    public var description: String { text(.en) }
}
