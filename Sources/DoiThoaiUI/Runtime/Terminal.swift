/// What the program needs of a terminal: its size, the next key, and a way
/// to show a frame. The curses backend is the real one; tests use a fake.
public protocol Terminal: AnyObject {
    var size: (width: Int, height: Int) { get }
    /// The next key, or nil when `timeoutMilliseconds` pass without one.
    func readKey(timeoutMilliseconds: Int) -> Key?
    /// Shows `canvas`, writing only the cells that changed since the last frame.
    func draw(_ canvas: Canvas)
    /// Set when SIGTERM, SIGHUP or SIGINT asked the program to stop.
    var terminationRequested: Bool { get }
}
