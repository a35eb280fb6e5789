#if canImport(Glibc)
import Glibc
#endif
import DoiThoaiCore
import Foundation

/// Saving one opinion taken apart: what is the device's flush and what is
/// not. Each part is timed on its own over the same saves (medians), in
/// wall time and in this thread's CPU time (which the machine's load
/// does not inflate).
enum Saving {
    struct Part {
        var wall: [Double] = []
        var cpu: [Double] = []

        mutating func time(_ body: () -> Void) {
            let cpu0 = threadCPU(), wall0 = DispatchTime.now().uptimeNanoseconds
            body()
            wall.append(Double(DispatchTime.now().uptimeNanoseconds - wall0) / 1e9)
            cpu.append(threadCPU() - cpu0)
        }

        var text: String { "\(ms(percentile(wall, 0.5))) (CPU \(ms(percentile(cpu, 0.5))), max \(ms(wall.max() ?? 0)))" }
    }

    static func threadCPU() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    static func run(store: MeetingStore, topics: TopicCatalog, rounds: Int = 30) {
        guard let index = try? ArchiveIndex.open(store, topics: topics) else { return print("the index does not open") }
        // A meeting in the middle of the archive, held open as the program holds it.
        let ids = store.meetingIDs()
        guard !ids.isEmpty, let stored = try? store.load(ids[ids.count / 2]), let lock = try? store.lock(stored.meeting.id) else {
            return print("no meeting to save")
        }
        defer { lock.release() }
        var meeting = stored.meeting
        var fingerprint = stored.fingerprint
        var whole = Part(), file = Part(), indexed = Part(), encode = Part(), flush = Part(), check = Part()
        let scratch = store.data.meetings + "/.bench-flush"
        for round in 0..<rounds {
            meeting.addOpinion { Opinion(id: $0, number: $1, speaker: "Nguyễn Văn Bench", topic: "dat-dai", text: "Ý kiến đo \(round).") }
            var bytes = Data()
            encode.time { bytes = (try? MeetingCodec.encode(meeting)) ?? Data() }
            check.time { _ = meeting.problems() }
            // The device's flush alone: the same bytes written to a file and fsynced, then the folder fsynced.
            flush.time {
                let fd = open(scratch, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
                _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                fsync(fd)
                close(fd)
                let folder = open(store.data.meetings, O_RDONLY | O_DIRECTORY)
                fsync(folder)
                close(folder)
            }
            whole.time {
                file.time { if let saved = try? store.save(meeting, over: fingerprint) { fingerprint = saved } }
                indexed.time { try? index.saved(meeting) }
            }
        }
        unlink(scratch)
        if let saved = try? store.save(stored.meeting, over: fingerprint) { _ = saved }
        try? index.saved(stored.meeting)
        print("""
            save one opinion, \(rounds) saves of a \(fingerprint.size / 1000) KB meeting (medians; CPU = this thread's): \(whole.text)
              the file (checked, encoded, written, fsync of file and folder): \(file.text)
                of which encoding the meeting: \(encode.text); its checks: \(check.text)
                the device's flush alone (the same bytes written + fsync, folder fsync): \(flush.text)
              the index updated in the same step: \(indexed.text)
            """)
    }
}
