#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Seconds taken by `body`.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Seconds of CPU this thread spent in `body`: what a figure costs apart from waiting for a core on a loaded machine.
func cpuSeconds(_ body: () throws -> Void) rethrows -> Double {
    func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
    let start = now()
    try body()
    return now() - start
}

func ms(_ s: Double) -> String { String(format: "%.1f ms", s * 1000) }

func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * p))]
}

/// A whole process, run to its end: wall time, peak memory (from wait4), what it printed.
struct ProcessRun {
    var seconds: Double
    var peakMB: Int
    var output: String
    var status: Int32

    static func run(_ program: String, _ arguments: [String]) -> ProcessRun {
        var pipe: [Int32] = [0, 0]
        guard Glibc.pipe(&pipe) == 0 else { return ProcessRun(seconds: 0, peakMB: 0, output: "", status: -1) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, pipe[0])
        posix_spawn_file_actions_addclose(&actions, pipe[1])
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, program, &actions, nil, argv, environ) == 0 else {
            close(pipe[0]); close(pipe[1])
            return ProcessRun(seconds: 0, peakMB: 0, output: "", status: -1)
        }
        close(pipe[1])
        var output = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let got = read(pipe[0], &buffer, buffer.count)
            if got <= 0 { break }
            output += buffer[0..<got]
        }
        close(pipe[0])
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return ProcessRun(seconds: elapsed, peakMB: Int(usage.ru_maxrss / 1024), output: String(decoding: output, as: UTF8.self),
                          status: (status >> 8) & 0xFF)
    }

    /// The fastest of `n` runs (and its peak memory).
    static func best(of n: Int, _ program: String, _ arguments: [String]) -> ProcessRun {
        (0..<n).map { _ in run(program, arguments) }.min { $0.seconds < $1.seconds } ?? run(program, arguments)
    }
}

/// Peak memory of this process so far, in MB.
func peakMemoryMB() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Int(usage.ru_maxrss / 1024)
}

/// Runs a shell command quietly; its exit status.
@discardableResult
func shell(_ command: String) -> Int32 {
    ProcessRun.run("/bin/sh", ["-c", command]).status
}
