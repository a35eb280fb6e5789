import Foundation
import DoiThoaiCore

/// Keys in a form: typing into the focused field, choosing suggestions,
/// moving between fields, saving (F2, Ctrl-S) and cancelling (Esc, asking
/// first if text was typed).
enum FormReducer {
    /// A key for the form on top of the stack, dispatched from the key
    /// table: the focused field's parts first (its line of text, its
    /// suggestions, the kind's digits), then the form's rows. The form stays
    /// on the stack while the key is handled (so help, quit and drafts see
    /// it); a copy is changed and written back before anything else looks.
    static func key(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard var form = state.nav.form, let focused = form.focused else { return [] }
        let row = KeyMap.binding(for: key, in: state.keyContext)
        let before = form

        if row == nil || (row?.scope.isPart == true && row?.command != .takeSuggestion) {
            guard fieldTakes(key, row?.command, &state, &form) else { return [] }
            if form.fields[before.focus].value.content != focused.value.content {
                form.fields[before.focus].error = nil
                if focused.key == .speaker, !form.text(.speaker).isEmpty { form.anonymous = false }
            }
            return commit(&state, form, before: before)
        }
        guard let command = row?.command else { return [] }
        switch command {
        case .nextField, .takeSuggestion:
            if focused.key == .topic, let name = chooseTopic(&state, &form) {
                return askToCreateTopic(&state, form, name)
            }
            if command == .takeSuggestion {
                takeSuggestion(&state, &form)
            } else {
                moveFocus(&state, &form, by: 1)
            }
        case .previousField:
            moveFocus(&state, &form, by: -1)
        case .save:
            if focused.key == .topic, let name = chooseTopic(&state, &form) {
                return askToCreateTopic(&state, form, name)
            }
            return save(&state, form)
        case .cancel:
            guard form.dirty, !form.purpose.isDialog else { return Reducer.formEnded(&state, .cancelled) }
            state.nav.push(.confirm(Confirmation(.discardForm, message: state.text(.confirmDiscard))))
            return []
        case .addResponse:
            OpinionForm.addResponse(&form)
        case .assignFollowUp:
            OpinionForm.addFollowUp(&form, today: state.now.day)
        case .anonymous:
            OpinionForm.makeAnonymous(&form)
        default:
            return Reducer.global(&state, command)
        }
        return commit(&state, form, before: before)
    }

    /// Writes the changed form back on top; a draft is written when focus moved.
    /// Only an edit makes the form changed: a key that moved the cursor, the
    /// focus or a highlight (arrows, Tab, PgUp/PgDn) does not, so Esc on a
    /// form only looked through closes it without asking.
    static func commit(_ state: inout AppState, _ changed: FormState, before: FormState) -> [Effect] {
        var form = changed
        // A dialog's choices (print, the browser's filters) are no record to lose: Esc there never asks.
        if edited(form, since: before), !form.purpose.isDialog { form.dirty = true }
        OpinionForm.followRule(&form, before: before)
        state.nav.form = form
        return form.focus != before.focus ? Drafts.effect(&state) : []
    }

    /// Whether anything the form holds differs (not only where the cursor is).
    static func edited(_ form: FormState, since before: FormState) -> Bool {
        form.anonymous != before.anonymous || form.fields.count != before.fields.count
            || zip(form.fields, before.fields).contains { $0.value.content != $1.value.content }
    }

    /// Gives the focused field a typed key (`command` nil) or a command from
    /// one of its parts' rows; true when the field took it.
    static func fieldTakes(_ key: Key, _ command: Command?, _ state: inout AppState, _ form: inout FormState) -> Bool {
        let index = form.focus
        switch form.fields[index].value {
        case .multiline(var editor):
            let size = FormLayout.editorSize(state, form)
            let taken = command.map { editor.edit($0, width: size.width, height: size.height) } ?? editor.type(key)
            guard taken else { return false }
            form.fields[index].value = .multiline(editor)
            return true
        case .text(var field):
            guard command.map({ field.edit($0) }) ?? field.type(key) else { return false }
            form.fields[index].value = .text(field)
            return true
        case .completion(var field, let source, let highlight):
            let count = suggestions(state, field.text, source).count
            switch command {
            case .nextSuggestion?:
                form.fields[index].value = .completion(field, source: source, highlight: min(count - 1, (highlight ?? -1) + 1))
            case .previousSuggestion?:
                // Above the first suggestion: the text as typed; above that, the field before.
                guard let highlight else { moveFocus(&state, &form, by: -1); return true }
                form.fields[index].value = .completion(field, source: source, highlight: highlight > 0 ? highlight - 1 : nil)
            case .takeSuggestion?:
                takeSuggestion(&state, &form)
            default:
                guard command.map({ field.edit($0) }) ?? field.type(key) else { return false }
                // The first suggestion is highlighted when it completes what was typed ("Phan" →
                // "Bà Phan Thị Thu"), so Tab or Enter takes it (↑ leaves the text as typed); a
                // name typed whole is not replaced by one that differs only by its marks.
                let first = suggestions(state, field.text, source).first
                let starts = first.map { Completion.completes(field.text, $0) } ?? false
                form.fields[index].value = .completion(field, source: source, highlight: starts ? 0 : nil)
            }
            return true
        case .topic(var filter, let selected, let highlight):
            let count = topicChoices(state, filter: filter.text).count
            switch command {
            case .nextSuggestion?:
                form.fields[index].value = .topic(filter, selected: selected, highlight: min(count - 1, highlight + 1))
            case .previousSuggestion?:
                guard highlight > 0 else { moveFocus(&state, &form, by: -1); return true }
                form.fields[index].value = .topic(filter, selected: selected, highlight: highlight - 1)
            case .takeSuggestion?:
                takeSuggestion(&state, &form)
            default:
                let typed = filter.text
                guard command.map({ filter.edit($0) }) ?? filter.type(key) else { return false }
                // Only a change of what is typed starts the list again: an arrow in the line keeps the topic highlighted.
                form.fields[index].value = .topic(filter, selected: selected, highlight: filter.text == typed ? highlight : 0)
            }
            return true
        case .choice(let choices, _):
            switch command {
            case .pickKind?:
                guard case .character(let c) = key, let digit = c.wholeNumberValue,
                      (1...choices.count).contains(digit) else { return false }
                form.fields[index].value = .choice(choices, selected: digit - 1)
                moveFocus(&state, &form, by: 1)
                return true
            case .cycleNext?, .cyclePrevious?:
                cycle(&form, by: command == .cycleNext ? 1 : -1)
                return true
            default:
                return false
            }
        case .flag:
            guard command == .cycleNext || command == .cyclePrevious else { return false }
            cycle(&form, by: 1)
            return true
        }
    }

    /// Tab or Enter under suggestions: the highlighted one is taken (a
    /// speaker brings their origin), and the focus moves on. A topic not in
    /// the catalog is asked about first (by the caller's save or next field).
    static func takeSuggestion(_ state: inout AppState, _ form: inout FormState) {
        let index = form.focus
        switch form.fields[index].value {
        case .completion(var text, let source, let highlight?):
            let items = suggestions(state, text.text, source)
            if items.indices.contains(highlight) {
                text.set(items[highlight])
                // A name taken from the attendees is linked by their id.
                OpinionForm.link(&form, form.fields[index], taken: items[highlight], source: source, meeting: state.meeting?.meeting)
            }
            form.fields[index].value = .completion(text, source: source, highlight: nil)
            if source == .speakers { OpinionForm.bringOrigin(&form, of: text.text, state: state) }
        default:
            break
        }
        moveFocus(&state, &form, by: 1)
    }

    static func suggestions(_ state: AppState, _ typed: String, _ source: CompletionSource) -> [String] {
        Completion.suggestions(for: typed, among: Completion.candidates(source, meeting: state.meeting?.meeting,
                                                                         vocabulary: state.vocabulary))
    }

    /// One line of the topic picker: a topic, or "new topic: <typed>".
    struct TopicChoice: Equatable {
        var label: String
        var topic: TopicID?
        var newName: String?
    }

    static func topicChoices(_ state: AppState, filter: String) -> [TopicChoice] {
        let english = state.language == .en
        let filtering = state.nav.form?.purpose == .searchFilters
        // In a meeting's forms, the topics this meeting has used come first (the browser's filter looks at every meeting).
        var inMeeting: [TopicID: Int] = [:]
        if !filtering, let meeting = state.meeting?.meeting {
            for opinion in meeting.opinions { inMeeting[opinion.topic, default: 0] += 1 }
        }
        var choices = TopicMatcher.matches(filter, in: state.topics, usage: state.vocabulary.topicUsage, inMeeting: inMeeting)
            .map { TopicChoice(label: $0.name(english: english), topic: $0.id, newName: nil) }
        let typed = filter.trimmingCharacters(in: .whitespaces)
        // The browser's filter picks among the topics there are, or none ("every topic", first while nothing is typed).
        if filtering {
            return typed.isEmpty ? [TopicChoice(label: state.text(.browserAllTopics), topic: nil, newName: nil)] + choices : choices
        }
        if !typed.isEmpty, !choices.contains(where: { VietnameseFolding.fold($0.label) == VietnameseFolding.fold(typed) }) {
            choices.append(TopicChoice(label: state.language.text(.newTopic, typed), topic: nil, newName: typed))
        }
        return choices
    }

    /// Takes the highlighted topic; when the highlighted choice is a new
    /// topic, nothing is taken and its name is returned, to ask first.
    static func chooseTopic(_ state: inout AppState, _ form: inout FormState) -> String? {
        guard case .topic(let filter, let selected, let highlight) = form.fields[form.focus].value else { return nil }
        let choices = topicChoices(state, filter: filter.text)
        guard choices.indices.contains(highlight) else { return nil }
        let choice = choices[highlight]
        guard takesTopic(filter: filter, selected: selected, highlight: highlight, choice: choice) else { return nil }
        if let name = choice.newName { return NFC.normalize(name) }
        form.fields[form.focus].value = .topic(TextField(), selected: choice.topic, highlight: 0)
        form.fields[form.focus].error = nil
        if !form.purpose.isDialog { form.dirty = true }
        return nil
    }

    /// Whether Tab or Enter takes the highlighted topic. With nothing typed,
    /// Tab only passes through: a topic is taken when one was typed for, or
    /// chosen with the arrows (never the first by default).
    static func takesTopic(filter: TextField, selected: TopicID?, highlight: Int, choice: TopicChoice) -> Bool {
        !filter.text.isEmpty || (choice.topic != selected && (selected != nil || highlight > 0))
    }

    /// A topic is never created by accident: the secretary confirms the new name.
    static func askToCreateTopic(_ state: inout AppState, _ form: FormState, _ name: String) -> [Effect] {
        state.nav.form = form
        state.nav.push(.confirm(Confirmation(.createTopic(name), message: state.language.text(.confirmCreateTopic, name))))
        return []
    }

    /// The secretary confirmed a new topic: it joins the catalog (saved with
    /// the form) and is chosen in the form below.
    static func createTopic(_ state: inout AppState, _ name: String) -> [Effect] {
        guard var form = state.nav.form, let index = form.fields.firstIndex(where: { $0.key == .topic }) else { return [] }
        let topic = state.topics.add(name: name)
        form.fields[index].value = .topic(TextField(), selected: topic.id, highlight: 0)
        form.fields[index].error = nil
        form.savesTopics = true
        form.dirty = true
        form.focus = index
        moveFocus(&state, &form, by: 1)
        state.nav.form = form
        return []
    }

    /// Moves to another field; a prefilled one is entered with its value
    /// selected, so typing replaces it.
    static func moveFocus(_ state: inout AppState, _ form: inout FormState, by step: Int) {
        form.focus = (form.focus + step + form.fields.count) % form.fields.count
        switch form.fields[form.focus].value {
        case .text(var field):
            field.selectAll()
            form.fields[form.focus].value = .text(field)
        case .completion(var field, let source, _):
            field.selectAll()
            form.fields[form.focus].value = .completion(field, source: source, highlight: nil)
        default:
            break
        }
        if case .topic(let filter, let selected, _) = form.fields[form.focus].value {
            let choices = topicChoices(state, filter: filter.text)
            let position = choices.firstIndex { $0.topic == selected && selected != nil } ?? 0
            form.fields[form.focus].value = .topic(filter, selected: selected, highlight: position)
        }
    }

    static func cycle(_ form: inout FormState, by step: Int) {
        switch form.fields[form.focus].value {
        case .choice(let choices, let selected):
            form.fields[form.focus].value = .choice(choices, selected: (selected + step + choices.count) % choices.count)
        case .flag(let on):
            form.fields[form.focus].value = .flag(!on)
        default:
            break
        }
    }

    /// Checks the form and asks for the save; a form with errors stays, focused on the first.
    static func save(_ state: inout AppState, _ checked: FormState) -> [Effect] {
        var form = checked
        form.failure = nil
        for index in form.fields.indices {
            form.fields[index].error = form.fields[index].required && form.fields[index].text.isEmpty ? .errorRequired : nil
        }
        if case .printMinutes(let id) = form.purpose {
            state.nav.form = form
            return MinutesDialog.submit(&state, form, id)
        }
        if form.purpose == .searchFilters {
            return BrowserReducer.applyFilters(&state, form)
        }
        if form.purpose == .endMeeting {
            state.nav.form = form
            return form.hasErrors ? [] : MeetingEnding.submit(&state, form)
        }
        let result = FormSubmission.apply(&form, meeting: state.meeting?.meeting, now: state.now)
        if form.hasErrors, let first = form.fields.firstIndex(where: { $0.error != nil }) { form.focus = first }
        state.nav.form = form
        if form.hasErrors { return [] }
        var effects: [Effect] = []
        if form.savesTopics {
            effects.append(.saveTopics(state.topics))
            form.savesTopics = false
            state.nav.form = form
        }
        switch result {
        case .create(let meeting)?:
            return effects + [.createMeeting(meeting)]
        case .update(let meeting)?:
            guard let open = state.meeting else { return effects }
            if meeting == open.meeting { return effects + Reducer.formEnded(&state, .saved) }
            return effects + [.saveMeeting(meeting, over: open.fingerprint, .edit)]
        case nil:
            return effects
        }
    }
}
