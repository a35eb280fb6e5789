// The benchmark: `swift run -c release doithoai-bench [meetings] [opinions-per-meeting]`.
// Writes a synthetic archive (2,000 meetings × 50 opinions by default) once
// into /tmp, then measures, each in a process of its own: the first load
// (no cache), the terminal program's start, search per keystroke, saving
// one opinion, `doithoai search` as a whole process (cache current, and
// after one file changed), the terminal program under tmux until its first
// screen; and `rg` counting a word across the same files.
import DoiThoaiCore
import Foundation

let arguments = CommandLine.arguments
if arguments.count == 4, arguments[1] == "--phase", let phase = Phase(rawValue: arguments[2]) {
    phase.run(data: DataDirectory(root: arguments[3]))
    exit(0)
}
let meetingCount = arguments.count > 1 ? Int(arguments[1]) ?? 2000 : 2000
let perMeeting = arguments.count > 2 ? Int(arguments[2]) ?? 50 : 50
let folder = "/tmp/doithoai-bench-\(meetingCount)x\(perMeeting)"
let data = DataDirectory(root: folder)
let store = MeetingStore(data: data)

if !FileManager.default.fileExists(atPath: data.meetings) {
    print("writing a synthetic archive of \(meetingCount) meetings × \(perMeeting) opinions to \(folder) …")
    let written = try seconds { _ = try SyntheticArchive(meetings: meetingCount, opinionsPerMeeting: perMeeting, seed: 42).write(to: data) }
    print("  written in \(String(format: "%.1f", written)) s")
}
let files = (try? FileManager.default.contentsOfDirectory(atPath: data.meetings)) ?? []
let bytes = files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: "\(data.meetings)/\($1)")[.size] as? Int) ?? 0) }
print("archive: \(files.count) files, \(bytes / 1_000_000) MB of JSON")

let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
func phase(_ p: Phase) -> ProcessRun { ProcessRun.run(me, ["--phase", p.rawValue, folder]) }
func report(_ label: String, _ run: ProcessRun) {
    let lines = run.output.split(separator: "\n")
    let said = lines.count == 1 ? String(lines[0]) : "\(lines.count) lines printed"
    print("\(label): \(ms(run.seconds)), peak \(run.peakMB) MB — \(said)")
}

report("first load, no cache (decode every file, write the cache)", phase(.build))
let cacheBytes = (try? FileManager.default.attributesOfItem(atPath: SearchArchive.cacheFile(data))[.size] as? Int) ?? 0
print("  cache: \(cacheBytes / 1_000_000) MB at \(SearchArchive.cacheFile(data))")
report("terminal program ready, in process (load through the cache, list, words, first screen)",
       (0..<3).map { _ in phase(.ready) }.min { $0.seconds < $1.seconds } ?? phase(.ready))
let typing = phase(.typing)
print(typing.output.trimmingCharacters(in: .whitespacesAndNewlines))
print("  peak memory of that process (load + 190 searches + save): \(typing.peakMB) MB")

let binary = URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("doithoai").path
if FileManager.default.isExecutableFile(atPath: binary) {
    let search = ["search", "ngõ", "--data", folder, "--limit", "20"]
    report("doithoai search WORD, whole process, cache current (best of 5)", ProcessRun.best(of: 5, binary, search))
    if let id = store.meetingIDs().last, let stored = try? store.load(id) {
        var changed = stored.meeting
        changed.opinions[0].text += " (đã sửa)"
        if let saved = try? store.save(changed, over: stored.fingerprint) {
            report("doithoai search WORD after one file changed (decodes it, lays it over the cache)", ProcessRun.run(binary, search))
            _ = try? store.save(stored.meeting, over: saved)
            _ = ProcessRun.run(binary, search)
        }
    }
    if let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
        let starts = (0..<3).map { _ in TmuxStart.measure(tmux: tmux, binary: binary, data: folder) }
        let best = starts.min { $0.seconds < $1.seconds } ?? (0, 0)
        print("terminal program under tmux, start to first screen with the meetings listed (best of 3): \(ms(best.seconds)), "
              + "peak \(starts.map(\.peakMB).max() ?? 0) MB")
        if let id = store.meetingIDs().dropFirst(7).first, let stored = try? store.load(id) {
            var changed = stored.meeting
            changed.opinions[0].text += " (đã sửa)"
            if let saved = try? store.save(changed, over: stored.fingerprint) {
                let run = TmuxStart.measure(tmux: tmux, binary: binary, data: folder, settle: 4)
                print("  after one file changed (laid over the cache, cache rewritten in the background): \(ms(run.seconds)), "
                      + "peak \(run.peakMB) MB")
                _ = try? store.save(stored.meeting, over: saved)
                _ = ProcessRun.run(binary, search)
            }
        }
    }
} else {
    print("doithoai: build it first (swift build -c release) to time the whole process")
}
if let rg = ["/usr/bin/rg", "/usr/local/bin/rg"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
    let run = ProcessRun.best(of: 3, rg, ["-c", "ngõ", data.meetings])
    print("rg -c WORD over the same files (best of 3): \(ms(run.seconds)), peak \(run.peakMB) MB")
} else {
    print("rg: not installed (apt-get install ripgrep) — no comparison")
}
