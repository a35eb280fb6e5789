#if canImport(Glibc)
import Glibc
#endif
import DoiThoaiCore
import Foundation

/// Runs from a cold page cache: what a search costs the first time in the
/// morning, when neither the meeting files nor the index are in memory.
enum Cold {
    /// How the cache was emptied, for the printed line.
    enum Way: String {
        case everything = "page cache, inodes and dentries dropped (/proc/sys/vm/drop_caches)"
        case filePages = "the files' pages evicted (posix_fadvise DONTNEED; inodes stay cached)"
    }

    /// Empties the cache: the whole system's when allowed (root), else the
    /// pages of every meeting file and of the index.
    static func empty(_ data: DataDirectory) -> Way {
        sync()
        if let drop = fopen("/proc/sys/vm/drop_caches", "w") {
            let written = fputs("3\n", drop) >= 0
            if fclose(drop) == 0 && written { return .everything }
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: data.meetings)) ?? []
        let index = ArchiveIndex.path(data)
        for path in names.map({ "\(data.meetings)/\($0)" }) + [index, index + "-wal", index + "-shm", data.root + "/topics.json"] {
            let descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else { continue }
            _ = posix_fadvise(descriptor, 0, 0, POSIX_FADV_DONTNEED)
            close(descriptor)
        }
        return .filePages
    }

    /// The best of `n` runs, each after emptying the cache.
    static func best(of n: Int, _ data: DataDirectory, _ program: String, _ arguments: [String]) -> (ProcessRun, Way) {
        var way = Way.filePages
        let runs = (0..<n).map { _ -> ProcessRun in
            way = empty(data)
            return ProcessRun.run(program, arguments)
        }
        return (runs.min { $0.seconds < $1.seconds } ?? ProcessRun.run(program, arguments), way)
    }
}
