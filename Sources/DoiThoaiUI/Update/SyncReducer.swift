import DoiThoaiCore

/// F8 on the meetings list: share the archive with the other offices. The
/// sync runs in the background; its stages show in the list's header, its
/// outcome stays there, and the list is read again for what came in.
enum SyncReducer {
    static func start(_ state: inout AppState) -> [Effect] {
        if state.sync.running {
            state.message = StatusMessage(state.text(.syncAlready))
            return []
        }
        state.sync.running = true
        state.sync.stage = .committing
        return [.sync]
    }

    static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .lastSyncRead(let outcome):
            if !state.sync.running { state.sync.last = outcome }
        case .syncProgressed(let stage):
            state.sync.stage = stage
        case .syncEnded(let outcome):
            state.sync.running = false
            state.sync.stage = nil
            state.sync.last = outcome
            let text = summary(state, outcome)
            state.message = StatusMessage(text.prefix(1).uppercased() + text.dropFirst(), isError: outcome.failure != nil)
            // What came in shows in the list, the search and the reports: the archive is read again (changed files only).
            return outcome.received.isEmpty ? [] : [.refreshArchive]
        default:
            break
        }
        return []
    }

    /// The header's line: "Đồng bộ 09:15: nhận 3, gửi 1", what runs now, or never.
    static func headerText(_ state: AppState) -> String {
        if state.sync.running {
            return state.language.text(.syncRunning, state.text(phrase(state.sync.stage ?? .committing)))
        }
        // The key is named here too: at 80 columns the key bar has no room for it.
        guard let last = state.sync.last else { return "F8 " + state.text(.syncNever) }
        return "F8 " + summary(state, last)
    }

    static func summary(_ state: AppState, _ outcome: SyncOutcome) -> String {
        let when = outcome.at.day == state.now.day ? outcome.at.clock : "\(outcome.at.day.vietnamese) \(outcome.at.clock)"
        if let failure = outcome.failure {
            return state.language.text(.syncFailed, when, failure)
        }
        var text = state.language.text(.syncDone, when, String(outcome.received.meetingCount), String(outcome.sent.meetingCount))
        if !outcome.leftLocked.isEmpty { text += "; " + state.language.text(.syncLeftLocked, outcome.leftLocked.count) }
        if !outcome.withNewConflicts.isEmpty { text += "; " + state.language.text(.syncNewConflicts, outcome.withNewConflicts.count) }
        return text
    }

    static func phrase(_ stage: SyncStage) -> Phrase {
        switch stage {
        case .committing: return .syncCommitting
        case .fetching: return .syncFetching
        case .merging: return .syncMerging
        case .updatingFiles: return .syncUpdating
        case .sending: return .syncSending
        }
    }
}
