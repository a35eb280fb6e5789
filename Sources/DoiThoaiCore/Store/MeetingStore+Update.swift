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
        let lock = try self.lock(id, waitingUpTo: lockWaitSeconds)
        defer { lock.release() }
        let stored = try load(id)
        var meeting = stored.meeting
        if meeting.status == .closed {
            guard reopen else { throw StoreError.closed(id: id) }
            meeting.reopen(at: clock.now(), by: person)
        }
        try change(&meeting)
        try save(meeting, over: stored.fingerprint)
        return meeting
    }
}
