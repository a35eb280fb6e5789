import DoiThoaiCore

/// Picking the value kept for a conflict from sync: Enter on the conflicts
/// tab opens the choice; 1 keeps the merged value, 2 puts the other back.
/// The choice is saved in the meeting (who, when) and synced like any change.
enum ConflictReducer {
    static func choose(_ state: inout AppState, _ open: MeetingState) -> [Effect] {
        let conflicts = open.conflictsInOrder
        guard conflicts.indices.contains(open.cursor.selected), MeetingReducer.editable(&state) else { return [] }
        state.nav.push(.conflict(conflicts[open.cursor.selected].id))
        return []
    }

    static func key(_ state: inout AppState, _ id: ConflictID, _ key: Key) -> [Effect] {
        guard let command = KeyMap.command(for: key, in: state.keyContext) else { return [] }
        switch command {
        case .keepValue, .takeOther:
            state.nav.pop()
            guard let open = state.meeting else { return [] }
            var changed = open.meeting
            let person = open.meeting.secretary?.name ?? state.text(.roleSecretary)
            do {
                try changed.resolveConflict(id, choosing: command == .keepValue ? .kept : .other, by: person, at: state.now)
            } catch {
                state.message = StatusMessage("\(error)", isError: true)
                return []
            }
            return [.saveMeeting(changed, over: open.fingerprint, .edit)]
        case .cancel:
            state.nav.pop()
            return []
        default:
            return Reducer.global(&state, command)
        }
    }
}
