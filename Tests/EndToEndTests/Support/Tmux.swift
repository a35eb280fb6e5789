import Foundation
import XCTest

/// The built program running in a private, headless tmux server: type into
/// it, read its screen, resize it. Each session has its own socket, so tests
/// never touch a tmux the developer is using. Screens are polled, not slept on.
final class Tmux {
    let socket = "doithoai-test-\(UUID().uuidString.prefix(8))"
    let session = "t"
    private(set) var started = false
    /// `XDG_CONFIG_HOME` of the program: a fresh folder unless the test
    /// gives one, so no test reads or writes the developer's settings.
    let configHome: String
    private let ownsConfigHome: Bool

    static var path: String? {
        for folder in ["/usr/bin", "/usr/local/bin", "/bin", "/opt/homebrew/bin"] {
            let candidate = folder + "/tmux"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Starts `doithoai ARGUMENTS` at `width`×`height`. Fails the test, not
    /// skips it, when tmux is missing.
    init(_ arguments: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:],
         file: StaticString = #filePath, line: UInt = #line) throws {
        guard Tmux.path != nil else {
            XCTFail("tmux is required for the end-to-end tests: apt-get install tmux", file: file, line: line)
            throw XCTSkip("tmux missing")
        }
        var env = ["LANG": "C.UTF-8", "ESCDELAY": "25", "TZ": "Asia/Ho_Chi_Minh", "TERM": "xterm-256color",
                   "DOITHOAI_NOW": TestClock.start]
        for (key, value) in environment { env[key] = value }
        ownsConfigHome = env["XDG_CONFIG_HOME"] == nil
        configHome = env["XDG_CONFIG_HOME"] ?? NSTemporaryDirectory() + "doithoai-config-\(UUID().uuidString.prefix(8))"
        env["XDG_CONFIG_HOME"] = configHome
        let command = ([Binary.doithoai.path] + arguments).map(Tmux.quote).joined(separator: " ")
        var tmuxArguments = ["-u", "-f", "/dev/null", "new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)"]
        for (key, value) in env.sorted(by: { $0.key < $1.key }) { tmuxArguments += ["-e", "\(key)=\(value)"] }
        try tmux(tmuxArguments + [command])
        try tmux(["set-option", "-t", session, "remain-on-exit", "on"])
        started = true
    }

    deinit {
        _ = try? tmux(["kill-server"])
        if ownsConfigHome { try? FileManager.default.removeItem(atPath: configHome) }
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        try Command.run(Tmux.path ?? "/usr/bin/tmux", ["-L", socket] + arguments).stdout
    }

    /// Presses keys by tmux name: "Enter", "F2", "C-s", "Down", "q".
    func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", session] + keys)
    }

    /// Types text literally, Vietnamese included.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", session, "-l", text])
    }

    /// Pastes `text` as a terminal paste (bracketed, as a real terminal sends it).
    func paste(_ text: String) throws {
        let file = NSTemporaryDirectory() + "paste-\(UUID().uuidString)"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        try tmux(["load-buffer", "-b", "p", file])
        try tmux(["paste-buffer", "-p", "-b", "p", "-t", session])
    }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", session]) }

    /// Waits until the screen shows `text`; fails with the last screen seen.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 5, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return try settled(last, deadline: deadline) { $0.contains(text) } }
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTFail("the screen never showed “\(text)”; it shows:\n\(last)", file: file, line: line)
        throw WaitTimedOut()
    }

    /// The screen once curses has finished drawing it: a capture can land
    /// between the header and the body of one redraw, so the screen is taken
    /// again until two captures in a row agree (and still show what was
    /// awaited).
    private func settled(_ first: String, deadline: Date, _ condition: (String) -> Bool) throws -> String {
        var last = first
        while Date() < deadline {
            Thread.sleep(forTimeInterval: 0.03)
            let next = try screen()
            if next == last, condition(next) { return next }
            last = next
        }
        return last
    }

    /// Waits until `condition` holds for the screen.
    func waitUntil(_ what: String, timeout: TimeInterval = 5, _ condition: (String) -> Bool,
                   file: StaticString = #filePath, line: UInt = #line) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { _ = try settled(last, deadline: deadline, condition); return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTFail("\(what) never happened; the screen shows:\n\(last)", file: file, line: line)
        throw WaitTimedOut()
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The pid of the program in the pane.
    func pid() throws -> Int32 {
        Int32(try tmux(["display-message", "-p", "-t", session, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    /// Whether the program has ended (its pane stays, marked dead).
    func hasExited() -> Bool {
        let dead = try? tmux(["display-message", "-p", "-t", session, "#{pane_dead}"])
        return dead?.trimmingCharacters(in: .whitespacesAndNewlines) != "0"
    }

    func waitForExit(timeout: TimeInterval = 5, file: StaticString = #filePath, line: UInt = #line) {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if hasExited() { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTFail("the program did not exit", file: file, line: line)
    }

    static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    struct WaitTimedOut: Error {}
}
