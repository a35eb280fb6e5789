import DoiThoaiCore
import Foundation

/// Runs the effects that can take long (reading the archive, follow-ups,
/// the report, search) one after another on a thread of their own, and
/// keeps their results as actions until the program's loop takes them.
/// Keys keep working meanwhile: Esc leaves a screen that is still loading.
/// Of several searches (or reports, or follow-up loads) asked for while one
/// runs, only the latest is carried out.
public final class BackgroundEffects: @unchecked Sendable {
    private let runner: EffectRunner
    private let queue = DispatchQueue(label: "doithoai.background-effects")
    /// Comparing the files with the index (after the start, then once a second): on a thread of its
    /// own, so a search, F6 or F7 asked meanwhile does not wait seconds behind it (the index reads
    /// beside its writer).
    private let upkeep = DispatchQueue(label: "doithoai.background-upkeep")
    private let guardLock = NSLock()
    private var inbox: [Action] = []
    private var latest: [String: Int] = [:]
    private var running = 0

    public init(runner: EffectRunner) {
        self.runner = runner
    }

    /// Whether work is under way or results wait to be taken.
    public var isBusy: Bool {
        guardLock.lock()
        defer { guardLock.unlock() }
        return running > 0 || !inbox.isEmpty
    }

    public func start(_ effect: Effect) {
        let kind = Self.kind(of: effect)
        guardLock.lock()
        running += 1
        let generation = (latest[kind] ?? 0) + 1
        latest[kind] = generation
        guardLock.unlock()
        (Self.isUpkeep(effect) ? upkeep : queue).async { [self] in
            guardLock.lock()
            let superseded = latest[kind] != generation
            guardLock.unlock()
            let actions = superseded ? [] : runner.perform(effect) { [weak self] action in self?.post([action]) }
            guardLock.lock()
            inbox += actions
            running -= 1
            guardLock.unlock()
        }
    }

    /// The results that came in since the last call, in order.
    public func take() -> [Action] {
        guardLock.lock()
        defer { guardLock.unlock() }
        let taken = inbox
        inbox = []
        return taken
    }

    /// Waits until everything asked for is done (tests, and the benchmark).
    public func waitUntilIdle() {
        repeat {
            queue.sync {}
            upkeep.sync {}
        } while isWorking
    }

    private var isWorking: Bool {
        guardLock.lock()
        defer { guardLock.unlock() }
        return running > 0
    }

    private static func isUpkeep(_ effect: Effect) -> Bool {
        switch effect {
        case .settleArchive, .refreshArchive: return true
        default: return false
        }
    }

    private func post(_ actions: [Action]) {
        guardLock.lock()
        inbox += actions
        guardLock.unlock()
    }

    /// Effects of one kind replace each other while they wait.
    private static func kind(of effect: Effect) -> String {
        switch effect {
        case .search: return "search"
        case .loadReport: return "report"
        case .loadFollowUps: return "followups"
        case .refreshArchive: return "refresh"
        default: return "\(effect)"
        }
    }
}
