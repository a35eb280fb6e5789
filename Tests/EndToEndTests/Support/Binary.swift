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
    /// Runs a program to its end and collects its output.
    static func run(_ program: String, _ arguments: [String], environment: [String: String] = [:],
                    stdin: String? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["TZ"] = env["TZ"] ?? "Asia/Ho_Chi_Minh"
        env["LANG"] = "C.UTF-8"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        // Read both pipes to their end before waiting, so a large output cannot block the child.
        let errData = DataBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData.data = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus,
                       stdout: String(decoding: outData, as: UTF8.self),
                       stderr: String(decoding: errData.data, as: UTF8.self))
    }
}

/// Holds what the stderr reader collected; read only after `group.wait()`.
private final class DataBox: @unchecked Sendable {
    var data = Data()
}
