#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// What a git command printed and how it ended.
public struct GitResult: Sendable {
    public var status: Int32
    public var output: String
    public var errors: String
    public var succeeded: Bool { status == 0 }
}

/// Why a git command gave no result.
public enum GitError: Error, Equatable, Sendable, CustomStringConvertible {
    case missing
    case timedOut(command: String, seconds: Int)
    case failed(command: String, status: Int32, message: String)

    /// The English text (`text(_:)` gives it in the reader's language).
    public var description: String { text(.en) }
}

/// Runs the `git` program in one folder, never letting it ask anything:
/// no terminal prompt, SSH in batch mode with a connection time limit,
/// standard input from /dev/null, and every command (with the processes it
/// starts, such as ssh) killed when the overall time limit is reached.
public struct GitProcess: Sendable {
    public let directory: String
    public let deadline: Date
    public let timeLimit: TimeInterval
    public var environment: [String: String]

    public init(directory: String, timeLimit: TimeInterval, environment: [String: String] = [:]) {
        self.directory = directory
        self.deadline = Date().addingTimeInterval(timeLimit)
        self.timeLimit = timeLimit
        self.environment = environment
    }

    public static var executable: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where access("\(folder)/git", X_OK) == 0 {
            return "\(folder)/git"
        }
        return nil
    }

    /// (2, 39) from "git version 2.39.5".
    public static func versionNumbers(_ text: String) -> (Int, Int)? {
        guard let numbers = text.split(separator: " ").first(where: { $0.first?.isNumber ?? false }) else { return nil }
        let parts = numbers.split(separator: ".").compactMap { Int($0.prefix { $0.isNumber }) }
        return parts.count >= 2 ? (parts[0], parts[1]) : nil
    }

    /// Runs `git args`; throws only when git cannot run or takes too long.
    @discardableResult
    public func run(_ args: [String], input: Data? = nil, extraEnvironment: [String: String] = [:]) throws -> GitResult {
        guard let git = GitProcess.executable else { throw GitError.missing }
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        for (key, value) in extraEnvironment { env[key] = value }
        env["GIT_TERMINAL_PROMPT"] = "0"
        env["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes -o ConnectTimeout=10"
        env["SSH_ASKPASS_REQUIRE"] = "never"
        env["GIT_ASKPASS"] = "/bin/false"
        env["LC_ALL"] = "C"
        env["GIT_PAGER"] = "cat"
        let scratch = NSTemporaryDirectory() + "doithoai-git-\(getpid())-\(UUID().uuidString)"
        let inputPath = input == nil ? "/dev/null" : scratch + ".in"
        if let input { FileManager.default.createFile(atPath: inputPath, contents: input) }
        defer {
            for suffix in [".in", ".out", ".err"] { unlink(scratch + suffix) }
        }
        let status = try spawn(git, ["git", "-C", directory] + args, env: env, stdin: inputPath, stdout: scratch + ".out",
                               stderr: scratch + ".err", label: args.first ?? "")
        let output = FileManager.default.contents(atPath: scratch + ".out") ?? Data()
        let errors = FileManager.default.contents(atPath: scratch + ".err") ?? Data()
        return GitResult(status: status, output: String(decoding: output, as: UTF8.self),
                         errors: String(decoding: errors, as: UTF8.self))
    }

    /// Runs `git args` and returns its output; a non-zero exit throws.
    @discardableResult
    public func output(_ args: [String], input: Data? = nil, extraEnvironment: [String: String] = [:]) throws -> String {
        let result = try run(args, input: input, extraEnvironment: extraEnvironment)
        guard result.succeeded else {
            throw GitError.failed(command: args.prefix(2).joined(separator: " "), status: result.status,
                                  message: result.errors.isEmpty ? result.output : result.errors)
        }
        return result.output
    }

    /// The raw bytes a command prints (a blob), or nil when it fails.
    public func bytes(_ args: [String]) throws -> Data? {
        guard let git = GitProcess.executable else { throw GitError.missing }
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        env["GIT_TERMINAL_PROMPT"] = "0"
        let scratch = NSTemporaryDirectory() + "doithoai-git-\(getpid())-\(UUID().uuidString)"
        defer { unlink(scratch + ".out"); unlink(scratch + ".err") }
        let status = try spawn(git, ["git", "-C", directory] + args, env: env, stdin: "/dev/null", stdout: scratch + ".out",
                               stderr: scratch + ".err", label: args.first ?? "")
        guard status == 0 else { return nil }
        return FileManager.default.contents(atPath: scratch + ".out") ?? Data()
    }

    private func spawn(_ program: String, _ argv: [String], env: [String: String], stdin: String, stdout: String,
                       stderr: String, label: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Its own process group, so a timeout kills ssh and helpers too.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in cArgs { free(pointer) }
            for pointer in cEnv { free(pointer) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, &attributes, cArgs, cEnv)
        guard spawned == 0 else {
            throw GitError.failed(command: label, status: -1, message: String(cString: strerror(spawned)))
        }
        var status: Int32 = 0
        var delay: useconds_t = 1000
        while true {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { break }
            if done < 0 && errno != EINTR { return -1 }
            if Date() >= deadline {
                kill(-pid, SIGKILL)
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                throw GitError.timedOut(command: label, seconds: Int(timeLimit.rounded()))
            }
            usleep(delay)
            delay = min(delay * 2, 50_000)
        }
        // WIFEXITED / WEXITSTATUS are macros Swift cannot import.
        if status & 0x7f == 0 { return (status >> 8) & 0xff }
        return 128 + (status & 0x7f)
    }
}
