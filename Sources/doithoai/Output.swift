import ArgumentParser
import DoiThoaiCore
import DoiThoaiExport
import Foundation

// Everything a command writes to the terminal goes through this file, so a
// citizen's text (or a crafted file, or a typed argument) can never drive the
// terminal: human-readable text shows each control and bidi character as a
// visible mark (`ControlCharacters.terminalSafe`), JSON escapes them, and
// error messages are cleaned the same way.

/// Human-readable output. Shadows `Swift.print` inside this module on
/// purpose, so no command can print a raw control character by accident.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    let text = items.map { "\($0)" }.joined(separator: separator)
    Swift.print(ControlCharacters.terminalSafe(text), terminator: terminator)
}

/// Many lines of human-readable output (a listing of tens of thousands of
/// rows): each made safe as `print` makes it, written in large blocks.
struct LineWriter {
    private var buffer: [UInt8] = []

    init() { buffer.reserveCapacity(1 << 16) }

    /// `singleLine`: a line feed or tab inside is shown as `^J` / `^I` (one table row stays one line).
    mutating func line(_ text: String, singleLine: Bool = false) {
        append(text, singleLine: singleLine)
        endLine()
    }

    /// A part of a line, made safe as `line` makes it (each character is
    /// made safe on its own, so a line made of parts is the line made whole).
    mutating func append(_ text: String, singleLine: Bool = false) {
        buffer.append(contentsOf: ControlCharacters.terminalSafe(text, singleLine: singleLine).utf8)
    }

    /// A part already made safe (`ControlCharacters.terminalSafe`), kept by the caller because it repeats.
    mutating func append(safe text: String) {
        buffer.append(contentsOf: text.utf8)
    }

    mutating func endLine() {
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        fflush(nil)  // what `print` buffered goes first
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}

/// `print`, for a type that has a member named `print` of its own.
func printLine(_ text: String) { print(text) }

/// JSON output: C0 controls are escaped by the encoder, C1, DEL and bidi
/// controls here, so the text means the same to a JSON reader and nothing to
/// a terminal.
func printJSON(_ json: String, terminator: String = "\n") {
    Swift.print(String(decoding: ControlCharacters.jsonEscaped(Data(json.utf8)), as: UTF8.self), terminator: terminator)
}

/// Output whose bytes are the format (CSV with its CRLF line ends): the
/// caller has already cleaned each value.
func printRaw(_ text: String) {
    Swift.print(text, terminator: "")
}

/// Writes one line to standard error (warnings that do not stop a command).
func warn(_ message: String) {
    FileHandle.standardError.write(Data((ControlCharacters.terminalSafe(message) + "\n").utf8))
}

extension DoiThoai {
    /// Runs the command the arguments name; an error's message is cleaned
    /// of control characters before it is shown (a bad id or topic typed with
    /// escapes is echoed back in it), and arguments that are not valid
    /// UTF-8 are refused rather than silently changed.
    static func main() {
        if let bad = invalidUTF8Argument() {
            let language = DataOptions.language
            FileHandle.standardError.write(Data((language.message(.errorPrefix) + language.message(.notUTF8Argument, bad) + "\n").utf8))
            Foundation.exit(64)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            // `--help`, `help` and `--version` end well: the parser prints them on standard output.
            if error is CleanExit || exitCode(for: error) == .success { exit(withError: error) }
            let language = DataOptions.language
            let message = readerMessage(for: error) ?? ArgumentErrorText.localized(fullMessage(for: error), language)
            if !message.isEmpty {
                let shown = ControlCharacters.terminalSafe(message)
                let said = ["Error:", language.message(.errorPrefix).trimmingCharacters(in: .whitespaces)]
                let prefix = said.contains(where: shown.hasPrefix) || error is ExitCode ? "" : language.message(.errorPrefix)
                FileHandle.standardError.write(Data((prefix + shown + "\n").utf8))
            }
            Foundation.exit(exitCode(for: error).rawValue)
        }
    }

    /// The record's, the export's and sync's errors in the reader's
    /// language: `--lang` when the command line gives it, else LANG.
    private static func readerMessage(for error: Error) -> String? {
        let language = DataOptions.language
        switch error {
        case let error as StoreError: return error.text(language)
        case let error as ExportError: return error.text(language)
        case let error as SyncError: return error.text(language)
        case let error as GitError: return error.text(language)
        default: return nil
        }
    }

    /// The position (1 = first after the program name) of the first
    /// argument whose bytes are not UTF-8.
    private static func invalidUTF8Argument() -> Int? {
        for index in 1..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[index] else { continue }
            let bytes = Data(bytes: pointer, count: strlen(pointer))
            if String(validatingUTF8: pointer) == nil || String(data: bytes, encoding: .utf8) == nil { return index }
        }
        return nil
    }
}
