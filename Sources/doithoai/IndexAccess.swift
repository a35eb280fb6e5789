#if canImport(Glibc)
import Glibc
#endif
import DoiThoaiCore
import Foundation

extension DataOptions {
    /// `body` answering from the archive index into `CommandOutput` while
    /// another thread compares every file with the index (`answering`): when
    /// a file changed, the index is refreshed and `body` answers again, so
    /// the output always reflects the files. A progress bar on standard
    /// error while many files are read (when it is a terminal); files that
    /// cannot be read are warned about first; all in `language`.
    func answer(topics: TopicCatalog, language: Language = DataOptions.language,
                _ body: (ArchiveIndex, CommandOutput) throws -> Void) throws {
        let bar = ProgressBar(language: language)
        var progress: IndexProgress?
        if let bar { progress = { done, total in bar.update(done: done, total: total) } }
        let output: CommandOutput
        do {
            let index = try ArchiveIndex.open(store, topics: topics, progress: progress, comparingFiles: false)
            output = try index.answering(progress: progress) { files in
                bar?.finish()
                let out = CommandOutput(files: files)
                do {
                    for failure in (try? index.failures(language)) ?? [] { out.warn(language.message(.warningPrefix) + failure) }
                    try body(index, out)
                } catch is CommandOutput.Dropped {
                    return out  // never written: `answering` refreshes and asks again
                } catch {
                    throw Answered(error: error)
                }
                return out
            }
        } catch let answered as Answered {
            throw answered.error
        } catch {
            bar?.finish()
            throw CommandFailure(language.message(.indexCannotOpen, "\(error)"))
        }
        output.finish()
    }
}

/// An error of the command's own answer, told apart from the index's (which are "cannot open the index").
private struct Answered: Error {
    var error: Error
}

/// "lập chỉ mục hội nghị ███░░ 1234/10000 (12%), còn khoảng 8 giây"
/// (or in English) on standard error, redrawn at most ten times a second; only when standard
/// error is a terminal, and only once the work has lasted half a second.
final class ProgressBar: @unchecked Sendable {
    private let language: Language
    private let start = Date()
    private var lastDrawn = Date.distantPast
    private var drawn = false
    private let lock = NSLock()

    init?(language: Language) {
        guard isatty(STDERR_FILENO) != 0 else { return nil }
        self.language = language
    }

    func update(done: Int, total: Int) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        let elapsed = now.timeIntervalSince(start)
        guard total > 0, elapsed > 0.5, now.timeIntervalSince(lastDrawn) > 0.1 || done == total else { return }
        lastDrawn = now
        let left = done > 0 ? elapsed / Double(done) * Double(total - done) : 0
        let width = 16  // the whole line stays under 80 columns, or \r would redraw only its last part
        let filled = width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let line = "\r" + language.message(.indexingBar, bar, done, total, 100 * done / total, Int(left.rounded(.up))) + " "
        FileHandle.standardError.write(Data(line.utf8))
        drawn = true
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
