import DoiThoaiCore

/// The list tabs of a meeting: attendees, reports, opinions, follow-ups.
enum MeetingListsPanel {
    /// Attendees: role, name, title and organisation, present. A group
    /// row says how many people it stands for after its name ("Đại diện
    /// tổ chức, cá nhân (40 người)"), where the count is used, rather than
    /// in a column that is empty on every other row. Name and organisation
    /// share the room as their content needs (`ColumnFit`).
    static func attendees(_ canvas: inout Canvas, _ state: AppState, _ open: MeetingState) {
        let people = open.attendeesInOrder
        let words = state.language.words
        let roles = people.map { state.text($0.role.phrase) }
        let names = people.map { a in a.name + (a.count.map { " (\(words.headcount($0)))" } ?? "") }
        let details = people.map { a in [a.title, a.organization].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ") }
        // Only names beside an organisation need the name column's width; the others run on into it.
        let beside = people.indices.filter { !details[$0].isEmpty }.map { names[$0] }
        let presence = people.map { state.text($0.present ? .present : .absent) }
        let headings = [state.text(.fieldRole), state.text(.fieldName), state.text(.colTitleOrganisation), state.text(.fieldPresent)]
        let widths = ColumnFit.widths([
            ColumnFit.Column(roles, heading: headings[0]), ColumnFit.Column(beside, heading: headings[1], minimum: 12),
            ColumnFit.Column(details, heading: headings[2], minimum: 20, filler: true),
            ColumnFit.Column(presence + [state.text(.present), state.text(.absent)], heading: headings[3]),
        ], total: canvas.width - 1)
        let heading = " " + ScreenRenderer.row(zip(headings, widths).map { ($0, $1, false) })
        let lines = people.indices.map { i -> String in
            // A name beside an empty organisation runs on into its column; a cut name keeps its count.
            let nameWidth = details[i].isEmpty ? widths[1] + 1 + widths[2] : widths[1]
            let count = people[i].count.map { " (\(words.headcount($0)))" } ?? ""
            let name = TextWidth.of(names[i]) <= nameWidth ? names[i]
                : TextWidth.truncate(people[i].name, to: max(4, nameWidth - TextWidth.of(count))) + count
            let cells: [(String, Int, Bool)] = details[i].isEmpty ? [(roles[i], widths[0], false), (name, nameWidth, false)]
                : [(roles[i], widths[0], false), (name, nameWidth, false), (details[i], widths[2], false)]
            return " " + ScreenRenderer.row(cells + [(presence[i], widths[3], false)])
        }
        MeetingScreen.drawList(&canvas, state, heading: heading, lines: lines, cursor: open.cursor, empty: .noAttendees)
    }

    /// Reports presented: the presenter whole, the summary (and figures) in the rest.
    static func agenda(_ canvas: inout Canvas, _ state: AppState, _ open: MeetingState) {
        let items = open.meeting.agenda
        let presenters = items.map(\.presenter)
        let summaries = items.map { item -> String in
            let figures = item.figures.map { "\($0.label): \($0.value)" }.joined(separator: "; ")
            return item.summary + (figures.isEmpty ? "" : " [\(figures)]")
        }
        let headings = [state.text(.fieldPresenter), state.text(.fieldSummary)]
        let widths = ColumnFit.widths([ColumnFit.Column(presenters, heading: headings[0], minimum: 12),
                                       ColumnFit.Column(summaries, heading: headings[1], minimum: 24, filler: true)],
                                      total: canvas.width - 1)
        let heading = " " + ScreenRenderer.row(zip(headings, widths).map { ($0, $1, false) })
        let lines = items.indices.map { " " + ScreenRenderer.row([(presenters[$0], widths[0], false), (summaries[$0], widths[1], false)]) }
        MeetingScreen.drawList(&canvas, state, heading: heading, lines: lines, cursor: open.cursor, empty: .noAgenda)
    }

    /// Opinions: number, speaker and topic whole (they tell the rows
    /// apart), the text's first line in the rest; from 110 columns the
    /// disposition too, so what was done with each shows without opening it.
    static func opinions(_ canvas: inout Canvas, _ state: AppState, _ open: MeetingState) {
        let opinions = open.meeting.opinions
        let numbers = opinions.map { String($0.number) }
        let speakers = opinions.map { $0.speaker ?? state.text(.anonymous) }
        let topics = opinions.map { MeetingDetailsPanel.topicName(state, $0.topic) }
        let texts = opinions.map { $0.text.split(separator: "\n").first.map(String.init) ?? "" }
        let wide = canvas.width >= 110
        var headings = ["#", state.text(.fieldSpeaker), state.text(.fieldTopic), state.text(.fieldOpinionText)]
        var columns = [ColumnFit.Column(numbers + ["99"], heading: "#", minimum: 2),
                       ColumnFit.Column(speakers, heading: headings[1], minimum: 12),
                       ColumnFit.Column(topics, heading: headings[2], minimum: 12),
                       ColumnFit.Column(texts, heading: headings[3], minimum: 16, filler: true)]
        let dispositions = opinions.map { state.text($0.disposition.phrase) }
        if wide {
            headings.append(state.text(.fieldDisposition))
            columns.append(ColumnFit.Column(dispositions, heading: headings[4], minimum: 12))
        }
        let widths = ColumnFit.widths(columns, total: canvas.width - 1)
        let heading = " " + ScreenRenderer.row(headings.indices.map { (headings[$0], widths[$0], $0 == 0) })
        let lines = opinions.indices.map { i -> String in
            var cells: [(String, Int, Bool)] = [(numbers[i], widths[0], true), (speakers[i], widths[1], false),
                                                (topics[i], widths[2], false), (texts[i], widths[3], false)]
            if wide { cells.append((dispositions[i], widths[4], false)) }
            return " " + ScreenRenderer.row(cells)
        }
        MeetingScreen.drawList(&canvas, state, heading: heading, lines: lines, cursor: open.cursor, empty: .noOpinions)
    }

    /// Follow-ups: the opinions each answers, the task, the assignee whole,
    /// the due date and where it stands (⚠ when overdue).
    static func followUps(_ canvas: inout Canvas, _ state: AppState, _ open: MeetingState) {
        let meeting = open.meeting
        let today = state.now.day
        let items = meeting.followUps
        let numbers = items.map { f in f.opinionIds.compactMap(meeting.opinion).map { String($0.number) }.joined(separator: ",") }
        let tasks = items.map(\.task)
        let assignees = items.map(\.assignee)
        let dues = items.map(\.dueDate.vietnamese)
        let statuses = items.map { state.text($0.status.phrase) + ($0.isOverdue(asOf: today) ? " ⚠" : "") }
        let headings = [state.text(.colOpinionNumbers), state.text(.fieldTask), state.text(.fieldAssignee),
                        state.text(.colDue), state.text(.fieldStatus)]
        let widths = ColumnFit.widths([
            ColumnFit.Column(numbers, heading: headings[0], minimum: 3), ColumnFit.Column(tasks, heading: headings[1], minimum: 22, filler: true),
            ColumnFit.Column(assignees, heading: headings[2], minimum: 12), ColumnFit.Column(dues + ["00/00/0000"], heading: headings[3], minimum: 10),
            ColumnFit.Column(statuses, heading: headings[4], minimum: 8),
        ], total: canvas.width - 1)
        let heading = " " + ScreenRenderer.row(headings.indices.map { (headings[$0], widths[$0], $0 == 0) })
        let lines = items.indices.map { i in
            " " + ScreenRenderer.row([(numbers[i], widths[0], true), (tasks[i], widths[1], false), (assignees[i], widths[2], false),
                                      (dues[i], widths[3], false), (statuses[i], widths[4], false)])
        }
        MeetingScreen.drawList(&canvas, state, heading: heading, lines: lines, cursor: open.cursor, empty: .noFollowUps)
    }
}
