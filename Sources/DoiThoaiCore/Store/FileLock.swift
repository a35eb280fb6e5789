#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// An exclusive lock between processes, held with `flock` on a lock file
/// (`meetings/<id>.lock`, `topics.lock`) for as long as the value is held.
///
/// Use:
///
///     let lock = try FileLock.acquire(path, waitingUpTo: 10) { holder in … }  // or waitingUpTo: 0
///     defer { lock.release() }
///     … read, change, write …
///
/// Only the `flock` counts. The pid written into the file names the holder in
/// messages and nothing else: a lock file that no process holds with `flock`
/// is free whatever it contains (empty after a full disk, a dead pid, a pid
/// the system has since given to another program), and the kernel drops the
/// lock when its process dies, even by `kill -9`. The file is removed on
/// release only while the lock is still held, and whoever takes a lock
/// checks afterwards that the file it locked is still the one at `path`, so
/// two processes can never both hold "the" lock through two files.
///
/// Locks are per open file: a second `acquire` of the same path in the same
/// process is refused like any other while the first is held. Throws
/// `FileLock.Failure` (`.held` with the holder's pid when known, `.readOnly`
/// when the folder cannot be written, `.failed` otherwise).
public final class FileLock: @unchecked Sendable {
    public let path: String
    private var descriptor: Int32
    private let mutex = NSLock()

    public enum Failure: Error, Equatable, Sendable {
        /// Another process (or another lock in this one) holds it; its pid when written.
        case held(pid: Int32?)
        /// The folder is read-only (a read-only mount, or no write permission).
        case readOnly(reason: WriteProblem)
        case failed(reason: WriteProblem)
    }

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
        FileLock.registry.insert(path)
    }

    deinit { release() }

    /// Takes the lock at `path`, creating the file when needed. When another
    /// process holds it, tries again for up to `seconds`, calling `waiting`
    /// once (with the holder's pid, when known) after one second.
    public static func acquire(_ path: String, waitingUpTo seconds: Double = 0,
                               waiting: ((Int32?) -> Void)? = nil) throws(Failure) -> FileLock {
        let start = Date()
        var told = false
        while true {
            if let lock = try attempt(path) { return lock }
            let waited = Date().timeIntervalSince(start)
            if waited >= seconds { throw .held(pid: holder(of: path)) }
            if waited >= 1, !told {
                told = true
                waiting?(holder(of: path))
            }
            usleep(UInt32(15_000 + Int.random(in: 0..<20_000)))
        }
    }

    /// One try: the lock, nil when someone else holds it.
    private static func attempt(_ path: String) throws(Failure) -> FileLock? {
        for _ in 0..<100 {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, FilePermissions.file)
            guard fd >= 0 else {
                let code = errno
                if code == EROFS || code == EACCES || code == EPERM { throw .readOnly(reason: .system(code)) }
                throw .failed(reason: .system(code))
            }
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                let code = errno
                close(fd)
                if code == EWOULDBLOCK || code == EINTR { return nil }
                throw .failed(reason: .system(code))
            }
            // The file may have been removed (and maybe made again) by its last holder between our open and flock.
            var mine = stat()
            var current = stat()
            guard fstat(fd, &mine) == 0, lstat(path, &current) == 0,
                  mine.st_ino == current.st_ino, mine.st_dev == current.st_dev else {
                close(fd)
                continue
            }
            let text = Array("\(getpid())\n".utf8)
            _ = ftruncate(fd, 0)
            _ = text.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
            return FileLock(path: path, descriptor: fd)
        }
        throw .failed(reason: .lockKeepsBeingReplaced)
    }

    /// Gives the lock up; the lock file is removed while still held. Safe to call twice.
    public func release() {
        mutex.lock()
        defer { mutex.unlock() }
        guard descriptor >= 0 else { return }
        var mine = stat()
        var current = stat()
        if fstat(descriptor, &mine) == 0, lstat(path, &current) == 0, mine.st_ino == current.st_ino {
            unlink(path)
        }
        close(descriptor)
        descriptor = -1
        FileLock.registry.remove(path)
    }

    /// The pid of the process holding the lock at `path`, nil when nobody
    /// holds it (whatever the file says) or when the holder's pid is not
    /// written yet.
    public static func holder(of path: String) -> Int32? {
        guard isHeld(path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path),
              let text = String(data: data, encoding: .utf8),
              let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)), pid > 0 else { return nil }
        return pid
    }

    /// True when some process (this one included) holds the lock at `path`.
    public static func isHeld(_ path: String) -> Bool {
        if heldHere(path) { return true }
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        if flock(fd, LOCK_SH | LOCK_NB) == 0 {
            flock(fd, LOCK_UN)
            return false
        }
        return errno == EWOULDBLOCK
    }

    /// True when this process holds the lock at `path` now.
    public static func heldHere(_ path: String) -> Bool { registry.contains(path) }

    private static let registry = HeldPaths()
}

/// The lock files this process holds, so a save can tell whether its caller
/// already holds the meeting's lock.
private final class HeldPaths: @unchecked Sendable {
    private var paths: [String: Int] = [:]
    private let mutex = NSLock()

    func insert(_ path: String) { mutex.lock(); paths[path, default: 0] += 1; mutex.unlock() }
    func remove(_ path: String) {
        mutex.lock()
        if let count = paths[path] { paths[path] = count > 1 ? count - 1 : nil }
        mutex.unlock()
    }
    func contains(_ path: String) -> Bool { mutex.lock(); defer { mutex.unlock() }; return paths[path] != nil }
}

/// The lock of one meeting open for writing (`meetings/<id>.lock`).
public typealias MeetingLock = FileLock
