import Foundation

// The record's and sync's errors in the reader's language, from the one
// message table (`Messages`). `description` is the English text, for logs
// and for scripts that read standard error in English.

extension StoreError {
    /// Which file, what happened, what the secretary can do, in `language`.
    public func text(_ language: Language) -> String {
        switch self {
        case let .unreadable(path, location, reason):
            return location.map { language.message(.unreadableAt, path, $0.text(language), reason.text(language)) }
                ?? language.message(.unreadable, path, reason.text(language))
        case let .newerSchema(path, version):
            return language.message(.newerSchema, path, version, Meeting.currentSchemaVersion)
        case let .locked(id, pid, path):
            return pid > 0 ? language.message(.locked, id.rawValue, pid, path) : language.message(.lockedUnknownProcess, id.rawValue, path)
        case let .catalogLocked(_, path):
            return language.message(.catalogLocked, path)
        case let .readOnly(path, reason):
            return language.message(.readOnly, path, reason.text(language))
        case let .changedOnDisk(path):
            return language.message(.changedOnDisk, path)
        case let .writeFailed(path, reason):
            return language.message(FileManager.default.fileExists(atPath: path) ? .writeFailedKept : .writeFailedNothing, path, reason.text(language))
        case let .notFound(what):
            return language.message(.notFound, what)
        case let .ambiguous(prefix, candidates):
            return language.message(.ambiguous, prefix, candidates.map(\.rawValue).joined(separator: ", "))
        case let .invalidID(id):
            return language.message(.invalidID, id)
        case let .alreadyExists(path):
            return language.message(.alreadyExists, path)
        case let .closed(id):
            return language.message(.closed, id.rawValue)
        case let .invalid(path, problems):
            return language.message(.invalid, path, problems.map { $0.text(language) }.joined(separator: "; "))
        }
    }
}

extension GitError {
    public func text(_ language: Language) -> String {
        switch self {
        case .missing:
            return language.message(.gitMissing)
        case let .timedOut(command, seconds):
            return language.message(.gitTimedOut, command, seconds)
        case let .failed(command, status, message):
            let text = message.trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? language.message(.gitFailed, command, status) : language.message(.gitFailedWithText, command, status, text)
        }
    }
}

extension SyncError {
    public func text(_ language: Language) -> String {
        switch self {
        case .noRemote(let folder):
            return language.message(.noRemote, folder)
        case let .unreachable(remote, message):
            let text = message.trimmingCharacters(in: .whitespacesAndNewlines)
            return language.message(.unreachable, remote, text.isEmpty ? language.message(.noAnswer) : text)
        case let .cannotMerge(path, message):
            return language.message(.cannotMerge, path, message.trimmingCharacters(in: .whitespacesAndNewlines))
        case .alreadyRunning:
            return language.message(.syncAlreadyRunning)
        case .git(let error):
            return error.text(language)
        }
    }
}

extension MeetingChanges {
    /// "3 hội nghị được cập nhật, 1 mới, 1 bị xóa, danh mục lĩnh vực"
    public func summary(_ language: Language) -> String {
        var parts: [String] = []
        if !updated.isEmpty { parts.append(language.message(updated.count == 1 ? .changesUpdatedOne : .changesUpdated, updated.count)) }
        let newKey: MessageKey = !updated.isEmpty ? .changesNew : new.count == 1 ? .changesNewMeetingOne : .changesNewMeetings
        if !new.isEmpty { parts.append(language.message(newKey, new.count)) }
        if !deleted.isEmpty { parts.append(language.message(.changesDeleted, deleted.count)) }
        if topics { parts.append(language.message(.changesTopics)) }
        return parts.joined(separator: ", ")
    }
}

extension SyncOutcome {
    /// The report printed by `doithoai sync`, one line each, in `language`.
    public func lines(_ language: Language) -> [String] {
        var lines: [String] = []
        switch firstUse {
        case .started?: lines.append(language.message(.syncStarted))
        case .joined?: lines.append(language.message(.syncJoined))
        case .merged?: lines.append(language.message(.syncMerged))
        case nil: break
        }
        if received.isEmpty {
            lines.append(language.message(.receivedNothing))
        } else if fromOffices.isEmpty {
            lines.append(language.message(.received, received.summary(language)))
        } else {
            lines.append(language.message(.receivedFrom, received.summary(language), fromOffices.joined(separator: ", ")))
        }
        lines.append(sent.isEmpty ? language.message(.sentNothing) : language.message(.sent, sent.summary(language)))
        for id in leftLocked { lines.append(language.message(.leftForNextSync, id.rawValue)) }
        for id in withNewConflicts { lines.append(language.message(.conflictRecorded, id.rawValue)) }
        if let failure { lines.append(language.message(.syncFailedLine, failure)) }
        return lines
    }
}
