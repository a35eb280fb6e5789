#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Whose turn it is to build the index when none on disk can be trusted.
///
/// Programs started together on a folder without an index (the program and
/// a scheduled `report`, or three commands in a script) each built a whole
/// copy at once: three times the work, each three times slower on two
/// cores. Now one builds; the others wait for it, showing its progress, and
/// share what it built. The turn is an exclusive `flock` on
/// `.cache/index.build`, so a builder killed midway (even by `kill -9`)
/// gives the turn up at once; the file holds the builder's "done total",
/// which the waiting programs read for their own progress line.
final class IndexBuildTurn: @unchecked Sendable {
    private let descriptor: Int32

    init?(cache: String) {
        descriptor = Glibc.open(cache + "/index.build", O_RDWR | O_CREAT | O_CLOEXEC, 0o640)
        guard descriptor >= 0 else { return nil }
    }

    deinit { close(descriptor) }

    /// Takes the turn when nobody has it; false while another program builds.
    func take() -> Bool { flock(descriptor, LOCK_EX | LOCK_NB) == 0 }

    func giveUp() { flock(descriptor, LOCK_UN) }

    /// The builder's progress, for the programs waiting for it.
    func tell(done: Int, total: Int) {
        let line = Array("\(done) \(total)\n".utf8)
        _ = line.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }

    /// Waits until the turn is free (the other build ended, or its program
    /// died), at most `seconds`, passing on the builder's progress. True
    /// when the turn was freed; it is then taken.
    func waitForTheBuilder(seconds: Double, progress: IndexProgress?) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        var told: (Int, Int)?
        repeat {
            if take() { return true }
            if let progress, let state = builderState(), state != told.map({ [$0.0, $0.1] }) {
                told = (state[0], state[1])
                progress(state[0], state[1])
            }
            usleep(50_000)
        } while Date() < end
        return false
    }

    private func builderState() -> [Int]? {
        var buffer = [UInt8](repeating: 0, count: 40)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, 40, 0) }
        guard count > 0, let line = String(decoding: buffer[0..<count], as: UTF8.self).split(separator: "\n").first
        else { return nil }
        let numbers = line.split(separator: " ").compactMap { Int($0) }
        return numbers.count == 2 && numbers[1] > 0 && numbers[0] <= numbers[1] ? numbers : nil
    }
}
