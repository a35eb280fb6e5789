import Foundation
import DoiThoaiCore

/// When the open form is written to disk as a draft, and how a draft found
/// at start is offered back.
enum Drafts {
    /// A draft of the form on top, when it holds typed text not yet written.
    static func effect(_ state: inout AppState) -> [Effect] {
        guard let form = state.nav.form, form.dirty else { return [] }
        var draft = FormDraft(form: form, meeting: state.meeting?.meeting.id, at: state.now)
        if var last = state.lastDraft {
            last.writtenAt = draft.writtenAt
            if last == draft { return [] }
        }
        draft.writtenAt = state.now.iso
        state.lastDraft = draft
        return [.writeDraft(draft)]
    }

    /// Asks whether to restore the first draft found at start.
    static func offer(_ state: inout AppState, _ drafts: [FormDraft]) -> [Effect] {
        guard let draft = drafts.first else { return [] }
        let preview = TextWidth.truncate(draft.preview.replacingOccurrences(of: "\n", with: " "), to: 160)
        let when = Timestamp(parsing: draft.writtenAt).map { "\($0.clock) \($0.day.vietnamese)" } ?? draft.writtenAt
        let message = state.language.text(.confirmRestoreDraft, draft.meetingId ?? state.text(.formNewMeeting), when, preview)
        state.nav.push(.confirm(Confirmation(.restoreDraft(draft), message: message)))
        return []
    }

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

    /// After its meeting opened: the draft goes back on screen.
    static func reopen(_ state: inout AppState, _ draft: FormDraft) -> [Effect] {
        guard let open = state.meeting, draft.meetingId == open.meeting.id.rawValue,
              let form = draft.restore(meeting: open.meeting, state: state) else { return [] }
        if open.meeting.status == .live { state.nav.push(.live) }
        state.nav.push(.form(form))
        state.message = StatusMessage(state.text(.msgDraftRestored))
        return []
    }

    /// The draft of every form on view holding typed text, written at quit
    /// (the top form's; a form under a confirmation counts too).
    static func unsaved(_ state: AppState) -> FormDraft? {
        guard let form = state.nav.forms.first(where: { $0.dirty }) else { return nil }
        return FormDraft(form: form, meeting: state.meeting?.meeting.id, at: state.now)
    }
}
