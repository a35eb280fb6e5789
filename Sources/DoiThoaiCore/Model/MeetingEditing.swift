/// The changes a secretary makes to a meeting, each keeping the invariants:
/// opinions numbered 1…n in the order spoken, ids unique, follow-ups
/// pointing at opinions that exist.
extension Meeting {
    public var chair: Attendee? { attendees.first { $0.role == .chair } }
    public var secretary: Attendee? { attendees.first { $0.role == .secretary } }

    public func attendee(_ id: AttendeeID) -> Attendee? { attendees.first { $0.id == id } }
    public func opinion(_ id: OpinionID) -> Opinion? { opinions.first { $0.id == id } }
    public func opinion(number: Int) -> Opinion? { opinions.first { $0.number == number } }
    public func followUp(_ id: FollowUpID) -> FollowUp? { followUps.first { $0.id == id } }
    public func followUps(answering id: OpinionID) -> [FollowUp] {
        followUps.filter { $0.opinionIds.contains(id) }
    }

    public func nextAttendeeID() -> AttendeeID { SequenceID.next(prefix: "at", after: attendees.map(\.id)) }
    public func nextAgendaItemID() -> AgendaItemID { SequenceID.next(prefix: "ag", after: agenda.map(\.id)) }
    public func nextOpinionID() -> OpinionID { SequenceID.next(prefix: "op", after: opinions.map(\.id)) }
    public func nextFollowUpID() -> FollowUpID { SequenceID.next(prefix: "fu", after: followUps.map(\.id)) }
    public func nextResponseID() -> ResponseID {
        SequenceID.next(prefix: "re", after: opinions.lazy.flatMap(\.responses).map(\.id))
    }

    @discardableResult
    public mutating func addAttendee(_ make: (AttendeeID) -> Attendee) -> AttendeeID {
        let attendee = make(nextAttendeeID())
        attendees.append(attendee)
        return attendee.id
    }

    /// Appends an opinion, numbering it after the last one.
    @discardableResult
    public mutating func addOpinion(_ make: (OpinionID, Int) -> Opinion) -> OpinionID {
        let opinion = make(nextOpinionID(), opinions.count + 1)
        opinions.append(opinion)
        renumberOpinions()
        return opinion.id
    }

    @discardableResult
    public mutating func addFollowUp(_ make: (FollowUpID) -> FollowUp) -> FollowUpID {
        let followUp = make(nextFollowUpID())
        followUps.append(followUp)
        return followUp.id
    }

    @discardableResult
    public mutating func addAgendaItem(_ make: (AgendaItemID) -> AgendaItem) -> AgendaItemID {
        let item = make(nextAgendaItemID())
        agenda.append(item)
        return item.id
    }

    /// Moves an opinion up (`offset` -1) or down (+1) in the order spoken.
    public mutating func moveOpinion(_ id: OpinionID, by offset: Int) {
        guard let from = opinions.firstIndex(where: { $0.id == id }) else { return }
        let to = from + offset
        guard opinions.indices.contains(to) else { return }
        opinions.swapAt(from, to)
        renumberOpinions()
    }

    /// Deletes an opinion, renumbers the rest, and unlinks follow-ups from it.
    public mutating func deleteOpinion(_ id: OpinionID) {
        opinions.removeAll { $0.id == id }
        for index in followUps.indices {
            followUps[index].opinionIds.removeAll { $0 == id }
        }
        renumberOpinions()
    }

    public mutating func replaceOpinion(_ opinion: Opinion) {
        guard let index = opinions.firstIndex(where: { $0.id == opinion.id }) else { return }
        opinions[index] = opinion
        renumberOpinions()
    }

    public mutating func replaceFollowUp(_ followUp: FollowUp) {
        guard let index = followUps.firstIndex(where: { $0.id == followUp.id }) else { return }
        followUps[index] = followUp
    }

    public mutating func replaceAttendee(_ attendee: Attendee) {
        guard let index = attendees.firstIndex(where: { $0.id == attendee.id }) else { return }
        attendees[index] = attendee
    }

    /// Removes an attendee; opinions and responses keep the name they hold.
    public mutating func removeAttendee(_ id: AttendeeID) {
        attendees.removeAll { $0.id == id }
        for index in opinions.indices {
            if opinions[index].attendeeId == id { opinions[index].attendeeId = nil }
            for r in opinions[index].responses.indices where opinions[index].responses[r].attendeeId == id {
                opinions[index].responses[r].attendeeId = nil
            }
        }
    }

    /// Numbers opinions 1…n in their current order.
    public mutating func renumberOpinions() {
        for index in opinions.indices where opinions[index].number != index + 1 {
            opinions[index].number = index + 1
        }
    }

    /// Number of opinions on each topic, most first.
    public var opinionCountsByTopic: [(topic: TopicID, count: Int)] {
        var counts: [TopicID: Int] = [:]
        var order: [TopicID] = []
        for opinion in opinions {
            if counts[opinion.topic] == nil { order.append(opinion.topic) }
            counts[opinion.topic, default: 0] += 1
        }
        let pairs: [(topic: TopicID, count: Int)] = order.map { ($0, counts[$0] ?? 0) }
        let ranked = pairs.enumerated().sorted { lhs, rhs in
            lhs.element.count != rhs.element.count ? lhs.element.count > rhs.element.count : lhs.offset < rhs.offset
        }
        return ranked.map(\.element)
    }

    public var pendingFollowUpCount: Int { followUps.filter { $0.status.isPending }.count }
}
