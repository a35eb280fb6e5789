import ArgumentParser
import DoiThoaiCore
import DoiThoaiExport
import Foundation

extension MinutesFormat: ExpressibleByArgument {}
extension MinutesLanguage: ExpressibleByArgument {}

/// `doithoai minutes MEETING --format text|md|html|docx|pdf [-o FILE] [--print]`.
struct MinutesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutes", abstract: "Write (and print) the minutes (biên bản) of a meeting.")

    @OptionGroup var options: DataOptions
    @Argument(help: "A meeting id, or an unambiguous start of one.") var meeting: String
    @Option(help: "text, md, html, docx or pdf (pdf: the DOCX converted by LibreOffice).") var format: MinutesFormat = .text
    @Option(name: .shortAndLong, help: "The file to write (default: standard output for text and md, DATA/minutes/<id>.<ext> otherwise).")
    var output: String?
    @Flag(help: "Replace an existing file.") var force = false
    @Flag(name: .customLong("print"), help: "Send the minutes to the default printer with lp.") var sendToPrinter = false
    @Option(help: "vi or en.") var lang: MinutesLanguage = .vi

    func run() throws {
        let store = options.store
        let stored = try store.load(try store.resolve(meeting))
        let catalog = try TopicStore(data: options.directory).load()
        let document = MinutesDocument(meeting: stored.meeting, topics: catalog, language: lang)
        let writer = MinutesWriter(data: options.directory)
        let toStandardOutput = output == nil && !sendToPrinter && (format == .text || format == .md)
        if toStandardOutput {
            // Rendered without control characters (see MinutesWriter.render): a document, not marked-up terminal text.
            printRaw(String(decoding: try MinutesWriter.render(document, as: format), as: UTF8.self))
            return
        }
        let path = output ?? writer.defaultPath(for: stored.meeting.id, format: format)
        do {
            try writer.write(document, as: format, to: path, force: force)
        } catch StoreError.alreadyExists(let existing) {
            throw ExportError.exists(path: existing)
        }
        printLine(path)
        if sendToPrinter {
            let job = try writer.print(document, written: path, format: format)
            printLine(job.isEmpty ? "sent to the printer" : job)
        }
    }
}
