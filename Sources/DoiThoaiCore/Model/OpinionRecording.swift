import Foundation

/// What was said from the floor, as the secretary entered it (in the program
/// or with `add-opinion`), before it is put into a meeting.
public struct OpinionEntry: Equatable, Sendable {
    public struct Answer: Equatable, Sendable {
        public var responder: String
        /// The attendee who answered, when chosen from the list.
        public var attendeeId: AttendeeID?
        public var text: String

        public init(responder: String, attendeeId: AttendeeID? = nil, text: String) {
            self.responder = responder
            self.attendeeId = attendeeId
            self.text = text
        }
    }

    /// Nil when the speaker asked not to be named.
    public var speaker: String?
    /// The attendee chosen as speaker, when chosen from the list.
    public var attendeeId: AttendeeID?
    public var origin: String?
    public var topic: TopicID
    public var kind: OpinionKind
    public var text: String
    public var answers: [Answer]
    /// Nil: answered when there is an answer, else noted.
    public var disposition: Disposition?
    public var forwardedTo: String?
    /// A speaker not on the attendance list is added to it.
    public var addsSpeaker: Bool

    public init(speaker: String?, attendeeId: AttendeeID? = nil, origin: String? = nil, topic: TopicID,
                kind: OpinionKind = .recommendation, text: String, answers: [Answer] = [],
                disposition: Disposition? = nil, forwardedTo: String? = nil, addsSpeaker: Bool = true) {
        self.speaker = speaker
        self.attendeeId = attendeeId
        self.origin = origin
        self.topic = topic
        self.kind = kind
        self.text = text
        self.answers = answers
        self.disposition = disposition
        self.forwardedTo = forwardedTo
        self.addsSpeaker = addsSpeaker
    }
}

extension Disposition {
    /// What becomes of an opinion when the secretary does not say: answered
    /// once it has an answer at the meeting, else noted (ghi nhận). The one
    /// rule for `add-opinion` and the program's opinion form.
    public static func proposed(answered: Bool) -> Disposition { answered ? .answered : .noted }
}

/// Recording an opinion: the one rule for the program and the commands.
extension Meeting {
    /// The attendee of that name, ignoring marks and case.
    public func attendee(named name: String) -> Attendee? {
        let folded = VietnameseFolding.fold(name)
        return attendees.first { VietnameseFolding.fold($0.name) == folded }
    }

    /// The attendee an answer names: by name, or by name and title as the
    /// program's suggestion writes it ("Nguyễn Văn Thành, Chủ tịch UBND phường").
    public func attendee(answering responder: String) -> Attendee? {
        if let found = attendee(named: responder) { return found }
        guard let comma = responder.firstIndex(of: ",") else { return nil }
        let name = responder[..<comma].trimmingCharacters(in: .whitespaces)
        let title = VietnameseFolding.fold(responder[responder.index(after: comma)...].trimmingCharacters(in: .whitespaces))
        guard let found = attendee(named: name) else { return nil }
        return title.isEmpty || VietnameseFolding.fold(found.title ?? "") == title ? found : nil
    }

    /// The attendee a speaker is: the one chosen, else the one of that name;
    /// a speaker not on the list is added (a citizen, or a business when
    /// the name or where they come from names a company) when `add`.
    public mutating func linkSpeaker(_ name: String?, chosen: AttendeeID?, origin: String?, add: Bool) -> AttendeeID? {
        guard let name else { return nil }
        // The one chosen, also when said with an honorific before the name ("Ông Lê Văn Bình").
        let said = VietnameseFolding.fold(name)
        if let chosen, let attendee = attendee(chosen),
           said == VietnameseFolding.fold(attendee.name) || said.hasSuffix(" " + VietnameseFolding.fold(attendee.name)) {
            return chosen
        }
        if let found = attendee(named: name) { return found.id }
        guard add else { return nil }
        // A company speaks through its name ("Công ty TNHH Minh Phát") or says where from.
        let lowered = VietnameseFolding.fold(name + " " + (origin ?? ""))
        let business = ["cong ty", "doanh nghiep", "htx", "hop tac xa", "tnhh", "co phan"].contains { lowered.contains($0) }
        return addAttendee { Attendee(id: $0, name: name, organization: origin, role: business ? .business : .citizen) }
    }

    /// Records `entry` as a new opinion at `now` (never before the start of a
    /// live meeting), or as the new content of opinion `id`. Text is stored
    /// NFC; answers keep their ids by position. Returns the opinion's id.
    @discardableResult
    public mutating func recordOpinion(_ entry: OpinionEntry, at now: Timestamp, replacing id: OpinionID? = nil) -> OpinionID {
        let n = NFC.normalize
        let speaker = entry.speaker.map(n)
        let origin = entry.origin.map(n)
        let attendeeId = linkSpeaker(speaker, chosen: entry.attendeeId, origin: origin, add: entry.addsSpeaker)
        let existing = id.flatMap(opinion)
        var next = Int(nextResponseID().rawValue.dropFirst(3)) ?? 1
        var responses: [Response] = []
        for (index, answer) in entry.answers.enumerated() {
            let kept = existing?.responses.indices.contains(index) == true ? existing?.responses[index].id : nil
            let responder = n(answer.responder)
            let linked = answer.attendeeId ?? attendee(answering: responder)?.id
            responses.append(Response(id: kept ?? ResponseID("re-\(next)"), responder: responder, attendeeId: linked,
                                      text: n(answer.text)))
            if kept == nil { next += 1 }
        }
        let disposition = entry.disposition ?? .proposed(answered: !responses.isEmpty)
        let forwardedTo = disposition == .forwarded ? entry.forwardedTo.map(n) : nil
        if var opinion = existing {
            opinion.speaker = speaker
            opinion.attendeeId = attendeeId
            opinion.origin = origin
            opinion.topic = entry.topic
            opinion.kind = entry.kind
            opinion.text = n(entry.text)
            opinion.responses = responses
            opinion.disposition = disposition
            opinion.forwardedTo = forwardedTo
            replaceOpinion(opinion)
            return opinion.id
        }
        var recorded = now
        if status == .live, let start = startedAt, recorded < start { recorded = start }
        return addOpinion { id, number in
            Opinion(id: id, number: number, speaker: speaker, attendeeId: attendeeId, origin: origin, topic: entry.topic,
                    kind: entry.kind, text: n(entry.text), recordedAt: recorded, responses: responses,
                    disposition: disposition, forwardedTo: forwardedTo)
        }
    }
}
