#if canImport(Glibc)
import Glibc
#endif
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
/// rows): each made safe as `print` makes it, handed to `output` in large blocks.
struct LineWriter {
    private let buffer = OutputBytes(capacity: 1 << 17)
    private let output: CommandOutput

    init(to output: CommandOutput) {
        self.output = output
    }

    /// `singleLine`: a line feed or tab inside is shown as `^J` / `^I` (one table row stays one line).
    mutating func line(_ text: String, singleLine: Bool = false) {
        append(text, singleLine: singleLine)
        endLine()
    }

    /// A part of a line, made safe as `line` makes it (each character is
    /// made safe on its own, so a line made of parts is the line made whole).
    mutating func append(_ text: String, singleLine: Bool = false) {
        append(safe: ControlCharacters.terminalSafe(text, singleLine: singleLine))
    }

    /// A part already made safe (`ControlCharacters.terminalSafe`), kept by the caller because it repeats.
    mutating func append(safe text: String) {
        var text = text
        text.withUTF8 { buffer.append($0) }
    }

    /// Bytes already made safe (or found plain by `ControlCharacters.isPlain`).
    mutating func append(safe bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(bytes)
    }

    mutating func append(safe bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer.append($0) }
    }

    mutating func append(spaces count: Int) {
        buffer.append(0x20, times: count)
    }

    mutating func endLine() {
        buffer.append(0x0A, times: 1)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard buffer.count > 0 else { return }
        output.write(buffer.bytes)
        buffer.removeAll()
    }
}

/// Bytes gathered for output in one block of memory, copied in with
/// `memcpy`: a listing appends half a million parts (`followups`: seven a
/// row), and an `Array`'s checks on each of them cost more than the copy.
final class OutputBytes {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(16, capacity)
        start = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let from = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (start + count).update(from: from, count: bytes.count)
        count += bytes.count
    }

    func append(_ byte: UInt8, times: Int) {
        guard times > 0 else { return }
        reserve(times)
        (start + count).update(repeating: byte, count: times)
        count += times
    }

    func removeAll() { count = 0 }

    private func reserve(_ more: Int) {
        guard count + more > capacity else { return }
        let larger = max(capacity * 2, count + more)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.update(from: start, count: count)
        start.deallocate()
        start = moved
        capacity = larger
    }
}

/// What a command that answers from the index writes: standard output and
/// its warnings on standard error, in order. While the files are still
/// being compared with the index the answer was read from
/// (`FileComparison`), it is held; it is written as soon as they are found
/// to match, and never when they do not (the command then answers again,
/// from the refreshed index, into another `CommandOutput`).
final class CommandOutput {
    private let files: FileComparison
    private var held: [(toError: Bool, bytes: [UInt8])] = []
    private var released = false

    init(files: FileComparison) { self.files = files }

    /// Thrown by a command that stops answering because its answer will be dropped (`checkDropped`).
    struct Dropped: Error {}

    /// Stops a long answer early once the files are known to differ from
    /// the index it reads: the command answers again from the refreshed index.
    func checkDropped() throws {
        if !released, files.outcome == .changed { throw Dropped() }
    }

    /// Human-readable lines (made safe as `print` makes them).
    func print(_ text: String, terminator: String = "\n") {
        write(Array((ControlCharacters.terminalSafe(text) + terminator).utf8))
    }

    /// JSON, escaped as `printJSON` escapes it.
    func printJSON(_ json: String, terminator: String = "\n") {
        var bytes = [UInt8](ControlCharacters.jsonEscaped(Data(json.utf8)))
        bytes.append(contentsOf: terminator.utf8)
        write(bytes)
    }

    /// Bytes that are the format (CSV), as `printRaw` writes them.
    func printRaw(_ text: String) { write(Array(text.utf8)) }

    /// A warning line on standard error, as `warn` writes it.
    func warn(_ message: String) {
        write(Array((ControlCharacters.terminalSafe(message) + "\n").utf8), toError: true)
    }

    func write(_ bytes: [UInt8], toError: Bool = false) {
        bytes.withUnsafeBufferPointer { write($0, toError: toError) }
    }

    /// Written at once when the files are known to match, else copied and held.
    func write(_ bytes: UnsafeBufferPointer<UInt8>, toError: Bool = false) {
        guard !bytes.isEmpty else { return }
        if released || release() {
            Self.send(bytes, toError: toError)
        } else {
            held.append((toError, Array(bytes)))
        }
    }

    /// Everything held written: `ArchiveIndex.answering` returns this output only once its files matched.
    func finish() {
        _ = release()
    }

    /// Writes what is held when the files are known to match the index; false while they are not.
    private func release() -> Bool {
        guard !released else { return true }
        guard files.outcome == .unchanged else { return false }
        released = true
        fflush(nil)  // what `print` buffered goes first
        for chunk in held { chunk.bytes.withUnsafeBufferPointer { Self.send($0, toError: chunk.toError) } }
        held = []
        return true
    }

    /// Straight to the descriptor, with no copy: a listing's blocks are large.
    private static func send(_ bytes: UnsafeBufferPointer<UInt8>, toError: Bool) {
        guard let start = bytes.baseAddress else { return }
        var done = 0
        while done < bytes.count {
            let written = Glibc.write(toError ? STDERR_FILENO : STDOUT_FILENO, start + done, bytes.count - done)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            done += written
        }
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
