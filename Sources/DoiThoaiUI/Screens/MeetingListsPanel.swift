import DoiThoaiCore

/// The list tabs of a meeting: attendees, reports, opinions, follow-ups.
enum MeetingListsPanel {
    /// Attendees: role, name (as wide as names need), title and
    /// organisation, how many people a group row stands for, present.
    static func attendees(_ canvas: inout Canvas, _ state: AppState, _ open: MeetingState) {
        let w = canvas.width
        let people = open.attendeesInOrder
        let roleWidth = max(8, people.map { TextWidth.of(state.text($0.role.phrase)) }.max() ?? 8)
        let countHeading = state.text(.colHeadcount)
        let countWidth = TextWidth.of(countHeading)
        let presentWidth = 8
        let free = max(20, w - 1 - roleWidth - countWidth - presentWidth - 4)
        let nameWidth = max(12, min(free * 3 / 5, people.map { TextWidth.of($0.name) }.max() ?? 12))
        let restWidth = max(6, free - nameWidth)
        let heading = " " + ScreenRenderer.row([
            (state.text(.fieldRole), roleWidth, false), (state.text(.fieldName), nameWidth, false),
            (state.text(.colTitleOrganisation), restWidth, false),
            (countHeading, countWidth, true), (state.text(.fieldPresent), presentWidth, false),
        ])
        let lines = people.map { a -> String in
            let detail = [a.title, a.organization].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
            return " " + ScreenRenderer.row([
                (state.text(a.role.phrase), roleWidth, false), (a.name, nameWidth, false), (detail, restWidth, false),
                (a.count.map(String.init) ?? "", countWidth, true),
                (state.text(a.present ? .present : .absent), presentWidth, false),
            ])
        }
        MeetingScreen.drawList(&canvas, state, heading: heading, lines: lines, cursor: open.cursor, empty: .noAttendees)
    }

    static func agenda(_ canvas: inout Canvas, _ state: AppState, _ open: MeetingState) {
        let lines = open.meeting.agenda.map { item -> String in
            let figures = item.figures.map { "\($0.label): \($0.value)" }.joined(separator: "; ")
            return " \(item.presenter) — \(item.summary)" + (figures.isEmpty ? "" : " [\(figures)]")
        }
        MeetingScreen.drawList(&canvas, state, heading: " " + state.text(.tabAgenda), lines: lines,
                               cursor: open.cursor, empty: .noAgenda)
    }

    /// Opinions: number, speaker and topic as wide as their content needs
    /// (up to a quarter of the width each), the text; from 110 columns the
    /// disposition too, so what was done with each shows without opening it.
    static func opinions(_ canvas: inout Canvas, _ state: AppState, _ open: MeetingState) {
        let w = canvas.width
        let opinions = open.meeting.opinions
        let speakers = opinions.map { $0.speaker ?? state.text(.anonymous) }
        let topics = opinions.map { MeetingDetailsPanel.topicName(state, $0.topic) }
        let dispositionWidth = w >= 110 ? 24 : 0
        let speakerWidth = max(TextWidth.of(state.text(.fieldSpeaker)), min(w / 4, (speakers.map(TextWidth.of).max() ?? 10)))
        let topicWidth = max(TextWidth.of(state.text(.fieldTopic)), min(w / 4, (topics.map(TextWidth.of).max() ?? 8)))
        let textWidth = max(4, w - 4 - speakerWidth - topicWidth - 4 - (dispositionWidth > 0 ? dispositionWidth + 1 : 0))
        var headings: [(String, Int, Bool)] = [
            ("#", 3, true), (state.text(.fieldSpeaker), speakerWidth, false),
            (state.text(.fieldTopic), topicWidth, false), (state.text(.fieldOpinionText), textWidth, false),
        ]
        if dispositionWidth > 0 { headings.append((state.text(.fieldDisposition), dispositionWidth, false)) }
        let heading = " " + ScreenRenderer.row(headings)
        let lines = opinions.enumerated().map { index, o -> String in
            let firstLine = o.text.split(separator: "\n").first.map(String.init) ?? ""
            var cells: [(String, Int, Bool)] = [
                (String(o.number), 3, true), (speakers[index], speakerWidth, false),
                (topics[index], topicWidth, false), (firstLine, textWidth, false),
            ]
            if dispositionWidth > 0 { cells.append((state.text(o.disposition.phrase), dispositionWidth, false)) }
            return " " + ScreenRenderer.row(cells)
        }
        MeetingScreen.drawList(&canvas, state, heading: heading, lines: lines, cursor: open.cursor, empty: .noOpinions)
    }

    static func followUps(_ canvas: inout Canvas, _ state: AppState, _ open: MeetingState) {
        let w = canvas.width
        let assigneeWidth = max(10, w / 4)
        let taskWidth = max(6, w - 4 - assigneeWidth - 10 - 12 - 4)
        let today = state.now.day
        let lines = open.meeting.followUps.map { f -> String in
            let status = state.text(f.status.phrase) + (f.isOverdue(asOf: today) ? " ⚠" : "")
            return " " + ScreenRenderer.row([
                (f.task, taskWidth, false), (f.assignee, assigneeWidth, false),
                (f.dueDate.vietnamese, 10, false), (status, 12, false),
            ])
        }
        MeetingScreen.drawList(&canvas, state, heading: " " + state.text(.tabFollowUps), lines: lines,
                               cursor: open.cursor, empty: .noFollowUps)
    }
}
