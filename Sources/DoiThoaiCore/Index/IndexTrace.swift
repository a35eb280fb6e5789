#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Times the steps of opening and refreshing the index on standard error
/// when `DOITHOAI_INDEX_TRACE` is set: how the figures of the README's
/// Speed section were taken apart. Silent otherwise.
struct IndexTrace {
    static let enabled = ProcessInfo.processInfo.environment["DOITHOAI_INDEX_TRACE"] != nil
    private var last = DispatchTime.now().uptimeNanoseconds
    private var lastCPU = Self.threadCPU()

    /// The step's wall time, and the CPU time of the thread that marks it (a figure the machine's load does not inflate).
    mutating func mark(_ step: @autoclosure () -> String) {
        guard Self.enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds, cpu = Self.threadCPU()
        FileHandle.standardError.write(Data(String(format: "index: %@ %.1f ms (this thread's CPU %.1f ms)\n", step(), Double(now - last) / 1e6,
                                                   Double(cpu - lastCPU) / 1e6).utf8))
        last = now
        lastCPU = cpu
    }

    /// CPU time of the calling thread, in nanoseconds.
    static func threadCPU() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return time.tv_sec * 1_000_000_000 + time.tv_nsec
    }
}
