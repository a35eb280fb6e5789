#if canImport(Glibc)
import Glibc
#endif
import DoiThoaiCore
import Foundation

extension DataOptions {
    /// The archive index brought up to date with the files, with a progress
    /// bar on standard error while many files are read (when it is a terminal);
    /// files that cannot be read are warned about.
    func index(topics: TopicCatalog) throws -> ArchiveIndex {
        let bar = ProgressBar(label: "indexing meeting files")
        var progress: IndexProgress?
        if let bar { progress = { done, total in bar.update(done: done, total: total) } }
        let index: ArchiveIndex
        do {
            index = try ArchiveIndex.open(store, topics: topics, progress: progress)
        } catch {
            bar?.finish()
            throw CommandFailure("the archive index could not be opened or built: \(error)")
        }
        bar?.finish()
        for failure in (try? index.failures()) ?? [] { warn("warning: \(failure)") }
        return index
    }
}

/// "indexing meeting files: 1,234/10,000 (12%), about 8 s left" on
/// standard error, redrawn at most ten times a second; only when standard
/// error is a terminal, and only once the work has lasted half a second.
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let start = Date()
    private var lastDrawn = Date.distantPast
    private var drawn = false
    private let lock = NSLock()

    init?(label: String) {
        guard isatty(STDERR_FILENO) != 0 else { return nil }
        self.label = label
    }

    func update(done: Int, total: Int) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        let elapsed = now.timeIntervalSince(start)
        guard total > 0, elapsed > 0.5, now.timeIntervalSince(lastDrawn) > 0.1 || done == total else { return }
        lastDrawn = now
        let left = done > 0 ? elapsed / Double(done) * Double(total - done) : 0
        let width = 24
        let filled = width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let line = "\r\(label) \(bar) \(done)/\(total) (\(100 * done / total)%), about \(Int(left.rounded(.up))) s left "
        FileHandle.standardError.write(Data(line.utf8))
        drawn = true
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
