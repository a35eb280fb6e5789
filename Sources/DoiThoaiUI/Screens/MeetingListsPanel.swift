import DoiThoaiCore

/// The list tabs of a meeting: attendees, reports, opinions, follow-ups.
enum MeetingListsPanel {
    static func attendees(_ canvas: inout Canvas, _ state: AppState, _ open: MeetingState) {
        let w = canvas.width
        let nameWidth = max(12, (w - 26) * 2 / 5)
        let restWidth = max(6, w - 12 - nameWidth - 8 - 5)
        let heading = " " + ScreenRenderer.row([
            (state.text(.fieldRole), 12, false), (state.text(.fieldName), nameWidth, false),
            (state.text(.fieldJobTitle) + " / " + state.text(.fieldOrganisation), restWidth, false),
            (state.text(.fieldPresent), 8, false),
        ])
        let lines = open.attendeesInOrder.map { a -> String in
            let role = state.text(a.role.phrase)
            let detail = [a.title, a.organization].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
            let name = a.count.map { "\(a.name) (\($0))" } ?? a.name
            return " " + ScreenRenderer.row([
                (role, 12, false), (name, nameWidth, false), (detail, restWidth, false),
                (state.text(a.present ? .present : .absent), 8, false),
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

    static func opinions(_ canvas: inout Canvas, _ state: AppState, _ open: MeetingState) {
        let w = canvas.width
        let speakerWidth = max(10, w / 5)
        let topicWidth = max(8, w / 6)
        let textWidth = max(4, w - 4 - speakerWidth - topicWidth - 4)
        let heading = " " + ScreenRenderer.row([
            ("#", 3, true), (state.text(.fieldSpeaker), speakerWidth, false),
            (state.text(.fieldTopic), topicWidth, false), (state.text(.fieldOpinionText), textWidth, false),
        ])
        let lines = open.meeting.opinions.map { o -> String in
            let firstLine = o.text.split(separator: "\n").first.map(String.init) ?? ""
            return " " + ScreenRenderer.row([
                (String(o.number), 3, true), (o.speaker ?? state.text(.anonymous), speakerWidth, false),
                (MeetingDetailsPanel.topicName(state, o.topic), topicWidth, false), (firstLine, textWidth, false),
            ])
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
