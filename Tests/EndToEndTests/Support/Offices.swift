import Foundation
import XCTest

/// A district's server (a bare repository in a temporary folder) and the
/// data folders of the offices that share it, each driven through the real
/// `doithoai` binary.
final class District {
    let root: URL
    var server: String { root.appendingPathComponent("server.git").path }
    private(set) var offices: [DataFolder] = []
    let names: [String]

    /// `branch` is the one the server's HEAD names (a server set up with an
    /// older git says `master`).
    init(offices names: [String], branch: String = "main") throws {
        self.names = names
        root = FileManager.default.temporaryDirectory.appendingPathComponent("doithoai-sync-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let made = try Command.run("/usr/bin/env", ["git", "init", "-q", "--bare", "-b", branch, server])
        XCTAssertEqual(made.status, 0, "git is needed for the sync tests (apt-get install git): \(made.stderr)")
        offices = try names.map { _ in try DataFolder(empty: true) }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// `doithoai sync` in office `index`; the first time with the remote and its name.
    @discardableResult
    func sync(_ index: Int, file: StaticString = #filePath, line: UInt = #line) throws -> Outcome {
        // In English, the report the sync tests read (MessageLanguageTests read the Vietnamese one).
        let outcome = try offices[index].run(["sync", "--remote", server, "--office", names[index], "--lang", "en"])
        XCTAssertEqual(outcome.status, 0, "sync of \(names[index]) failed: \(outcome.stderr)", file: file, line: line)
        return outcome
    }

    /// Every file of an office's archive (not its .git), path → bytes.
    func archive(_ index: Int) -> [String: Data] {
        var files: [String: Data] = [:]
        let base = offices[index].url.path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return files }
        while let path = walker.nextObject() as? String {
            if path == ".git" || path.hasPrefix(".git/") || path.hasPrefix(".cache") || path.hasPrefix("trash") {
                if path == ".git" || path == ".cache" || path == "trash" { walker.skipDescendants() }
                continue
            }
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isFolder)
            if !isFolder.boolValue, !path.hasSuffix(".lock") { files[path] = FileManager.default.contents(atPath: base + "/" + path) }
        }
        return files
    }
}

/// A small seeded random generator (SplitMix64): the same trial every run.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
