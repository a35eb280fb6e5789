// The benchmark: `swift run -c release doithoai-bench --meetings 2000 --opinions 50`.
// Writes a synthetic archive once into /tmp (or --folder), then measures each
// figure in a process of its own, and beside each whole-process figure the
// same run's `rg -l WORD` over the same files.
import DoiThoaiCore
import Foundation

let usage = """
    usage: doithoai-bench [--meetings N] [--opinions M] [--folder DIR] [--skip-build]

    Measures doithoai on a synthetic archive of N meetings (default 2000) of M
    opinions each (default 50), written once to DIR (default
    /tmp/doithoai-bench-NxM) and reused. Each figure is taken in a process of its
    own (time and peak memory); whole-process figures are printed beside the same
    run's `rg -l WORD` over the same files (skipped, with a note, without rg).
    Build first with `swift build -c release`; run as
    `.build/release/doithoai-bench --meetings 10000 --opinions 50`.
      --skip-build   keep the index as it is instead of timing a first build
      --help         print this and exit
    """

/// Each line out at once, so a long run shows its figures as they come.
func print(_ text: String) {
    Swift.print(text)
    fflush(nil)
}

var arguments = Array(CommandLine.arguments.dropFirst())
if arguments.count == 3, arguments[0] == "--phase", let phase = Phase(rawValue: arguments[1]) {
    phase.run(data: DataDirectory(root: arguments[2]))
    exit(0)
}
// The archive is written by a child of its own: a child's peak memory (wait4) starts from what its parent
// held when it was forked, so a parent that wrote 500,000 opinions made every figure after it read 556 MB.
if arguments.count == 4, arguments[0] == "--write-archive", let n = Int(arguments[1]), let m = Int(arguments[2]) {
    do {
        _ = try SyntheticArchive(meetings: n, opinionsPerMeeting: m, seed: 42).write(to: DataDirectory(root: arguments[3]))
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        exit(1)
    }
}
var meetingCount = 2000, perMeeting = 50, folderOption: String?, skipBuild = false
while !arguments.isEmpty {
    let flag = arguments.removeFirst()
    func value() -> String? { arguments.isEmpty ? nil : arguments.removeFirst() }
    switch flag {
    case "--help", "-h": print(usage); exit(0)
    case "--meetings": guard let v = value().flatMap(Int.init), v > 0 else { print(usage); exit(2) }; meetingCount = v
    case "--opinions": guard let v = value().flatMap(Int.init), v > 0 else { print(usage); exit(2) }; perMeeting = v
    case "--folder": guard let v = value() else { print(usage); exit(2) }; folderOption = v
    case "--skip-build": skipBuild = true
    default: FileHandle.standardError.write(Data("unknown argument \(flag)\n\n\(usage)\n".utf8)); exit(2)
    }
}
let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
let folder = folderOption ?? "/tmp/doithoai-bench-\(meetingCount)x\(perMeeting)"
let data = DataDirectory(root: folder)

if !FileManager.default.fileExists(atPath: data.meetings) {
    print("writing a synthetic archive of \(meetingCount) meetings × \(perMeeting) opinions to \(folder) …")
    let writer = ProcessRun.run(me, ["--write-archive", String(meetingCount), String(perMeeting), folder])
    guard writer.status == 0 else { print("the archive could not be written"); exit(1) }
    print("  written in \(String(format: "%.1f", writer.seconds)) s")
}
let files = ((try? FileManager.default.contentsOfDirectory(atPath: data.meetings)) ?? []).filter { $0.hasSuffix(".json") }
let bytes = files.reduce(0) { $0 + (FileStat.of("\(data.meetings)/\($1)").map { Int($0.size) } ?? 0) }
print("archive: \(files.count) files, \(bytes / 1_000_000) MB of JSON, in \(folder)")

let binary = URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("doithoai").path
let rg = ["/usr/bin/rg", "/usr/local/bin/rg"].first { FileManager.default.isExecutableFile(atPath: $0) }
let word = "ngõ"
func phase(_ p: Phase) -> ProcessRun { ProcessRun.run(me, ["--phase", p.rawValue, folder]) }
/// The same run's `rg -l WORD` over the meeting files (best of 3), for comparison.
func ripgrep() -> ProcessRun? { rg.map { ProcessRun.best(of: 3, $0, ["-l", word, data.meetings]) } }
func line(_ label: String, _ run: ProcessRun, beside rgRun: ProcessRun? = nil) {
    let said = run.output.split(separator: "\n").first.map(String.init) ?? ""
    var text = "\(label): \(ms(run.seconds)), peak \(run.peakMB) MB"
    if let rgRun { text += "  |  rg -l \(word): \(ms(rgRun.seconds)), peak \(rgRun.peakMB) MB" }
    print(text + (said.isEmpty ? "" : "  — \(said)"))
}

if !skipBuild {
    line("first build of the index, no index on disk", phase(.build))
}
let index = ArchiveIndex.path(data)
print("  index: \(((FileStat.of(index)?.size) ?? 0) / 1_000_000) MB at \(index)")
line("program ready in process: index opened, meetings list, first screen (best of 3)",
     (0..<3).map { _ in phase(.ready) }.min { $0.seconds < $1.seconds } ?? phase(.ready))
line("  the same, then off the UI thread every file compared with the index and the completion words read",
     phase(.settled))
let typing = phase(.typing)
print(typing.output.trimmingCharacters(in: .whitespacesAndNewlines))
print("  peak memory of that process: \(typing.peakMB) MB")
print(phase(.saving).output.trimmingCharacters(in: .whitespacesAndNewlines))
let screens = phase(.screens)
print(screens.output.trimmingCharacters(in: .whitespacesAndNewlines))

if FileManager.default.isExecutableFile(atPath: binary) {
    if rg == nil { print("rg: not installed (apt-get install ripgrep) — no comparison") }
    let commands: [(String, [String])] = [
        ("doithoai search \(word)", ["search", word, "--limit", "20"]),
        ("doithoai list", ["list"]),
        ("doithoai followups --overdue", ["followups", "--overdue"]),
        ("doithoai report --format json", ["report", "--format", "json"]),
    ]
    for (label, args) in commands {
        line("\(label), whole process (best of 3)", ProcessRun.best(of: 3, binary, args + ["--data", folder]), beside: ripgrep())
    }
    line("next command after 100 files changed (doithoai list)", Changes.afterChanging(100, data: data, binary: binary),
         beside: ripgrep())
    if let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
        let starts = (0..<3).map { _ in TmuxStart.measure(tmux: tmux, binary: binary, data: folder, meetings: files.count) }
        let best = starts.min { $0.seconds < $1.seconds } ?? (0, 0)
        print("terminal program under tmux, start until the list shows “\(files.count) hội nghị” (best of 3): \(ms(best.seconds)), "
              + "peak \(starts.map(\.peakMB).max() ?? 0) MB")
    }
    // Last: it empties the page cache, which the figures above must not pay for.
    // Cold: the first search of the morning, neither the files nor the index in memory (each run after emptying the cache).
    let (coldSearch, way) = Cold.best(of: 3, data, binary, ["search", word, "--limit", "20", "--data", folder])
    let coldRg = rg.map { Cold.best(of: 3, data, $0, ["-l", word, data.meetings]).0 }
    print("cold: \(way.rawValue)")
    line("doithoai search \(word), cold, whole process (best of 3)", coldSearch, beside: coldRg)
} else {
    print("doithoai: build it first (swift build -c release) to time the whole process")
}
