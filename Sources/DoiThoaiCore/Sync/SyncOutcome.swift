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

    /// "3 meetings updated, 1 new, 1 deleted, the topic list"
    public var summary: String {
        var parts: [String] = []
        if !updated.isEmpty { parts.append("\(updated.count) meeting\(updated.count == 1 ? "" : "s") updated") }
        if !new.isEmpty { parts.append(updated.isEmpty ? "\(new.count) new meeting\(new.count == 1 ? "" : "s")" : "\(new.count) new") }
        if !deleted.isEmpty { parts.append("\(deleted.count) deleted") }
        if topics { parts.append("the topic list") }
        return parts.joined(separator: ", ")
    }
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

    /// The report printed by `doithoai sync`, one line each.
    public var lines: [String] {
        var lines: [String] = []
        switch firstUse {
        case .started?: lines.append("Started the shared archive on the remote.")
        case .joined?: lines.append("Joined the shared archive: took the remote's meetings.")
        case .merged?: lines.append("Merged this archive with the remote's.")
        case nil: break
        }
        if received.isEmpty {
            lines.append("Received: nothing new.")
        } else {
            let from = fromOffices.isEmpty ? "" : ", from " + fromOffices.joined(separator: ", ")
            lines.append("Received: \(received.summary)\(from).")
        }
        lines.append(sent.isEmpty ? "Sent: nothing new." : "Sent: \(sent.summary).")
        for id in leftLocked {
            lines.append("Left for the next sync: \(id) is open for writing in another doithoai.")
        }
        for id in withNewConflicts {
            lines.append("Conflict recorded in \(id): both offices changed the same field; open it to choose the value to keep.")
        }
        if let failure { lines.append("Failed: \(failure)") }
        return lines
    }
}
