/// What the store, the export, sync and the commands tell the secretary
/// (an error, a note on standard error, sync's report), one table per
/// language (`Messages+vi.swift`, `Messages+en.swift`) beside the domain
/// words, so the program and the commands say the same thing in the same
/// language. `%1`, `%2`… are filled in by `Language.message`.
public enum MessageKey: String, CaseIterable, Sendable {
    // The record (StoreError)
    case unreadable, unreadableAt, newerSchema, locked, lockedUnknownProcess, catalogLocked, readOnly, changedOnDisk
    case writeFailedKept, writeFailedNothing, notFound, ambiguous, invalidID, alreadyExists, closed, invalid
    // Why a file cannot be read (ReadProblem) and where (ReadLocation)
    case readNotUTF8, readNoJSONObject, readInvalidJSON, readLoneSurrogate, readFieldMissing, readSchemaBelowOne, readNotWholeNumber
    case readNotOneOf, readWrongType, readMissingValue, readRequiredFieldMissing, readNotADate, readNotATime, readNotATimestamp, readOutOfRange
    case readWholeNumberMissing, readNumberTooLarge, readIDNumberOutOfRange, readNotAMeetingID, readFolder, readNotRegularFile
    case readNoPermission, readDiskError, readSystem, readSettingsNotObject, readSettingsTyping
    case valueText, valueWholeNumber, valueTrueOrFalse, valueNumber, valueList, valueObject, valueAny
    case atLineColumn, atLineColumnEndsEarly, atFileName
    // Why a file or folder cannot be written (WriteProblem), and the system's refusals
    case writeCannotCreateIn, writeSimulatedWrite, writeSimulatedRename, writeTopicNotAdded, writeFileInTheWay, writeLockReplaced
    case systemNoPermission, systemReadOnlyDisk, systemDiskFull, systemQuota, systemDiskError, systemNotFound
    // The minutes written and printed (ExportError)
    case zipFailed, minutesExist, notPrinted, noPrintCommand, noDefaultPrinter, printFailed, officeMissing, conversionFailed, conversionTimedOut
    // Sync (SyncError, GitError, SyncOutcome)
    case noRemote, unreachable, noAnswer, cannotMerge, syncAlreadyRunning, gitMissing, gitTimedOut, gitFailed, gitFailedWithText
    case syncStarted, syncJoined, syncMerged, receivedNothing, received, receivedFrom, sentNothing, sent
    case leftForNextSync, conflictRecorded, syncFailedLine, syncUnavailable
    case changesUpdated, changesUpdatedOne, changesNewMeetings, changesNewMeetingOne, changesNew, changesDeleted, changesTopics
    // validate
    case warningPrefix, leftoverTemporaryFile, readableByOthers, conflictsToChoose
    case validateClean, validateCleanWithWarnings, validateProblems
    // search
    case indexInMemory, resultsMoreThan, resultsShown, indexingBar, indexCannotOpen
    // A meeting's broken invariants and warnings (MeetingProblem, MeetingWarning)
    case endBeforeStart, opinionNumbering, duplicateID, unknownOpinionReference, unknownAttendeeReference, unknownTopic
    case emptyField, idDoesNotMatchFileName, invalidMeetingID, answeredAtMeetingButMarked
    // The commands' own arguments
    case dataFolderMissing, dataFolderIsFile, topicUnknown, topicAmbiguous
    // Argument errors: the commands' own, and the argument parser's words around them
    case errorPrefix, usagePrefix, helpPrefix, seeHelp, argumentMissing, argumentValueMissing, argumentUnknown, argumentUnexpected
    case argumentInvalidOneOf, argumentInvalid, wordOr, argumentEmpty, speakerOrAnonymous, speakerAndAnonymous, speakerEmpty
    case goTogether, forwardedNeedsAgency, countRange, dueWithinRange, langInvalid, toBeforeFrom, endBeforeStartArgument
    case topicNameEmpty, nothingToChange, notUTF8Argument
}

extension Language {
    /// The message in this language, `%1`, `%2`… filled in with `values`.
    public func message(_ key: MessageKey, _ values: CustomStringConvertible...) -> String {
        var text = (self == .vi ? Messages.vi : Messages.en)[key] ?? key.rawValue
        // From the last, so %1 does not eat the start of %10.
        for (index, value) in values.enumerated().reversed() {
            text = text.replacingOccurrences(of: "%\(index + 1)", with: value.description)
        }
        return text
    }
}

/// The two tables; `MessagesTests` checks that each names every key.
public enum Messages {}
