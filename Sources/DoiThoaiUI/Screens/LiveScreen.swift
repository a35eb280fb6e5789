import DoiThoaiCore

/// Live note-taking: the clock, time since the start, the number of
/// opinions and their count by topic, and the latest opinions.
enum LiveScreen {
    static func draw(_ canvas: inout Canvas, _ state: AppState) {
        guard let meeting = state.meeting?.meeting else { return }
        let banner = state.text(.liveBanner)
        var x = canvas.put(" " + banner + "  ", row: 1, column: 0, style: .warning)
        if let start = meeting.startedAt {
            let elapsed = max(0, state.now.seconds - start.seconds)
            let text = state.language.text(.liveElapsed, start.clock, duration(elapsed))
            x = canvas.put(text + "  ", row: 1, column: x, style: .label)
            if let planned = meeting.plannedStart, planned.clock != start.clock {
                x = canvas.put("(" + state.language.text(.livePlanned, planned.clock) + ")  ", row: 1, column: x, style: .muted)
            }
        }
        canvas.put(state.language.text(.liveCount, meeting.opinions.count), row: 1, column: x, style: .label)
        canvas.put(" " + TextWidth.truncate(meeting.title, to: canvas.width - 2), row: 2, column: 0, style: .muted)

        let wide = canvas.width >= 70
        let topics = meeting.opinionCountsByTopic
        // The counts by topic take the room their names need ("An toàn vệ sinh thực phẩm" whole), up to 45 %.
        let names = topics.map { TextWidth.of(MeetingDetailsPanel.topicName(state, $0.topic)) }.max() ?? 0
        let sideNeed = max(TextWidth.of(state.text(.opinionsByTopic)), names + 8)
        let sideWidth = wide ? max(24, min(sideNeed, canvas.width * 45 / 100)) : 0
        let mainWidth = canvas.width - sideWidth - (wide ? 1 : 0)
        let bottom = canvas.height - 2
        var row = 3
        canvas.bar(" " + state.text(.liveLatest), row: row, style: .header)
        row += 1
        if wide {
            drawTopicCounts(&canvas, state, topics, row: row, column: mainWidth + 1, width: sideWidth, bottom: bottom)
        } else if !topics.isEmpty {
            let line = topics.map { "\(MeetingDetailsPanel.topicName(state, $0.topic)) \($0.count)" }.joined(separator: " · ")
            canvas.put(TextWidth.truncate(" " + line, to: canvas.width), row: bottom - 1, column: 0, style: .muted)
        }
        if meeting.opinions.isEmpty {
            canvas.put(" " + state.language.text(.liveNoOpinions, KeyMap.keys(of: .newOpinion, in: .live)), row: row + 1, column: 0, style: .muted)
            return
        }
        let lastRow = wide ? bottom : bottom - 1
        for opinion in meeting.opinions.reversed() where row < lastRow {
            let who = opinion.speaker ?? state.text(.anonymous)
            // The speaker and the topic whole: the topic goes to a line of its own when both do not fit.
            let topic = MeetingDetailsPanel.topicName(state, opinion.topic)
            let head = "\(opinion.number). \(who) · \(topic)"
            let heads = TextWidth.of(head) <= mainWidth - 2 ? [head] : ["\(opinion.number). \(who)", "  " + topic]
            for line in heads where row < lastRow {
                canvas.put(" " + TextWidth.truncate(line, to: mainWidth - 2), row: row, column: 0, style: .label)
                row += 1
            }
            for line in TextWidth.wrap(opinion.text, to: mainWidth - 4).prefix(2) where row < lastRow {
                canvas.put("   " + line, row: row, column: 0)
                row += 1
            }
        }
    }

    static func drawTopicCounts(_ canvas: inout Canvas, _ state: AppState, _ topics: [(topic: TopicID, count: Int)],
                                row: Int, column: Int, width: Int, bottom: Int) {
        canvas.put(TextWidth.truncate(state.text(.opinionsByTopic), to: width), row: row, column: column, style: .label)
        let highest = topics.map(\.count).max() ?? 1
        for (offset, item) in topics.enumerated() where row + 1 + offset < bottom {
            let name = TextWidth.pad(MeetingDetailsPanel.topicName(state, item.topic), to: max(4, width - 8))
            let bar = String(repeating: "█", count: max(1, item.count * 3 / max(1, highest)))
            // Row by row, left to right: a cut name still leaves its count readable.
            canvas.put("\(name) \(TextWidth.pad(String(item.count), to: 3, alignRight: true)) \(bar)",
                       row: row + 1 + offset, column: column)
        }
    }

    /// "01:42:05"
    static func duration(_ seconds: Int64) -> String {
        let h = seconds / 3600, m = seconds % 3600 / 60, s = seconds % 60
        func two(_ v: Int64) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(two(h)):\(two(m)):\(two(s))"
    }
}
