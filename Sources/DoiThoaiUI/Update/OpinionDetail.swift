import DoiThoaiCore

/// One opinion shown whole and read-only (a closed meeting is its minutes):
/// who spoke, what was said, every answer, what was done with it and the
/// follow-ups assigned, wrapped to the window.
enum OpinionDetail {
    static func pager(_ state: AppState, _ opinion: Opinion, in meeting: Meeting) -> Pager {
        let width = max(20, state.width - 4)
        let t = state.text
        var lines: [String] = []
        func add(_ label: Phrase, _ value: String) {
            let head = " " + t(label) + ": "
            let wrapped = TextWidth.wrap(value, to: max(10, width - TextWidth.of(head)))
            for (index, line) in wrapped.enumerated() {
                lines.append((index == 0 ? head : String(repeating: " ", count: TextWidth.of(head))) + line)
            }
        }
        func block(_ text: String, indent: String = "   ") {
            for line in TextWidth.wrap(text, to: width - TextWidth.of(indent)) { lines.append(indent + line) }
        }
        let topic = MeetingDetailsPanel.topicName(state, opinion.topic)
        lines.append(" " + state.language.text(.detailHeading, opinion.number, t(opinion.kind.phrase), topic))
        lines.append("")
        var who = opinion.speaker ?? t(.anonymous)
        if let origin = opinion.origin { who += " (\(origin))" }
        add(.fieldSpeaker, who)
        if let at = opinion.recordedAt { add(.detailRecordedAt, "\(at.clock) \(at.day.vietnamese)") }
        lines.append("")
        lines.append(" " + t(.fieldOpinionText) + ":")
        block(opinion.text)
        for (index, response) in opinion.responses.enumerated() {
            lines.append("")
            // Who answered wraps like the rest: a long title was cut at the window's edge.
            for line in TextWidth.wrap(t(.fieldResponse) + " \(index + 1) — " + response.responder + ":", to: width - 1) {
                lines.append(" " + line)
            }
            block(response.text)
        }
        lines.append("")
        var disposition = t(opinion.disposition.phrase)
        if let to = opinion.forwardedTo { disposition += " → " + to }
        add(.fieldDisposition, disposition)
        let followUps = meeting.followUps.filter { $0.opinionIds.contains(opinion.id) }
        if !followUps.isEmpty {
            lines.append("")
            lines.append(" " + t(.tabFollowUps) + ":")
            for followUp in followUps {
                block("• \(followUp.task) — \(followUp.assignee) — \(followUp.dueDate.vietnamese) — \(t(followUp.status.phrase))")
            }
        }
        var pager = Pager(meeting: meeting.id, english: state.language == .en, lines: lines)
        pager.opinion = opinion.number
        return pager
    }
}
