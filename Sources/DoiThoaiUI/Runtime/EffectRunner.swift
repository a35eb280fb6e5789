import DoiThoaiCore
import Foundation

/// Carries out the reducer's effects through the store and the archive
/// index and reports each result as an action. Holds the write lock of the
/// meeting that is open.
///
/// Quick effects (saving, opening, drafts) run where they are asked, so the
/// next key sees their result; those that can take seconds on a province's
/// archive (reading the archive, follow-ups, the report, search) are
/// marked `runsInBackground` and the program hands them to `BackgroundEffects`.
public final class EffectRunner: @unchecked Sendable {
    public let store: MeetingStore
    /// The names' order, kept from one load of the completion words to the next.
    private let ranking = NameRanking()
    public let clock: Clock
    private var lock: MeetingLock?
    private var drafts: DraftStore { DraftStore(data: store.data) }
    /// The index once opened (by `.loadArchive`), shared with the background thread.
    let archive = ArchiveSlot()

    /// Writes (and prints) the minutes in a format; returns what to tell the
    /// secretary. Given by the executable, which holds the DOCX packer.
    public typealias MinutesPublisher = (MinutesDocument, MinutesRequest) throws -> String
    let publishMinutes: MinutesPublisher
    /// Where the typing settings are remembered (none: they last for the run).
    let settings: SettingsStore?
    /// Runs F8's sync in the background; the executable says where the program is.
    public lazy var syncRunner = SyncRunner(data: store.data, program: nil)

    public init(store: MeetingStore, clock: Clock, settings: SettingsStore? = nil,
                publishMinutes: @escaping MinutesPublisher) {
        self.store = store
        self.clock = clock
        self.settings = settings
        self.publishMinutes = publishMinutes
    }

    deinit { lock?.release() }

    /// Whether `effect` may take long enough to be run off the UI thread.
    public static func runsInBackground(_ effect: Effect) -> Bool {
        switch effect {
        case .loadArchive, .settleArchive, .loadFollowUps, .loadReport, .search, .refreshArchive: return true
        // LibreOffice takes seconds to make a PDF (and printing HTML or DOCX goes through it).
        case .publishMinutes(let request): return request.format == "pdf" || request.action == .print
        default: return false
        }
    }

    /// Does `effect`; returns the actions its result produces. `progress`
    /// receives progress actions while a long effect runs.
    public func perform(_ effect: Effect, progress: (@Sendable (Action) -> Void)? = nil) -> [Action] {
        do {
            switch effect {
            case .loadArchive:
                return try loadArchive(progress: progress)
            case .settleArchive:
                return try settleArchive(progress: progress)
            case .refreshArchive:
                return try refreshArchive(progress: progress)
            case let .openMeeting(id, intent):
                return [try open(id, then: intent)]
            case .closeMeeting:
                lock?.release()
                lock = nil
                return []
            case .createMeeting(var meeting):
                meeting.id = store.newID(date: meeting.date, place: meeting.locality ?? meeting.place ?? meeting.organizer)
                let stored = try store.create(meeting)
                try archive.index?.saved(stored.meeting)
                lock?.release()
                lock = try? store.lock(stored.meeting.id)
                return [.meetingCreated(stored)]
            case let .saveMeeting(meeting, fingerprint, reason):
                let saved = try store.save(meeting, over: fingerprint)
                try archive.index?.saved(meeting)
                return [.meetingSaved(meeting, saved, reason)]
            case .trashMeeting(let id):
                let path = try store.trash(id)
                try archive.index?.removed(id)
                return [.meetingTrashed(id, path: path)]
            case .saveTopics(let catalog):
                try TopicStore(data: store.data).save(catalog)
                try archive.index?.topicsChanged(catalog)
                return [.topicsSaved]
            case .writeDraft(let draft):
                try drafts.write(draft)
                return []
            case .discardDraft(let name):
                drafts.remove(name)
                return []
            case .setDraftAside(let name):
                drafts.setAside(name, at: clock.now())
                return []
            case .loadFollowUps(let request):
                let index = try current(progress: progress)
                try index.refreshIfFolderChanged()
                let rows = try index.followUps(request.query, asOf: request.asOf, offset: request.offset, limit: request.limit)
                // Counted again when asked, and when files changed since the last count (the command line, a pull).
                let counting = request.counting || index.changeCount != archive.countedAt
                if counting { archive.countedAt = index.changeCount }
                return [.followUpsLoaded(FollowUpPage(query: request.query, asOf: request.asOf, offset: request.offset, rows: rows,
                                                      tally: counting ? try index.followUpTally(asOf: request.asOf) : nil))]
            case let .loadReport(from, to, day, english):
                let index = try current(progress: progress)
                try index.refreshIfFolderChanged()
                return [.reportLoaded(try index.report(from: from, to: to, asOf: day, english: english))]
            case let .search(query, limit):
                let index = try current(progress: progress)
                try index.refreshIfFolderChanged()
                let result = try index.search(query, limit: limit)
                // Where each result's follow-ups stand (done or not), from the index, meeting by meeting.
                var followUps: [FollowUpRow] = []
                for id in Set(result.hits.filter { !$0.tasks.isEmpty }.map(\.meetingID)) {
                    var wanted = FollowUpQuery()
                    wanted.meeting = id
                    followUps += try index.followUps(wanted, asOf: query.filters.asOf ?? clock.now().day)
                }
                return [.searchAnswered(hits: result.hits, total: result.total, more: result.more), .searchFollowUpsLoaded(followUps)]
            case .publishMinutes(let request):
                let meeting = try store.load(request.meeting).meeting
                let topics = (try? TopicStore(data: store.data).load()) ?? .standard
                let document = MinutesDocument(meeting: meeting, topics: topics, language: request.english ? .en : .vi)
                if request.action == .preview {
                    let lines = MinutesText.render(document).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                    return [.minutesPreviewed(Pager(meeting: request.meeting, english: request.english, lines: lines,
                                                    format: request.format))]
                }
                do {
                    return [.minutesPublished(try publishMinutes(document, request))]
                } catch StoreError.alreadyExists(let path) where !request.overwrite {
                    return [.minutesExist(request, path: path)]
                }
            case .loadSettings:
                guard let settings else { return [] }
                return [.settingsLoaded(try settings.loadTyping(), file: settings.path)]
            case .saveSettings(let typing):
                try settings?.save(typing)
                return []
            case .sync:
                syncRunner.start(clock: clock)
                return []
            case .quit:
                lock?.release()
                lock = nil
                return []
            }
        } catch let error as StoreError {
            return [.storeFailed(error)]
        } catch {
            return [.effectFailed("\(error)")]
        }
    }

    func topics() -> TopicCatalog { (try? TopicStore(data: store.data).load()) ?? .standard }

    /// The index, opened (or built, with progress) when it is not yet.
    func current(progress: (@Sendable (Action) -> Void)?) throws -> ArchiveIndex {
        if let index = archive.index { return index }
        // Not compared with the files yet: that is `settleArchive`, once the list is on screen.
        let index = try ArchiveIndex.open(store, topics: topics(), progress: indexProgress(progress), comparingFiles: false)
        archive.index = index
        return index
    }

    /// Files done of all, with the time left, as progress actions about ten times a second.
    func indexProgress(_ progress: (@Sendable (Action) -> Void)?) -> IndexProgress? {
        let started = DispatchTime.now().uptimeNanoseconds
        return progress.map { send in
            let throttle = ProgressThrottle()
            return { done, total in
                guard throttle.due(done: done, total: total) else { return }
                let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
                let left = done > 0 ? Int((elapsed / Double(done) * Double(total - done)).rounded(.up)) : nil
                send(.archiveProgress(done: done, total: total, secondsLeft: left))
            }
        }
    }

    /// The meetings list as the index has it: what the first screen needs, and no more.
    func loadArchive(progress: (@Sendable (Action) -> Void)?) throws -> [Action] {
        let index = try current(progress: progress)
        let folder = store.data.meetings + "/"
        let failures = try index.failures().map { $0.replacingOccurrences(of: folder, with: "") }
        archive.listedAt = index.changeCount
        return [.lastSyncRead(SyncOutcome.last(in: store.data)),
                .archiveLoaded(rows: try index.meetings().map(MeetingRow.init), failures: failures, vocabulary: Vocabulary())]
    }

    /// After the list is shown: every file compared with the index (the
    /// list again when some changed since the last run), the words to
    /// complete from, any draft left by a crash, and what is wrong with the
    /// folder (read-only, readable by others).
    func settleArchive(progress: (@Sendable (Action) -> Void)?) throws -> [Action] {
        let index = try current(progress: progress)
        var actions: [Action] = []
        try index.refreshIfFolderChanged(progress: indexProgress(progress))
        if index.changeCount != archive.listedAt {
            actions.append(try archiveLoaded(index, changed: true))
        } else {
            actions.append(.vocabularyLoaded(Vocabulary(names: try index.names(), details: try index.nameDetails(), ranking: ranking)))
        }
        store.removeLeftoversOfDeadWriters()
        if access(store.data.root, W_OK) != 0 && (errno == EROFS || errno == EACCES) {
            actions.append(.archiveWarning(.folderReadOnly))
        } else {
            let exposed = FilePermissions.readableByOthers(under: store.data.root)
            if !exposed.isEmpty { actions.append(.archiveWarning(.readableByOthers(count: exposed.count, root: store.data.root))) }
        }
        let unreadable = drafts.unreadable()
        if !unreadable.isEmpty { actions.append(.unreadableDraftsFound(unreadable)) }
        let found = drafts.all()
        if !found.isEmpty { actions.append(.draftsFound(found)) }
        return actions
    }

    /// Another program changed files (the command line, a `git pull`, an
    /// editor): the list and words again, when the index changed since the
    /// list was last read — whether this look refreshed it or a search did.
    func refreshArchive(progress: (@Sendable (Action) -> Void)?) throws -> [Action] {
        guard let index = archive.index else { return [] }
        try index.refreshIfFolderChanged()
        guard index.changeCount != archive.listedAt else { return [] }
        return [try archiveLoaded(index, changed: true)]
    }

    private func archiveLoaded(_ index: ArchiveIndex, changed: Bool) throws -> Action {
        archive.listedAt = index.changeCount
        let folder = store.data.meetings + "/"
        let failures = try index.failures().map { $0.replacingOccurrences(of: folder, with: "") }
        let rows = try index.meetings().map(MeetingRow.init)
        let vocabulary = Vocabulary(names: try index.names(), details: try index.nameDetails(), ranking: ranking)
        return changed ? .archiveChanged(rows: rows, failures: failures, vocabulary: vocabulary)
            : .archiveLoaded(rows: rows, failures: failures, vocabulary: vocabulary)
    }

    /// Loads a meeting and takes its lock; when another program holds it,
    /// the meeting opens read-only and says who holds it.
    func open(_ id: MeetingID, then intent: OpenIntent) throws -> Action {
        lock?.release()
        lock = nil
        let stored = try store.load(id)
        do {
            lock = try store.lock(id, waitingUpTo: 0.3)
            return .meetingOpened(stored, readOnly: nil, then: intent)
        } catch StoreError.locked(_, let pid, _) {
            return .meetingOpened(stored, readOnly: .lockedBy(pid), then: intent)
        } catch StoreError.readOnly {
            return .meetingOpened(stored, readOnly: .folderReadOnly, then: intent)
        }
    }
}

/// The archive index, set once by the background thread and read by both.
final class ArchiveSlot: @unchecked Sendable {
    private let guardLock = NSLock()
    private var value: ArchiveIndex?
    private var listed = 0

    private var counted = -1

    /// The index's `changeCount` when the follow-ups were last counted.
    var countedAt: Int {
        get { guardLock.lock(); defer { guardLock.unlock() }; return counted }
        set { guardLock.lock(); counted = newValue; guardLock.unlock() }
    }

    /// The index's `changeCount` when the meetings list on screen was read from it.
    var listedAt: Int {
        get { guardLock.lock(); defer { guardLock.unlock() }; return listed }
        set { guardLock.lock(); listed = newValue; guardLock.unlock() }
    }

    var index: ArchiveIndex? {
        get { guardLock.lock(); defer { guardLock.unlock() }; return value }
        set { guardLock.lock(); value = newValue; guardLock.unlock() }
    }
}

/// Lets through about ten progress reports a second, and the last.
final class ProgressThrottle: @unchecked Sendable {
    private let guardLock = NSLock()
    private var last: UInt64 = 0

    func due(done: Int, total: Int) -> Bool {
        guardLock.lock()
        defer { guardLock.unlock() }
        let now = DispatchTime.now().uptimeNanoseconds
        guard done == total || now - last > 100_000_000 else { return false }
        last = now
        return true
    }
}
