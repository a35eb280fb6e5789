#if canImport(Glibc)
import Glibc
#endif

/// Restores the terminal when the program is told to stop or crashes: a
/// polite signal (TERM, HUP, INT) sets a flag the loop checks; a fatal one
/// (SEGV, BUS, ILL, FPE, ABRT, TRAP) puts the saved terminal modes back,
/// leaves the alternate screen, and lets the signal kill the process.
enum SignalGuard {
    nonisolated(unsafe) static var stopRequested: sig_atomic_t = 0
    nonisolated(unsafe) static var savedModes = termios()
    nonisolated(unsafe) static var haveSavedModes = false

    static func install() {
        if tcgetattr(STDIN_FILENO, &savedModes) == 0 { haveSavedModes = true }
        for signal in [SIGTERM, SIGHUP, SIGINT] {
            Glibc.signal(signal) { _ in SignalGuard.stopRequested = 1 }
        }
        for signal in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP] {
            Glibc.signal(signal) { number in
                SignalGuard.restoreTerminal()
                Glibc.signal(number, SIG_DFL)
                raise(number)
            }
        }
    }

    /// Async-signal-safe: tcsetattr and write only.
    static func restoreTerminal() {
        if haveSavedModes { tcsetattr(STDIN_FILENO, TCSANOW, &savedModes) }
        let reset: StaticString = "\u{1b}[?2004l\u{1b}[?1000l\u{1b}[?1002l\u{1b}[?1006l\u{1b}[0m\u{1b}[?25h\u{1b}[?1049l\r\n"
        _ = write(STDOUT_FILENO, reset.utf8Start, reset.utf8CodeUnitCount)
    }
}
