#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Tells whether any meeting file was written, added, renamed or removed
/// since the last look, by whatever program: the kernel's notices
/// (inotify) on the meetings folder. The folder's own modification time
/// sees a file renamed into it (a save, a `git pull`) or removed, but not a
/// file written in place (an editor, `cp` over it, a sync tool): those are
/// seen here. Lock files and a save's temporary files are not meetings and
/// are let pass.
///
/// Nil where the kernel gives no watch (inotify's per-user limit reached):
/// the index then looks at the folder's modification time alone.
final class FolderWatch: @unchecked Sendable {
    private let folder: String
    private var descriptor: Int32
    private let guardLock = NSLock()

    init?(folder: String) {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        self.folder = folder
        self.descriptor = descriptor
        guard watch() else {
            close(descriptor)
            return nil
        }
    }

    deinit { close(descriptor) }

    /// What is noticed: a file written and closed, created, removed, renamed in
    /// or out, its metadata changed (a `touch`, a restored mtime); and the
    /// folder itself removed or renamed.
    private static let events = UInt32(IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_MODIFY
        | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

    private func watch() -> Bool {
        inotify_add_watch(descriptor, folder, Self.events) >= 0
    }

    /// Whether a meeting file changed since the last call; reads every notice waiting.
    func changed() -> Bool {
        guardLock.lock()
        defer { guardLock.unlock() }
        var changed = false
        var buffer = [UInt8](repeating: 0, count: 16384)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            var offset = 0
            while offset + 16 <= count {
                // struct inotify_event: wd, mask, cookie, len (4 bytes each), then len bytes of name, NUL-padded.
                let mask = Self.word(buffer, offset + 4)
                let length = Int(Self.word(buffer, offset + 12))
                let nameBytes = buffer[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
                offset += 16 + length
                if mask & UInt32(IN_Q_OVERFLOW) != 0 { changed = true; continue }
                if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED) != 0 {
                    changed = true
                    _ = watch()  // the folder made again (a clone, a restore): watch the new one
                    continue
                }
                if Self.isMeetingFile(nameBytes) { changed = true }
            }
        }
        return changed
    }

    private static func word(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }

    /// `<id>.json`, not `.<id>.json.tmp…`, `<id>.lock` or anything else kept in the folder.
    static func isMeetingFile<Bytes: Collection>(_ name: Bytes) -> Bool where Bytes.Element == UInt8 {
        name.count > 5 && name.first != UInt8(ascii: ".") && name.suffix(5).elementsEqual(".json".utf8)
    }
}
