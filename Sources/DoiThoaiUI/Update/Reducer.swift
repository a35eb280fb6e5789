import DoiThoaiCore

/// The one place state changes: takes an action, changes the state, and
/// returns the effects (save, load, quit…) for the runner to carry out.
/// Pure: no I/O, no clock, no terminal, so every screen's logic runs in tests.
public enum Reducer {
    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .keyPressed(let key):
            return keyPressed(&state, key)
        case .clockTicked(let now):
            state.now = now
            return Drafts.effect(&state)
        case let .terminalResized(width, height):
            state.width = width
            state.height = height
            state.list.cursor.keepInView(count: state.list.visibleRows.count, visible: MeetingsScreen.listRows(state))
            return []
        case .archiveLoading:
            // A message already shown (the settings file could not be read) stays: it was said once, before the list.
            if state.message == nil { state.message = StatusMessage(state.language.text(.msgReadingArchive)) }
            state.list.loading = true
            return []
        case let .archiveProgress(done, total, secondsLeft):
            state.indexing = IndexingProgress(done: done, total: total, secondsLeft: secondsLeft)
            return []
        case let .archiveChanged(rows, failures, vocabulary):
            return archiveChanged(&state, rows: rows, failures: failures, vocabulary: vocabulary)
        case let .archiveLoaded(rows, failures, vocabulary):
            if state.message == StatusMessage(state.language.text(.msgReadingArchive)) { state.message = nil }
            state.indexing = nil
            state.list.loading = false
            state.vocabulary = vocabulary
            state.list.rows = rows.sorted(by: MeetingRow.newestFirst)
            state.list.failures = failures
            state.list.cursor.keepInView(count: state.list.visibleRows.count, visible: MeetingsScreen.listRows(state))
            BrowserReducer.learnOrganizers(&state)
            return [.settleArchive]
        case .vocabularyLoaded(let vocabulary):
            state.vocabulary = vocabulary
            BrowserReducer.learnOrganizers(&state)
            return []
        case let .meetingOpened(stored, cause, intent):
            return meetingOpened(&state, stored, readOnly: cause, then: intent)
        case .meetingCreated(let stored):
            state.list.rows.append(MeetingRow(stored.meeting))
            state.list.rows.sort(by: MeetingRow.newestFirst)
            state.meeting = MeetingState(meeting: stored.meeting, fingerprint: stored.fingerprint)
            state.nav.show(.meeting)
            state.message = StatusMessage(state.language.text(.msgCreated, stored.meeting.id.rawValue))
            state.lastDraft = nil
            return [.discardDraft("new-meeting")]
        case let .meetingSaved(meeting, fingerprint, reason):
            return meetingSaved(&state, meeting, fingerprint, reason)
        case let .meetingTrashed(id, path):
            state.list.rows.removeAll { $0.id == id }
            state.list.cursor.keepInView(count: state.list.visibleRows.count, visible: MeetingsScreen.listRows(state))
            state.message = StatusMessage(state.language.text(.msgTrashed, path))
            return []
        case .archiveWarning(let warning):
            switch warning {
            case let .readableByOthers(count, root):
                state.message = StatusMessage(state.language.text(.msgReadableByOthers, "\(count)", root), isError: true)
            case .folderReadOnly:
                state.message = StatusMessage(state.language.text(.readOnlyBecause, state.language.text(.folderReadOnly)), isError: true)
            }
            return []
        case .storeFailed(let error):
            return reduce(&state, .effectFailed(StoreErrorText.text(error, state.language)))
        case .effectFailed(let reason):
            let text = state.language.text(.msgFailed, reason)
            state.message = StatusMessage(text, isError: true)
            state.nav.form?.failure = text
            return []
        case .topicsSaved:
            return []
        case .draftsFound(let drafts):
            return Drafts.offer(&state, drafts)
        case .unreadableDraftsFound(let names):
            state.message = StatusMessage(state.language.text(.msgUnreadableDraftSetAside, names.joined(separator: ", ")),
                                          isError: true)
            return names.map { .setDraftAside($0) }
        case .minutesPreviewed(let pager):
            state.nav.push(.pager(pager))
            return []
        case let .minutesExist(request, path):
            return MinutesDialog.askToOverwrite(&state, request, path: path)
        case .minutesPublished(let message):
            state.message = StatusMessage(message)
            return []
        case .followUpsLoaded(let page):
            return TrackerReducer.loaded(&state, page)
        case .reportLoaded(let report):
            state.reportScreen.loading = false
            state.reportScreen.report = report
            return []
        case .lastSyncRead, .syncProgressed, .syncEnded:
            return SyncReducer.reduce(&state, action)
        case let .settingsLoaded(settings, file):
            state.typing = TypingState(settings: settings, file: file)
            return []
        case let .searchAnswered(hits, total, more):
            state.browser.more = more
            state.browser.results = hits
            state.browser.total = total
            state.browser.searching = false
            state.browser.cursor.keepInView(count: hits.count, visible: BrowserScreen.listHeight(state))
            return []
        case .searchFollowUpsLoaded(let rows):
            state.browser.followUps = rows
            return []
        }
    }

    /// Files changed behind the program's back: the list keeps its selected
    /// meeting, and the screen in view asks its question again.
    static func archiveChanged(_ state: inout AppState, rows: [MeetingRow], failures: [String], vocabulary: Vocabulary) -> [Effect] {
        state.indexing = nil
        let visible = state.list.visibleRows
        let selected = visible.indices.contains(state.list.cursor.selected) ? visible[state.list.cursor.selected].id : nil
        state.vocabulary = vocabulary
        state.list.rows = rows.sorted(by: MeetingRow.newestFirst)
        state.list.failures = failures
        BrowserReducer.learnOrganizers(&state)
        if let selected, let at = state.list.visibleRows.firstIndex(where: { $0.id == selected }) {
            state.list.cursor.selected = at
        }
        state.list.cursor.keepInView(count: state.list.visibleRows.count, visible: MeetingsScreen.listRows(state))
        switch state.route {
        case .tracker:
            state.tracker.recount = true
            return [TrackerReducer.load(&state)]
        case .report: return [TrackerReducer.reportEffect(state)]
        case .browser: return [BrowserReducer.search(&state)]
        default: return []
        }
    }

    static func keyPressed(_ state: inout AppState, _ key: Key) -> [Effect] {
        state.message = nil
        if case .resize = key { return [] }
        // A window too small to draw the screen takes no key but quit, so
        // nothing is typed blind into a form nobody sees; quitting writes
        // what a form held as a draft, offered back at the next start.
        if state.width < ScreenRenderer.minimumWidth || state.height < ScreenRenderer.minimumHeight {
            // (as where text is typed: F10 or ^C, never a letter)
            guard KeyMap.command(for: key, in: KeyContext(.global, parts: [.lineEdit])) == .quit else { return [] }
            return quit(&state)
        }
        if KeyMap.togglesTyping(key) {
            return TypingReducer.toggle(&state)
        }
        // The built-in input method turns letters into edits, and ends its word before any other key.
        return TypingReducer.keys(&state, for: key).flatMap { routeKey(&state, $0) }
    }

    /// A key for the screen on top.
    static func routeKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        if case let .mouse(row, column, wheel) = key { return MouseReducer.click(&state, row: row, column: column, wheel: wheel) }
        switch state.route {
        case .form: return FormReducer.key(&state, key)
        case .confirm(let confirmation): return confirmKey(&state, confirmation, key)
        case .help(let scope, let scroll): return helpKey(&state, scope: scope, scroll: scroll, key)
        case .meetings: return MeetingsReducer.key(&state, key)
        case .meeting: return MeetingReducer.key(&state, key)
        case .live: return LiveReducer.key(&state, key)
        case .pager(let pager): return MinutesDialog.pagerKey(&state, pager, key)
        case .tracker: return TrackerReducer.key(&state, key)
        case .report: return TrackerReducer.reportKey(&state, key)
        case .browser: return BrowserReducer.key(&state, key)
        case .typingSettings(let row): return TypingReducer.settingsKey(&state, row: row, key)
        case .conflict(let id): return ConflictReducer.key(&state, id, key)
        }
    }

    /// Commands that work the same on every screen.
    static func global(_ state: inout AppState, _ command: Command) -> [Effect] {
        switch command {
        case .help:
            state.nav.push(.help(scope: state.route.scope, scroll: 0))
        case .typingSettings:
            state.nav.push(.typingSettings(row: 0))
        case .showBrowser:
            return BrowserReducer.open(&state)
        case .showTracker:
            return (state.nav.looksUpOverMeeting ? [] : leaveMeeting(&state)) + TrackerReducer.open(&state)
        case .showReport:
            return (state.nav.looksUpOverMeeting ? [] : leaveMeeting(&state)) + TrackerReducer.openReport(&state)
        case .quit:
            if state.hasUnsavedForm {
                state.nav.push(.confirm(Confirmation(.quit, message: state.text(.confirmQuitUnsaved))))
                return []
            }
            return quit(&state)
        default:
            break
        }
        return []
    }

    /// Closes the open meeting (releasing its lock) before going elsewhere.
    static func leaveMeeting(_ state: inout AppState) -> [Effect] {
        guard let open = state.meeting else { return [] }
        state.meeting = nil
        return [.closeMeeting(open.meeting.id)]
    }

    /// Quits; the open form's typed text is written as a draft first, so a
    /// quit (or SIGTERM, SIGHUP, SIGINT) never loses a keystroke.
    static func quit(_ state: inout AppState) -> [Effect] {
        state.quitting = true
        var effects: [Effect] = []
        if let draft = Drafts.unsaved(state) { effects.append(.writeDraft(draft)) }
        if let meeting = state.meeting { effects.append(.closeMeeting(meeting.meeting.id)) }
        return effects + [.quit]
    }

    static func meetingSaved(_ state: inout AppState, _ meeting: Meeting, _ fingerprint: FileFingerprint,
                             _ reason: SaveReason) -> [Effect] {
        guard var open = state.meeting, open.meeting.id == meeting.id else { return [] }
        switch reason {
        case .edit:
            open.undoStack.append(open.meeting)
            if open.undoStack.count > MeetingState.undoDepth { open.undoStack.removeFirst() }
            open.redoStack.removeAll()
            state.message = StatusMessage(state.text(.msgSaved))
        case .undo:
            open.redoStack.append(open.meeting)
            _ = open.undoStack.popLast()
            state.message = StatusMessage(state.text(.msgUndone))
        case .redo:
            open.undoStack.append(open.meeting)
            _ = open.redoStack.popLast()
            state.message = StatusMessage(state.text(.msgRedone))
        }
        open.meeting = meeting
        open.fingerprint = fingerprint
        open.cursor.keepInView(count: open.rowCount, visible: state.listHeight)
        state.meeting = open
        state.vocabulary.learn(from: meeting)
        if let index = state.list.rows.firstIndex(where: { $0.id == meeting.id }) {
            state.list.rows[index] = MeetingRow(meeting)
            state.list.rows.sort(by: MeetingRow.newestFirst)
        }
        // The form that asked for this save has done its work; so has live mode once the meeting ended.
        var effects: [Effect] = []
        if case .form = state.route {
            effects += formEnded(&state, .saved)
        }
        if state.route == .live && meeting.status != .live {
            state.nav.pop()
            state.message = StatusMessage(state.text(.msgMeetingEnded))
        }
        return effects
    }

    static func confirmKey(_ state: inout AppState, _ confirmation: Confirmation, _ key: Key) -> [Effect] {
        guard let command = KeyMap.command(for: key, in: state.keyContext) else { return [] }
        switch command {
        case .confirm:
            state.nav.pop()
            switch confirmation.purpose {
            case .deleteMeeting(let id): return [.trashMeeting(id)]
            case .removeAttendee(let id): return MeetingReducer.removeAttendee(&state, id)
            case .discardForm:
                return formEnded(&state, .cancelled)
            case .overwriteMinutes(var request):
                request.overwrite = true
                return MinutesDialog.publish(&state, request)
            case .createTopic(let name):
                return FormReducer.createTopic(&state, name)
            case let .endMeeting(pastMidnight, withoutConclusion):
                guard let form = state.nav.form else { return [] }
                return MeetingEnding.submit(&state, form, pastMidnight: pastMidnight, withoutConclusion: withoutConclusion)
            case .removeOpinion(let id): return MeetingReducer.removeOpinion(&state, id)
            case .restoreDraft(let draft): return Drafts.restore(&state, draft)
            case .restoreChangedDraft(let draft): return Drafts.reopen(&state, draft, despiteChange: true)
            case .goLiveOnAnotherDay: return LiveReducer.start(&state, onAnotherDay: true)
            case .quit: return quit(&state)
            }
        case .cancel:
            state.nav.pop()
            switch confirmation.purpose {
            case .restoreDraft(let draft), .restoreChangedDraft(let draft): return [.setDraftAside(draft.name)]
            default: break
            }
        case .quit:
            return quit(&state)
        default:
            break
        }
        return []
    }

    static func helpKey(_ state: inout AppState, scope: KeyScope, scroll: Int, _ key: Key) -> [Effect] {
        guard let command = KeyMap.command(for: key, in: state.keyContext) else { return [] }
        switch command {
        case .back: state.nav.pop()
        case .up: state.nav.replaceTop(.help(scope: scope, scroll: max(0, scroll - 1)))
        case .down: state.nav.replaceTop(.help(scope: scope, scroll: min(scroll + 1, HelpScreen.maxScroll(state, scope: scope))))
        case .pageUp: state.nav.replaceTop(.help(scope: scope, scroll: max(0, scroll - state.listHeight)))
        case .pageDown:
            state.nav.replaceTop(.help(scope: scope, scroll: min(scroll + state.listHeight, HelpScreen.maxScroll(state, scope: scope))))
        case .first: state.nav.replaceTop(.help(scope: scope, scroll: 0))
        case .last: state.nav.replaceTop(.help(scope: scope, scroll: HelpScreen.maxScroll(state, scope: scope)))
        case .quit: return quit(&state)
        case .typingSettings: state.nav.push(.typingSettings(row: 0))
        default: break
        }
        return []
    }
}
