import Foundation
import XCTest
@testable import DoiThoaiCore

/// The hand-written reader gives, for every file it reads, exactly the
/// meeting the model's `Decodable` code gives through JSONDecoder (unknown
/// fields and their bytes included), and reads nothing JSONDecoder refuses.
/// Files it leaves are read the `Decodable` way, whose errors are shown.
final class MeetingFileReaderTests: XCTestCase {
    enum Outcome: Equatable {
        case meeting(Meeting, exactBytes: Data)
        case refused
    }

    static func outcome(_ meeting: Meeting?) -> Outcome {
        guard let meeting, let bytes = try? exactBytes(meeting) else { return .refused }
        return .meeting(meeting, exactBytes: bytes)
    }

    /// What the reader gives and what JSONDecoder gives, reading a file with a combining mark as NFC as `MeetingCodec` does.
    static func both(_ data: Data) -> (reader: Outcome, reference: Outcome) {
        let form = NFC.utf8Form(data)
        let reference = form.firstInvalid != nil ? nil
            : try? JSONDecoder().decode(Meeting.self, from: form.combining ? NFC.normalizedJSON(data) : data)
        return (outcome(MeetingFileReader.meeting(from: data)), outcome(reference))
    }

    /// The meeting as MeetingCodec writes it, without the NFC step: Swift's `==` on text
    /// is canonical equivalence, so NFD and NFC text only differ in bytes.
    static func exactBytes(_ meeting: Meeting) throws -> Data {
        var data = try MeetingCodec.encoder.encode(meeting)
        if meeting.holdsExtra, case .object(var object) = try JSONDecoder().decode(JSONValue.self, from: data) {
            meeting.emit(into: &object)
            data = try MeetingCodec.encoder.encode(JSONValue.object(object))
        }
        return data
    }

    func assertAgree(_ data: Data, _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        let (reader, reference) = Self.both(data)
        if reader != .refused { XCTAssertEqual(reader, reference, label, file: file, line: line) }
    }

    /// A meeting with a record of every kind, each holding an unknown field, NFD text and escapes.
    static func everyRecord() -> Meeting {
        let nfd = "Nguye\u{302}\u{303}n Thi\u{323} Ha\u{300} \"tri\u{301}ch\"\n\t\\ / 😀"
        var m = Factory.meeting(opinions: 3)
        let at = Timestamp(day: Factory.day, hour: 9, minute: 30, offset: 25200)
        m.extra = ["later": .object(["nested": .array([.int(-7), .bool(true), .null, .string(nfd)])]), "n": .int(Int64.min)]
        m.parentBody = nfd
        m.plannedStart = at
        m.documentSymbol = "BB-UBND"
        m.recipients = ["Như trên", nfd]
        m.minutesApproved = false
        m.conclusion = nfd
        m.attendees[0].extra["badge"] = .string("A-1")
        m.attendees[1].count = 40
        m.agenda = [AgendaItem(id: "ag-1", presenter: nfd, summary: "Báo cáo", figures: [Figure(label: "Hồ sơ", value: "2201")])]
        m.agenda[0].extra["x"] = .array([])
        m.agenda[0].figures[0].extra["unit"] = .string("hồ sơ")
        m.opinions[0].text = nfd
        m.opinions[0].extra["note"] = .object([:])
        m.opinions[1].responses = [Response(id: "rs-1", responder: nfd, attendeeId: "at-1", text: "Trả lời")]
        m.opinions[1].responses[0].extra["y"] = .bool(false)
        m.opinions[2].disposition = .forwarded
        m.opinions[2].forwardedTo = "Sở Xây dựng"
        m.opinions[2].recordedAt = at
        m.followUps = [FollowUp(id: "fu-1", opinionIds: ["op-1", "op-2"], task: nfd, assignee: "Phòng QLĐT", dueDate: Factory.day,
                                status: .done, doneOn: Factory.day, notes: [ProgressNote(on: Factory.day, text: "Đã làm")],
                                reply: WrittenReply(number: "125/UBND", date: Factory.day))]
        m.followUps[0].extra["z"] = .null
        m.followUps[0].notes[0].extra["by"] = .string("Hà")
        m.followUps[0].reply?.extra["sent"] = .bool(true)
        m.reopenings = [Reopening(at: at, by: "Hà", reason: nfd)]
        m.reopenings[0].extra["w"] = .int(3)
        var conflict = MergeConflict(id: "cf-1", field: "title", kept: ConflictVersion(value: .string("A"), office: "P1", at: at),
                                     other: ConflictVersion(value: nil, office: nil, at: nil),
                                     resolution: ConflictResolution(choice: .other, by: "Hà", at: at))
        conflict.extra["q"] = .string("r")
        conflict.kept.extra["k"] = .int(1)
        conflict.resolution?.extra["v"] = .int(2)
        m.conflicts = [conflict]
        return m
    }

    func testFieldListsAreTheModelsCodingKeys() {
        func check<Field: RecordField>(_ type: Field.Type, _ names: [String]) {
            XCTAssertEqual(Field.allCases.map { "\($0)" }, names, "\(type)")
            XCTAssertEqual(Field.keys.names.map { String(decoding: $0, as: UTF8.self) }, names, "\(type)")
            XCTAssertLessThanOrEqual(names.count, 32, "\(type): Fields holds 32 slots")
        }
        typealias R = MeetingFileReader
        check(R.MeetingField.self, Meeting.CodingKeys.allCases.map(\.rawValue))
        check(R.AttendeeField.self, Attendee.CodingKeys.allCases.map(\.rawValue))
        check(R.AgendaItemField.self, AgendaItem.CodingKeys.allCases.map(\.rawValue))
        check(R.FigureField.self, Figure.CodingKeys.allCases.map(\.rawValue))
        check(R.OpinionField.self, Opinion.CodingKeys.allCases.map(\.rawValue))
        check(R.ResponseField.self, Response.CodingKeys.allCases.map(\.rawValue))
        check(R.ReopeningField.self, Reopening.CodingKeys.allCases.map(\.rawValue))
        check(R.FollowUpField.self, FollowUp.CodingKeys.allCases.map(\.rawValue))
        check(R.ProgressNoteField.self, ProgressNote.CodingKeys.allCases.map(\.rawValue))
        check(R.WrittenReplyField.self, WrittenReply.CodingKeys.allCases.map(\.rawValue))
        check(R.MergeConflictField.self, MergeConflict.CodingKeys.allCases.map(\.rawValue))
        check(R.ConflictVersionField.self, ConflictVersion.CodingKeys.allCases.map(\.rawValue))
        check(R.ConflictResolutionField.self, ConflictResolution.CodingKeys.allCases.map(\.rawValue))
    }

    func testReadsEveryFileTheProgramWritesAsJSONDecoderDoes() throws {
        let temp = TemporaryData()
        _ = try SyntheticArchive(meetings: 30, opinionsPerMeeting: 8, seed: 11).write(to: temp.data)
        var files = try temp.store.meetingIDs().map { try Data(contentsOf: URL(fileURLWithPath: temp.data.meetingFile($0))) }
        files.append(try MeetingCodec.encode(Self.everyRecord()))
        files.append(try Self.exactBytes(Self.everyRecord()))  // NFD text, as a hand edit or a script leaves it
        for (index, data) in files.enumerated() {
            let (reader, reference) = Self.both(data)
            XCTAssertNotEqual(reader, .refused, "file \(index): the reader reads what the program writes")
            XCTAssertEqual(reader, reference, "file \(index)")
        }
        let nfd = try Self.exactBytes(Self.everyRecord())
        XCTAssert(nfd.contains(0xCC), "the file holds decomposed text")
        XCTAssertEqual(Self.both(nfd).reader, Self.both(try MeetingCodec.encode(Self.everyRecord())).reader, "decomposed text is read as NFC")
    }

    /// Every field of every record removed, made null, given each wrong type, and every record given an unknown field.
    func testEveryFieldMissingNullOrWrongTypedIsReadAlikeOrRefusedAlike() throws {
        guard case .object(let root) = try JSONDecoder().decode(JSONValue.self, from: Self.exactBytes(Self.everyRecord())) else {
            return XCTFail("not an object")
        }
        let replacements: [JSONValue?] = [nil, .null, .int(1), .int(-1), .string("x"), .string("2020-07-17"), .bool(true),
                                          .array([]), .array([.string("op-1")]), .object([:]), .double(1.5)]
        var mutations = 0, readAlike = 0
        func visit(_ value: JSONValue, _ rebuild: (JSONValue) -> JSONValue, _ path: String) throws {
            switch value {
            case .object(let object):
                var changed = object
                changed["unknown field"] = .array([.int(1), .object(["é": .string("e\u{301}")])])
                try check(rebuild(.object(changed)), path + " + unknown")
                for key in object.keys.sorted() {
                    for replacement in replacements {
                        var copy = object
                        copy[key] = replacement
                        try check(rebuild(.object(copy)), "\(path).\(key) = \(replacement.map { "\($0)" } ?? "absent")")
                    }
                    if let inner = object[key] {
                        try visit(inner, { var copy = object; copy[key] = $0; return rebuild(.object(copy)) }, "\(path).\(key)")
                    }
                }
            case .array(let items):
                for (index, item) in items.enumerated() {
                    try visit(item, { var copy = items; copy[index] = $0; return rebuild(.array(copy)) }, "\(path)[\(index)]")
                }
            default: break
            }
        }
        func check(_ tree: JSONValue, _ label: String) throws {
            mutations += 1
            let data = try MeetingCodec.encoder.encode(tree)
            let (reader, reference) = Self.both(data)
            if reader != .refused {
                readAlike += 1
                XCTAssert(reader == reference, "\(label): read differently")
            } else if reference != .refused {
                // A fraction is the one thing left to Decodable; the store then reads it that way.
                XCTAssert(label.hasSuffix("double(1.5)"), "\(label): refused, but JSONDecoder reads it")
                XCTAssert(Self.outcome(try? MeetingCodec.decode(data, path: "m.json")) == reference, "\(label): the store reads it")
            }
        }
        try visit(.object(root), { $0 }, "")
        XCTAssertGreaterThan(mutations, 1000)
        XCTAssertGreaterThan(readAlike, mutations / 4, "optional fields, defaults and unknown fields are read by the reader")
    }

    func testOddFilesAreReadAlikeOrLeftToDecodable() throws {
        let base = Factory.json(id: "2020-07-17-ngoc-thuy")
        let files = [
            base,
            Factory.json(id: "2020-07-17-ngoc-thuy", extra: #", "schemaVersion2": 1, "title\u0031": 2"#),
            base.replacingOccurrences(of: #""schemaVersion": 1"#, with: #""schemaVersion": 2"#),
            base.replacingOccurrences(of: #""schemaVersion": 1"#, with: #""schemaVersion": 1.0"#),
            base.replacingOccurrences(of: #""schemaVersion": 1"#, with: #""schemaVersion": 99999999999999999999"#),
            base.replacingOccurrences(of: "Họp", with: #"\u0048\u1ea1 \ud83d\ude00 \/"#),
            base.replacingOccurrences(of: "Họp", with: #"\ud800"#),
            base.replacingOccurrences(of: "\"Họp\"", with: "\"Họp\", \"title\": \"Lại\""),
            String(base.dropLast()),
            "[" + base + "]",
            base + " x",
            #"{"a":1,}"#,
        ]
        for text in files { assertAgree(Data(text.utf8), text) }
        XCTAssertNotEqual(Self.both(Data(base.utf8)).reader, .refused)
        XCTAssertEqual(Self.both(Data(files[2].utf8)).reader, Self.both(Data(files[2].utf8)).reference,
                       "a newer schemaVersion is read alike, then refused by MeetingCodec")
        var invalid = Data(base.utf8)
        invalid.insert(0xFF, at: invalid.count - 3)
        XCTAssertEqual(Self.both(invalid).reader, .refused, "text that is not UTF-8 is never read")
        // Ill-formed UTF-8 that a loose check lets through (overlong, a surrogate, past U+10FFFF, cut short) is left to Decodable.
        for bad: [UInt8] in [[0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x9F, 0x98], [0xBF]] {
            var data = Data(base.utf8)
            data.insert(contentsOf: bad, at: data.count - 3)
            XCTAssertEqual(Self.both(data).reader, .refused, "\(bad)")
        }
        var emoji = Data(base.utf8)
        emoji.insert(contentsOf: [0xF0, 0x9F, 0x98, 0x80, 0xE1, 0xBB, 0x87, 0xC3, 0xA9], at: emoji.count - 2)
        XCTAssertEqual(Self.both(emoji).reader, Self.both(emoji).reference)
        XCTAssertThrowsError(try MeetingCodec.decode(Data(files[2].utf8), path: "m.json")) {
            guard case StoreError.newerSchema(_, let version) = $0 else { return XCTFail("\($0)") }
            XCTAssertEqual(version, 2)
        }
    }

    /// The bounds of the numbers in ids, checked on the decoded meeting, say what the check on the file's tree says.
    func testIdNumbersAreBoundedAsTheFileTreeBoundsThem() throws {
        let ids = ["op-1", "op-0", "op-1000000", "op-1000001", "op-0000007", "op-00000007", "op-", "op-x", "x", "-5", "op-12a",
                   "op-1\u{600}-99999999", "op-\u{600}-0", "op-٣", "op-9-", "a-b-0"]
        for id in ids {
            for place in 0..<3 {
                var m = Factory.meeting(opinions: 2)
                switch place {
                case 0: m.opinions[1].responses = [Response(id: ResponseID(id), responder: "r", text: "t")]
                case 1: m.followUps = [FollowUp(id: FollowUpID(id), task: "t", assignee: "a", dueDate: Factory.day)]
                default: m.attendees[1].id = AttendeeID(id)
                }
                guard case .object(let tree) = try JSONDecoder().decode(JSONValue.self, from: Self.exactBytes(m)) else {
                    return XCTFail("not an object")
                }
                let decoded = MeetingBounds.firstViolation(in: m).map { "\($0.field): \($0.reason)" }
                XCTAssertEqual(decoded, MeetingBounds.firstViolation(in: tree).map { "\($0.field): \($0.reason)" }, "\(id) at \(place)")
            }
        }
        var m = Factory.meeting(opinions: 2)
        m.followUps = [FollowUp(id: "fu-1000001", task: "t", assignee: "a", dueDate: Factory.day)]
        XCTAssertEqual(MeetingBounds.firstViolation(in: m)?.field, "followUps[0].id")
    }

    /// Files damaged a byte at a time (truncated, a byte changed, inserted or removed): read alike or refused.
    func testDamagedFilesAreNeverReadDifferently() throws {
        let rounds = Int(ProcessInfo.processInfo.environment["DOITHOAI_FUZZ_ROUNDS"] ?? "") ?? 600
        var generator = SeededGenerator(seed: 17)
        let files = [try MeetingCodec.encode(Self.everyRecord()), try Self.exactBytes(Self.everyRecord())]
        let bytes: [UInt8] = Array("{}[]\",:\\0123456789-.eE tfnu\u{0}\n".utf8) + [0xCC, 0x81, 0xFF, 0xC3]
        var readAlike = 0
        for round in 0..<rounds {
            var data = [UInt8](files[round % files.count])
            if round % 10 == 9 {
                data.removeLast(Int.random(in: 1..<data.count, using: &generator))
            }
            for _ in 0..<(1 + round % 3) {
                let at = Int.random(in: 0..<data.count, using: &generator)
                switch round % 3 {
                case 0: data[at] = bytes.randomElement(using: &generator) ?? 0
                case 1: data.remove(at: at)
                default: data.insert(bytes.randomElement(using: &generator) ?? 0, at: at)
                }
            }
            let (reader, reference) = Self.both(Data(data))
            if reader != .refused {
                readAlike += 1
                XCTAssertEqual(reader, reference, "round \(round)")
            }
        }
        XCTAssertGreaterThan(readAlike, rounds / 20, "some damage (inside a text) leaves a file both read")
    }
}
