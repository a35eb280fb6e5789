import DoiThoaiCore
import Foundation

/// A format the minutes can be written in.
public enum MinutesFormat: String, CaseIterable, Sendable {
    case text, md, html, docx

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

    public static func render(_ document: MinutesDocument, as format: MinutesFormat) throws -> Data {
        switch format {
        // Control characters are left out of the plain formats: a form feed or a bidi override would reach the paper.
        case .text: return Data(ControlCharacters.cleaned(MinutesText.render(document)).utf8)
        case .md: return Data(ControlCharacters.cleaned(MinutesMarkdown.render(document)).utf8)
        case .html: return Data(MinutesHTML.render(document).utf8)
        case .docx: return try DocxPackage.data(MinutesDocx.parts(document))
        }
    }

    /// `DATA/minutes/<id>.<ext>`.
    public func defaultPath(for id: MeetingID, format: MinutesFormat) -> String {
        "\(data.minutes)/\(id.rawValue).\(format.fileExtension)"
    }

    /// Writes the minutes to `path`; an existing file only with `force`.
    @discardableResult
    public func write(_ document: MinutesDocument, as format: MinutesFormat, to path: String, force: Bool) throws -> String {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try data.ensureFolder(folder) }
        try AtomicFile.write(try Self.render(document, as: format), to: path, replace: force)
        return path
    }

    /// Sends a written file to the default printer with `lp`: text as it is,
    /// HTML and DOCX turned into PDF by LibreOffice first. Says clearly when
    /// there is no `lp` or no printer.
    public func print(_ path: String, format: MinutesFormat) throws -> String {
        guard let lp = find("lp") else {
            throw ExportError.noPrinter(reason: "the `lp` command is not installed (Debian: apt-get install cups-client)", written: path)
        }
        if let lpstat = find("lpstat") {
            let destination = run(lpstat, ["-d"])
            if destination.status != 0 || destination.output.contains("no system default") {
                throw ExportError.noPrinter(reason: "no default printer is set up (lpstat -d: \(destination.output.trimmingCharacters(in: .whitespacesAndNewlines)))", written: path)
            }
        }
        var printable = path
        if format == .html || format == .docx {
            guard let office = find("libreoffice") ?? find("soffice") else {
                throw ExportError.noPrinter(reason: "printing \(format.rawValue) needs LibreOffice to make a PDF (apt-get install libreoffice-writer-nogui)", written: path)
            }
            let folder = (path as NSString).deletingLastPathComponent
            let converted = run(office, ["--headless", "--convert-to", "pdf", "--outdir", folder.isEmpty ? "." : folder, path])
            printable = ((path as NSString).deletingPathExtension) + ".pdf"
            guard converted.status == 0, FileManager.default.fileExists(atPath: printable) else {
                throw ExportError.printFailed(reason: "LibreOffice could not make a PDF: \(converted.output)", written: path)
            }
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
