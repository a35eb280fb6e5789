import DoiThoaiCore

/// A store error in the interface's language: which file, what happened,
/// what the secretary can do (the commands keep the English of `StoreError`).
enum StoreErrorText {
    static func text(_ error: StoreError, _ language: Language) -> String {
        func t(_ phrase: Phrase, _ values: CustomStringConvertible...) -> String {
            var result = language.text(phrase)
            for (index, value) in values.enumerated() {
                result = result.replacingOccurrences(of: "%\(index + 1)", with: value.description)
            }
            return result
        }
        switch error {
        case let .unreadable(path, location, _):
            return t(.errUnreadable, path, location ?? "?")
        case let .newerSchema(path, _):
            return t(.errNewerSchema, path)
        case let .locked(id, pid, _):
            return t(.errLocked, id.rawValue, pid)
        case .catalogLocked:
            return t(.errCatalogLocked)
        case let .readOnly(path, _):
            return t(.errReadOnly, path)
        case let .changedOnDisk(path):
            return t(.errChangedOnDisk, path)
        case let .writeFailed(path, reason):
            return t(.errWriteFailed, path, reason)
        case let .notFound(what):
            return t(.errNotFound, what)
        case let .alreadyExists(path):
            return t(.errAlreadyExists, path)
        case .closed:
            return t(.msgMeetingClosedReadOnly, KeyMap.keys(of: .editDetails, in: .meeting))
        case .ambiguous, .invalidID, .invalid:
            return error.description
        }
    }
}
