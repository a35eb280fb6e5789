import Foundation

/// The meeting files being compared with the index (one `stat` each: 57 ms
/// at 10,000 files) on a thread of their own, while a command that answers
/// once (`list`, `followups`, `report`, `search`) answers from the index as
/// it stands. The answer is only shown when the files matched the index it
/// was read from (the usual case: then the comparison cost no time);
/// otherwise the index is refreshed and the command answers again, so what
/// it shows always reflects the files, as when it compared them first.
public final class FileComparison: @unchecked Sendable {
    /// What the comparison found.
    public enum Outcome: Sendable, Equatable {
        /// The files are those the index holds: the answer may be shown.
        case unchanged
        /// Some file changed, appeared or vanished (or the look failed): the answer is dropped.
        case changed
    }

    private let condition = NSCondition()
    private var found: Result<IndexRefresh.Plan, Error>?
    private var recordsRead = false

    /// A comparison already made: the index was brought up to date before the answer.
    public static var settled: FileComparison {
        let comparison = FileComparison()
        comparison.finish(.success(IndexRefresh.Plan()))
        return comparison
    }

    init() {}

    /// Nil while the files are still being compared; never changes once known.
    public var outcome: Outcome? {
        condition.lock()
        defer { condition.unlock() }
        return found.map { result in
            if case .success(let plan) = result, plan.isEmpty { return .unchanged }
            return .changed
        }
    }

    /// The look, when it is over (waiting for it).
    func wait() -> Result<IndexRefresh.Plan, Error> {
        condition.lock()
        defer { condition.unlock() }
        while found == nil { condition.wait() }
        return found ?? .success(IndexRefresh.Plan())
    }

    /// Waits until the index's records of the files were read: an answer
    /// read after that reads the index as it was then or later, never earlier.
    func waitForRecords() {
        condition.lock()
        defer { condition.unlock() }
        while !recordsRead && found == nil { condition.wait() }
    }

    func markRecordsRead() {
        condition.lock()
        recordsRead = true
        condition.broadcast()
        condition.unlock()
    }

    func finish(_ result: Result<IndexRefresh.Plan, Error>) {
        condition.lock()
        found = result
        condition.broadcast()
        condition.unlock()
    }
}

extension ArchiveIndex {
    /// Runs `answer` on the index as it stands while another thread compares
    /// every file with it, for a command that answers once. When nothing
    /// changed, `answer`'s result is returned; when something did, the index
    /// is refreshed (with `progress`) and `answer` runs again, handed a
    /// comparison already `.unchanged`. `answer` must not show anything
    /// before `files.outcome` is `.unchanged` (it may hold its output, and
    /// write it as soon as that is known).
    public func answering<T>(progress: IndexProgress? = nil, _ answer: (_ files: FileComparison) throws -> T) throws -> T {
        try holdingRefreshTurn {
            let stamp = beginLook()
            let used = connectionInUse
            let comparison = FileComparison()
            let look = IndexRefresh(store: store, topics: topics, progress: progress)
            let database = used.database
            Thread.detachNewThread {
                var trace = IndexTrace()
                comparison.finish(Result {
                    let records = try database.read { db in try look.records(db) }
                    comparison.markRecordsRead()
                    trace.mark("read the index's records of the files")
                    let plan = look.compare(records)
                    trace.mark("compared the files while answering: \(plan.changed.count) changed, \(plan.vanished.count) vanished")
                    return plan
                })
            }
            comparison.waitForRecords()
            let first = try answer(comparison)
            let result = comparison.wait()
            // The index found damaged and built again while answering: the answer may mix the two.
            let replaced = connectionInUse !== used
            if !replaced, case .success(let plan) = result, plan.isEmpty {
                endLook(stamp: stamp, read: 0)
                return first
            }
            let plan = replaced ? nil : try? result.get()
            _ = try refreshHoldingTurn(look: plan, progress: progress)
            return try answer(.settled)
        }
    }
}
