import DoiThoaiCore

/// What happened: a key, the clock, the terminal, or the result of an effect.
public enum Action: Sendable {
    case keyPressed(Key)
    case clockTicked(Timestamp)
    case terminalResized(width: Int, height: Int)
    /// The archive is about to be read (seconds, the first time on a large one).
    case archiveLoading
    case archiveLoaded(rows: [MeetingRow], failures: [String], vocabulary: Vocabulary)
    /// How far the first indexing of the archive (or a large refresh) has got.
    case archiveProgress(done: Int, total: Int, secondsLeft: Int?)
    /// Another program changed meeting files; the list and the words as they are now.
    case archiveChanged(rows: [MeetingRow], failures: [String], vocabulary: Vocabulary)
    /// The words to complete from, read after the list is on screen.
    case vocabularyLoaded(Vocabulary)
    /// `readOnly`: why the meeting cannot be written here, when it cannot.
    /// `then`: what the secretary asked for, carried through the effect.
    case meetingOpened(StoredMeeting, readOnly: ReadOnlyCause?, then: OpenIntent = .browse)
    case meetingCreated(StoredMeeting)
    case meetingSaved(Meeting, FileFingerprint, SaveReason)
    case meetingTrashed(MeetingID, path: String)
    case effectFailed(String)
    /// The store refused or failed: said in the interface's language.
    case storeFailed(StoreError)
    /// Something about the data folder the secretary should know at start.
    case archiveWarning(ArchiveWarning)
    case topicsSaved
    case draftsFound([FormDraft])
    /// Draft files this version cannot read (written by a newer one, or
    /// damaged), by name: set aside in the trash, and said so.
    case unreadableDraftsFound([String])
    case minutesPreviewed(Pager)
    case minutesPublished(String)
    /// The minutes file is already there: the secretary is asked before it is replaced.
    case minutesExist(MinutesRequest, path: String)
    case followUpsLoaded(FollowUpPage)
    case reportLoaded(DialogueReport)
    /// `more`: over `total` match (the count stops there).
    case searchAnswered(hits: [SearchDocument], total: Int, more: Bool)
    /// The follow-ups of the meetings the results come from, so the detail pane says which are done.
    case searchFollowUpsLoaded([FollowUpRow])
    /// The typing settings as read at start, and the file they live in.
    case settingsLoaded(TypingSettings, file: String)
    /// The last sync's outcome, read at start (nil: never synced).
    case lastSyncRead(SyncOutcome?)
    case syncProgressed(SyncStage)
    /// A sync ended: what came in, what went out, or why it failed.
    case syncEnded(SyncOutcome)
}

/// What the start found wrong with the data folder as a whole.
public enum ArchiveWarning: Equatable, Sendable {
    /// `count` files or folders any user of the computer can read; fixed with `chmod -R o-rwx root`.
    case readableByOthers(count: Int, root: String)
    /// The folder cannot be written: meetings open read-only.
    case folderReadOnly
}

/// Why a meeting opens read-only.
public enum ReadOnlyCause: Equatable, Sendable {
    /// Another doithoai (this process id, 0 when not known) has it open for writing.
    case lockedBy(Int32)
    /// The data folder cannot be written (read-only mount, or no permission).
    case folderReadOnly
}

/// Why a meeting is being saved: decides what undo remembers and what the screen says.
public enum SaveReason: Equatable, Sendable {
    case edit
    case undo
    case redo
}

/// What the reducer asks the runner to do; the reducer itself does no I/O.
public enum Effect: Equatable, Sendable {
    /// The index opened (built, with progress, when there is none) and the meetings list read from it.
    case loadArchive
    /// What start leaves for after the list is shown: every file compared
    /// with the index, the words to complete from, leftovers, warnings, drafts.
    case settleArchive
    /// Looks whether another program changed the meeting files (one stat when nothing did).
    case refreshArchive
    /// Opens a meeting, then does `then` with it (show an opinion, edit a follow-up…).
    case openMeeting(MeetingID, then: OpenIntent = .browse)
    case closeMeeting(MeetingID)
    case createMeeting(Meeting)
    case saveMeeting(Meeting, over: FileFingerprint, SaveReason)
    case trashMeeting(MeetingID)
    case saveTopics(TopicCatalog)
    /// Keeps what is typed in the open form on disk, so a crash loses at most a second or two.
    case writeDraft(FormDraft)
    case discardDraft(String)
    /// The secretary declined a draft at start: kept in the trash folder, not deleted.
    case setDraftAside(String)
    /// Preview, write or print a meeting's minutes.
    case publishMinutes(MinutesRequest)
    /// A page of follow-ups across meetings (and the filters' counts).
    case loadFollowUps(FollowUpPageRequest)
    case loadReport(from: Day?, to: Day?, asOf: Day, english: Bool)
    case search(SearchQuery, limit: Int)
    /// Reads the typing settings (at start).
    case loadSettings
    /// Remembers the typing settings for the next start.
    case saveSettings(TypingSettings)
    /// Shares the archive with the other offices (`doithoai sync`), in the background.
    case sync
    case quit
}

/// Which follow-ups the tracker asks for: a filter judged on a day, `limit`
/// rows from `offset`, and whether to count every filter again.
public struct FollowUpPageRequest: Equatable, Sendable {
    public var query: FollowUpQuery
    public var asOf: Day
    public var offset: Int
    public var limit: Int
    public var counting: Bool

    public init(query: FollowUpQuery, asOf: Day, offset: Int, limit: Int, counting: Bool) {
        self.query = query
        self.asOf = asOf
        self.offset = offset
        self.limit = limit
        self.counting = counting
    }
}
