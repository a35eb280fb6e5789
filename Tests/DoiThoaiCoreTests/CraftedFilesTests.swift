import Foundation
import XCTest
@testable import DoiThoaiCore

/// Crafted and damaged files: each is refused naming its file and field, or
/// read; none crashes, none is written, none builds a path from its content.
final class CraftedFilesTests: XCTestCase {
    func testEveryCraftedFileIsRefusedNamingItsFieldOrReadSafely() throws {
        for crafted in try CraftedFiles.corpus(from: Factory.meeting()) {
            let temp = TemporaryData()
            let path = temp.data.meetingFile(MeetingID(crafted.fileID))
            XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: crafted.bytes))
            let loaded = temp.store.loadAll()
            switch crafted.expectation {
            case .refused(let naming):
                XCTAssertThrowsError(try temp.store.load(MeetingID(crafted.fileID)), crafted.name) { error in
                    let message = "\(error)"
                    XCTAssertTrue(message.contains(path), "\(crafted.name): \(message)")
                    XCTAssertTrue(message.contains(naming), "\(crafted.name): \(message)")
                }
                XCTAssertEqual(loaded.meetings.count, 0, crafted.name)
                XCTAssertEqual(loaded.failures.count, 1, crafted.name)
                XCTAssertThrowsError(try temp.store.update(MeetingID(crafted.fileID)) { $0.conclusion = "x" }, crafted.name)
                XCTAssertEqual(FileManager.default.contents(atPath: path), crafted.bytes, "\(crafted.name): never rewritten")
            case .readable:
                let stored = try temp.store.load(MeetingID(crafted.fileID))
                XCTAssertTrue(stored.meeting.title.contains("\u{1B}"), "the file is read as it is")
                XCTAssertEqual(loaded.meetings.count, 1)
            }
            let folder = try FileManager.default.contentsOfDirectory(atPath: temp.root)
            XCTAssertEqual(Set(folder).subtracting(["meetings"]), [], "\(crafted.name): nothing written beside the meetings")
        }
    }

    func testACopyUnderAnotherNameIsNeverWrittenToTheOriginal() throws {
        let temp = TemporaryData()
        let original = try temp.store.create(Factory.meeting())
        let copy = temp.data.meetingFile("2020-07-17-ban-sao")
        try FileManager.default.copyItem(atPath: temp.data.meetingFile(original.meeting.id), toPath: copy)
        let before = temp.contents(original.meeting.id.rawValue)
        XCTAssertThrowsError(try temp.store.update("2020-07-17-ban-sao") { $0.conclusion = "x" }) { error in
            XCTAssertTrue("\(error)".contains("does not match the file name"), "\(error)")
        }
        XCTAssertEqual(temp.contents(original.meeting.id.rawValue), before)
        XCTAssertEqual(temp.store.loadAll().meetings.map(\.meeting.id), [original.meeting.id], "one row per id")
    }

    func testAFolderOrAPipeNamedLikeAMeetingIsNamedForWhatItIs() throws {
        let temp = TemporaryData()
        try FileManager.default.createDirectory(atPath: temp.data.meetingFile("2020-01-01-a"), withIntermediateDirectories: false)
        XCTAssertEqual(mkfifo(temp.data.meetingFile("2020-01-01-b"), 0o600), 0)
        let failures = temp.store.loadAll().failures.map(\.description)
        XCTAssertEqual(failures.count, 2)
        XCTAssertTrue(failures.contains { $0.contains("2020-01-01-a.json") && $0.contains("a folder") }, "\(failures)")
        XCTAssertTrue(failures.contains { $0.contains("2020-01-01-b.json") && $0.contains("not a regular file") }, "\(failures)")
    }

    func testNextIDsNeverTrapOnTheLargestNumbersALoadedFileCanHold() throws {
        var meeting = Factory.meeting()
        meeting.opinions[0].id = OpinionID("op-\(MeetingBounds.sequenceNumbers.upperBound)")
        XCTAssertEqual(meeting.nextOpinionID(), OpinionID("op-\(MeetingBounds.sequenceNumbers.upperBound + 1)"))
        // Not loadable (MeetingBounds refuses them), but never a trap either.
        for huge in ["op-9223372036854775807", "op-999999999999999999", "op-99999999999999999999999"] {
            meeting.opinions[1].id = OpinionID(huge)
            _ = meeting.nextOpinionID()
        }
    }

    /// Truncations, byte flips, inserted bytes and type swaps of every sample
    /// file: the decoder throws or returns, it never crashes.
    func testMutatedSampleFilesNeverCrashTheDecoder() throws {
        let folder = SampleDataTests.dataFolder + "/meetings"
        let rounds = Int(ProcessInfo.processInfo.environment["DOITHOAI_FUZZ_ROUNDS"] ?? "") ?? 300
        var random = SyntheticArchive.Random(state: 2026)
        var refused = 0
        let swaps: [(String, String)] = [("\"", "0"), ("[", "{"), ("true", "1"), (": \"", ": ["), (": 1", ": \"1\""), ("\"id\" : \"", "\"id\" : 5, \"x\" : \"")]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() where name.hasSuffix(".json") {
            let original = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
            for _ in 0..<rounds {
                var bytes = original
                switch random.below(4) {
                case 0: bytes = bytes.prefix(random.below(bytes.count))
                case 1:
                    for _ in 0...random.below(4) {
                        let at = random.below(bytes.count)
                        bytes[at] = UInt8(truncatingIfNeeded: random.next())
                    }
                case 2: bytes.insert(random.pick([0x00, 0x1B, 0x22, 0x5C, 0x7D, 0xC3, 0xFF]), at: random.below(bytes.count))
                default:
                    var text = String(decoding: bytes, as: UTF8.self)
                    let (from, to) = random.pick(swaps)
                    let ranges = text.ranges(of: from)
                    if !ranges.isEmpty { text.replaceSubrange(random.pick(ranges), with: to) }
                    bytes = Data(text.utf8)
                }
                do {
                    let meeting = try MeetingCodec.decode(bytes, path: name)
                    _ = meeting.problems()
                    _ = meeting.nextOpinionID()
                    _ = MinutesText.render(MinutesDocument(meeting: meeting, topics: .standard, language: .vi))
                } catch is StoreError {
                    refused += 1
                }
            }
        }
        XCTAssertGreaterThan(refused, 0, "the mutations do break files")
    }
}
