/// Why a meeting cannot be ended as asked; the program asks the secretary,
/// a command says which option to add.
public enum MeetingEndProblem: Error, Equatable, Sendable {
    /// The end is earlier on the clock than the start: only right when the
    /// meeting ran past midnight, which must be confirmed.
    case endBeforeStart(start: Timestamp, end: TimeOfDay)
}

/// Going live, ending and reopening a meeting: the rules written once, used
/// by the program and by the commands.
extension Meeting {
    /// Going live at `now`: the real start is recorded (the planned one is
    /// kept as planned). A meeting already live keeps its start; a closed one
    /// does not go live (reopen it first).
    public mutating func goLive(at now: Timestamp) {
        guard status == .planned else { return }
        if let planned = startedAt, planned != now, plannedStart == nil { plannedStart = planned }
        // Opinions taken down earlier today, before `l` was pressed, show the
        // meeting had begun: it starts with the first of them, so no opinion
        // is before the start. Opinions collected on earlier days (written
        // ones sent in before the meeting) do not move it.
        let earlierToday = opinions.compactMap(\.recordedAt).filter { $0.day == now.day && $0 < now }
        startedAt = earlierToday.min() ?? now
        // Held on another day than planned (the program asks first): the date is the day it was held.
        date = now.day
        // A planned end is no end: the meeting has not ended yet. It is kept as planned.
        if let end = endedAt {
            if plannedEnd == nil { plannedEnd = end }
            endedAt = nil
        }
        status = .live
    }

    /// The end offered when the secretary ends the meeting: the end already
    /// recorded when a closed meeting was reopened for a correction, else
    /// now, never before the start.
    public func proposedEnd(now: Timestamp) -> Timestamp {
        if let recorded = endedAt, status == .live, !reopenings.isEmpty { return recorded }
        guard let start = startedAt, now < start else { return now }
        return start
    }

    /// The end at `time` on the day the meeting started. Earlier on the clock
    /// than the start (by a minute or more) means the next day, accepted only
    /// when `pastMidnight` says the meeting ran past midnight. An end typed in
    /// the minute of the last opinion is that opinion's time: never before it.
    public func end(at time: TimeOfDay, offset: Int, pastMidnight: Bool) throws(MeetingEndProblem) -> Timestamp {
        let ended = try endOnTheClock(at: time, offset: offset, pastMidnight: pastMidnight)
        guard let last = opinions.compactMap(\.recordedAt).max(), ended < last, last.seconds - ended.seconds < 60 else { return ended }
        return last
    }

    private func endOnTheClock(at time: TimeOfDay, offset: Int, pastMidnight: Bool) throws(MeetingEndProblem) -> Timestamp {
        let day = startedAt?.day ?? date
        var ended = time.on(day, offset: startedAt?.offset ?? offset)
        guard let start = startedAt, ended < start else { return ended }
        // The same minute as the start (its seconds were recorded) is the start.
        if start.seconds - ended.seconds < 60 { return start }
        guard pastMidnight else { throw .endBeforeStart(start: start, end: time) }
        ended = ended.adding(seconds: 86400)
        return ended
    }

    /// Closes the meeting at `end` with the chair's conclusion.
    public mutating func close(at end: Timestamp, conclusion: String?) {
        endedAt = end
        self.conclusion = conclusion.map(NFC.normalize)
        status = .closed
    }

    /// Opens a closed meeting again for changes, recording when and by whom;
    /// it goes back to live (it was held). Nothing happens to an open meeting.
    public mutating func reopen(at now: Timestamp, by person: String? = nil, reason: String? = nil) {
        guard status == .closed else { return }
        reopenings.append(Reopening(at: now, by: person ?? secretary?.name ?? "thư ký", reason: reason))
        status = .live
    }
}
