import DoiThoaiCore
import Foundation

/// Turns the minutes' DOCX into PDF with LibreOffice, headless: in a
/// temporary folder, with a profile of its own (so it neither waits for nor
/// disturbs a LibreOffice the secretary has open), within a time limit past
/// which LibreOffice and its children are killed.
public struct OfficeConverter: Sendable {
    /// Where to look for `soffice` or `libreoffice`.
    public var searchPath: String
    /// Seconds LibreOffice may take (its first start in a new profile takes
    /// a few seconds on an office PC).
    public var timeLimit: TimeInterval

    public init(searchPath: String = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", timeLimit: TimeInterval = 120) {
        self.searchPath = searchPath
        self.timeLimit = timeLimit
    }

    /// The LibreOffice program, when installed.
    public var office: String? {
        for name in ["soffice", "libreoffice"] {
            for folder in searchPath.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }

    /// The PDF of one DOCX.
    public func pdf(fromDocx docx: Data) throws -> Data {
        try pdfs(fromDocx: [docx])[0]
    }

    /// The PDFs of several DOCX files, converted by one LibreOffice run (it
    /// starts once, which is most of the time a conversion takes).
    public func pdfs(fromDocx documents: [Data]) throws -> [Data] {
        guard let office else { throw ExportError.officeMissing }
        let folder = NSTemporaryDirectory() + "doithoai-pdf-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/out", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var inputs: [String] = []
        for (index, docx) in documents.enumerated() {
            let path = "\(folder)/minutes-\(index + 1).docx"
            try docx.write(to: URL(fileURLWithPath: path))
            inputs.append(path)
        }
        let arguments = ["-env:UserInstallation=file://\(folder)/profile", "--headless", "--norestore", "--nologo",
                         "--nodefault", "--nolockcheck", "--convert-to", "pdf", "--outdir", folder + "/out"] + inputs
        let result = try run(office, arguments, log: folder + "/log.txt")
        return try inputs.indices.map { index in
            let pdf = "\(folder)/out/minutes-\(index + 1).pdf"
            guard let bytes = FileManager.default.contents(atPath: pdf), bytes.starts(with: Array("%PDF".utf8)) else {
                throw ExportError.conversionFailed(reason: "LibreOffice wrote no PDF (exit \(result.status)): \(result.output)")
            }
            return bytes
        }
    }

    /// Runs `program`, its output to `log`; kills its process group past the
    /// time limit.
    func run(_ program: String, _ arguments: [String], log: String) throws -> (status: Int32, output: String) {
        FileManager.default.createFile(atPath: log, contents: nil)
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        defer { try? output.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = environment["HOME"] ?? NSTemporaryDirectory()
        process.environment = environment
        try process.run()
        let deadline = Date().addingTimeInterval(timeLimit)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning {
            // Foundation starts the child in a process group of its own: kill
            // the whole group (soffice.bin runs under the soffice script).
            kill(-process.processIdentifier, SIGKILL)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            throw ExportError.conversionTimedOut(seconds: Int(timeLimit))
        }
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        return (process.terminationStatus, text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
