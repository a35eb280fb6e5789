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
    case noPrinter(reason: String, written: String)
    case printFailed(reason: String, written: String)
    /// A PDF was asked for and LibreOffice is not installed.
    case officeMissing
    case conversionFailed(reason: String)
    case conversionTimedOut(seconds: Int)

    public var description: String {
        switch self {
        case .zipFailed:
            return "could not build the DOCX archive"
        case let .exists(path):
            return "\(path) already exists; add --force to replace it, or choose another file with -o"
        case let .noPrinter(reason, written):
            return "not printed: \(reason). The minutes were written to \(written); print that file from another computer."
        case let .printFailed(reason, written):
            return "printing failed: \(reason). The minutes were written to \(written)."
        case .officeMissing:
            return "making a PDF needs LibreOffice, which is not installed. Install it with: "
                + "sudo apt-get install libreoffice-writer-nogui (Debian, Ubuntu); or write --format docx and open it in Word"
        case let .conversionFailed(reason):
            return "LibreOffice could not make the PDF: \(reason)"
        case let .conversionTimedOut(seconds):
            return "LibreOffice took longer than \(seconds) s to make the PDF and was stopped; try again, or write --format docx"
        }
    }
}
