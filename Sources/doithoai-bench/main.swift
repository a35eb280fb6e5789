// The benchmark: `swift run -c release doithoai-bench [meetings] [opinions-per-meeting]`.
// Writes a synthetic archive (2,000 meetings × 50 opinions by default) once
// into /tmp, then measures start-up (load and index), search per keystroke,
// `doithoai search` as a whole process, saving one opinion, peak memory, and
// `rg` counting a word across the same files.
#if canImport(Glibc)
import Glibc
#endif
import DoiThoaiCore
import Foundation

let arguments = CommandLine.arguments
let meetingCount = arguments.count > 1 ? Int(arguments[1]) ?? 2000 : 2000
let perMeeting = arguments.count > 2 ? Int(arguments[2]) ?? 50 : 50
let folder = "/tmp/doithoai-bench-\(meetingCount)x\(perMeeting)"
let data = DataDirectory(root: folder)
let store = MeetingStore(data: data)

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func ms(_ s: Double) -> String { String(format: "%.1f ms", s * 1000) }

func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * p))]
}

func run(_ program: String, _ args: [String]) -> (seconds: Double, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = args
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    var output = Data()
    let elapsed = seconds {
        do { try process.run() } catch { return }
        output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
    }
    return (elapsed, String(decoding: output, as: UTF8.self))
}

if !FileManager.default.fileExists(atPath: data.meetings) {
    print("writing a synthetic archive of \(meetingCount) meetings × \(perMeeting) opinions to \(folder) …")
    let written = try seconds { try SyntheticArchive(meetings: meetingCount, opinionsPerMeeting: perMeeting, seed: 42).write(to: data) }
    print("  written in \(String(format: "%.1f", written)) s")
}
let files = (try? FileManager.default.contentsOfDirectory(atPath: data.meetings)) ?? []
let bytes = files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: "\(data.meetings)/\($1)")[.size] as? Int) ?? 0) }
print("archive: \(files.count) files, \(bytes / 1_000_000) MB of JSON")

// 1. Start-up: every file read, decoded and indexed.

let topics = (try? TopicStore(data: data).load()) ?? .standard
var loaded: [Meeting] = []
let readTime = seconds { loaded = store.loadAll().meetings.map(\.meeting) }
var documents: [SearchDocument] = []
let documentTime = seconds { documents = loaded.flatMap { SearchDocument.of($0, topics: topics) } }
var built: SearchIndex?
let indexTime = seconds { built = SearchIndex(documents: documents) }
guard let index = built else { exit(1) }

print("load + index \(index.count) opinions: \(ms(readTime + documentTime + indexTime))"
      + " (read and decode \(ms(readTime)), documents \(ms(documentTime)), index \(ms(indexTime)))")

// 2. Search as you type, letter by letter, with and without filters.
let typed = "giai phong mat bang"
var plain: [Double] = []
var filtered: [Double] = []
var filters = SearchFilters()
filters.topic = "giai-phong-mat-bang"
filters.from = Day(year: 2018, month: 1, day: 1)
filters.to = Day(year: 2022, month: 12, day: 31)
for _ in 0..<5 {
    for end in 1...typed.count {
        let text = String(typed.prefix(end))
        plain.append(seconds { _ = index.search(SearchQuery(text), limit: 200) })
        filtered.append(seconds { _ = index.search(SearchQuery(text, filters: filters), limit: 200) })
    }
}
print("search per keystroke (\(plain.count) keystrokes): median \(ms(percentile(plain, 0.5))), p99 \(ms(percentile(plain, 0.99)))")
print("  with topic and period filters: median \(ms(percentile(filtered, 0.5))), p99 \(ms(percentile(filtered, 0.99)))")
let sample = index.search(SearchQuery("dat dai"), limit: 1)
print("  \"dat dai\": \(sample.total) opinions")

// 3. Saving one new opinion into a 50-opinion meeting.
if let id = store.meetingIDs().first, let stored = try? store.load(id) {
    var meeting = stored.meeting
    meeting.addOpinion { Opinion(id: $0, number: $1, speaker: "Nguyễn Văn Bench", topic: "dat-dai", text: "Ý kiến đo thời gian lưu.") }
    var saved = stored.fingerprint
    let saveTime = seconds { saved = (try? store.save(meeting, over: stored.fingerprint)) ?? saved }
    meeting.deleteOpinion(meeting.opinions[meeting.opinions.count - 1].id)
    _ = try? store.save(meeting, over: saved)
    print("save one opinion (meeting of \(meeting.opinions.count + 1) opinions, atomic + fsync): \(ms(saveTime))")
}

// 4. Peak memory of this process.
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
print("peak memory (load + index + searches): \(usage.ru_maxrss / 1024) MB")

// 5. `doithoai search` as a whole process, and rg over the same files.
let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("doithoai").path
if FileManager.default.isExecutableFile(atPath: binary) {
    let times = (0..<3).map { _ in run(binary, ["search", "ngõ", "--data", folder, "--limit", "20"]).seconds }
    print("doithoai search WORD (whole process, best of 3): \(ms(times.min() ?? 0))")
} else {
    print("doithoai search: build it first (swift build -c release) to time the whole process")
}
if let rg = ["/usr/bin/rg", "/usr/local/bin/rg"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
    let times = (0..<3).map { _ in run(rg, ["-c", "ngõ", data.meetings]).seconds }
    print("rg -c WORD over the same files (best of 3): \(ms(times.min() ?? 0))")
} else {
    print("rg: not installed (apt-get install ripgrep) — no comparison")
}
