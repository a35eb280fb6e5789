import DoiThoaiCore

/// The details and conclusion tabs: labelled values and wrapped text.
enum MeetingDetailsPanel {
    static func draw(_ canvas: inout Canvas, _ state: AppState, _ m: Meeting) {
        let time = [m.startedAt?.clock, m.endedAt?.clock].compactMap { $0 }.joined(separator: " – ")
        let pairs: [(Phrase, String?)] = [
            (.fieldKind, state.text(m.kind.phrase)),
            (.fieldOrganizer, m.organizer),
            (.fieldParentBody, m.parentBody),
            (.fieldLevel, state.text(m.level.phrase)),
            (.fieldDate, m.date.vietnamese + (time.isEmpty ? "" : "  " + time)),
            (.fieldPlace, m.place),
            (.fieldLocality, m.locality),
            (.fieldLegalBasis, m.legalBasis),
            (.fieldDocumentNumber, m.documentNumber),
            (.roleChair, m.chair.map(person)),
            (.roleSecretary, m.secretary.map(person)),
        ]
        let labelWidth = min(22, pairs.map { TextWidth.of(state.text($0.0)) }.max() ?? 10) + 2
        var row = MeetingScreen.contentRow + 1
        let bottom = canvas.height - 3
        for (phrase, value) in pairs {
            guard let value, !value.isEmpty, row < bottom else { continue }
            canvas.put(" " + TextWidth.pad(state.text(phrase), to: labelWidth - 1), row: row, column: 0, style: .label)
            for line in TextWidth.wrap(value, to: canvas.width - labelWidth - 1) where row < bottom {
                canvas.put(line, row: row, column: labelWidth + 1)
                row += 1
            }
        }
        let counts = m.opinionCountsByTopic
        guard !counts.isEmpty, row + 1 < bottom else { return }
        row += 1
        canvas.put(" " + state.text(.opinionsByTopic), row: row, column: 0, style: .label)
        row += 1
        let summary = counts.map { "\(topicName(state, $0.topic)) \($0.count)" }.joined(separator: " · ")
        for line in TextWidth.wrap(summary, to: canvas.width - 2) where row < bottom {
            canvas.put(line, row: row, column: 1)
            row += 1
        }
    }

    static func conclusion(_ canvas: inout Canvas, _ state: AppState, _ m: Meeting) {
        guard let text = m.conclusion, !text.isEmpty else {
            canvas.put(" " + state.language.text(.noConclusion, KeyMap.keys(of: .conclusion, in: .meeting)), row: MeetingScreen.contentRow + 1, column: 0, style: .muted)
            return
        }
        var row = MeetingScreen.contentRow + 1
        for line in TextWidth.wrap(text, to: canvas.width - 2) where row < canvas.height - 2 {
            canvas.put(line, row: row, column: 1)
            row += 1
        }
    }

    static func person(_ a: Attendee) -> String {
        [a.name, a.title].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
    }

    static func topicName(_ state: AppState, _ id: TopicID) -> String {
        state.topics.topic(id)?.name(english: state.language == .en) ?? id.rawValue
    }
}
