#if canImport(Glibc)
import Glibc
#endif
import CNCursesW
import DoiThoaiUI
import Foundation

/// The terminal, through ncursesw: the one place that calls curses.
public final class CursesTerminal: Terminal {
    private var previous: Canvas?
    private let colors: Bool
    private var pendingKeys: [Key] = []

    /// The user's locale, but always a UTF-8 one for characters: a `LANG`
    /// naming a locale this machine has not generated (`en_US.UTF-8` on a
    /// minimal server, macOS's `LC_CTYPE=UTF-8` over SSH) leaves the C
    /// library in ASCII, and ncursesw would then draw every Vietnamese
    /// letter as blanks. C.UTF-8 is always there on glibc 2.35+.
    static func chooseUTF8Locale() {
        let chosen = setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if chosen == nil || codeset.uppercased().replacingOccurrences(of: "-", with: "") != "UTF8" {
            if setlocale(LC_CTYPE, "C.UTF-8") == nil { _ = setlocale(LC_CTYPE, "C.utf8") }
        }
    }

    /// Starts curses: locale first (for UTF-8), raw keys, keypad, a short
    /// Esc delay, colours unless NO_COLOR is set, mouse and bracketed paste.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        Self.chooseUTF8Locale()
        if environment["ESCDELAY"] == nil { doithoai_set_escdelay(25) }
        SignalGuard.install()
        initscr()
        raw()
        noecho()
        nonl()
        keypad(doithoai_stdscr(), true)
        let wantsColor = environment["NO_COLOR"].map { $0.isEmpty } ?? true
        colors = wantsColor && has_colors()
        if colors {
            start_color()
            use_default_colors()
            Palette.install()
        }
        mousemask(mmask_t(doithoai_button1_pressed() | doithoai_button4_pressed() | doithoai_button5_pressed()), nil)
        mouseinterval(0)
        writeRaw("\u{1b}[?2004h")
    }

    deinit { close() }

    private var closed = false

    /// Gives the terminal back as it was.
    public func close() {
        guard !closed else { return }
        closed = true
        writeRaw("\u{1b}[?2004l")
        endwin()
    }

    public var size: (width: Int, height: Int) {
        (Int(doithoai_cols()), Int(doithoai_lines()))
    }

    public var terminationRequested: Bool { SignalGuard.stopRequested != 0 }

    public func readKey(timeoutMilliseconds: Int) -> Key? {
        if !pendingKeys.isEmpty { return pendingKeys.removeFirst() }
        wtimeout(doithoai_stdscr(), Int32(timeoutMilliseconds))
        while true {
            guard let raw = readRaw() else { return nil }
            if let key = decode(raw) { return key }
        }
    }

    private enum Raw { case code(Int32), character(UInt32) }

    private func readRaw() -> Raw? {
        var value: wint_t = 0
        let result = wget_wch(doithoai_stdscr(), &value)
        if result == doithoai_key_code_yes() { return .code(Int32(value)) }
        if result == OK { return .character(UInt32(value)) }
        return nil
    }

    private func decode(_ raw: Raw) -> Key? {
        switch raw {
        case .code(let code):
            if code == KEY_MOUSE { return mouse() }
            return KeyDecoder.special(code)
        case .character(27):
            return escapeSequence()
        case .character(let value):
            return KeyDecoder.character(value)
        }
    }

    /// After Esc: alone it is Esc; `ESC [200~ … ESC [201~` is a paste;
    /// Esc and a character is Alt plus that character.
    private func escapeSequence() -> Key? {
        wtimeout(doithoai_stdscr(), 0)
        defer { wtimeout(doithoai_stdscr(), 1000) }
        guard case .character(let next)? = readRaw() else { return .escape }
        if next == 91 { // "["
            var tail: [UInt32] = []
            while tail.count < 8, case .character(let c)? = readRaw() {
                tail.append(c)
                if (0x40...0x7E).contains(c) { break }
            }
            if tail == [50, 48, 48, 126] { return readPaste() } // "200~"
            return nil
        }
        return Unicode.Scalar(next).map { .alt(Character($0)) }
    }

    /// Collects a bracketed paste up to `ESC [201~`, however long.
    private func readPaste() -> Key {
        wtimeout(doithoai_stdscr(), 200)
        var scalars = String.UnicodeScalarView()
        let end: [UInt32] = [27, 91, 50, 48, 49, 126]
        var recent: [UInt32] = []
        while case .character(let c)? = readRaw() {
            recent.append(c)
            if recent.count > end.count { recent.removeFirst() }
            if recent == end {
                scalars.removeLast(end.count - 1)
                return .paste(String(scalars))
            }
            if let scalar = Unicode.Scalar(c == 13 ? 10 : c) { scalars.append(scalar) }
        }
        return .paste(String(scalars))
    }

    private func mouse() -> Key? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let state = UInt(event.bstate)
        let wheel = state & UInt(doithoai_button4_pressed()) != 0 ? -1 : state & UInt(doithoai_button5_pressed()) != 0 ? 1 : 0
        return .mouse(row: Int(event.y), column: Int(event.x), wheel: wheel)
    }

    /// Draws the cells that changed since the last frame (all after a resize).
    public func draw(_ canvas: Canvas) {
        let full = previous.map { $0.width != canvas.width || $0.height != canvas.height } ?? true
        if full { werase(doithoai_stdscr()) }
        for row in 0..<canvas.height {
            var column = 0
            while column < canvas.width {
                let cell = canvas[row, column]
                if !full, let previous, previous[row, column] == cell {
                    column += 1
                    continue
                }
                if !cell.isContinuation { put(cell, row: row, column: column) }
                column += 1
            }
        }
        if let cursor = canvas.cursor {
            curs_set(1)
            wmove(doithoai_stdscr(), Int32(cursor.row), Int32(cursor.column))
        } else {
            curs_set(0)
        }
        wrefresh(doithoai_stdscr())
        previous = canvas
    }

    private func put(_ cell: Cell, row: Int, column: Int) {
        let attributes = colors ? Palette.attributes(cell.style) : Palette.monochrome(cell.style)
        wattrset(doithoai_stdscr(), Int32(bitPattern: attributes))
        // The last cell of the screen: addwstr there would scroll; insert instead.
        var text = cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        text.append(0)
        if row == Int(doithoai_lines()) - 1 && column == Int(doithoai_cols()) - 1 {
            wmove(doithoai_stdscr(), Int32(row), Int32(column))
            text.withUnsafeBufferPointer { _ = wins_nwstr(doithoai_stdscr(), $0.baseAddress, -1) }
        } else {
            text.withUnsafeBufferPointer { _ = mvwaddwstr(doithoai_stdscr(), Int32(row), Int32(column), $0.baseAddress) }
        }
        wattrset(doithoai_stdscr(), 0)
    }

    private func writeRaw(_ text: String) {
        _ = text.withCString { Glibc.write(STDOUT_FILENO, $0, strlen($0)) }
    }
}
