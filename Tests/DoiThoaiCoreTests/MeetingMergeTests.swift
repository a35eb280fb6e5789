import Foundation
import XCTest
@testable import DoiThoaiCore

/// The merge driver alone: a table of base / ours / theirs with the result expected.
final class MeetingMergeTests: XCTestCase {
    static let early = Timestamp(day: Factory.day, hour: 9, minute: 0, offset: 25200)
    static let late = Timestamp(day: Factory.day, hour: 10, minute: 0, offset: 25200)
    let ward = MergeSide(office: "Phường Ngọc Thụy", time: early)
    let district = MergeSide(office: "Quận Long Biên", time: late)

    func at(_ minute: Int) -> Timestamp { Timestamp(day: Factory.day, hour: 14, minute: minute, offset: 25200) }

    func opinion(_ text: String, minute: Int) -> (OpinionID, Int) -> Opinion {
        { id, number in Opinion(id: id, number: number, speaker: "Ông \(text)", topic: "dat-dai", text: text, recordedAt: self.at(minute)) }
    }

    func base() -> Meeting {
        var m = Factory.meeting(opinions: 2)
        m.addFollowUp { FollowUp(id: $0, opinionIds: ["op-1"], task: "Trả lời bằng văn bản", assignee: "Phòng TN-MT",
                                 dueDate: Day(year: 2020, month: 8, day: 1)!) }
        return m
    }

    /// Merges ours and theirs over base, checks that swapping the sides
    /// gives the same bytes, and returns the merged meeting.
    func merge(_ base: Meeting?, _ ours: Meeting, _ theirs: Meeting, file: StaticString = #filePath, line: UInt = #line) throws -> Meeting {
        let b = try base.map(MeetingCodec.encode)
        let o = try MeetingCodec.encode(ours), t = try MeetingCodec.encode(theirs)
        let result = try MeetingMerge.merge(base: b, ours: o, theirs: t, path: "m.json", oursSide: ward, theirsSide: district)
        let swapped = try MeetingMerge.merge(base: b, ours: t, theirs: o, path: "m.json", oursSide: district, theirsSide: ward)
        XCTAssertEqual(String(decoding: result, as: UTF8.self), String(decoding: swapped, as: UTF8.self),
                       "the merge depends on which side is ours", file: file, line: line)
        let meeting = try MeetingCodec.decode(result, path: "m.json")
        XCTAssertEqual(meeting.problems(), [], file: file, line: line)
        XCTAssertEqual(result, try MeetingCodec.encode(meeting), "not the store's own format", file: file, line: line)
        return meeting
    }

    func testAChangeMadeOnOneSideIsTaken() throws {
        var ours = base(), theirs = base()
        ours.title = "Hội nghị đối thoại năm 2020"
        theirs.followUps[0].status = .done
        let merged = try merge(base(), ours, theirs)
        XCTAssertEqual(merged.title, "Hội nghị đối thoại năm 2020")
        XCTAssertEqual(merged.followUps[0].status, .done)
        XCTAssertEqual(merged.conflicts, [])
    }

    func testTheSameChangeOnBothSidesIsNoConflict() throws {
        var ours = base(), theirs = base()
        ours.conclusion = "Giao phòng TN-MT trả lời"
        theirs.conclusion = "Giao phòng TN-MT trả lời"
        XCTAssertEqual(try merge(base(), ours, theirs).conflicts, [])
    }

    func testAFieldChangedOnBothSidesKeepsTheLaterAndRecordsTheOther() throws {
        var ours = base(), theirs = base()
        ours.followUps[0].status = .inProgress
        theirs.followUps[0].status = .cancelled
        let merged = try merge(base(), ours, theirs)
        XCTAssertEqual(merged.followUps[0].status, .cancelled)
        XCTAssertEqual(merged.conflicts, [MergeConflict(
            id: "cf-1", field: "followUps[fu-1].status",
            kept: ConflictVersion(value: .string("cancelled"), office: "Quận Long Biên", at: Self.late),
            other: ConflictVersion(value: .string("inProgress"), office: "Phường Ngọc Thụy", at: Self.early))])
    }

    func testOnEqualTimesAValueBeatsAnAbsentOne() throws {
        var ours = base(), theirs = base()
        ours.place = nil
        theirs.place = "Nhà văn hóa tổ 5"
        let same = MergeSide(office: "A", time: Self.early)
        let merged = try MeetingCodec.decode(MeetingMerge.merge(
            base: MeetingCodec.encode(base()), ours: MeetingCodec.encode(ours), theirs: MeetingCodec.encode(theirs),
            path: "m.json", oursSide: same, theirsSide: MergeSide(office: "B", time: Self.early)), path: "m.json")
        XCTAssertEqual(merged.place, "Nhà văn hóa tổ 5")
        XCTAssertEqual(merged.conflicts.first?.other.value, nil)
        XCTAssertEqual(merged.conflicts.first?.field, "place")
    }

    func testOpinionsAddedOnBothSidesAreAllKeptAndRenumberedByTime() throws {
        var ours = base(), theirs = base()
        ours.addOpinion(opinion("A sớm", minute: 5))
        ours.addOpinion(opinion("A muộn", minute: 20))
        ours.addFollowUp { FollowUp(id: $0, opinionIds: ["op-4"], task: "Việc của A", assignee: "Tổ 1", dueDate: Factory.day) }
        theirs.addOpinion(opinion("B", minute: 10))
        theirs.addFollowUp { FollowUp(id: $0, opinionIds: ["op-3"], task: "Việc của B", assignee: "Tổ 2", dueDate: Factory.day) }
        let merged = try merge(base(), ours, theirs)
        XCTAssertEqual(merged.opinions.map(\.text), ["Ý kiến số 1 về đất đai", "Ý kiến số 2 về đất đai", "A sớm", "B", "A muộn"])
        XCTAssertEqual(merged.opinions.map(\.number), [1, 2, 3, 4, 5])
        XCTAssertEqual(merged.opinions.map(\.id.rawValue), ["op-1", "op-2", "op-3", "op-5", "op-4"])
        let tasks = Dictionary(uniqueKeysWithValues: merged.followUps.map { ($0.task, $0) })
        XCTAssertEqual(tasks["Việc của A"].map { merged.opinion($0.opinionIds[0])?.text }, "A muộn")
        XCTAssertEqual(tasks["Việc của B"].map { merged.opinion($0.opinionIds[0])?.text }, "B")
        XCTAssertEqual(Set(merged.followUps.map(\.id.rawValue)), ["fu-1", "fu-2", "fu-3"])
    }

    func testAttendeesAndAnswersAddedUnderOneIdOnBothSidesAreSeparated() throws {
        var ours = base(), theirs = base()
        let a = ours.addAttendee { Attendee(id: $0, name: "Lê Văn Tám", role: .citizen) }
        ours.addOpinion { id, n in Opinion(id: id, number: n, speaker: "Lê Văn Tám", attendeeId: a, topic: "khac", text: "A", recordedAt: self.at(1)) }
        ours.opinions[0].responses.append(Response(id: "re-1", responder: "Chủ tịch", attendeeId: "at-1", text: "Trả lời A"))
        let b = theirs.addAttendee { Attendee(id: $0, name: "Phạm Thị Mai", role: .business) }
        theirs.addOpinion { id, n in Opinion(id: id, number: n, speaker: "Phạm Thị Mai", attendeeId: b, topic: "khac", text: "B", recordedAt: self.at(2)) }
        theirs.opinions[1].responses.append(Response(id: "re-1", responder: "Chủ tịch", text: "Trả lời B"))
        let merged = try merge(base(), ours, theirs)
        XCTAssertEqual(merged.attendees.map(\.name), ["Nguyễn Quốc Văn", "Trần Thu Hà", "Lê Văn Tám", "Phạm Thị Mai"])
        for opinion in merged.opinions.dropFirst(2) {
            XCTAssertEqual(merged.attendee(opinion.attendeeId ?? "none")?.name, opinion.speaker)
        }
        XCTAssertEqual(merged.opinions.flatMap(\.responses).map(\.text), ["Trả lời A", "Trả lời B"])
        XCTAssertEqual(Set(merged.opinions.flatMap(\.responses).map(\.id.rawValue)).count, 2)
    }

    func testARecordDeletedOnOneSideAndUnchangedOnTheOtherIsDeleted() throws {
        var ours = base()
        ours.attendees.removeAll { $0.id == "at-2" }
        XCTAssertEqual(try merge(base(), ours, base()).attendees.map(\.id), ["at-1"])
    }

    func testARecordDeletedOnOneSideAndChangedOnTheOtherIsKeptAsAConflict() throws {
        var ours = base(), theirs = base()
        ours.followUps.removeAll()
        theirs.followUps[0].notes.append(ProgressNote(on: Factory.day, text: "Đã liên hệ"))
        let merged = try merge(base(), ours, theirs)
        XCTAssertEqual(merged.followUps.map(\.notes.count), [1])
        XCTAssertEqual(merged.conflicts.map(\.field), ["followUps[fu-1]"])
        XCTAssertEqual(merged.conflicts.first?.other, ConflictVersion(value: nil, office: "Phường Ngọc Thụy", at: Self.early))
    }

    func testAnOpinionDeletedOnOneSideButNamedByAFollowUpAddedOnTheOtherIsKept() throws {
        var ours = base(), theirs = base()
        ours.opinions.removeAll { $0.id == "op-2" }
        ours.renumberOpinions()
        theirs.addFollowUp { FollowUp(id: $0, opinionIds: ["op-2"], task: "Kiểm tra", assignee: "Tổ 3", dueDate: Factory.day) }
        let merged = try merge(base(), ours, theirs)
        XCTAssertEqual(merged.opinions.map(\.id), ["op-1", "op-2"])
        XCTAssertEqual(merged.conflicts.map(\.field), ["opinions[op-2]"])
    }

    func testAnOpinionDeletedOnOneSideAndOneAddedOnTheOtherLeaveNoGap() throws {
        var ours = base(), theirs = base()
        ours.opinions.removeAll { $0.id == "op-1" }
        ours.followUps.removeAll()
        ours.renumberOpinions()
        theirs.addOpinion(opinion("Mới", minute: 30))
        let merged = try merge(base(), ours, theirs)
        XCTAssertEqual(merged.opinions.map(\.id), ["op-2", "op-3"])
        XCTAssertEqual(merged.opinions.map(\.number), [1, 2])
    }

    func testAMoveOnOneSideAndAnAdditionOnTheOtherAreBothKept() throws {
        var ours = Factory.meeting(opinions: 3), theirs = Factory.meeting(opinions: 3)
        ours.moveOpinion("op-3", by: -1)
        theirs.addOpinion(opinion("Mới", minute: 40))
        let merged = try merge(Factory.meeting(opinions: 3), ours, theirs)
        XCTAssertEqual(merged.opinions.map(\.id), ["op-1", "op-3", "op-2", "op-4"])
    }

    func testNotesAddedToOneFollowUpOnBothSidesAreAllKept() throws {
        var ours = base(), theirs = base()
        ours.followUps[0].notes.append(ProgressNote(on: Day(year: 2020, month: 7, day: 20)!, text: "Phường đã mời hộ dân"))
        theirs.followUps[0].notes.append(ProgressNote(on: Day(year: 2020, month: 7, day: 19)!, text: "Quận đã kiểm tra"))
        theirs.followUps[0].opinionIds.append("op-2")
        let merged = try merge(base(), ours, theirs)
        XCTAssertEqual(merged.followUps[0].notes.map(\.text), ["Quận đã kiểm tra", "Phường đã mời hộ dân"])
        XCTAssertEqual(merged.followUps[0].opinionIds, ["op-1", "op-2"])
    }

    func testUnknownFieldsSurviveAndMerge() throws {
        let b = try MeetingCodec.decode(Data(#"{"schemaVersion": 1, "id": "2020-07-17-ngoc-thuy", "title": "Họp", "organizer": "UBND", "date": "2020-07-17", "x": {"a": 1}, "opinions": [{"id": "op-1", "number": 1, "topic": "khac", "text": "t", "future": [1]}]}"#.utf8), path: "b")
        var ours = b, theirs = b
        ours.extra["x"] = .object(["a": .int(1), "b": .int(2)])
        theirs.opinions[0].extra["future"] = .array([.int(1), .int(3)])
        theirs.extra["y"] = .string("mới")
        let merged = try merge(b, ours, theirs)
        XCTAssertEqual(merged.extra["x"], .object(["a": .int(1), "b": .int(2)]))
        XCTAssertEqual(merged.extra["y"], .string("mới"))
        XCTAssertEqual(merged.opinions[0].extra["future"], .array([.int(1), .int(3)]))
    }

    func testTheSameMeetingCreatedOnBothSidesMergesWithoutBase() throws {
        var ours = Factory.meeting(opinions: 1), theirs = Factory.meeting(opinions: 0)
        theirs.addOpinion(opinion("B", minute: 50))
        let merged = try merge(nil, ours, theirs)
        XCTAssertEqual(merged.opinions.map(\.text), ["Ý kiến số 1 về đất đai", "B"])
        XCTAssertEqual(merged.opinions.map(\.id), ["op-1", "op-2"])
        ours.title = "x"
    }

    func testConflictsRecordedOnBothSidesAreAllKept() throws {
        var ours = base(), theirs = base()
        ours.conflicts = [MergeConflict(id: "cf-1", field: "title", kept: ConflictVersion(value: .string("a"), office: "X", at: nil),
                                        other: ConflictVersion(value: .string("b"), office: "Y", at: nil))]
        theirs.conflicts = [MergeConflict(id: "cf-1", field: "place", kept: ConflictVersion(value: .string("c"), office: "Z", at: nil),
                                          other: ConflictVersion(value: nil, office: "Y", at: nil))]
        let merged = try merge(base(), ours, theirs)
        XCTAssertEqual(merged.conflicts.map(\.field).sorted(), ["place", "title"])
        XCTAssertEqual(Set(merged.conflicts.map(\.id.rawValue)), ["cf-1", "cf-2"])
    }

    func testAMergeThatWouldBreakAnInvariantFails() throws {
        var ours = base(), theirs = base()
        ours.startedAt = Timestamp(day: Factory.day, hour: 16, minute: 0, offset: 25200)
        theirs.endedAt = Timestamp(day: Factory.day, hour: 15, minute: 0, offset: 25200)
        XCTAssertThrowsError(try MeetingMerge.merge(base: MeetingCodec.encode(base()), ours: MeetingCodec.encode(ours),
                                                    theirs: MeetingCodec.encode(theirs), path: "m.json",
                                                    oursSide: ward, theirsSide: district)) { error in
            XCTAssertTrue("\(error)".contains("endedAt"), "\(error)")
        }
    }

    func testAFileFromANewerVersionOrBrokenIsNotMerged() {
        let good = Data(Factory.json(id: "2020-07-17-ngoc-thuy").utf8)
        let newer = Data(#"{"schemaVersion": 9, "id": "2020-07-17-ngoc-thuy", "title": "Họp", "organizer": "U", "date": "2020-07-17"}"#.utf8)
        XCTAssertThrowsError(try MeetingMerge.merge(base: good, ours: good, theirs: newer, path: "m.json", oursSide: ward, theirsSide: district))
        XCTAssertThrowsError(try MeetingMerge.merge(base: good, ours: Data("{\"a\":".utf8), theirs: good, path: "m.json", oursSide: ward, theirsSide: district))
    }

    func testTopicsAddedOnBothSidesAreAllKeptAndASameIdWithTwoNamesIsAConflict() throws {
        func file(_ topics: [Topic]) throws -> Data {
            var object: JSONObject = ["schemaVersion": .int(1)]
            object["topics"] = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(topics))
            return try MeetingCodec.encoder.encode(JSONValue.object(object))
        }
        let standard = TopicCatalog.standard.topics
        let ours = standard + [Topic(id: "moi-truong", name: "Môi trường"), Topic(id: "giao-thong", name: "Giao thông")]
        let theirs = standard + [Topic(id: "moi-truong", name: "Môi Trường", nameEn: "Environment"), Topic(id: "y-te", name: "Y tế")]
        let result = try TopicCatalogMerge.merge(base: file(standard), ours: file(ours), theirs: file(theirs),
                                                 path: "topics.json", oursSide: ward, theirsSide: district)
        let object = try XCTUnwrap(try JSONDecoder().decode(JSONValue.self, from: result).objectValue)
        let topics = try JSONDecoder().decode([Topic].self, from: JSONEncoder().encode(object["topics"]))
        XCTAssertEqual(topics.count, standard.count + 3)
        XCTAssertEqual(topics.first { $0.id == "moi-truong" }, Topic(id: "moi-truong", name: "Môi Trường", nameEn: "Environment"))
        XCTAssertEqual(object["conflicts"]?.arrayValue?.count, 1)
    }

    func testTheSecretaryPutsTheOtherValueBackAndTheChoiceIsRecorded() throws {
        var ours = base(), theirs = base()
        ours.followUps[0].status = .inProgress
        theirs.followUps[0].status = .cancelled
        ours.followUps.append(FollowUp(id: "fu-9", task: "Tạm", assignee: "Tổ 9", dueDate: Factory.day))
        var merged = try merge(base(), ours, theirs)
        XCTAssertEqual(merged.openConflicts.count, 1)
        try merged.resolveConflict("cf-1", choosing: .other, by: "Trần Thu Hà", at: Self.late)
        XCTAssertEqual(merged.followUps[0].status, .inProgress)
        XCTAssertEqual(merged.openConflicts, [])
        XCTAssertEqual(merged.conflicts[0].resolution, ConflictResolution(choice: .other, by: "Trần Thu Hà", at: Self.late))
        XCTAssertThrowsError(try merged.resolveConflict("cf-7", choosing: .kept, by: "x", at: Self.late))
    }

    func testChoosingTheDeletionOfARecordRemovesIt() throws {
        var ours = base(), theirs = base()
        ours.opinions.removeAll { $0.id == "op-2" }
        ours.renumberOpinions()
        theirs.opinions[1].text = "Sửa lại"
        var merged = try merge(base(), ours, theirs)
        XCTAssertEqual(merged.conflicts.map(\.field), ["opinions[op-2]"])
        try merged.resolveConflict("cf-1", choosing: .other, by: "Hà", at: Self.late)
        XCTAssertEqual(merged.opinions.map(\.id), ["op-1"])
        XCTAssertEqual(merged.problems(), [])
    }

    /// Meeting's encoder is written by hand (to leave out an empty
    /// `conflicts`): a field added later must not be forgotten in it.
    func testEveryFieldOfAMeetingIsWritten() throws {
        var m = base()
        m.parentBody = "UBND quận Long Biên"
        m.legalBasis = "Chỉ thị 13"
        m.documentNumber = "12/BB-UBND"
        m.documentSymbol = "BB-VP"
        m.recipients = ["UBND quận Long Biên (để báo cáo)"]
        m.minutesApproved = false
        m.conclusion = "Kết luận"
        m.notes = "Ghi chú"
        m.plannedStart = Self.early
        m.plannedEnd = Self.late
        m.reopenings = [Reopening(at: Self.late, by: "Hà")]
        m.conflicts = [MergeConflict(id: "cf-1", field: "title", kept: ConflictVersion(value: .string("a"), office: nil, at: nil),
                                     other: ConflictVersion(value: nil, office: nil, at: nil))]
        let object = try XCTUnwrap(try JSONDecoder().decode(JSONValue.self, from: MeetingCodec.encode(m)).objectValue)
        XCTAssertEqual(Set(object.keys), Set(Meeting.CodingKeys.allCases.map(\.stringValue)))
        XCTAssertEqual(try MeetingCodec.decode(MeetingCodec.encode(m), path: "m"), m)
    }
}
