import Foundation

/// The terminal program started for real in a headless tmux, timed until its
/// first screen shows the meetings list's count ("10000 hội nghị", as the
/// list writes it); and its peak memory (VmHWM) once it has settled.
enum TmuxStart {
    static func measure(tmux: String, binary: String, data: String, meetings: Int, settle: Double = 0) -> (seconds: Double, peakMB: Int) {
        let session = "doithoai-bench-\(getpid())"
        let socket = ["-L", session]
        shell("\(tmux) -L \(session) kill-server 2>/dev/null")
        let start = DispatchTime.now().uptimeNanoseconds
        // Started through the shell with its output to /dev/null: the tmux server it forks would hold a pipe open.
        shell("\(tmux) -L \(session) -u -f /dev/null new-session -d -x 80 -y 24 -s \(session) -e LANG=C.UTF-8 -e ESCDELAY=25 "
              + "'\(binary)' --data '\(data)' >/dev/null 2>&1")
        var elapsed = 0.0
        for _ in 0..<4000 {
            let screen = ProcessRun.run(tmux, socket + ["capture-pane", "-p", "-t", session]).output
            elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            if screen.contains("\(meetings) hội nghị") || elapsed > 60 { break }
            usleep(2000)
        }
        usleep(UInt32(settle * 1_000_000))
        let pid = ProcessRun.run(tmux, socket + ["list-panes", "-t", session, "-F", "#{pane_pid}"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        let peak = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
            .map { $0.dropFirst(6).trimmingCharacters(in: .whitespaces).split(separator: " ").first.flatMap { Int($0) } ?? 0 } ?? 0
        shell("\(tmux) -L \(session) kill-server 2>/dev/null")
        return (elapsed, peak / 1024)
    }
}
