import Foundation
import XCTest
@testable import DoiThoaiCore

final class StoreTests: XCTestCase {
    func testRoundTripKeepsEveryField() throws {
        let temp = TemporaryData()
        let meeting = Factory.meeting()
        try temp.store.create(meeting)
        let loaded = try temp.store.load(meeting.id)
        XCTAssertEqual(loaded.meeting, meeting)
        XCTAssertEqual(loaded.meeting.startedAt?.iso, "2020-07-17T14:00:00+07:00")
    }

    func testUnknownFieldsAreKeptAtTopLevelAndInsideOpinions() throws {
        let temp = TemporaryData()
        let id = "2020-07-17-x"
        temp.write(Factory.json(id: id, extra: """
        , "futureField": {"a": [1, 2, "ba"]}, "opinions": [{"id": "op-1", "number": 1, "topic": "khac", "text": "t",
          "mood": "calm", "responses": [{"id": "re-1", "responder": "A", "text": "B", "audio": "x.ogg"}]}]
        """), as: id)
        let stored = try temp.store.load(MeetingID(id))
        var meeting = stored.meeting
        meeting.title = "Họp lại"
        try temp.store.save(meeting, over: stored.fingerprint)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(temp.contents(id).utf8)) as? [String: Any])
        XCTAssertEqual((object["futureField"] as? [String: Any])?["a"] as? [AnyHashable], [1, 2, "ba"])
        let opinion = try XCTUnwrap((object["opinions"] as? [[String: Any]])?.first)
        XCTAssertEqual(opinion["mood"] as? String, "calm")
        XCTAssertEqual((opinion["responses"] as? [[String: Any]])?.first?["audio"] as? String, "x.ogg")
        XCTAssertEqual(object["title"] as? String, "Họp lại")
    }

    func testDecomposedInputIsStoredComposed() throws {
        let temp = TemporaryData()
        var meeting = Factory.meeting()
        let decomposed = "Nguyễn Văn Đức".decomposedStringWithCanonicalMapping
        XCTAssertNotEqual(Array(decomposed.utf8), Array("Nguyễn Văn Đức".utf8))
        meeting.attendees[0].name = decomposed
        try temp.store.create(meeting)
        XCTAssertTrue(temp.contents(meeting.id.rawValue).contains("Nguyễn Văn Đức"))
        XCTAssertFalse(temp.contents(meeting.id.rawValue).utf8.contains(0xCC))
    }

    /// A file written in decomposed form by hand or by another tool is read as NFC, so every list,
    /// search and report gives one form of each name; the file itself is left as it is until a save.
    func testADecomposedFileIsReadComposed() throws {
        let temp = TemporaryData()
        let id = "2020-07-17-nfd"
        let composed = Factory.json(id: id, extra: #", "futureField": "Phường Đồng Xuân""#)
        let decomposed = composed.decomposedStringWithCanonicalMapping
        XCTAssertNotEqual(Array(decomposed.utf8), Array(composed.utf8))
        temp.write(decomposed, as: id)
        let read = try temp.store.load(MeetingID(id)).meeting
        let expected = try MeetingCodec.decode(Data(composed.utf8), path: id)
        XCTAssertEqual(read, expected)
        XCTAssertEqual(read.title.utf8.contains(0xCC) || read.title.utf8.contains(0xCD), false, read.title)
        XCTAssertEqual(temp.contents(id), decomposed, "reading never rewrites the file")
        let index = try ArchiveIndex.open(temp.store, topics: .standard)
        XCTAssertEqual(try index.meetings().first { $0.id.rawValue == id }?.title, expected.title)
    }

    func testOffsetsOtherThanVietnamAreKept() throws {
        let temp = TemporaryData()
        let id = "2020-07-17-y"
        temp.write(Factory.json(id: id, extra: #", "startedAt": "2020-07-17T09:00:00+02:00""#), as: id)
        let stored = try temp.store.load(MeetingID(id))
        try temp.store.save(stored.meeting, over: stored.fingerprint)
        XCTAssertTrue(temp.contents(id).contains("2020-07-17T09:00:00+02:00"))
    }

    func testNewerSchemaIsRefusedAndTheFileLeftUntouched() throws {
        let temp = TemporaryData()
        let id = "2020-07-17-new"
        let text = #"{"schemaVersion": 9, "id": "2020-07-17-new", "whatever": true}"#
        temp.write(text, as: id)
        XCTAssertThrowsError(try temp.store.load(MeetingID(id))) { error in
            guard case StoreError.newerSchema(_, 9)? = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertTrue("\(error)".contains("newer doithoai"))
        }
        XCTAssertEqual(temp.contents(id), text)
    }

    func testEachKindOfBrokenFileIsReportedWithItsPlaceWhileTheOthersLoad() throws {
        let temp = TemporaryData()
        try temp.store.create(Factory.meeting())
        temp.write("{\"schemaVersion\": 1,\n \"id\": \"a\",, }", as: "2020-01-01-syntax")
        FileManager.default.createFile(atPath: "\(temp.root)/meetings/2020-01-02-utf8.json",
                                       contents: Data([0x7B, 0x22, 0xFF, 0x22, 0x7D]))
        temp.write(Factory.json(id: "2020-01-03-type").replacingOccurrences(of: "\"Họp\"", with: "42"), as: "2020-01-03-type")
        temp.write(#"{"schemaVersion": 1, "id": "2020-01-04-missing", "title": "x", "date": "2020-01-04"}"#, as: "2020-01-04-missing")
        let loaded = temp.store.loadAll()
        XCTAssertEqual(loaded.meetings.map(\.meeting.id), ["2020-07-17-ngoc-thuy"])
        let messages = loaded.failures.map(\.description)
        XCTAssertEqual(messages.count, 4)
        XCTAssertTrue(messages[0].contains("2020-01-01-syntax.json") && messages[0].contains("line 2"), messages[0])
        XCTAssertTrue(messages[1].contains("2020-01-02-utf8.json") && messages[1].contains("UTF-8"), messages[1])
        XCTAssertTrue(messages[2].contains("2020-01-03-type.json") && messages[2].contains("title"), messages[2])
        XCTAssertTrue(messages[3].contains("2020-01-04-missing.json") && messages[3].contains("organizer"), messages[3])
    }

    func testASaveThatFailsMidwayLeavesTheOldFileIntact() throws {
        let temp = TemporaryData()
        let stored = try temp.store.create(Factory.meeting())
        let before = temp.contents(stored.meeting.id.rawValue)
        var changed = stored.meeting
        changed.title = "Đã đổi"
        for step in [AtomicFile.Step.write, .rename] {
            var failing = temp.store
            failing.failAt = step
            XCTAssertThrowsError(try failing.save(changed, over: stored.fingerprint))
            XCTAssertEqual(temp.contents(stored.meeting.id.rawValue), before)
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: temp.root + "/meetings").filter { $0.hasPrefix(".") }
        XCTAssertEqual(leftovers, [], "no temporary file is left behind")
    }

    func testFilesAreReadableByOwnerAndGroupOnly() throws {
        let temp = TemporaryData()
        let stored = try temp.store.create(Factory.meeting())
        let attributes = try FileManager.default.attributesOfItem(atPath: temp.data.meetingFile(stored.meeting.id))
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o640)
    }

    func testASecondWriterIsRefusedWithThePidOfTheFirst() throws {
        let temp = TemporaryData()
        let id = try temp.store.create(Factory.meeting()).meeting.id
        let first = try temp.store.lock(id)
        // A second lock is refused even in the same process: locks are per open file.
        XCTAssertThrowsError(try temp.store.lock(id)) { error in
            guard case StoreError.locked(_, getpid(), _)? = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertTrue("\(error)".contains("process \(getpid())"), "\(error)")
        }
        XCTAssertNoThrow(try temp.store.load(id), "a locked meeting can still be read")
        first.release()
        XCTAssertNoThrow(try temp.store.lock(id).release())
    }

    /// Only the flock counts: a file naming a dead pid, a live pid (1 is always
    /// alive), pid 0, nothing at all, or garbage is free for the next writer.
    func testALockFileNobodyHoldsIsFreeWhateverItSays() throws {
        let temp = TemporaryData()
        let id = try temp.store.create(Factory.meeting()).meeting.id
        for content in ["999999\n", "1\n", "0\n", "", "x\u{1B}[2J"] {
            XCTAssertTrue(FileManager.default.createFile(atPath: temp.data.lockFile(id), contents: Data(content.utf8)))
            XCTAssertNil(FileLock.holder(of: temp.data.lockFile(id)))
            let lock = try temp.store.lock(id)
            XCTAssertEqual(FileLock.holder(of: lock.path), getpid(), content)
            lock.release()
            XCTAssertFalse(FileManager.default.fileExists(atPath: temp.data.lockFile(id)), "released locks leave no file")
        }
    }

    func testAWaitingWriterGetsTheLockWhenTheHolderLetsGo() throws {
        let temp = TemporaryData()
        let id = try temp.store.create(Factory.meeting()).meeting.id
        let first = try temp.store.lock(id)
        let released = expectation(description: "released")
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) {
            first.release()
            released.fulfill()
        }
        let started = Date()
        let second = try temp.store.lock(id, waitingUpTo: 5)
        XCTAssertGreaterThan(Date().timeIntervalSince(started), 0.2)
        wait(for: [released], timeout: 5)
        second.release()
    }

    func testAWriterThatWaitsTooLongIsToldWhoHoldsTheMeeting() throws {
        let temp = TemporaryData()
        let id = try temp.store.create(Factory.meeting()).meeting.id
        let first = try temp.store.lock(id)
        defer { first.release() }
        let noticed = Locked<Int32?>(nil)
        var store = temp.store
        store.lockWaitSeconds = 1.2
        store.lockWaitNotice = { _, pid in noticed.value = pid }
        XCTAssertThrowsError(try store.update(id) { $0.conclusion = "x" }) { error in
            XCTAssertEqual(error as? StoreError, .locked(id: id, pid: getpid(), path: temp.data.lockFile(id)))
        }
        XCTAssertEqual(noticed.value, getpid(), "told after a second of waiting")
    }

    func testAFileChangedOnDiskIsNotOverwritten() throws {
        let temp = TemporaryData()
        let stored = try temp.store.create(Factory.meeting())
        let path = temp.data.meetingFile(stored.meeting.id)
        let edited = temp.contents(stored.meeting.id.rawValue).replacingOccurrences(of: "Hội nghị đối thoại", with: "Sửa tay")
        try edited.write(toFile: path, atomically: false, encoding: .utf8)
        var changed = stored.meeting
        changed.conclusion = "Kết luận"
        XCTAssertThrowsError(try temp.store.save(changed, over: stored.fingerprint)) { error in
            XCTAssertEqual(error as? StoreError, .changedOnDisk(path: path))
        }
        XCTAssertEqual(temp.contents(stored.meeting.id.rawValue), edited)
    }

    func testUpdateRefusesAClosedMeetingUnlessReopenedAndRecordsTheReopening() throws {
        let temp = TemporaryData()
        var meeting = Factory.meeting()
        meeting.status = .closed
        try temp.store.create(meeting)
        XCTAssertThrowsError(try temp.store.update(meeting.id) { $0.title = "x" }) { error in
            XCTAssertEqual(error as? StoreError, .closed(id: meeting.id))
        }
        let changed = try temp.store.update(meeting.id, reopen: true, by: "Trần Thu Hà") { $0.title = "x" }
        XCTAssertEqual(changed.reopenings.map(\.by), ["Trần Thu Hà"])
        XCTAssertEqual(try temp.store.load(meeting.id).meeting.title, "x")
    }

    func testIdsAreSlugsAndNothingEscapesTheDataFolder() throws {
        let temp = TemporaryData()
        XCTAssertEqual(MeetingSlug.slug("Phường Ngọc Thụy"), "phuong-ngoc-thuy")
        XCTAssertEqual(MeetingSlug.slug("Đống Đa"), "dong-da")
        try temp.store.create(Factory.meeting(id: temp.store.newID(date: Factory.day, place: "Ngọc Thụy")))
        XCTAssertEqual(temp.store.newID(date: Factory.day, place: "Ngọc Thụy"), "2020-07-17-ngoc-thuy-2")
        for hostile in ["../etc/passwd", "a/b", "a\0b", "..", ".hidden"] {
            XCTAssertThrowsError(try temp.store.resolve(hostile), hostile)
            XCTAssertThrowsError(try temp.store.load(MeetingID(hostile)), hostile)
            XCTAssertFalse(MeetingSlug.isValid(hostile), hostile)
        }
    }

    func testAnAmbiguousPrefixNamesTheCandidates() throws {
        let temp = TemporaryData()
        try temp.store.create(Factory.meeting(id: "2020-07-17-a"))
        try temp.store.create(Factory.meeting(id: "2020-07-17-b"))
        XCTAssertThrowsError(try temp.store.resolve("2020-07")) { error in
            XCTAssertEqual(error as? StoreError, .ambiguous(prefix: "2020-07", candidates: ["2020-07-17-a", "2020-07-17-b"]))
        }
        XCTAssertEqual(try temp.store.resolve("2020-07-17-b"), "2020-07-17-b")
    }

    func testInvariantsAreChecked() {
        var meeting = Factory.meeting()
        meeting.endedAt = Timestamp(day: Factory.day, hour: 9, minute: 0, offset: 25200)
        meeting.opinions[1].number = 5
        meeting.followUps.append(FollowUp(id: "fu-1", opinionIds: ["op-9"], task: "t", assignee: "a", dueDate: Factory.day))
        meeting.followUps.append(FollowUp(id: "fu-1", task: "t", assignee: "a", dueDate: Factory.day))
        let problems = meeting.problems(topics: ["khac"])
        XCTAssertTrue(problems.contains(.endBeforeStart(start: meeting.startedAt!, end: meeting.endedAt!)))
        XCTAssertTrue(problems.contains(.opinionNumbering(position: 2, found: 5)))
        XCTAssertTrue(problems.contains(.unknownOpinionReference(followUp: "fu-1", opinion: "op-9")))
        XCTAssertTrue(problems.contains(.duplicateID(kind: "followUp", id: "fu-1")))
        XCTAssertTrue(problems.contains(.unknownTopic(opinion: "op-1", topic: "dat-dai")))
    }
}
