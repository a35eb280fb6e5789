import DoiThoaiCore

/// Live note-taking: one key starts an opinion; `l` ends the meeting.
enum LiveReducer {
    /// `l` on the meeting: starts the meeting (status live, the real start
    /// time recorded, the planned one kept as planned) and shows the live
    /// screen; a closed meeting stays closed.
    static func start(_ state: inout AppState, onAnotherDay: Bool = false) -> [Effect] {
        guard MeetingReducer.editable(&state), let open = state.meeting else { return [] }
        // Pressed on tomorrow's meeting by mistake, or held on another day than planned: ask.
        if open.meeting.status == .planned, open.meeting.date != state.now.day, !onAnotherDay {
            let message = state.language.text(.confirmGoLiveOnAnotherDay, open.meeting.date.vietnamese, state.now.day.vietnamese)
            state.nav.push(.confirm(Confirmation(.goLiveOnAnotherDay, message: message)))
            return []
        }
        state.nav.push(.live)
        guard open.meeting.status != .live else { return [] }
        var changed = open.meeting
        changed.goLive(at: state.now)
        state.message = StatusMessage(state.language.text(.liveStarted, (changed.startedAt ?? state.now).clock))
        return [.saveMeeting(changed, over: open.fingerprint, .edit)]
    }

    static func key(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard let open = state.meeting, let command = KeyMap.command(for: key, in: state.keyContext) else { return [] }
        switch command {
        case .newOpinion:
            return MeetingReducer.openForm(&state, OpinionForm.make(nil, in: open.meeting))
        case .endMeeting:
            return MeetingReducer.openForm(&state, Forms.endMeeting(open.meeting, now: state.now))
        case .addAttendee:
            return MeetingReducer.openForm(&state, Forms.attendee(nil, in: open.meeting))
        case .addFollowUp:
            return MeetingReducer.openForm(&state, Forms.followUp(nil, in: open.meeting, today: state.now.day,
                                                                 opinion: open.meeting.opinions.last))
        case .addReport:
            return MeetingReducer.openForm(&state, Forms.report(nil))
        case .conclusion:
            return MeetingReducer.openForm(&state, Forms.conclusion(open.meeting))
        case .undo, .redo:
            return MeetingReducer.history(&state, redo: command == .redo)
        case .back:
            state.nav.pop()
        default:
            return Reducer.global(&state, command)
        }
        return []
    }
}
