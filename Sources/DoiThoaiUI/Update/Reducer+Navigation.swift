import DoiThoaiCore

/// Opening a meeting and ending a form: the two places where one screen
/// hands over to another with a result.
extension Reducer {
    /// A meeting has opened: it goes over the follow-ups or the browser when
    /// it was opened from there (so Esc returns), and what was asked is done.
    static func meetingOpened(_ state: inout AppState, _ stored: StoredMeeting, readOnly cause: ReadOnlyCause?,
                              then intent: OpenIntent) -> [Effect] {
        let reason = cause.map { cause in
            switch cause {
            case .lockedBy(let pid): state.language.text(.lockedByAnother, pid > 0 ? "\(pid)" : "?")
            case .folderReadOnly: state.language.text(.folderReadOnly)
            }
        }
        let meeting = stored.meeting
        state.meeting = MeetingState(meeting: meeting, fingerprint: stored.fingerprint, readOnlyReason: reason)
        switch state.route {
        case .tracker, .browser:
            // Opened from a look-up made during a meeting: this meeting takes the place of that one.
            state.nav.dropMeetingUnderTop()
            state.nav.push(.meeting)
        default: state.nav.show(.meeting)
        }
        if let reason { state.message = StatusMessage(state.language.text(.readOnlyBecause, reason), isError: true) }
        switch intent {
        case .browse:
            break
        case .showOpinion(let opinion):
            guard let index = meeting.opinions.firstIndex(where: { $0.id == opinion }) else { break }
            state.meeting?.tab = .opinions
            var cursor = ListCursor(selected: index)
            cursor.keepInView(count: meeting.opinions.count, visible: state.listHeight)
            state.meeting?.cursor = cursor
        case .editFollowUp(let id):
            guard let found = meeting.followUp(id) else { break }
            state.meeting?.tab = .followUps
            state.meeting?.cursor = ListCursor(selected: meeting.followUps.firstIndex(of: found) ?? 0)
            guard reason == nil else { break }
            var form = Forms.followUp(found, in: meeting, today: state.now.day)
            form.closesMeeting = state.nav.below == .tracker
            state.nav.push(.form(form))
        case .restoreDraft(let draft):
            return Drafts.reopen(&state, draft)
        }
        return []
    }

    /// The form on top ended: it leaves the stack with its draft, and when
    /// the meeting was opened only for it, the meeting closes and the screen
    /// below (the follow-ups) comes back, fresh.
    static func formEnded(_ state: inout AppState, _ outcome: FormOutcome) -> [Effect] {
        guard let form = state.nav.form else { return [] }
        state.nav.pop()
        state.lastDraft = nil
        // The browser's filters keep no draft (and must not discard another form's, "new-meeting").
        var effects: [Effect] = form.purpose == .searchFilters ? [] : [.discardDraft(FormDraft.name(for: form, meeting: state.meeting?.meeting.id))]
        if form.closesMeeting, state.route == .meeting, let open = state.meeting {
            state.nav.pop()
            state.meeting = nil
            effects.append(.closeMeeting(open.meeting.id))
            if state.route == .tracker {
                state.tracker.recount = true
                effects.append(TrackerReducer.load(&state))
            }
        }
        return effects
    }
}
