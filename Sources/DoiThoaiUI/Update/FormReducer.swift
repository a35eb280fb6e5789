import DoiThoaiCore

/// Keys in a form: typing into the focused field, moving between fields,
/// saving (F2, Ctrl-S) and cancelling (Esc, asking first if text was typed).
enum FormReducer {
    /// `form` is the form on top of the stack, taken out while it changes;
    /// the caller puts it back unless the form was closed.
    static func key(_ state: inout AppState, _ form: inout FormState, _ key: Key) -> [Effect] {
        guard let focused = form.focused else { return [] }
        let command = KeyMap.command(for: key, in: .form, typing: focused.isTextInput)

        if case .multiline(var editor) = focused.value, !claimsFromEditor(key) {
            let size = FormLayout.editorSize(state)
            if editor.handle(key, width: size.width, height: size.height) {
                form.fields[form.focus].value = .multiline(editor)
                form.dirty = true
                form.fields[form.focus].error = nil
                return []
            }
        }
        if case .text(var field) = focused.value, command == nil || command == .cycleNext || command == .cyclePrevious {
            if field.handle(key) {
                form.fields[form.focus].value = .text(field)
                form.fields[form.focus].error = nil
                form.dirty = true
            }
            return []
        }
        guard let command else { return [] }
        switch command {
        case .nextField: form.focus = (form.focus + 1) % form.fields.count
        case .previousField: form.focus = (form.focus + form.fields.count - 1) % form.fields.count
        case .cycleNext, .cyclePrevious:
            cycle(&form, by: command == .cycleNext ? 1 : -1)
        case .save:
            return save(&state, &form)
        case .cancel:
            if form.dirty {
                state.routes[state.routes.count - 1] = .form(form)
                state.routes.append(.confirm(Confirmation(.discardForm, message: state.text(.confirmDiscard))))
            } else {
                state.routes.removeLast()
            }
            return []
        default:
            return Reducer.global(&state, command)
        }
        return []
    }

    /// Keys a multi-line editor leaves to the form.
    static func claimsFromEditor(_ key: Key) -> Bool {
        switch key {
        case .tab, .backTab, .escape, .function, .control("s"): return true
        default: return false
        }
    }

    static func cycle(_ form: inout FormState, by step: Int) {
        switch form.fields[form.focus].value {
        case .choice(let choices, let selected):
            form.fields[form.focus].value = .choice(choices, selected: (selected + step + choices.count) % choices.count)
            form.dirty = true
        case .flag(let on):
            form.fields[form.focus].value = .flag(!on)
            form.dirty = true
        default:
            break
        }
    }

    static func save(_ state: inout AppState, _ form: inout FormState) -> [Effect] {
        form.failure = nil
        for index in form.fields.indices {
            form.fields[index].error = form.fields[index].required && form.fields[index].text.isEmpty ? .errorRequired : nil
        }
        let result = FormSubmission.apply(&form, meeting: state.meeting?.meeting, now: state.now)
        if form.hasErrors {
            if let first = form.fields.firstIndex(where: { $0.error != nil }) { form.focus = first }
            return []
        }
        switch result {
        case .create(let meeting)?:
            return [.createMeeting(meeting)]
        case .update(let meeting)?:
            guard let open = state.meeting else { return [] }
            if meeting == open.meeting {
                state.routes.removeLast()
                return []
            }
            return [.saveMeeting(meeting, over: open.fingerprint, .edit)]
        case nil:
            return []
        }
    }
}

/// How big the multi-line editor of a form is on screen.
enum FormLayout {
    static func editorSize(_ state: AppState) -> (width: Int, height: Int) {
        (max(10, state.width - 4), max(3, state.height - 8))
    }
}
