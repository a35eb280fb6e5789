import Foundation
import DoiThoaiCore

/// When the open form is written to disk as a draft, and how a draft found
/// at start is offered back.
enum Drafts {
    /// A draft of the form on top, when it holds typed text not yet written.
    static func effect(_ state: inout AppState) -> [Effect] {
        guard let form = state.nav.form, form.dirty, var draft = draft(of: form, state) else { return [] }
        if var last = state.lastDraft {
            last.writtenAt = draft.writtenAt
            if last == draft { return [] }
        }
        draft.writtenAt = state.now.iso
        state.lastDraft = draft
        return [.writeDraft(draft)]
    }

    /// The draft of `form`: its typed value, and the record's value it started from.
    static func draft(of form: FormState, _ state: AppState) -> FormDraft? {
        if form.purpose.isDialog { return nil }
        let meeting = state.meeting?.meeting
        let countFrom = meeting.map { FormSubmission.daysCountFrom($0, today: state.now.day) }
        var draft = FormDraft(form: form, meeting: meeting?.id, meetingDay: countFrom, at: state.now)
        draft.base = base(of: form.purpose, state)
        return draft
    }

    /// The value the form would show if opened afresh on the record as it
    /// is in `state`: nil for a form that makes a new record.
    static func base(of purpose: FormPurpose, _ state: AppState) -> FormValue? {
        guard let meeting = state.meeting?.meeting else { return nil }
        switch purpose {
        case .opinion(let id?): guard meeting.opinion(id) != nil else { return nil }
        case .attendee(let id?): guard meeting.attendees.contains(where: { $0.id == id }) else { return nil }
        case .followUp(let id?): guard meeting.followUp(id) != nil else { return nil }
        case .report(let id?): guard meeting.agenda.contains(where: { $0.id == id }) else { return nil }
        case .editMeeting, .conclusion: break
        default: return nil
        }
        return FormValue.start(purpose, in: meeting, now: state.now)
    }

    /// Each field's words as the form shows them, to set a draft beside the saved record.
    static func shown(_ form: FormState, _ state: AppState) -> [FieldText] {
        form.fields.map { field in
            let words: String
            switch field.value {
            case .choice(let choices, let selected): words = choices.indices.contains(selected) ? state.text(choices[selected].phrase) : ""
            case .flag(let on): words = state.text(on ? .yes : .no)
            case .topic(_, let selected, _): words = selected.flatMap { state.topics.topic($0)?.name(english: state.language == .en) } ?? ""
            default: words = field.text
            }
            return FieldText(field.key, field.index, words)
        }
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
        if !despiteChange, let (saved, typed) = changedSince(draft, form, state) {
            let message = state.language.text(.confirmRestoreChangedDraft,
                                               TextWidth.truncate(oneLine(saved), to: 120),
                                               TextWidth.truncate(oneLine(typed), to: 120))
            state.nav.push(.confirm(Confirmation(.restoreChangedDraft(draft), message: message)))
            return []
        }
        if open.meeting.status == .live { state.nav.push(.live) }
        state.nav.push(.form(form))
        state.message = StatusMessage(state.text(.msgDraftRestored))
        return []
    }

    /// When the record a draft edits changed after the draft was written:
    /// the saved and the typed words of every field where they differ.
    static func changedSince(_ draft: FormDraft, _ restored: FormState, _ state: AppState) -> (saved: String, typed: String)? {
        let now = base(of: draft.form, state)
        let unchanged: Bool
        if let legacy = draft.legacy {
            guard let then = legacy.base else { return nil }
            let fresh = now.map { $0.form(draft.form).fields.map(LegacyDraft.Field.init) }
            unchanged = fresh.map { fresh in then.allSatisfy { field in
                fresh.first { $0.key == field.key && $0.index == field.index }?.text == field.text.trimmingCharacters(in: .whitespaces)
            } } ?? false
        } else {
            guard let then = draft.base else { return nil }
            unchanged = now == then
        }
        if unchanged { return nil }
        let typed = shown(restored, state)
        guard let now else { return (state.text(.draftRecordGone), typed.map(\.text).filter { !$0.isEmpty }.joined(separator: " · ")) }
        let saved = shown(now.form(draft.form), state)
        let differing = typed.filter { field in saved.first { $0.key == field.key && $0.index == field.index }?.text != field.text }
        let savedWords = differing.map { field in saved.first { $0.key == field.key && $0.index == field.index }?.text ?? "" }
        return (savedWords.joined(separator: " · "), differing.map(\.text).joined(separator: " · "))
    }

    /// The draft of every form on view holding typed text, written at quit
    /// (the top form's; a form under a confirmation counts too).
    static func unsaved(_ state: AppState) -> FormDraft? {
        guard let form = state.nav.forms.first(where: { $0.dirty }) else { return nil }
        return draft(of: form, state)
    }
}
