#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A meeting open for writing, held as `meetings/<id>.lock` with the pid in
/// it (as calcurse does). A lock whose process is gone is stale and taken
/// over. Released on `release()` or when the value is dropped.
public final class MeetingLock: @unchecked Sendable {
    public let id: MeetingID
    public let path: String
    private var held = true

    init(id: MeetingID, path: String) {
        self.id = id
        self.path = path
    }

    deinit { release() }

    public func release() {
        guard held else { return }
        held = false
        if MeetingLock.owner(of: path) == getpid() { unlink(path) }
    }

    /// Takes the lock for `id`, or throws `.locked` naming the live holder.
    static func acquire(_ id: MeetingID, path: String) throws -> MeetingLock {
        for _ in 0..<3 {
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, AtomicFile.permissions)
            if fd >= 0 {
                let text = "\(getpid())\n"
                _ = text.withCString { Glibc.write(fd, $0, strlen($0)) }
                fsync(fd)
                close(fd)
                return MeetingLock(id: id, path: path)
            }
            guard errno == EEXIST else { throw StoreError.writeFailed(path: path, reason: errnoText()) }
            let holder = owner(of: path)
            if let holder, holder == getpid() { return MeetingLock(id: id, path: path) }
            if let holder, isAlive(holder) { throw StoreError.locked(id: id, pid: holder, path: path) }
            if holder == nil, let age = ageInSeconds(path), age < 5 {
                // Being written this instant by another process: treat as held.
                throw StoreError.locked(id: id, pid: 0, path: path)
            }
            unlink(path) // stale: its process is gone
        }
        throw StoreError.writeFailed(path: path, reason: "could not take the lock")
    }

    /// The pid written in the lock file, if it holds one.
    static func owner(of path: String) -> Int32? {
        guard let data = FileManager.default.contents(atPath: path),
              let text = String(data: data, encoding: .utf8) else { return nil }
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    static func isAlive(_ pid: Int32) -> Bool {
        guard pid > 0 else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }

    private static func ageInSeconds(_ path: String) -> Int64? {
        guard let stats = FileFingerprint.statFile(path) else { return nil }
        return Int64(Date().timeIntervalSince1970) - stats.modified / 1_000_000_000
    }
}
