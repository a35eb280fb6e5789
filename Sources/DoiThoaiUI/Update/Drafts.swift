import Foundation
import DoiThoaiCore

/// When the open form is written to disk as a draft, and how a draft found
/// at start is offered back.
enum Drafts {
    /// A draft of the form on top, when it holds typed text not yet written.
    static func effect(_ state: inout AppState) -> [Effect] {
        guard let form = state.nav.form, form.dirty else { return [] }
        var draft = FormDraft(form: form, meeting: state.meeting?.meeting.id, at: state.now)
        draft.base = base(of: form.purpose, state)
        if var last = state.lastDraft {
            last.writtenAt = draft.writtenAt
            if last == draft { return [] }
        }
        draft.writtenAt = state.now.iso
        state.lastDraft = draft
        return [.writeDraft(draft)]
    }

    /// The values the form would show if opened afresh on the record as it
    /// is in `state`: nil for a form that makes a new record.
    static func base(of purpose: FormPurpose, _ state: AppState) -> [FormDraft.Field]? {
        guard let meeting = state.meeting?.meeting else { return nil }
        switch purpose {
        case .opinion(let id?): guard meeting.opinion(id) != nil else { return nil }
        case .attendee(let id?): guard meeting.attendees.contains(where: { $0.id == id }) else { return nil }
        case .followUp(let id?): guard meeting.followUp(id) != nil else { return nil }
        case .report(let id?): guard meeting.agenda.contains(where: { $0.id == id }) else { return nil }
        case .editMeeting, .conclusion: break
        default: return nil
        }
        return FormDraft(form: Forms.form(for: purpose, in: meeting, state: state), meeting: meeting.id, at: state.now).fields
    }

    /// Asks whether to restore the first draft found at start. A draft for a
    /// meeting that is no longer in the list (deleted, or its file broken)
    /// cannot be restored: it is set aside in the trash once, and said so.
    static func offer(_ state: inout AppState, _ drafts: [FormDraft]) -> [Effect] {
        let known = Set(state.list.rows.map(\.id.rawValue))
        let orphans = drafts.filter { draft in draft.meetingId.map { !known.contains($0) } ?? false }
        var effects: [Effect] = orphans.map { .setDraftAside($0.name) }
        if let orphan = orphans.first {
            let names = orphans.compactMap(\.meetingId).joined(separator: ", ")
            state.message = StatusMessage(state.language.text(.msgOrphanDraftSetAside, names,
                                                              TextWidth.truncate(oneLine(orphan.preview), to: 60)))
        }
        guard let draft = drafts.first(where: { draft in !orphans.contains(draft) }) else { return effects }
        let preview = TextWidth.truncate(draft.preview.replacingOccurrences(of: "\n", with: " "), to: 160)
        let when = Timestamp(parsing: draft.writtenAt).map { "\($0.clock) \($0.day.vietnamese)" } ?? draft.writtenAt
        let message = state.language.text(.confirmRestoreDraft, draft.meetingId ?? state.text(.formNewMeeting), when, preview)
        state.nav.push(.confirm(Confirmation(.restoreDraft(draft), message: message)))
        return effects
    }

    static func oneLine(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: " ") }

    static func restore(_ state: inout AppState, _ draft: FormDraft) -> [Effect] {
        guard let id = draft.meetingId else {
            if let form = draft.restore(meeting: nil, state: state) {
                state.nav.show(.form(form))
                state.message = StatusMessage(state.text(.msgDraftRestored))
            }
            return []
        }
        return [.openMeeting(MeetingID(id), then: .restoreDraft(draft))]
    }

    /// After its meeting opened: the draft goes back on screen. When the
    /// record it edits changed after the draft was written (another program,
    /// or a save made after the crash), both are shown and the secretary
    /// chooses: nothing is overwritten without being seen.
    static func reopen(_ state: inout AppState, _ draft: FormDraft, despiteChange: Bool = false) -> [Effect] {
        guard let open = state.meeting, draft.meetingId == open.meeting.id.rawValue,
              let form = draft.restore(meeting: open.meeting, state: state) else { return [] }
        if !despiteChange, let then = draft.base, let purpose = draft.formPurpose {
            let now = base(of: purpose, state)
            if now != then {
                // Both sides of every field where the draft and the saved record differ.
                let differing = draft.fields.filter { field in
                    now?.first { $0.key == field.key && $0.index == field.index }?.text != field.text
                }
                let saved = now.map { now in
                    differing.map { field in now.first { $0.key == field.key && $0.index == field.index }?.text ?? "" }
                        .joined(separator: " · ")
                } ?? state.text(.draftRecordGone)
                let typed = differing.map(\.text).joined(separator: " · ")
                let message = state.language.text(.confirmRestoreChangedDraft,
                                                   TextWidth.truncate(oneLine(saved), to: 120),
                                                   TextWidth.truncate(oneLine(typed), to: 120))
                state.nav.push(.confirm(Confirmation(.restoreChangedDraft(draft), message: message)))
                return []
            }
        }
        if open.meeting.status == .live { state.nav.push(.live) }
        state.nav.push(.form(form))
        state.message = StatusMessage(state.text(.msgDraftRestored))
        return []
    }

    /// The draft of every form on view holding typed text, written at quit
    /// (the top form's; a form under a confirmation counts too).
    static func unsaved(_ state: AppState) -> FormDraft? {
        guard let form = state.nav.forms.first(where: { $0.dirty }) else { return nil }
        var draft = FormDraft(form: form, meeting: state.meeting?.meeting.id, at: state.now)
        draft.base = base(of: form.purpose, state)
        return draft
    }
}
