import DoiThoaiCore

/// What the opinion form holds, typed: who spoke (or anonymous), the topic
/// and kind, the text, each answer and who gave it, the disposition, and a
/// follow-up assigned from the same form (F4).
public struct OpinionValue: Codable, Equatable, Sendable {
    public struct Answer: Codable, Equatable, Sendable {
        public var responder = ""
        /// The attendee chosen from the suggestions; nil: a name typed, kept as free text.
        public var responderId: AttendeeID?
        public var text = ""

        public init(responder: String = "", responderId: AttendeeID? = nil, text: String = "") {
            self.responder = responder
            self.responderId = responderId
            self.text = text
        }
    }

    /// A follow-up assigned from the opinion form.
    public struct Assignment: Codable, Equatable, Sendable {
        public var task = ""
        public var assignee = ""
        public var due: Day?
    }

    public var speaker = ""
    public var speakerId: AttendeeID?
    /// The speaker asked not to be named (F5).
    public var anonymous = false
    public var origin = ""
    public var topic: TopicID?
    public var kind = OpinionKind.recommendation
    public var text = ""
    public var answers: [Answer] = [Answer()]
    /// Nil: the core's rule decides (`Disposition.proposed`), as in `add-opinion`.
    public var disposition: Disposition?
    public var forwardedTo = ""
    /// A new opinion's speaker not on the list joins the attendees; nil when editing.
    public var addsSpeaker: Bool? = true
    public var assignment: Assignment?

    public init() {}

    public init(_ o: Opinion) {
        speaker = o.speaker ?? ""
        speakerId = o.attendeeId
        anonymous = o.speaker == nil
        origin = o.origin ?? ""
        topic = o.topic
        kind = o.kind
        text = o.text
        answers = o.responses.isEmpty ? [Answer()]
            : o.responses.map { Answer(responder: $0.responder, responderId: $0.attendeeId, text: $0.text) }
        // An opinion whose disposition is what the rule says keeps following it.
        disposition = o.disposition == .proposed(answered: !o.responses.isEmpty) ? nil : o.disposition
        forwardedTo = o.forwardedTo ?? ""
        addsSpeaker = nil
    }

    var hasAnswer: Bool { answers.contains { cleaned($0.text) != nil } }
    /// The disposition shown: the one chosen, else the rule's.
    var shownDisposition: Disposition { disposition ?? .proposed(answered: hasAnswer) }

    var fields: [FormField] {
        var fields = [
            FormField(.speaker, .fieldSpeaker, .completion(TextField(speaker), source: .speakers, highlight: nil)),
            FormField(.origin, .fieldOrigin, .completion(TextField(origin), source: .origins, highlight: nil)),
            FormField(.topic, .fieldTopic, .topic(TextField(), selected: topic, highlight: 0), required: true),
            FormField(.opinionKind, .fieldOpinionKind, Forms.choice(kind, \.phrase)),
            FormField(.text, .fieldOpinionText, .multiline(TextEditor(text)), required: true),
        ]
        for (index, answer) in answers.enumerated() {
            fields += OpinionForm.responseFields(index: index, responder: answer.responder, text: answer.text)
        }
        fields += [
            FormField(.disposition, .fieldDisposition, Forms.choice(shownDisposition, \.phrase)),
            FormField(.forwardedTo, .fieldForwardedTo, Forms.text(forwardedTo)),
        ]
        if let addsSpeaker { fields.append(FormField(.addSpeaker, .fieldAddSpeaker, .flag(addsSpeaker))) }
        if let assignment { fields += OpinionForm.assignmentFields(assignment) }
        return fields
    }

    /// The links to attendees the form keeps, for the names chosen from them.
    var links: [AttendeeLink] {
        var links: [AttendeeLink] = []
        if let speakerId { links.append(AttendeeLink(key: .speaker, text: speaker, attendee: speakerId)) }
        for (index, answer) in answers.enumerated() {
            if let id = answer.responderId { links.append(AttendeeLink(key: .responder, index: index, text: answer.responder, attendee: id)) }
        }
        return links
    }

    init(reading r: inout FormReading) {
        speaker = r.text(.speaker)
        speakerId = r.attendee(.speaker)
        anonymous = r.form.anonymous
        origin = r.text(.origin)
        topic = r.topic(.topic)
        kind = r.choice(.opinionKind, OpinionKind.self) ?? kind
        text = r.text(.text)
        answers = (0..<r.form.count(of: .response)).map { index in
            Answer(responder: r.text(.responder, index), responderId: r.attendee(.responder, index), text: r.text(.response, index))
        }
        disposition = r.form.dispositionByRule ? nil : r.choice(.disposition, Disposition.self)
        forwardedTo = r.text(.forwardedTo)
        addsSpeaker = r.flag(.addSpeaker)
        if r.form.field(.task) != nil {
            assignment = Assignment(task: r.text(.task), assignee: r.text(.assignee), due: r.due(.due))
        }
    }

    /// What the core records: the same entry `add-opinion` makes.
    func entry(problems: inout [FieldProblem]) -> OpinionEntry? {
        let forwarded = cleaned(forwardedTo)
        if shownDisposition == .forwarded, forwarded == nil { problems.append(FieldProblem(.forwardedTo, .errorForwardedTo)) }
        if let assignment, cleaned(assignment.task) != nil {
            if cleaned(assignment.assignee) == nil { problems.append(FieldProblem(.assignee, .errorAssignee)) }
            if assignment.due == nil { problems.append(FieldProblem(.due, .errorDate)) }
        }
        guard problems.isEmpty, let topic else { return nil }
        let given = answers.compactMap { answer -> OpinionEntry.Answer? in
            guard let text = cleaned(answer.text) else { return nil }
            return OpinionEntry.Answer(responder: cleaned(answer.responder) ?? "", attendeeId: answer.responderId, text: text)
        }
        return OpinionEntry(speaker: anonymous ? nil : cleaned(speaker), attendeeId: speakerId, origin: cleaned(origin),
                            topic: topic, kind: kind, text: cleaned(text) ?? "", answers: given,
                            disposition: disposition, forwardedTo: forwarded, addsSpeaker: addsSpeaker ?? false)
    }
}
