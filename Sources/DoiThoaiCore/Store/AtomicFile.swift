#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes a file so that a crash, a power cut or a full disk leaves either
/// the old version or the new one, never a mix: a temporary file in the same
/// folder, fsync, rename over the old file, fsync of the folder.
public enum AtomicFile {
    /// Files hold citizens' names and addresses: owner and group only
    /// (0640), or less when the umask is stricter.
    public static var permissions: mode_t { FilePermissions.newFile }

    /// A point where tests make a save fail midway.
    public enum Step: Equatable, Sendable { case write, rename }

    /// Writes `data` to `path`. With `replace` false, an existing file is an
    /// error (`alreadyExists`) instead of being replaced.
    public static func write(_ data: Data, to path: String, replace: Bool = true,
                             permissions: mode_t = AtomicFile.permissions, failAt: Step? = nil) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let base = (path as NSString).lastPathComponent
        var template = Array("\(folder)/.\(base).XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            if errno == EROFS || errno == EACCES { throw StoreError.readOnly(path: folder, reason: .system(errno)) }
            throw StoreError.writeFailed(path: path, reason: .cannotCreateIn(folder: folder, code: errno))
        }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var committed = false
        defer {
            if !committed { unlink(temporary) }
        }
        do {
            defer { close(fd) }
            // Never looser than the file it replaces (a secretary's chmod 600 stays).
            var existing = stat()
            let mode = stat(path, &existing) == 0 ? permissions & existing.st_mode & 0o777 : permissions
            fchmod(fd, mode)
            if failAt == .write { throw StoreError.writeFailed(path: path, reason: .simulated(.write)) }
            try data.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        throw StoreError.writeFailed(path: path, reason: .system(errno))
                    }
                    offset += written
                }
            }
            guard fsync(fd) == 0 else { throw StoreError.writeFailed(path: path, reason: .system(errno)) }
        }
        if failAt == .rename { throw StoreError.writeFailed(path: path, reason: .simulated(.rename)) }
        if replace {
            guard rename(temporary, path) == 0 else { throw StoreError.writeFailed(path: path, reason: .system(errno)) }
        } else {
            // link() refuses to replace, so two programs creating the same id cannot clobber.
            guard link(temporary, path) == 0 else {
                if errno == EEXIST { throw StoreError.alreadyExists(path: path) }
                throw StoreError.writeFailed(path: path, reason: .system(errno))
            }
            unlink(temporary)
        }
        committed = true
        syncFolder(folder)
    }

    static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}

/// The C library's text for the current `errno`, e.g. "No space left on device".
func errnoText(_ code: Int32 = errno) -> String {
    String(cString: strerror(code))
}
