import DoiThoaiCore
import Foundation

/// Runs `doithoai sync` (F8) on a thread of its own, so the screen never
/// freezes: its progress and its outcome come back as actions that the
/// program's loop takes between keys.
public final class SyncRunner: @unchecked Sendable {
    let data: DataDirectory
    /// This program, as git must run it for the merge driver; nil: sync is not offered.
    let program: String?
    private let mutex = NSLock()
    private var inbox: [Action] = []
    private var running = false
    /// The language of a failure the header shows.
    let language: Language

    public init(data: DataDirectory, program: String?, language: Language = .vi) {
        self.data = data
        self.program = program
        self.language = language
    }

    /// Whether a sync runs or its results wait to be taken.
    public var isBusy: Bool {
        mutex.lock()
        defer { mutex.unlock() }
        return running || !inbox.isEmpty
    }

    /// Starts a sync unless one is running; false when one is.
    @discardableResult
    public func start(clock: Clock) -> Bool {
        mutex.lock()
        guard !running else { mutex.unlock(); return false }
        running = true
        mutex.unlock()
        let options = program.map { program -> SyncOptions in
            var options = SyncOptions(program: program)
            options.clock = clock
            options.language = language
            return options
        }
        let data = self.data
        Thread.detachNewThread { [self] in
            var outcome = SyncOutcome(at: clock.now(), office: "")
            if let options {
                do {
                    outcome = try ArchiveSync(data: data, options: options).run { stage in self.post(.syncProgressed(stage)) }
                } catch {
                    outcome = SyncOutcome.last(in: data) ?? outcome
                    outcome.failure = (error as? SyncError)?.text(language) ?? (error as? StoreError)?.text(language) ?? "\(error)"
                }
            } else {
                outcome.failure = language.message(.syncUnavailable)
            }
            mutex.lock()
            inbox.append(.syncEnded(outcome))
            running = false
            mutex.unlock()
        }
        return true
    }

    /// The actions that came in since the last call, in order.
    public func take() -> [Action] {
        mutex.lock()
        defer { mutex.unlock() }
        let taken = inbox
        inbox = []
        return taken
    }

    private func post(_ action: Action) {
        mutex.lock()
        inbox.append(action)
        mutex.unlock()
    }
}

/// The last sync as the meetings list shows it, and whether one runs now.
public struct SyncStatus: Equatable, Sendable {
    public var running = false
    public var stage: SyncStage?
    public var last: SyncOutcome?

    public init() {}
}
