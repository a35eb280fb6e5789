import DoiThoaiCore
import Foundation

/// `doithoai-bench --phase decode DIR`: every meeting file of DIR read into
/// memory, then decoded on this thread by `MeetingCodec.decode` (the store's
/// way) and by `MeetingCodec.decodeWithDecodable` (the model's `Decodable`
/// code), with the thread's CPU time of each and whether they agree.
enum DecodeTiming {
    static func run(data: DataDirectory) {
        let store = MeetingStore(data: data)
        let files = store.meetingIDs().compactMap { id in
            FileManager.default.contents(atPath: data.meetingFile(id)).map { (data.meetingFile(id), $0) }
        }
        let megabytes = Double(files.reduce(0) { $0 + $1.1.count }) / 1_048_576
        print("\(files.count) files, \(String(format: "%.0f", megabytes)) MB, decoded on one thread:")
        var fast: [Meeting?] = [], reference: [Meeting?] = []
        let fastCPU = cpu { fast = files.map { try? MeetingCodec.decode($0.1, path: $0.0) } }
        let referenceCPU = cpu { reference = files.map { try? MeetingCodec.decodeWithDecodable($0.1, path: $0.0) } }
        let fingerprintCPU = cpu { for (path, bytes) in files { _ = FileFingerprint.of(data: bytes, path: path) } }
        let ids = store.meetingIDs()
        let loadCPU = cpu { for id in ids { _ = try? store.load(id) } }
        for (name, seconds) in [("MeetingCodec.decode", fastCPU), ("decodeWithDecodable", referenceCPU),
                                ("FileFingerprint.of", fingerprintCPU), ("MeetingStore.load (file read, fingerprint, decode)", loadCPU)] {
            print("  \(name): \(String(format: "%.2f", seconds)) s CPU, \(String(format: "%.0f", seconds * 1e6 / Double(max(1, files.count)))) µs a file")
        }
        let differing = zip(fast, reference).filter { $0.0 != $0.1 }.count
        print("  \(fast.compactMap { $0 }.count) read, \(differing) differ")
    }

    static func cpu(_ work: () -> Void) -> Double {
        var start = timespec(), end = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
        work()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
        return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
    }
}
