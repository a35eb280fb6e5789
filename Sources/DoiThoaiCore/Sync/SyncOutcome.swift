/// Meetings that one exchange changed, by id.
public struct MeetingChanges: Equatable, Sendable, Codable {
    public var updated: [MeetingID] = []
    public var new: [MeetingID] = []
    public var deleted: [MeetingID] = []
    public var topics = false

    public init() {}

    public var isEmpty: Bool { updated.isEmpty && new.isEmpty && deleted.isEmpty && !topics }
    public var meetingCount: Int { updated.count + new.count + deleted.count }

    mutating func add(status: Character, id: MeetingID) {
        switch status {
        case "A": if !new.contains(id) { new.append(id) }
        case "D":
            new.removeAll { $0 == id }
            updated.removeAll { $0 == id }
            if !deleted.contains(id) { deleted.append(id) }
        default: if !updated.contains(id) && !new.contains(id) { updated.append(id) }
        }
    }

    /// "3 meeting(s) updated, 1 new, 1 deleted, the topic list"
    public var summary: String { summary(.en) }
}

/// What one `doithoai sync` did: what came in and from whom, what went
/// out, what waits for the next sync. Kept in `.git/doithoai/last-sync.json`
/// for the program's header.
public struct SyncOutcome: Equatable, Sendable, Codable {
    public enum FirstUse: String, Codable, Sendable {
        /// The remote was empty: this office's archive started it.
        case started
        /// The data folder was empty: it took the remote's archive.
        case joined
        /// Both had meetings: they were merged.
        case merged
    }

    public var at: Timestamp
    public var office: String
    public var firstUse: FirstUse?
    public var received = MeetingChanges()
    /// The offices whose commits came in.
    public var fromOffices: [String] = []
    public var sent = MeetingChanges()
    /// Meetings open for writing elsewhere: the remote's changes to them wait for the next sync.
    public var leftLocked: [MeetingID] = []
    /// Meetings with new conflicts recorded by this sync's merges.
    public var withNewConflicts: [MeetingID] = []
    /// Set when the sync failed; the rest says what was done before.
    public var failure: String?

    public init(at: Timestamp, office: String) {
        self.at = at
        self.office = office
    }

    /// The report printed by `doithoai sync`, in English.
    public var lines: [String] { lines(.en) }
}
