import DoiThoaiCore

/// Keys on the meeting screen: its tabs, attendees, details, conclusion, undo.
enum MeetingReducer {
    static func key(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard var open = state.meeting,
              let command = KeyMap.command(for: key, in: state.keyContext) else { return [] }
        var cursor = open.cursor
        if cursor.apply(command, count: open.rowCount, visible: state.listHeight) {
            open.cursor = cursor
            state.meeting = open
            return []
        }
        switch command {
        case .back:
            state.meeting = nil
            state.nav.pop()
            // Back where the meeting was opened from: the follow-ups are read again, they may have changed.
            if state.route == .tracker {
                state.tracker.recount = true
                return [.closeMeeting(open.meeting.id), TrackerReducer.load(&state)]
            }
            return [.closeMeeting(open.meeting.id)]
        case .nextPanel, .previousPanel:
            let tabs = open.tabs
            let step = command == .nextPanel ? 1 : tabs.count - 1
            open.tab = tabs[((tabs.firstIndex(of: open.tab) ?? 0) + step) % tabs.count]
            state.meeting = open
        case .newOpinion:
            return openForm(&state, OpinionForm.make(nil, in: open.meeting))
        case .live:
            return LiveReducer.start(&state)
        case .printMinutes:
            return MinutesDialog.open(&state, open.meeting.id)
        case .addReport:
            return openForm(&state, Forms.report(nil))
        case .moveUp, .moveDown:
            guard open.tab == .opinions, open.meeting.opinions.indices.contains(open.cursor.selected),
                  editable(&state) else { return [] }
            var changed = open.meeting
            let step = command == .moveUp ? -1 : 1
            changed.moveOpinion(open.meeting.opinions[open.cursor.selected].id, by: step)
            guard changed != open.meeting else { return [] }
            var moved = open
            moved.cursor.move(by: step, count: changed.opinions.count, visible: state.listHeight)
            state.meeting = moved
            return [.saveMeeting(changed, over: open.fingerprint, .edit)]
        case .addFollowUp:
            let opinion = open.tab == .opinions && open.meeting.opinions.indices.contains(open.cursor.selected)
                ? open.meeting.opinions[open.cursor.selected] : nil
            return openForm(&state, Forms.followUp(nil, in: open.meeting, today: state.now.day, opinion: opinion))
        case .editDetails:
            return openForm(&state, Forms.editMeeting(open.meeting), allowClosed: true)
        case .addAttendee:
            return openForm(&state, Forms.attendee(nil, in: open.meeting))
        case .conclusion:
            return openForm(&state, Forms.conclusion(open.meeting))
        case .editItem:
            return editSelected(&state, open)
        case .deleteItem:
            guard editable(&state) else { return [] }
            if open.tab == .attendees, let attendee = selectedAttendee(open) {
                let message = removalQuestion(state, attendee, in: open.meeting)
                state.nav.push(.confirm(Confirmation(.removeAttendee(attendee.id), message: message)))
            } else if open.tab == .opinions, open.meeting.opinions.indices.contains(open.cursor.selected) {
                let opinion = open.meeting.opinions[open.cursor.selected]
                let message = state.language.text(.confirmDeleteOpinion, opinion.number, opinion.speaker ?? state.text(.anonymous))
                state.nav.push(.confirm(Confirmation(.removeOpinion(opinion.id), message: message)))
            }
        case .undo, .redo:
            return history(&state, redo: command == .redo)
        default:
            return Reducer.global(&state, command)
        }
        return []
    }

    static func editSelected(_ state: inout AppState, _ open: MeetingState) -> [Effect] {
        switch open.tab {
        case .details: return openForm(&state, Forms.editMeeting(open.meeting), allowClosed: true)
        case .conclusion: return openForm(&state, Forms.conclusion(open.meeting))
        case .attendees:
            guard let attendee = selectedAttendee(open) else { return [] }
            return openForm(&state, Forms.attendee(attendee, in: open.meeting))
        case .opinions:
            guard open.meeting.opinions.indices.contains(open.cursor.selected) else { return [] }
            let opinion = open.meeting.opinions[open.cursor.selected]
            // A closed or read-only meeting is read: the opinion opens whole, read-only.
            if open.readOnlyReason != nil || open.meeting.status == .closed {
                state.nav.push(.pager(OpinionDetail.pager(state, opinion, in: open.meeting)))
                return []
            }
            return openForm(&state, OpinionForm.make(opinion, in: open.meeting))
        case .agenda:
            guard open.meeting.agenda.indices.contains(open.cursor.selected) else { return [] }
            return openForm(&state, Forms.report(open.meeting.agenda[open.cursor.selected]))
        case .followUps:
            guard open.meeting.followUps.indices.contains(open.cursor.selected) else { return [] }
            // Follow-ups live on after the minutes: progress and the written
            // reply are recorded on a closed meeting too, as from F6.
            return openForm(&state, Forms.followUp(open.meeting.followUps[open.cursor.selected], in: open.meeting,
                                                   today: state.now.day), allowClosed: FollowUp.changesAfterTheMinutes)
        case .conflicts:
            return ConflictReducer.choose(&state, open)
        }
    }

    static func selectedAttendee(_ open: MeetingState) -> Attendee? {
        let ordered = open.attendeesInOrder
        return ordered.indices.contains(open.cursor.selected) ? ordered[open.cursor.selected] : nil
    }

    /// Opens a form unless the meeting cannot be changed now.
    static func openForm(_ state: inout AppState, _ form: FormState, allowClosed: Bool = false) -> [Effect] {
        guard editable(&state, allowClosed: allowClosed) else { return [] }
        // Opened like a field entered with Tab: a prefilled first field is selected, so typing replaces it.
        state.nav.push(.form(form.selectingFirstField()))
        return []
    }

    /// Whether the open meeting may be changed; says why not on the status line.
    static func editable(_ state: inout AppState, allowClosed: Bool = false) -> Bool {
        guard let open = state.meeting else { return false }
        if let reason = open.readOnlyReason {
            state.message = StatusMessage(state.language.text(.readOnlyBecause, reason), isError: true)
            return false
        }
        if open.meeting.status == .closed && !allowClosed {
            state.message = StatusMessage(state.language.text(.msgMeetingClosedReadOnly, KeyMap.keys(of: .editDetails, in: .meeting)), isError: true)
            return false
        }
        return true
    }

    static func removeOpinion(_ state: inout AppState, _ id: OpinionID) -> [Effect] {
        guard let open = state.meeting else { return [] }
        var changed = open.meeting
        changed.deleteOpinion(id)
        return [.saveMeeting(changed, over: open.fingerprint, .edit)]
    }

    /// Undo or redo through the saved versions of the open meeting.
    static func history(_ state: inout AppState, redo: Bool) -> [Effect] {
        guard editable(&state), let open = state.meeting else { return [] }
        guard let version = redo ? open.redoStack.last : open.undoStack.last else {
            state.message = StatusMessage(state.text(redo ? .msgNothingToRedo : .msgNothingToUndo))
            return []
        }
        return [.saveMeeting(version, over: open.fingerprint, redo ? .redo : .undo)]
    }

    /// "Remove X?" — and, when X spoke or answered, which opinions, which keep the name as written.
    static func removalQuestion(_ state: AppState, _ attendee: Attendee, in meeting: Meeting) -> String {
        let said = meeting.contributions(of: attendee.id)
        guard !said.isEmpty else { return state.language.text(.confirmDeleteAttendee, attendee.name) }
        let numbers = { (list: [Int]) in list.map(String.init).joined(separator: ", ") }
        var what: [String] = []
        if !said.spoke.isEmpty { what.append(state.language.text(.attendeeSpoke, numbers(said.spoke))) }
        if !said.answered.isEmpty { what.append(state.language.text(.attendeeAnswered, numbers(said.answered))) }
        return state.language.text(.confirmDeleteAttendeeWhoSpoke, attendee.name, what.joined(separator: " " + state.text(.wordAnd) + " "))
    }

    static func removeAttendee(_ state: inout AppState, _ id: AttendeeID) -> [Effect] {
        guard let open = state.meeting else { return [] }
        var changed = open.meeting
        changed.removeAttendee(id)
        return [.saveMeeting(changed, over: open.fingerprint, .edit)]
    }
}
