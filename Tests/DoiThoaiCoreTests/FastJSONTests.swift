import Foundation
import XCTest
@testable import DoiThoaiCore

/// The fast reader of meeting files gives the meeting JSONDecoder gives,
/// unknown fields included, and never reads a file JSONDecoder refuses
/// (it refuses, and the store then asks JSONDecoder, whose error is shown).
final class FastJSONTests: XCTestCase {
    enum Outcome: Equatable {
        case meeting(Meeting)
        case refused
    }

    static func reference(_ data: Data) -> Outcome {
        (try? JSONDecoder().decode(Meeting.self, from: data)).map(Outcome.meeting) ?? .refused
    }

    static func fast(_ data: Data) -> Outcome {
        (try? FastJSONDecoder.decode(Meeting.self, from: data)).map(Outcome.meeting) ?? .refused
    }

    /// Same meeting when the fast reader reads it; never read when JSONDecoder refuses.
    func assertAgree(_ data: Data, _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        let fast = Self.fast(data)
        if fast != .refused { XCTAssertEqual(fast, Self.reference(data), label, file: file, line: line) }
    }

    /// The first field that differs, as text (a whole meeting is too long to read in a failure).
    static func difference(_ a: Meeting, _ b: Meeting) -> String {
        let x = Mirror(reflecting: a).children.map { "\($0.label ?? ""): \($0.value)" }
        let y = Mirror(reflecting: b).children.map { "\($0.label ?? ""): \($0.value)" }
        guard let at = Array(zip(x, y)).firstIndex(where: { $0 != $1 }) else { return "no field differs" }
        return "fast \(x[at].prefix(300)) / JSONDecoder \(y[at].prefix(300))"
    }

    func sampleFiles() throws -> [Data] {
        let temp = TemporaryData()
        _ = try SyntheticArchive(meetings: 6, opinionsPerMeeting: 5, seed: 3).write(to: temp.data)
        return try temp.store.meetingIDs().map { try Data(contentsOf: URL(fileURLWithPath: temp.data.meetingFile($0))) }
    }

    func testReadsWhatTheProgramWritesAsJSONDecoderDoes() throws {
        var extra = Factory.meeting(opinions: 3)
        extra.extra["later"] = .object(["nested": .array([.int(-7), .bool(true), .null, .string("a\"b\\c\u{1}é😀")])])
        extra.opinions[1].extra["note"] = .string("trường mới")
        extra.opinions[0].text = "Dòng 1\nDòng 2\t\"trích\" \\ / \u{7F}"
        let files = try sampleFiles() + [try MeetingCodec.encode(extra)]
        for data in files {
            XCTAssertNotEqual(Self.fast(data), .refused, "the fast reader reads the files the program writes")
            XCTAssertEqual(Self.fast(data), Self.reference(data))
        }
    }

    func testCraftedFilesAreReadAlikeOrLeftToJSONDecoder() throws {
        for crafted in try CraftedFiles.corpus(from: Factory.meeting(opinions: 3)) {
            assertAgree(crafted.bytes, crafted.name)
        }
        let escapes = #"{"schemaVersion":1,"id":"2020-07-17-ngoc-thuy","title":"\u0048\u1ea1 \ud83d\ude00 \/","organizer":"x","date":"2020-07-17"}"#
        XCTAssertNotEqual(Self.fast(Data(escapes.utf8)), .refused)
        assertAgree(Data(escapes.utf8), "escapes")
        for refused in [#"{"schemaVersion":1.0}"#, #"{"a":1,"a":2}"#, #"{"\u0061":1}"#, #"{"a":"\ud800"}"#, "{\"a\":\"\u{1}\"}",
                        #"{"a":01}"#, #"{"a":1,}"#, #"[1] x"#, #"{"a":"\x"}"#] {
            XCTAssertEqual(Self.fast(Data(refused.utf8)), .refused, refused)
        }
    }

    /// Files damaged a byte at a time: whatever the fast reader still reads, JSONDecoder reads the same.
    func testDamagedFilesAreNeverReadDifferently() throws {
        let rounds = Int(ProcessInfo.processInfo.environment["DOITHOAI_FUZZ_ROUNDS"] ?? "") ?? 600
        var generator = SeededGenerator(seed: 5)
        let files = try sampleFiles()
        let bytes: [UInt8] = Array("{}[]\",:\\0123456789-.eE tfnu\u{0}\n".utf8)
        var readAlike = 0
        for round in 0..<rounds {
            var data = [UInt8](files[round % files.count])
            for _ in 0..<(1 + round % 3) {
                let at = Int.random(in: 0..<data.count, using: &generator)
                switch round % 3 {
                case 0: data[at] = bytes.randomElement(using: &generator) ?? 0
                case 1: data.remove(at: at)
                default: data.insert(bytes.randomElement(using: &generator) ?? 0, at: at)
                }
            }
            let fast = Self.fast(Data(data))
            if fast != .refused {
                readAlike += 1
                let reference = Self.reference(Data(data))
                if fast != reference, case .meeting(let a) = fast, case .meeting(let b) = reference {
                    XCTFail("round \(round): \(Self.difference(a, b))")
                } else {
                    XCTAssertEqual(fast, reference, "round \(round)")
                }
            }
        }
        XCTAssertGreaterThan(readAlike, rounds / 20, "some damage (inside a text) leaves a file both read")
    }
}

/// A small deterministic generator (SplitMix64), so a failing round can be replayed.
struct SeededGenerator: RandomNumberGenerator {
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
