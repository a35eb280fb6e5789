import DoiThoaiCore
import Foundation

/// A format the minutes can be written in.
public enum MinutesFormat: String, CaseIterable, Sendable {
    case text, md, html, docx, pdf

    public var fileExtension: String { self == .text ? "txt" : rawValue }
}

/// Renders the minutes in a format, writes them to a file (atomically, never
/// over an existing file unless asked), and sends them to the printer. The
/// command line and the terminal program both use it.
public struct MinutesWriter {
    public let data: DataDirectory
    /// Where to look for `lp`, `lpstat` and `libreoffice`.
    public var searchPath: String

    public init(data: DataDirectory, searchPath: String = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin") {
        self.data = data
        self.searchPath = searchPath
    }

    /// The minutes in `format`; PDF is the DOCX converted by LibreOffice.
    public static func render(_ document: MinutesDocument, as format: MinutesFormat,
                              converter: OfficeConverter = OfficeConverter()) throws -> Data {
        switch format {
        // Control characters are left out of the plain formats: a form feed or a bidi override would reach the paper.
        case .text: return Data(ControlCharacters.cleaned(MinutesText.render(document)).utf8)
        case .md: return Data(ControlCharacters.cleaned(MinutesMarkdown.render(document)).utf8)
        case .html: return Data(MinutesHTML.render(document).utf8)
        case .docx: return try DocxPackage.data(MinutesDocx.parts(document))
        case .pdf: return try converter.pdf(fromDocx: DocxPackage.data(MinutesDocx.parts(document)))
        }
    }

    var converter: OfficeConverter { OfficeConverter(searchPath: searchPath) }

    /// `DATA/minutes/<id>.<ext>`.
    public func defaultPath(for id: MeetingID, format: MinutesFormat) -> String {
        "\(data.minutes)/\(id.rawValue).\(format.fileExtension)"
    }

    /// Writes the minutes to `path`; an existing file only with `force`.
    @discardableResult
    public func write(_ document: MinutesDocument, as format: MinutesFormat, to path: String, force: Bool) throws -> String {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try data.ensureFolder(folder) }
        if !force, FileManager.default.fileExists(atPath: path) { throw StoreError.alreadyExists(path: path) }
        try AtomicFile.write(try Self.render(document, as: format, converter: converter), to: path, replace: force)
        return path
    }

    /// Sends written minutes to the default printer with `lp`: text and PDF
    /// as they are; HTML and DOCX as the PDF LibreOffice makes of the DOCX
    /// (the same layout). Says clearly when there is no `lp` or no printer.
    public func print(_ document: MinutesDocument, written path: String, format: MinutesFormat) throws -> String {
        guard let lp = find("lp") else {
            throw ExportError.noPrinter(.noPrintCommand, written: path)
        }
        if let lpstat = find("lpstat") {
            let destination = run(lpstat, ["-d"])
            if destination.status != 0 || destination.output.contains("no system default") {
                throw ExportError.noPrinter(.noDefaultPrinter(answer: destination.output.trimmingCharacters(in: .whitespacesAndNewlines)), written: path)
            }
        }
        var printable = path
        if format == .html || format == .docx {
            let pdf: Data
            do {
                pdf = try converter.pdf(fromDocx: DocxPackage.data(MinutesDocx.parts(document)))
            } catch let error as ExportError {
                throw ExportError.printFailed(reason: error.description, written: path)
            }
            printable = ((path as NSString).deletingPathExtension) + ".pdf"
            try AtomicFile.write(pdf, to: printable, replace: true)
        }
        let printed = run(lp, [printable])
        guard printed.status == 0 else { throw ExportError.printFailed(reason: printed.output, written: path) }
        return printed.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func find(_ program: String) -> String? {
        for folder in searchPath.split(separator: ":") {
            let candidate = "\(folder)/\(program)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    func run(_ program: String, _ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do {
            try process.run()
        } catch {
            return (127, "\(error)")
        }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
