import DoiThoaiCore

/// Where the keys go on the screen in view: the screen and the part of it
/// with the focus. Dispatch, the key bar and help all ask this.
extension AppState {
    public var keyContext: KeyContext { keyContext(of: route) }

    /// The context of `route` as it stands now.
    public func keyContext(of route: Route) -> KeyContext {
        switch route {
        case .form(let form):
            guard let field = form.focused else { return KeyContext(route.scope) }
            return KeyContext(route.scope, parts: field.keyParts(suggesting: suggestionCount(field) > 0))
        case .meetings:
            return KeyContext(.meetings, parts: list.filtering ? [.listFilter, .lineEdit] : [])
        case .browser:
            return KeyContext(.browser, parts: [.lineEdit])
        default:
            return KeyContext(route.scope)
        }
    }

    /// Every set of parts that can hold the focus on `route` (one per kind
    /// of field of a form, with and without suggestions), for help.
    func focusableParts(of route: Route) -> [[KeyScope]] {
        switch route {
        case .form(let form):
            var sets: [[KeyScope]] = []
            for field in form.fields {
                for parts in [field.keyParts(suggesting: false), field.keyParts(suggesting: true)] where !sets.contains(parts) {
                    sets.append(parts)
                }
            }
            return sets
        case .meetings: return [[], [.listFilter, .lineEdit]]
        case .browser: return [[.lineEdit]]
        default: return [[]]
        }
    }

    /// Suggestions shown under the focused field (names, or topics).
    func suggestionCount(_ field: FormField) -> Int {
        switch field.value {
        case .completion(let text, let source, _): return FormReducer.suggestions(self, text.text, source).count
        case .topic(let filter, _, _): return FormReducer.topicChoices(self, filter: filter.text).count
        default: return 0
        }
    }

    /// Whether the focused thing takes typed letters (so `q` types, not quits).
    public var isTyping: Bool { keyContext.takesLetters }

    /// Whether the focus is on text the secretary types (a field, the
    /// editor, a filter or the search): where the built-in input method works.
    public var takesText: Bool {
        let parts = keyContext.parts
        return parts.contains(.lineEdit) || parts.contains(.textEditor)
    }
}

extension FormField {
    /// The parts of the key table this field takes keys from when focused.
    func keyParts(suggesting: Bool) -> [KeyScope] {
        switch value {
        case .text: return [.lineEdit]
        case .completion, .topic: return suggesting ? [.suggestions, .lineEdit] : [.lineEdit]
        case .multiline: return [.textEditor]
        case .choice: return key == .opinionKind ? [.kind, .choice] : [.choice]
        case .flag: return [.choice]
        }
    }
}
