import DoiThoaiCore
import Foundation
import XCTest

/// Control characters, crafted files and bad arguments, through the real
/// commands: nothing raw reaches the terminal, nothing is written outside
/// DATA or into the wrong file, every refusal names what is wrong.
final class HostileInputTests: XCTestCase {
    static let meeting = "2020-07-17-ngoc-thuy"

    /// A sample folder whose meeting and topics have control and bidi
    /// characters in every text field.
    func poisonedFolder() throws -> DataFolder {
        let data = try DataFolder()
        let stored = try MeetingStore(data: DataDirectory(root: data.path)).load(MeetingID(Self.meeting)).meeting
        let tree = try JSONDecoder().decode(JSONValue.self, from: MeetingCodec.encode(stored))
        guard case .object(let object) = tree else { throw CocoaError(.fileReadCorruptFile) }
        var poisoned = CraftedFiles.poisoned(object)
        poisoned["status"] = .string("live") // follow-ups open, so `followups` lists them
        try JSONEncoder().encode(JSONValue.object(poisoned)).write(to: data.meetingFile(Self.meeting))
        let topicsURL = data.url.appendingPathComponent("topics.json")
        let topics = try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: topicsURL))
        guard case .object(let topicObject) = topics else { throw CocoaError(.fileReadCorruptFile) }
        try JSONEncoder().encode(JSONValue.object(CraftedFiles.poisoned(topicObject))).write(to: topicsURL)
        return data
    }

    func rawControls(in text: String) -> [String] {
        text.unicodeScalars.filter(ControlCharacters.isUnsafe).map { String(format: "U+%04X", $0.value) }
    }

    func testNoCommandPrintsARawControlCharacterFromAnyField() throws {
        let data = try poisonedFolder()
        let m = Self.meeting
        let human: [[String]] = [
            ["list"], ["show", m], ["search", "bồi thường"], ["search", "x"], ["followups"], ["topics"],
            ["minutes", m, "--format", "text"], ["minutes", m, "--format", "md"], ["report"], ["validate"],
            ["show", "x\u{1B}[2J\u{7}"], ["add-opinion", m, "--anonymous", "--topic", "\u{1B}]0;t\u{7}", "--text", "x"],
        ]
        for arguments in human {
            let outcome = try data.run(arguments)
            XCTAssertLessThan(outcome.status, 2, "\(arguments): \(outcome.stderr)")
            XCTAssertEqual(rawControls(in: outcome.stdout), [], "\(arguments) stdout:\n\(outcome.stdout)")
            XCTAssertEqual(rawControls(in: outcome.stderr), [], "\(arguments) stderr:\n\(outcome.stderr)")
        }
        let shown = try data.run(["show", m]).stdout
        XCTAssertTrue(shown.contains("^[]0;x^G^[[2J^M^H^@\u{FFFD}31m^?^K^L\u{FFFD}cba"), "marked, not dropped:\n\(shown)")
        let csv = try data.run(["report", "--format", "csv"])
        XCTAssertEqual(rawControls(in: csv.stdout.replacingOccurrences(of: "\r\n", with: "\n")), [])
        for arguments in [["list", "--json"], ["show", m, "--json"], ["search", "x", "--json"], ["followups", "--json"],
                          ["topics", "--json"], ["report", "--format", "json"]] {
            let outcome = try data.run(arguments)
            XCTAssertEqual(outcome.status, 0, "\(arguments): \(outcome.stderr)")
            XCTAssertEqual(rawControls(in: outcome.stdout), [], "\(arguments):\n\(outcome.stdout)")
            XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)), "\(arguments) stays JSON")
        }
        let json = try data.run(["show", m, "--json"]).stdout
        XCTAssertTrue(json.contains("\\u009b") && json.contains("\\u202e"), "escaped, not dropped")
    }

    /// What is typed is stored clean: control characters left out, line ends LF.
    func testTextIsStoredWithoutControlCharacters() throws {
        let data = try DataFolder(empty: true)
        let id = try data.run(["new", "--title", "Họp\u{7}\u{202E}", "--organizer", "UBND\u{1B}[2J", "--date", "2024-05-01"])
            .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let added = try data.run(["add-opinion", id, "--speaker", "Ông\u{1B}]0;x\u{7} Ba", "--topic", "khac",
                                  "--text", "dòng 1\r\ndòng 2\u{0C}\u{0B}\u{202E}cba"])
        XCTAssertEqual(added.status, 0, added.stderr)
        let file = try String(contentsOf: data.meetingFile(id), encoding: .utf8)
        XCTAssertTrue(file.contains("\"text\" : \"dòng 1\\ndòng 2cba\""), file)
        XCTAssertTrue(file.contains("\"speaker\" : \"Ông]0;x Ba\""), file)
        XCTAssertTrue(file.contains("\"title\" : \"Họp\""), file)
        XCTAssertFalse(file.contains("\\u001b") || file.contains("\\u0007") || file.contains("\\f"), file)
    }

    /// Every crafted file, under every command that reads or writes it:
    /// named in the message, never rewritten, nothing written outside DATA.
    func testCraftedFilesAreReportedByEveryCommandAndNeverWritten() throws {
        let base = try MeetingStore(data: DataDirectory(root: Binary.repositoryRoot.path + "/data")).load(MeetingID(Self.meeting)).meeting
        for crafted in try CraftedFiles.corpus(from: base) {
            guard case .refused(let naming) = crafted.expectation else { continue }
            let outer = try DataFolder(empty: true)
            let data = outer.url.appendingPathComponent("a/b/data")
            try FileManager.default.copyItem(at: Binary.repositoryRoot.appendingPathComponent("data"), to: data)
            let file = data.appendingPathComponent("meetings/\(crafted.fileID).json")
            try crafted.bytes.write(to: file)
            let id = crafted.fileID
            let commands: [[String]] = [
                ["list"], ["validate"], ["show", id], ["minutes", id, "--format", "html"], ["minutes", id, "--format", "docx"],
                ["add-opinion", id, "--anonymous", "--topic", "khac", "--text", "x", "--reopen"],
                ["add-attendee", id, "--name", "A", "--reopen"], ["add-followup", id, "--task", "t", "--assignee", "a", "--due", "2024-01-01", "--reopen"],
                ["search", "x"], ["followups"], ["report"],
            ]
            for arguments in commands {
                let outcome = try Command.run(Binary.doithoai.path, arguments + ["--data", data.path])
                XCTAssertLessThan(outcome.status, 64 + 1, "\(crafted.name) \(arguments) crashed: \(outcome.stderr)")
                if arguments != ["search", "x"] && arguments != ["followups"] && arguments != ["report"] {
                    XCTAssertTrue(outcome.stderr.contains("\(crafted.fileID).json") && outcome.stderr.contains(naming),
                                  "\(crafted.name) \(arguments): \(outcome.stderr)")
                }
            }
            XCTAssertEqual(try Data(contentsOf: file), crafted.bytes, "\(crafted.name): never rewritten")
            let original = "meetings/\(Self.meeting).json"
            if crafted.fileID != Self.meeting {
                XCTAssertEqual(try Data(contentsOf: data.appendingPathComponent(original)),
                               try Data(contentsOf: Binary.repositoryRoot.appendingPathComponent("data/" + original)),
                               "\(crafted.name): the meeting it copies is not written either")
            }
            let outside = try FileManager.default.subpathsOfDirectory(atPath: outer.path).filter { !$0.hasPrefix("a/b/data") }
            XCTAssertEqual(outside.sorted(), ["a", "a/b"], "\(crafted.name): nothing outside DATA")
            let minutes = (try? FileManager.default.contentsOfDirectory(atPath: data.path + "/minutes")) ?? []
            XCTAssertEqual(minutes, [], "\(crafted.name): no minutes of a broken file")
        }
    }

    func testHelpIsPrintedOnStandardOutputAndEndsWell() throws {
        let data = try DataFolder()
        for arguments in [["--help"], ["list", "--help"], ["search", "--help"], ["followups", "-h"]] {
            let outcome = try data.run(arguments)
            XCTAssertEqual(outcome.status, 0, "\(arguments): \(outcome.stderr)")
            XCTAssertTrue(outcome.stdout.contains("USAGE:"), "\(arguments): \(outcome.stdout)")
            XCTAssertEqual(outcome.stderr, "", "\(arguments): help is no error")
        }
    }

    func testCommandLineMistakesAreRefusedNamingTheArgument() throws {
        let data = try DataFolder()
        let m = Self.meeting
        let refusals: [([String], String)] = [
            (["add-opinion", m, "--speaker", "", "--topic", "khac", "--text", "x", "--reopen"], "--speaker để trống"),
            (["add-opinion", m, "--speaker", "X", "--anonymous", "--topic", "khac", "--text", "x", "--reopen"], "--anonymous"),
            (["topics", "add", " "], "tên lĩnh vực để trống"),
            (["add-followup", m, "--task", "t", "--assignee", "a", "--due", "2024-+5-01", "--reopen"], "2024-+5-01"),
        ]
        for (arguments, expected) in refusals {
            let outcome = try data.run(arguments)
            XCTAssertNotEqual(outcome.status, 0, "\(arguments)")
            XCTAssertTrue(outcome.stderr.contains(expected), "\(arguments): \(outcome.stderr)")
        }
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("doithoai-typo-\(UUID().uuidString)").path
        let typo = try Command.run(Binary.doithoai.path, ["list", "--data", missing])
        XCTAssertNotEqual(typo.status, 0)
        XCTAssertTrue(typo.stderr.contains("không có thư mục này") && typo.stderr.contains("--init"), typo.stderr)
        let english = try Command.run(Binary.doithoai.path, ["list", "--data", missing], environment: ["LANG": "en_US.UTF-8"])
        XCTAssertTrue(english.stderr.contains("no such folder") && english.stderr.contains("--init"), english.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: missing), "a typo makes no folder")
        let created = try Command.run(Binary.doithoai.path, ["list", "--data", missing, "--init"])
        XCTAssertEqual(created.status, 0, created.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: missing + "/meetings"))
        try? FileManager.default.removeItem(atPath: missing)
        let notUTF8 = try Command.run("/bin/sh", ["-c", "exec \"$0\" topics add \"$(printf 'Ch\\377')\" --data \"$1\"",
                                                  Binary.doithoai.path, data.path])
        XCTAssertEqual(notUTF8.status, 64)
        XCTAssertTrue(notUTF8.stderr.contains("Lỗi: tham số thứ 3 không phải văn bản UTF-8"), notUTF8.stderr)
        let file = try Command.run(Binary.doithoai.path, ["list", "--data", data.meetingFile(m).path])
        XCTAssertNotEqual(file.status, 0)
        XCTAssertTrue(file.stderr.contains("là một tệp, không phải thư mục dữ liệu"), file.stderr)
    }
}

/// Who may read the record: a stricter umask is honoured, a stricter mode
/// kept, and files everyone can read are warned about.
final class PermissionsTests: XCTestCase {
    func mode(_ path: String) throws -> Int {
        try XCTUnwrap((FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue)
    }

    func testAStricterUmaskIsHonouredAndAStricterModeKept() throws {
        let outer = try DataFolder(empty: true)
        let root = outer.path + "/data"
        let made = try Command.run("/bin/sh", ["-c", "umask 077; exec \"$0\" new --data \"$1\" --init --title T --organizer O --date 2024-05-01",
                                               Binary.doithoai.path, root])
        XCTAssertEqual(made.status, 0, made.stderr)
        let id = made.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let file = root + "/meetings/\(id).json"
        XCTAssertEqual(try mode(root), 0o700)
        XCTAssertEqual(try mode(root + "/meetings"), 0o700)
        XCTAssertEqual(try mode(file), 0o600)
        XCTAssertEqual(chmod(file, 0o400 | 0o200), 0)
        let added = try Command.run(Binary.doithoai.path, ["add-attendee", id, "--name", "A", "--data", root])
        XCTAssertEqual(added.status, 0, added.stderr)
        XCTAssertEqual(try mode(file), 0o600, "a save under umask 022 does not loosen it")
    }

    func testValidateWarnsAboutFilesEveryoneCanRead() throws {
        let data = try DataFolder()
        let file = data.meetingFile(HostileInputTests.meeting).path
        XCTAssertEqual(chmod(file, 0o644), 0)
        let warned = try data.run(["validate"])
        XCTAssertEqual(warned.status, 0, "a warning, not a broken file")
        XCTAssertTrue(warned.stderr.contains("mọi người dùng trên máy này đều đọc được") && warned.stderr.contains("chmod -R o-rwx"),
                      warned.stderr)
        XCTAssertEqual(try Command.run("/bin/chmod", ["-R", "o-rwx", data.path]).status, 0)
        XCTAssertFalse(try data.run(["validate"]).stderr.contains("mọi người dùng"))
    }
}
