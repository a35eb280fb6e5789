import Foundation
import XCTest

/// Many `doithoai` processes writing one meeting (and the topic catalog) at
/// once, over stale lock files of every kind, some killed with SIGKILL
/// mid-write: every opinion or topic a process acknowledged (exit 0) is on
/// disk, and the file always reads back whole.
///
/// Small in CI; large by hand, e.g.
/// `DOITHOAI_RACE_WRITERS=8 DOITHOAI_RACE_ROUNDS=200 swift test --skip-build --filter RaceTests`.
final class RaceTests: XCTestCase {
    var writers: Int { Int(ProcessInfo.processInfo.environment["DOITHOAI_RACE_WRITERS"] ?? "") ?? 4 }
    var rounds: Int { Int(ProcessInfo.processInfo.environment["DOITHOAI_RACE_ROUNDS"] ?? "") ?? 6 }

    /// A running command whose output goes to a file.
    struct Running {
        var pid: pid_t
        var output: String
        var tag: String
    }

    func start(_ arguments: [String], tag: String) -> Running {
        let output = NSTemporaryDirectory() + "race-\(UUID().uuidString).out"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let program = Binary.doithoai.path
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        XCTAssertEqual(posix_spawn(&pid, program, &actions, nil, argv, environ), 0)
        return Running(pid: pid, output: output, tag: tag)
    }

    /// Waits for the process; true when it exited 0 (it acknowledged).
    func finish(_ running: Running) -> Bool {
        var status: Int32 = 0
        while waitpid(running.pid, &status, 0) < 0 && errno == EINTR {}
        try? FileManager.default.removeItem(atPath: running.output)
        return (status & 0x7f) == 0 && (status >> 8) & 0xff == 0
    }

    /// Plants a lock file nobody holds: empty, pid 0, a dead pid, a live
    /// unrelated pid (1), garbage.
    func plantStaleLock(_ path: String, round: Int) {
        let contents = ["", "0\n", "999999\n", "1\n", "not a pid"][round % 5]
        FileManager.default.createFile(atPath: path, contents: Data(contents.utf8))
    }

    func testConcurrentWritersKilledAtRandomLoseNoAcknowledgedOpinion() throws {
        let data = try DataFolder(empty: true)
        let created = try data.run(["new", "--title", "Đối thoại", "--organizer", "UBND phường", "--date", "2024-05-01"])
        let id = created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(created.status, 0, created.stderr)
        var random = SystemRandomNumberGenerator()
        var acknowledged: [String] = []
        var killed = 0
        for round in 0..<rounds {
            plantStaleLock(data.url.appendingPathComponent("meetings/\(id).lock").path, round: round)
            var running: [Running] = []
            for writer in 0..<writers {
                let speaker = "Người \(round)-\(writer)"
                running.append(start(["add-opinion", id, "--speaker", speaker, "--topic", "khac", "--text", "Ý kiến \(speaker)",
                                      "--data", data.path], tag: speaker))
            }
            // Kill about one writer in four at a random moment of its life.
            let victims = running.filter { _ in Int.random(in: 0..<4, using: &random) == 0 }
            for victim in victims {
                usleep(UInt32.random(in: 0..<40_000, using: &random))
                kill(victim.pid, SIGKILL)
                killed += 1
            }
            for process in running where finish(process) { acknowledged.append(process.tag) }
            let json = try data.meetingJSON(id)
            let opinions = try XCTUnwrap(json["opinions"] as? [[String: Any]], "round \(round): the file reads back whole")
            XCTAssertEqual(opinions.compactMap { $0["number"] as? Int }, Array(stride(from: 1, through: opinions.count, by: 1)))
        }
        let speakers = Set(try XCTUnwrap(data.meetingJSON(id)["opinions"] as? [[String: Any]]).compactMap { $0["speaker"] as? String })
        let lost = acknowledged.filter { !speakers.contains($0) }
        XCTAssertEqual(lost, [], "acknowledged then lost")
        XCTAssertGreaterThan(acknowledged.count, writers * rounds / 2, "writers wait for the lock instead of failing")
        print("race: \(writers) writers × \(rounds) rounds, \(acknowledged.count) acknowledged, \(killed) killed, 0 lost")
    }

    func testConcurrentTopicAddsLoseNoTopic() throws {
        let data = try DataFolder()
        var acknowledged: [String] = []
        for round in 0..<rounds {
            plantStaleLock(data.url.appendingPathComponent("topics.lock").path, round: round)
            let running = (0..<writers).map { writer -> Running in
                let name = "Chủ đề \(round) \(writer)"
                return start(["topics", "add", name, "--data", data.path], tag: name)
            }
            for process in running where finish(process) { acknowledged.append(process.tag) }
        }
        let listed = try data.run(["topics", "--json"])
        let names = Set(try XCTUnwrap(JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
            .compactMap { $0["name"] as? String })
        XCTAssertEqual(acknowledged.count, writers * rounds, "every add waits its turn")
        XCTAssertEqual(acknowledged.filter { !names.contains($0) }, [], "acknowledged then lost")
    }
}
