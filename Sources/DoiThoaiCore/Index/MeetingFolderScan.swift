#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Every meeting file in the meetings folder with its size, modification
/// time and inode: the look that tells which files changed since the index
/// was written, taken before every command answers. One pass over the
/// folder, each file stat-ed by its name within the folder (the kernel
/// does not walk the folder's path 10,000 times), in byte order of the names.
enum MeetingFolderScan {
    struct File {
        /// The file name without `.json`: the meeting's id.
        var id: String
        /// Nil when the file vanished between the listing and its stat.
        var stat: FileStat?
    }

    /// The files `MeetingStore.meetingIDs()` lists (`*.json`, not hidden), sorted by the bytes of their ids.
    static func files(in folder: String) -> [File] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        let descriptor = dirfd(directory)
        // Every id's bytes one after another, sorted by `memcmp` where they lie: no `String` until they are in order.
        var names: [UInt8] = []
        var found: [(start: Int, length: Int, stat: FileStat?)] = []
        while let entry = readdir(directory) {
            withUnsafePointer(to: &entry.pointee.d_name) { field in
                field.withMemoryRebound(to: CChar.self, capacity: 256) { name in
                    let length = strlen(name)
                    guard length > 5, name[0] != 0x2E, strcmp(name + length - 5, ".json") == 0 else { return }
                    var info = stat()
                    let stat: FileStat? = fstatat(descriptor, name, &info, 0) == 0
                        ? FileStat(size: Int64(info.st_size), modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                                   inode: UInt64(info.st_ino))
                        : nil
                    found.append((names.count, length - 5, stat))
                    UnsafeRawPointer(name).withMemoryRebound(to: UInt8.self, capacity: length - 5) {
                        names.append(contentsOf: UnsafeBufferPointer(start: $0, count: length - 5))
                    }
                }
            }
        }
        return names.withUnsafeBufferPointer { arena in
            guard let base = arena.baseAddress else { return [] }
            found.sort { a, b in
                let order = memcmp(base + a.start, base + b.start, min(a.length, b.length))
                return order != 0 ? order < 0 : a.length < b.length
            }
            return found.map { File(id: String(decoding: UnsafeBufferPointer(start: base + $0.start, count: $0.length), as: UTF8.self),
                                    stat: $0.stat) }
        }
    }

    /// Byte order of the names' UTF-8 (SQLite's BINARY collation), by `memcmp`: 10,000 names are sorted before every command.
    static func precedes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                guard let p = x.baseAddress, let q = y.baseAddress else { return x.count < y.count }
                let order = memcmp(p, q, min(x.count, y.count))
                return order != 0 ? order < 0 : x.count < y.count
            }
        }
    }
}
