import Foundation

/// Why a file could not be read, in no language: `text(_:)` says it in the
/// reader's (the message tables, `Messages+vi.swift`, `Messages+en.swift`).
/// `validate`, the commands' warnings and the program all say the same words.
public enum ReadProblem: Equatable, Sendable {
    case notUTF8
    case noJSONObject
    /// A missing comma, quote or bracket.
    case invalidJSON
    /// "\uD800" without its other half.
    case loneSurrogate(escape: String)
    case fieldMissing
    case schemaVersionBelowOne(found: Int64)
    case notWholeNumber
    case wrongType(expected: ValueKind)
    case missingValue(expected: ValueKind)
    case requiredFieldMissing
    case notADate(String)
    case notATime(String)
    case notATimestamp(String)
    /// A word the field does not take ("status": "weird"), and the ones it does.
    case notOneOf(found: String, allowed: [String])
    /// A whole number outside `low…high` (as written), missing, or too large to say.
    case outOfRange(low: Int, high: Int, found: String)
    case wholeNumberMissing(low: Int, high: Int)
    case numberTooLarge(low: Int, high: Int)
    /// The number in an id ("op-0") outside `low…high`.
    case idNumberOutOfRange(id: String, low: Int, high: Int)
    /// The file's name is no meeting id.
    case notAMeetingID(String)
    case folder
    case notRegularFile
    /// The system refused: an `errno`.
    case system(Int32)
    /// The settings file is no JSON object, or its `typing` is not as the program writes it.
    case settingsNotObject
    case settingsTyping
    /// Words that came from elsewhere (a library), kept as they came.
    case other(String)

    /// What a field should have held.
    public enum ValueKind: String, Sendable {
        case text, wholeNumber, trueOrFalse, number, list, object
        case value
    }
}

/// Where in a file the problem is.
public enum ReadLocation: Equatable, Sendable {
    /// A line and column; `endsEarly` when that is the end of a file cut short.
    case position(line: Int, column: Int, endsEarly: Bool)
    /// A field's path, "opinions[2].topic" (the file's own names, the same in every language).
    case field(String)
    case fileName

    /// The line and column of byte `offset` of `data`.
    static func of(byte offset: Int, in data: Data, endsEarly: Bool = false) -> ReadLocation {
        var line = 1
        var column = 1
        for byte in data.prefix(offset) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return .position(line: line, column: column, endsEarly: endsEarly)
    }
}

/// A `ReadProblem` carried through `DecodingError.dataCorrupted` as its
/// underlying error, so the field's path comes with it.
struct ReadProblemError: Error {
    let problem: ReadProblem

    static func corrupted(_ problem: ReadProblem, _ decoder: Decoder) -> DecodingError {
        .dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\(problem)", underlyingError: ReadProblemError(problem: problem)))
    }
}

/// Why a file or folder could not be written, in no language (see `ReadProblem`).
public enum WriteProblem: Equatable, Sendable {
    /// The system refused: an `errno`.
    case system(Int32)
    /// No file could be made in `folder`.
    case cannotCreateIn(folder: String, code: Int32)
    /// A test's failure, made on purpose.
    case simulated(AtomicFile.Step)
    case topicNotAdded
    /// A file stands where a folder must be.
    case fileInTheWay
    case lockKeepsBeingReplaced
    /// Words that came from elsewhere (a library), kept as they came.
    case other(String)
}
