import DoiThoaiCore
import Foundation
import ZIPFoundation

/// Packs the parts of a WordprocessingML document into a .docx (a zip).
public enum DocxPackage {
    /// The bytes of the .docx holding `parts`.
    public static func data(_ parts: [(path: String, xml: String)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for part in parts {
            let bytes = Data(part.xml.utf8)
            try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(bytes.count),
                                 compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw ExportError.zipFailed }
        return data
    }
}

/// What can go wrong writing or printing the minutes.
public enum ExportError: Error, Equatable, CustomStringConvertible {
    case zipFailed
    case exists(path: String)
    case noPrinter(PrinterProblem, written: String)
    case printFailed(reason: String, written: String)
    /// A PDF was asked for and LibreOffice is not installed.
    case officeMissing
    case conversionFailed(reason: String)
    case conversionTimedOut(seconds: Int)

    /// The English text (`text(_:)` gives it in the reader's language).
    public var description: String { text(.en) }

    /// What happened and what the secretary can do, in `language` (the core's message table).
    public func text(_ language: Language) -> String {
        switch self {
        case .zipFailed: return language.message(.zipFailed)
        case let .exists(path): return language.message(.minutesExist, path)
        case let .noPrinter(problem, written): return language.message(.notPrinted, problem.text(language), written)
        case let .printFailed(reason, written): return language.message(.printFailed, reason, written)
        case .officeMissing: return language.message(.officeMissing)
        case let .conversionFailed(reason): return language.message(.conversionFailed, reason)
        case let .conversionTimedOut(seconds): return language.message(.conversionTimedOut, seconds)
        }
    }
}

/// Why nothing could be printed here.
public enum PrinterProblem: Equatable, Sendable {
    /// No `lp` command (CUPS' client is not installed).
    case noPrintCommand
    /// `lpstat -d` names no default printer; its answer.
    case noDefaultPrinter(answer: String)

    func text(_ language: Language) -> String {
        switch self {
        case .noPrintCommand: return language.message(.noPrintCommand)
        case .noDefaultPrinter(let answer): return language.message(.noDefaultPrinter, answer)
        }
    }
}
