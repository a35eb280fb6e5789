#if canImport(Glibc)
import Glibc
#endif
import Foundation

// Why a file cannot be read, and where, in the reader's language (the one message table).

extension ReadProblem {
    public func text(_ language: Language) -> String {
        switch self {
        case .notUTF8: return language.message(.readNotUTF8)
        case .noJSONObject: return language.message(.readNoJSONObject)
        case .invalidJSON: return language.message(.readInvalidJSON)
        case .loneSurrogate(let escape): return language.message(.readLoneSurrogate, escape)
        case .fieldMissing: return language.message(.readFieldMissing)
        case .schemaVersionBelowOne(let found): return language.message(.readSchemaBelowOne, found)
        case .notWholeNumber: return language.message(.readNotWholeNumber)
        case .wrongType(let kind): return language.message(.readWrongType, kind.text(language))
        case .missingValue(let kind): return language.message(.readMissingValue, kind.text(language))
        case .requiredFieldMissing: return language.message(.readRequiredFieldMissing)
        case .notADate(let text): return language.message(.readNotADate, text)
        case .notATime(let text): return language.message(.readNotATime, text)
        case .notATimestamp(let text): return language.message(.readNotATimestamp, text)
        case let .notOneOf(found, allowed): return language.message(.readNotOneOf, found, allowed.joined(separator: ", "))
        case let .outOfRange(low, high, found): return language.message(.readOutOfRange, low, high, found)
        case let .wholeNumberMissing(low, high): return language.message(.readWholeNumberMissing, low, high)
        case let .numberTooLarge(low, high): return language.message(.readNumberTooLarge, low, high)
        case let .idNumberOutOfRange(id, low, high): return language.message(.readIDNumberOutOfRange, id, low, high)
        case .notAMeetingID(let id): return language.message(.readNotAMeetingID, id)
        case .folder: return language.message(.readFolder)
        case .notRegularFile: return language.message(.readNotRegularFile)
        case .system(let code):
            switch code {
            case EACCES, EPERM: return language.message(.readNoPermission)
            case EIO: return language.message(.readDiskError)
            default: return language.message(.readSystem, String(cString: strerror(code)))
            }
        case .settingsNotObject: return language.message(.readSettingsNotObject)
        case .settingsTyping: return language.message(.readSettingsTyping)
        case .other(let text): return text
        }
    }
}

extension ReadProblem.ValueKind {
    public func text(_ language: Language) -> String {
        switch self {
        case .text: return language.message(.valueText)
        case .wholeNumber: return language.message(.valueWholeNumber)
        case .trueOrFalse: return language.message(.valueTrueOrFalse)
        case .number: return language.message(.valueNumber)
        case .list: return language.message(.valueList)
        case .object: return language.message(.valueObject)
        case .value: return language.message(.valueAny)
        }
    }
}

extension ReadLocation {
    public func text(_ language: Language) -> String {
        switch self {
        case let .position(line, column, endsEarly): return language.message(endsEarly ? .atLineColumnEndsEarly : .atLineColumn, line, column)
        case .field(let path): return path
        case .fileName: return language.message(.atFileName)
        }
    }
}

extension WriteProblem {
    public func text(_ language: Language) -> String {
        switch self {
        case .system(let code): return Self.system(code, language)
        case let .cannotCreateIn(folder, code): return language.message(.writeCannotCreateIn, folder, Self.system(code, language))
        case .simulated(.write): return language.message(.writeSimulatedWrite)
        case .simulated(.rename): return language.message(.writeSimulatedRename)
        case .topicNotAdded: return language.message(.writeTopicNotAdded)
        case .fileInTheWay: return language.message(.writeFileInTheWay)
        case .lockKeepsBeingReplaced: return language.message(.writeLockReplaced)
        case .other(let text): return text
        }
    }

    /// What the system's refusal means, in `language`; the C library's words for the rare ones.
    static func system(_ code: Int32, _ language: Language) -> String {
        switch code {
        case EACCES, EPERM: return language.message(.systemNoPermission)
        case EROFS: return language.message(.systemReadOnlyDisk)
        case ENOSPC: return language.message(.systemDiskFull)
        case EDQUOT: return language.message(.systemQuota)
        case EIO: return language.message(.systemDiskError)
        case ENOENT: return language.message(.systemNotFound)
        default: return language.message(.readSystem, String(cString: strerror(code)))
        }
    }
}
