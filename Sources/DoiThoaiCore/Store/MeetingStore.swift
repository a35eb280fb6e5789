#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A meeting as read from disk, with what its file looked like then.
public struct StoredMeeting: Sendable {
    public var meeting: Meeting
    public var fingerprint: FileFingerprint

    public init(meeting: Meeting, fingerprint: FileFingerprint) {
        self.meeting = meeting
        self.fingerprint = fingerprint
    }
}

/// The record on disk: one JSON file per meeting in `DATA/meetings/`.
/// Saving one opinion rewrites only its meeting's file.
public struct MeetingStore: Sendable {
    public let data: DataDirectory
    /// Tests set this to make a save fail midway.
    public var failAt: AtomicFile.Step?
    /// How long a command waits for a meeting another process holds before
    /// giving up (`update`, and a `save` made without the lock).
    public var lockWaitSeconds: Double = 10
    /// Told once, after a second of waiting, which lock and which pid (when
    /// known) it waits for; commands print it on stderr.
    public var lockWaitNotice: (@Sendable (_ lockPath: String, _ pid: Int32?) -> Void)?

    public init(data: DataDirectory) {
        self.data = data
    }

    /// The ids of every meeting file, sorted.
    public func meetingIDs() -> [MeetingID] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: data.meetings)) ?? []
        return names.compactMap { name -> MeetingID? in
            guard name.hasSuffix(".json"), !name.hasPrefix(".") else { return nil }
            return MeetingID(String(name.dropLast(5)))
        }.sorted()
    }

    public func exists(_ id: MeetingID) -> Bool {
        FileManager.default.fileExists(atPath: data.meetingFile(id))
    }

    /// Reads the meeting in `meetings/<id>.json`. The id inside the file must
    /// be that file name: a copy under another name, or a crafted id
    /// (`../../x`), is reported as broken and never used to build a path.
    public func load(_ id: MeetingID) throws -> StoredMeeting {
        let path = data.meetingFile(id)
        guard MeetingSlug.isValid(id.rawValue) else {
            guard exists(id) else { throw StoreError.invalidID(id.rawValue) }
            throw StoreError.unreadable(path: path, location: .fileName, reason: .notAMeetingID(id.rawValue))
        }
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT { throw StoreError.notFound(id.rawValue) }
            throw StoreError.unreadable(path: path, location: nil, reason: .system(errno))
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw StoreError.unreadable(path: path, location: nil, reason: .folder)
        default: throw StoreError.unreadable(path: path, location: nil, reason: .notRegularFile)
        }
        guard let bytes = FileManager.default.contents(atPath: path) else {
            throw StoreError.unreadable(path: path, location: nil, reason: .system(access(path, R_OK) == 0 ? EIO : EACCES))
        }
        let meeting = try MeetingCodec.decode(bytes, path: path)
        guard meeting.id == id else {
            throw StoreError.invalid(path: path, problems: [.idDoesNotMatchFileName(id: meeting.id, fileName: "\(id.rawValue).json")])
        }
        return StoredMeeting(meeting: meeting, fingerprint: .of(data: bytes, path: path))
    }

    /// Every meeting that can be read, and a problem for each that cannot;
    /// one broken file never stops the others.
    public func loadAll() -> (meetings: [StoredMeeting], failures: [StoreError]) {
        let ids = meetingIDs()
        // Files are independent: decode them on every core, each result in its own slot.
        let slots = Slots<Result<StoredMeeting, StoreError>>(count: ids.count)
        DispatchQueue.concurrentPerform(iterations: ids.count) { index in
            let id = ids[index]
            do {
                slots.set(index, .success(try load(id)))
            } catch let error as StoreError {
                slots.set(index, .failure(error))
            } catch {
                slots.set(index, .failure(.unreadable(path: data.meetingFile(id), location: nil, reason: .other("\(error)"))))
            }
        }
        var meetings: [StoredMeeting] = []
        var failures: [StoreError] = []
        for result in slots.values {
            switch result {
            case .success(let meeting)?: meetings.append(meeting)
            case .failure(let error)?: failures.append(error)
            case nil: break
            }
        }
        return (meetings, failures)
    }

    /// Writes a new meeting; refuses to replace an existing file.
    @discardableResult
    public func create(_ meeting: Meeting) throws -> StoredMeeting {
        try data.ensureFolder(data.meetings)
        let path = data.meetingFile(meeting.id)
        guard MeetingSlug.isValid(meeting.id.rawValue) else { throw StoreError.invalidID(meeting.id.rawValue) }
        // Under the lock too, so that a temporary file of this id always belongs to the lock's holder.
        let ownLock = FileLock.heldHere(data.lockFile(meeting.id)) ? nil : try lock(meeting.id, waitingUpTo: lockWaitSeconds)
        defer { ownLock?.release() }
        let bytes = try MeetingCodec.encode(meeting)
        try AtomicFile.write(bytes, to: path, replace: false, failAt: failAt)
        return StoredMeeting(meeting: meeting, fingerprint: .of(data: bytes, path: path))
    }

    /// Saves `meeting` over the file it was loaded from. Refuses when the
    /// file changed since (`previous` no longer matches) or when the meeting
    /// breaks an invariant; returns the new fingerprint.
    ///
    /// The check and the rename are one critical section under the
    /// meeting's lock: the caller's when it holds it (the program, `update`),
    /// else taken here for the length of the save.
    @discardableResult
    public func save(_ meeting: Meeting, over previous: FileFingerprint) throws -> FileFingerprint {
        let path = data.meetingFile(meeting.id)
        guard MeetingSlug.isValid(meeting.id.rawValue) else { throw StoreError.invalidID(meeting.id.rawValue) }
        let problems = meeting.problems()
        guard problems.isEmpty else { throw StoreError.invalid(path: path, problems: problems) }
        let ownLock = FileLock.heldHere(data.lockFile(meeting.id)) ? nil : try lock(meeting.id, waitingUpTo: lockWaitSeconds)
        defer { ownLock?.release() }
        guard previous.matches(fileAt: path) else { throw StoreError.changedOnDisk(path: path) }
        let bytes = try MeetingCodec.encode(meeting)
        try AtomicFile.write(bytes, to: path, failAt: failAt)
        return .of(data: bytes, path: path)
    }

    /// Moves the meeting's file to `DATA/trash/`, keeping every earlier
    /// trashed copy (`<id>.json`, `<id>.2.json`…).
    @discardableResult
    public func trash(_ id: MeetingID) throws -> String {
        guard MeetingSlug.isValid(id.rawValue) else { throw StoreError.invalidID(id.rawValue) }
        let path = data.meetingFile(id)
        guard exists(id) else { throw StoreError.notFound(id.rawValue) }
        // Never move a meeting another program is writing.
        let ownLock = FileLock.heldHere(data.lockFile(id)) ? nil : try lock(id)
        defer { ownLock?.release() }
        try data.ensureFolder(data.trash)
        var target = "\(data.trash)/\(id.rawValue).json"
        var counter = 2
        while FileManager.default.fileExists(atPath: target) {
            target = "\(data.trash)/\(id.rawValue).\(counter).json"
            counter += 1
        }
        guard rename(path, target) == 0 else { throw StoreError.writeFailed(path: path, reason: .system(errno)) }
        AtomicFile.syncFolder(data.meetings)
        AtomicFile.syncFolder(data.trash)
        return target
    }

    /// Takes the write lock for a meeting (see `FileLock`), waiting up to
    /// `seconds` for another holder; then throws `.locked` naming it, or
    /// `.readOnly` when the folder cannot be written. Hold the returned lock
    /// while the meeting is open for writing; `release()` it after. Any
    /// temporary file a writer of it that died left behind is removed then.
    public func lock(_ id: MeetingID, waitingUpTo seconds: Double = 0) throws -> MeetingLock {
        guard MeetingSlug.isValid(id.rawValue) else { throw StoreError.invalidID(id.rawValue) }
        try data.ensureFolder(data.meetings)
        let path = data.lockFile(id)
        let notice = lockWaitNotice
        do {
            let lock = try FileLock.acquire(path, waitingUpTo: seconds) { pid in notice?(path, pid) }
            // Once, as the lock is taken, not at every save: finding them lists the whole folder (10,000 files),
            // and while the lock is held no other writer can leave one.
            removeLeftovers(of: id)
            return lock
        } catch {
            switch error {
            case .held(let pid): throw StoreError.locked(id: id, pid: pid ?? 0, path: path)
            case .readOnly(let reason): throw StoreError.readOnly(path: data.meetings, reason: reason)
            case .failed(let reason): throw StoreError.writeFailed(path: path, reason: reason)
            }
        }
    }

    /// The meeting an id or an unambiguous prefix of one names.
    public func resolve(_ text: String) throws -> MeetingID {
        let wanted = text.trimmingCharacters(in: .whitespaces)
        guard !wanted.isEmpty, !wanted.contains("/"), !wanted.contains("\0"), !wanted.contains("..") else {
            throw StoreError.invalidID(text)
        }
        let ids = meetingIDs()
        if ids.contains(MeetingID(wanted)) { return MeetingID(wanted) }
        let matches = ids.filter { $0.rawValue.hasPrefix(wanted) }
        switch matches.count {
        case 0: throw StoreError.notFound(wanted)
        case 1: return matches[0]
        default: throw StoreError.ambiguous(prefix: wanted, candidates: matches)
        }
    }

    /// A fresh id for a meeting on `date` at `place`.
    public func newID(date: Day, place: String) -> MeetingID {
        MeetingSlug.id(date: date, place: place) { exists(MeetingID($0)) || isTrashedNow($0) }
    }

    private func isTrashedNow(_ id: String) -> Bool { false }
}

/// One result per task, each written once by the thread that made it and
/// read only after all are done.
final class Slots<Value>: @unchecked Sendable {
    private(set) var values: [Value?]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }
}
