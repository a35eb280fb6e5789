import DoiThoaiCore

/// Keys on the meeting screen: its tabs, attendees, details, conclusion, undo.
enum MeetingReducer {
    static func key(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard var open = state.meeting,
              let command = KeyMap.command(for: key, in: .meeting, typing: false) else { return [] }
        var cursor = open.cursor
        if cursor.apply(command, count: open.rowCount, visible: state.listHeight) {
            open.cursor = cursor
            state.meeting = open
            return []
        }
        switch command {
        case .back:
            state.routes = [.meetings]
            state.meeting = nil
            return [.closeMeeting(open.meeting.id)]
        case .nextPanel, .previousPanel:
            let tabs = MeetingTab.allCases
            let step = command == .nextPanel ? 1 : tabs.count - 1
            open.tab = tabs[(open.tab.rawValue + step) % tabs.count]
            state.meeting = open
        case .editDetails:
            return openForm(&state, Forms.editMeeting(open.meeting), allowClosed: true)
        case .addAttendee:
            return openForm(&state, Forms.attendee(nil, in: open.meeting))
        case .conclusion:
            return openForm(&state, Forms.conclusion(open.meeting))
        case .editItem:
            return editSelected(&state, open)
        case .deleteItem:
            guard open.tab == .attendees, let attendee = selectedAttendee(open) else { return [] }
            guard editable(&state) else { return [] }
            let message = state.language.text(.confirmDeleteAttendee, attendee.name)
            state.routes.append(.confirm(Confirmation(.removeAttendee(attendee.id), message: message)))
        case .undo:
            guard editable(&state) else { return [] }
            guard let previous = open.undoStack.last else {
                state.message = StatusMessage(state.text(.msgNothingToUndo))
                return []
            }
            return [.saveMeeting(previous, over: open.fingerprint, .undo)]
        case .redo:
            guard editable(&state) else { return [] }
            guard let next = open.redoStack.last else {
                state.message = StatusMessage(state.text(.msgNothingToRedo))
                return []
            }
            return [.saveMeeting(next, over: open.fingerprint, .redo)]
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
        default: return []
        }
    }

    static func selectedAttendee(_ open: MeetingState) -> Attendee? {
        let ordered = open.attendeesInOrder
        return ordered.indices.contains(open.cursor.selected) ? ordered[open.cursor.selected] : nil
    }

    /// Opens a form unless the meeting cannot be changed now.
    static func openForm(_ state: inout AppState, _ form: FormState, allowClosed: Bool = false) -> [Effect] {
        guard editable(&state, allowClosed: allowClosed) else { return [] }
        state.routes.append(.form(form))
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
            state.message = StatusMessage(state.text(.msgMeetingClosedReadOnly), isError: true)
            return false
        }
        return true
    }

    static func removeAttendee(_ state: inout AppState, _ id: AttendeeID) -> [Effect] {
        guard let open = state.meeting else { return [] }
        var changed = open.meeting
        changed.removeAttendee(id)
        return [.saveMeeting(changed, over: open.fingerprint, .edit)]
    }
}
