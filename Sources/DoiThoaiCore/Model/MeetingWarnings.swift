/// Something in a meeting that is allowed but probably wrong: `validate`
/// reports it without failing.
public enum MeetingWarning: Equatable, Sendable, CustomStringConvertible {
    /// The answer says it was given at the meeting, but the opinion is marked
    /// to be answered in writing or forwarded: the minutes and the dialogue
    /// report would count it in the wrong column.
    case answeredAtMeetingButMarked(opinion: OpinionID, number: Int, disposition: Disposition)

    /// The English text (`text(_:)` gives it in the reader's language).
    public var description: String { text(.en) }

    public func text(_ language: Language) -> String {
        switch self {
        case let .answeredAtMeetingButMarked(opinion, number, disposition):
            language.message(.answeredAtMeetingButMarked, opinion.rawValue, number, disposition.rawValue)
        }
    }
}

extension Meeting {
    /// Warnings about this meeting; empty when nothing looks wrong.
    public var warnings: [MeetingWarning] {
        opinions.compactMap { o in
            guard o.disposition == .inWriting || o.disposition == .forwarded,
                  o.responses.contains(where: { Self.saysAnsweredAtMeeting($0.text) }) else { return nil }
            return .answeredAtMeetingButMarked(opinion: o.id, number: o.number, disposition: o.disposition)
        }
    }

    /// True when an answer says it was given on the spot ("đã giải đáp trực
    /// tiếp tại hội nghị", "đã trả lời tại chỗ", "answered at the meeting").
    static func saysAnsweredAtMeeting(_ text: String) -> Bool {
        let folded = VietnameseFolding.fold(text)
        let done = ["da giai dap", "da tra loi", "giai dap truc tiep", "tra loi truc tiep", "answered"]
        let here = ["tai hoi nghi", "tai cho", "truc tiep", "at the meeting", "on the spot"]
        let later = ["bang van ban", "se tra loi", "se giai dap", "in writing"]
        return done.contains { folded.contains($0) } && here.contains { folded.contains($0) } && !later.contains { folded.contains($0) }
    }
}
