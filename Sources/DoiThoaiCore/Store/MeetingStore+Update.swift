import Foundation

extension MeetingStore {
    /// Changes one meeting safely: takes its write lock, loads it, refuses a
    /// closed meeting unless `reopen` (then records who reopened it and
    /// when), applies `change`, and saves over the version it loaded. Used by
    /// every command that writes. Waits up to `lockWaitSeconds` for a meeting
    /// another process holds.
    @discardableResult
    public func update(_ id: MeetingID, reopen: Bool = false, by person: String? = nil, clock: Clock = .system,
                       _ change: (inout Meeting) throws -> Void) throws -> Meeting {
        try update(id, reopen: reopen, closedAllowed: false, by: person, clock: clock, change)
    }

    /// Changes one follow-up of a meeting, closed or not: follow-ups live on
    /// after the minutes (`FollowUp.changesAfterTheMinutes`), so progress, the
    /// written reply, the status, the due date and the assignee are recorded
    /// without reopening the meeting — as the program's F6 does. Throws
    /// `notFound` when the meeting has no such follow-up.
    @discardableResult
    public func updateFollowUp(_ id: MeetingID, _ followUp: FollowUpID, clock: Clock = .system,
                               _ change: (inout FollowUp) throws -> Void) throws -> Meeting {
        try update(id, reopen: false, closedAllowed: FollowUp.changesAfterTheMinutes, by: nil, clock: clock) { meeting in
            guard var f = meeting.followUp(followUp) else {
                throw StoreError.notFound("\(followUp.rawValue) (\(meeting.followUps.map(\.id.rawValue).joined(separator: ", ")))")
            }
            try change(&f)
            meeting.replaceFollowUp(f)
        }
    }

    private func update(_ id: MeetingID, reopen: Bool, closedAllowed: Bool, by person: String?, clock: Clock,
                        _ change: (inout Meeting) throws -> Void) throws -> Meeting {
        let lock = try self.lock(id, waitingUpTo: lockWaitSeconds)
        defer { lock.release() }
        let stored = try load(id)
        var meeting = stored.meeting
        if meeting.status == .closed && !closedAllowed {
            guard reopen else { throw StoreError.closed(id: id) }
            meeting.reopen(at: clock.now(), by: person)
        }
        try change(&meeting)
        try save(meeting, over: stored.fingerprint)
        return meeting
    }
}
