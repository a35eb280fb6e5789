import DoiThoaiCore
import Foundation

/// Carries out the reducer's effects through the store and reports each
/// result as an action. Holds the write lock of the meeting that is open.
public final class EffectRunner {
    public let store: MeetingStore
    public let clock: Clock
    private var lock: MeetingLock?
    private var drafts: DraftStore { DraftStore(data: store.data) }

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

    /// Does `effect`; returns the actions its result produces.
    public func perform(_ effect: Effect) -> [Action] {
        do {
            switch effect {
            case .loadArchive:
                return loadArchive()
            case let .openMeeting(id, intent):
                return [try open(id, then: intent)]
            case .closeMeeting:
                lock?.release()
                lock = nil
                return []
            case .createMeeting(var meeting):
                meeting.id = store.newID(date: meeting.date, place: meeting.locality ?? meeting.place ?? meeting.organizer)
                let stored = try store.create(meeting)
                lock?.release()
                lock = try? store.lock(stored.meeting.id)
                return [.meetingCreated(stored)]
            case let .saveMeeting(meeting, fingerprint, reason):
                let saved = try store.save(meeting, over: fingerprint)
                index?.replace(meeting: meeting.id, with: SearchDocument.of(meeting, topics: topics()))
                return [.meetingSaved(meeting, saved, reason)]
            case .trashMeeting(let id):
                let path = try store.trash(id)
                index?.remove(meeting: id)
                return [.meetingTrashed(id, path: path)]
            case .saveTopics(let catalog):
                try TopicStore(data: store.data).save(catalog)
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
            case .loadFollowUps(let day):
                let meetings = store.loadAll().meetings.map(\.meeting)
                return [.followUpsLoaded(FollowUpQuery().rows(in: meetings, asOf: day))]
            case let .loadReport(from, to, day, english):
                let meetings = store.loadAll().meetings.map(\.meeting)
                let topics = (try? TopicStore(data: store.data).load()) ?? .standard
                return [.reportLoaded(DialogueReport(meetings: meetings, topics: topics, from: from, to: to, asOf: day,
                                                     english: english))]
            case let .search(query, limit):
                let result = searchIndex().search(query, limit: limit)
                return [.searchAnswered(hits: result.hits, total: result.total)]
            case .publishMinutes(let request):
                let meeting = try store.load(request.meeting).meeting
                let topics = (try? TopicStore(data: store.data).load()) ?? .standard
                let document = MinutesDocument(meeting: meeting, topics: topics, language: request.english ? .en : .vi)
                if request.action == .preview {
                    let lines = MinutesText.render(document).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                    return [.minutesPreviewed(Pager(meeting: request.meeting, english: request.english, lines: lines))]
                }
                return [.minutesPublished(try publishMinutes(document, request))]
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
        } catch {
            return [.effectFailed("\(error)")]
        }
    }

    /// Built when the archive is loaded (from the search cache), then kept
    /// current as meetings are saved.
    private var index: SearchIndex?

    func searchIndex() -> SearchIndex {
        if let index { return index }
        let built = SearchArchive.load(store, topics: topics()).index
        index = built
        return built
    }

    func topics() -> TopicCatalog { (try? TopicStore(data: store.data).load()) ?? .standard }

    /// The meetings list, the words to complete from, and any draft left by a crash.
    func loadArchive() -> [Action] {
        let archive = SearchArchive.load(store, topics: topics())
        index = archive.index
        if let saveCache = archive.saveCache {
            // A few files changed since the cache was written: bring it up to date without holding up the first screen.
            Thread.detachNewThread { _ = saveCache() }
        }
        let folder = store.data.meetings + "/"
        let failures = archive.failures.map { $0.description.replacingOccurrences(of: folder, with: "") }
        var actions: [Action] = [.lastSyncRead(SyncOutcome.last(in: store.data)), .archiveLoaded(rows: archive.summaries.map(MeetingRow.init), failures: failures,
                                                vocabulary: Vocabulary(names: archive.names))]
        store.removeLeftoversOfDeadWriters()
        if access(store.data.root, W_OK) != 0 && (errno == EROFS || errno == EACCES) {
            actions.append(.archiveWarning(.folderReadOnly))
        } else {
            let exposed = FilePermissions.readableByOthers(under: store.data.root)
            if !exposed.isEmpty { actions.append(.archiveWarning(.readableByOthers(count: exposed.count, root: store.data.root))) }
        }
        let found = drafts.all()
        if !found.isEmpty { actions.append(.draftsFound(found)) }
        return actions
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
