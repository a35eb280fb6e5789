import Foundation
import XCTest

/// The built `doithoai` binary, next to the test bundle in `.build/<config>/`.
enum Binary {
    static var doithoai: URL {
        // Linux: the bundle is the build folder itself; macOS: the .xctest inside it.
        let bundle = Bundle(for: BundleMarker.self).bundleURL
        for folder in [bundle, bundle.deletingLastPathComponent()] {
            let candidate = folder.appendingPathComponent("doithoai")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return bundle.appendingPathComponent("doithoai")
    }

    /// The repository root (for `data/`, the sample archive).
    static var repositoryRoot: URL {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url
    }
}

private final class BundleMarker {}

/// What a finished process left: exit code and its two outputs.
struct Outcome {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// A temporary copy of the sample `data/` folder, removed at the end.
final class DataFolder {
    let url: URL
    var path: String { url.path }

    /// A copy of the repository's `data/` (sample meetings and topics), or an
    /// empty folder with `empty: true`.
    init(empty: Bool = false) throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("doithoai-e2e-\(UUID().uuidString)")
        if empty {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } else {
            try FileManager.default.copyItem(at: Binary.repositoryRoot.appendingPathComponent("data"), to: url)
            for leftover in [".cache", "minutes", "drafts", "trash"] {
                try? FileManager.default.removeItem(at: url.appendingPathComponent(leftover))
            }
        }
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func meetingFile(_ id: String) -> URL { url.appendingPathComponent("meetings/\(id).json") }

    /// The meeting file parsed as a JSON object.
    func meetingJSON(_ id: String) throws -> [String: Any] {
        let data = try Data(contentsOf: meetingFile(id))
        return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// Runs `doithoai ARGS --data <this folder>`.
    @discardableResult
    func run(_ arguments: [String], environment: [String: String] = [:], stdin: String? = nil) throws -> Outcome {
        try Command.run(Binary.doithoai.path, arguments + ["--data", path], environment: environment, stdin: stdin)
    }
}

enum Command {
    /// Runs a program to its end and collects its output. posix_spawn and
    /// waitpid rather than Foundation's Process, which never sees the end of
    /// a program that leaves a daemon behind (tmux starting its server); the
    /// output goes to files for the same reason.
    static func run(_ program: String, _ arguments: [String], environment: [String: String] = [:],
                    stdin: String? = nil) throws -> Outcome {
        var env = ProcessInfo.processInfo.environment
        env["TZ"] = env["TZ"] ?? "Asia/Ho_Chi_Minh"
        env["DOITHOAI_NOW"] = env["DOITHOAI_NOW"] ?? TestClock.start
        env["LANG"] = "C.UTF-8"
        // The language comes from LANG unless LC_ALL or LC_MESSAGES says otherwise: none set here.
        env["LC_ALL"] = nil
        env["LC_MESSAGES"] = nil
        for (key, value) in environment { env[key] = value }
        let base = NSTemporaryDirectory() + "cmd-\(UUID().uuidString)"
        let (inFile, outFile, errFile) = (base + ".in", base + ".out", base + ".err")
        try (stdin ?? "").write(toFile: inFile, atomically: false, encoding: .utf8)
        defer { for file in [inFile, outFile, errFile] { try? FileManager.default.removeItem(atPath: file) } }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inFile, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, program, &actions, nil, argv, envp)
        guard result == 0 else { throw CocoaError(.executableNotLoadable, userInfo: [NSFilePathErrorKey: program]) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitCode = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Outcome(status: exitCode,
                       stdout: (try? String(contentsOfFile: outFile, encoding: .utf8)) ?? "",
                       stderr: (try? String(contentsOfFile: errFile, encoding: .utf8)) ?? "")
    }
}
