/// The values filters and ordering read, one array per value and one slot
/// per document, so a query never decodes a document it does not show.
struct SearchColumns {
    /// One document's values, before its topic and meeting get their numbers.
    struct Row: Sendable {
        var date: Int32
        var topic: TopicID
        var kind: UInt8
        var disposition: UInt8
        var number: Int32
        /// The earliest due day of a follow-up still pending; `Int32.max` when none.
        var pendingDue: Int32
        var hasDone: Bool

        init(_ d: SearchDocument) {
            date = Int32(d.date.ordinal)
            topic = d.topic
            kind = UInt8(OpinionKind.allCases.firstIndex(of: d.kind) ?? 0)
            disposition = UInt8(Disposition.allCases.firstIndex(of: d.disposition) ?? 0)
            number = Int32(clamping: d.number)
            pendingDue = d.followUps.filter { $0.status.isPending }.map { Int32($0.due.ordinal) }.min() ?? .max
            hasDone = d.followUps.contains { $0.status == .done }
        }
    }

    var dates: [Int32] = []
    var topicKeys: [Int32] = []
    var kinds: [UInt8] = []
    var dispositions: [UInt8] = []
    var numbers: [Int32] = []
    var meetingKeys: [Int32] = []
    var pendingDue: [Int32] = []
    var done: [UInt8] = []

    var count: Int { dates.count }

    mutating func append(_ row: Row, topicKey: Int32, meetingKey: Int32) {
        dates.append(row.date)
        topicKeys.append(topicKey)
        kinds.append(row.kind)
        dispositions.append(row.disposition)
        numbers.append(row.number)
        meetingKeys.append(meetingKey)
        pendingDue.append(row.pendingDue)
        done.append(row.hasDone ? 1 : 0)
    }

    /// Document `i` of `other`, now in meeting `meetingKey`.
    mutating func copy(_ i: Int, from other: SearchColumns, meetingKey: Int32) {
        dates.append(other.dates[i])
        topicKeys.append(other.topicKeys[i])
        kinds.append(other.kinds[i])
        dispositions.append(other.dispositions[i])
        numbers.append(other.numbers[i])
        meetingKeys.append(meetingKey)
        pendingDue.append(other.pendingDue[i])
        done.append(other.done[i])
    }

    /// In the cache's order: one column after another.
    func write(into w: inout ByteWriter) {
        w.int32s(dates)
        w.int32s(topicKeys)
        w.raw(kinds)
        w.raw(dispositions)
        w.int32s(numbers)
        w.int32s(meetingKeys)
        w.int32s(pendingDue)
        w.raw(done)
    }

    /// Whether document `i` passes the filters that columns can answer.
    @inline(__always)
    func passes(_ i: Int, _ f: CompiledFilters) -> Bool {
        guard dates[i] >= f.from, dates[i] <= f.to else { return false }
        if let topic = f.topic, topicKeys[i] != topic { return false }
        if let kind = f.kind, kinds[i] != kind { return false }
        if let disposition = f.disposition, dispositions[i] != disposition { return false }
        if let meeting = f.meeting, meetingKeys[i] != meeting { return false }
        switch f.followUp {
        case nil: return true
        case .open?: return pendingDue[i] != .max
        case .overdue?: return pendingDue[i] < f.today
        case .done?: return done[i] != 0
        }
    }
}

extension SearchColumns {
    /// Whether document `a` comes before `b` newest first: later day, then meeting id, then number.
    func precedes(_ a: Int32, _ b: Int32, meetingIDs: [MeetingID]) -> Bool {
        let x = Int(a), y = Int(b)
        if dates[x] != dates[y] { return dates[x] > dates[y] }
        let p = meetingIDs[Int(meetingKeys[x])], q = meetingIDs[Int(meetingKeys[y])]
        if p != q { return p < q }
        return numbers[x] < numbers[y]
    }

    /// Newest first: `kept` (already in order) merged with `added` sorted.
    func newestFirst(kept: [Int32], added: [Int32], meetingIDs: [MeetingID]) -> [Int32] {
        let added = added.sorted { precedes($0, $1, meetingIDs: meetingIDs) }
        var merged: [Int32] = []
        merged.reserveCapacity(kept.count + added.count)
        var i = 0, j = 0
        while i < kept.count || j < added.count {
            if j == added.count || (i < kept.count && !precedes(added[j], kept[i], meetingIDs: meetingIDs)) {
                merged.append(kept[i]); i += 1
            } else {
                merged.append(added[j]); j += 1
            }
        }
        return merged
    }
}

/// Filters turned into the numbers the columns hold.
struct CompiledFilters {
    var from = Int32.min
    var to = Int32.max
    var topic: Int32?
    var kind: UInt8?
    var disposition: UInt8?
    var meeting: Int32?
    var followUp: SearchFilters.FollowUpState?
    var today = Int32.max
}
