import DoiThoaiExport
import Foundation
import XCTest
@testable import DoiThoaiCore

/// The minutes worded as a Vietnamese clerk writes them, in every format.
final class MinutesWordingTests: XCTestCase {
    func document(_ m: Meeting, _ language: MinutesLanguage = .vi) -> MinutesDocument {
        MinutesDocument(meeting: m, topics: .standard, language: language)
    }

    func allFormats(_ d: MinutesDocument) throws -> [String: String] {
        ["text": MinutesText.render(d), "md": MinutesMarkdown.render(d), "html": MinutesHTML.render(d),
         "docx": MinutesDocx.parts(d).map(\.xml).joined()]
    }

    func ward() -> Meeting { Factory.meeting() }

    func department() -> Meeting {
        var m = Factory.meeting(id: "2019-05-20-so-noi-vu", opinions: 1)
        m.kind = .seminar
        m.organizer = "Sở Nội vụ thành phố Hà Nội"
        m.level = .province
        m.parentBody = "UBND thành phố Hà Nội"
        return m
    }

    func ministry() -> Meeting {
        var m = Factory.meeting(id: "2019-07-02-vung-tau", opinions: 1)
        m.kind = .workshop
        m.organizer = "Bộ Nội vụ"
        m.level = .ministry
        return m
    }

    func testTheSymbolAndTheClosingWordFollowTheBodyAndTheKind() {
        let cases: [(Meeting, String, String)] = [
            (ward(), "Số:        /BB-UBND", "Hội nghị kết thúc vào hồi 17 giờ 00 cùng ngày./."),
            (department(), "Số:        /BB-SNV", "Buổi tọa đàm kết thúc vào hồi 17 giờ 00 cùng ngày./."),
            (ministry(), "Số:        /BB-BNV", "Hội thảo kết thúc vào hồi 17 giờ 00 cùng ngày./."),
        ]
        for (meeting, number, closing) in cases {
            let d = document(meeting)
            XCTAssertEqual(d.number, number)
            XCTAssertEqual(d.closing, closing)
        }
        XCTAssertEqual(document(ministry(), .en).closing, "The workshop closed at 17:00 the same day.")
    }

    func testOpinionNumbersOfAnAssignmentAreWrittenAsRanges() {
        XCTAssertEqual(MinutesWording.numberList([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]), "1–12")
        XCTAssertEqual(MinutesWording.numberList([6, 1, 3, 4, 5, 9]), "1, 3–6, 9")
        XCTAssertEqual(MinutesWording.numberList([2, 3]), "2, 3")
        XCTAssertEqual(MinutesWording.numberList([]), "")
    }

    func testAbbreviationsOfBodies() {
        let expected = [
            "UBND phường Ngọc Thụy": "UBND", "Ủy ban nhân dân quận Thanh Xuân": "UBND", "Sở Nội vụ tỉnh Lạng Sơn": "SNV",
            "Sở Nội vụ Thành phố Hà Nội": "SNV", "Bộ Nội vụ": "BNV", "Sở Tài nguyên và Môi trường": "STNMT",
            "Sở Lao động, Thương binh và Xã hội tỉnh Bắc Ninh": "SLĐTBXH", "HĐND xã Đa Tốn": "HĐND", "Bộ Tư pháp": "BTP",
        ]
        for (organizer, abbreviation) in expected {
            XCTAssertEqual(MinutesConventions.abbreviation(of: organizer), abbreviation, organizer)
        }
    }

    func testAMeetingCanSetItsOwnSymbolAndNumber() {
        var m = ward()
        m.documentSymbol = "BB-VP"
        XCTAssertEqual(document(m).number, "Số:        /BB-VP")
        m.documentNumber = "12"
        XCTAssertEqual(document(m).number, "Số: 12/BB-VP")
        m.documentNumber = "07/BB-UBND"
        XCTAssertEqual(document(m).number, "Số: 07/BB-UBND")
    }

    func testTheClosingLineNamesTheDayWhenTheMeetingEndedOnAnotherDay() {
        var m = ward()
        m.endedAt = Timestamp(day: Factory.day.adding(days: 1), hour: 0, minute: 30, offset: 25200)
        XCTAssertEqual(document(m).closing, "Hội nghị kết thúc vào hồi 0 giờ 30 ngày 18/07/2020./.")
        XCTAssertEqual(document(m, .en).closing, "The meeting closed at 00:30 on 18 July 2020.")
        m.endedAt = nil
        XCTAssertEqual(document(m).closing, "Hội nghị kết thúc vào hồi …… giờ …… cùng ngày./.")
    }

    func testRecipientsComeFromTheMeetingOrFromTheLevelAboveAndTheAssignees() {
        var m = ward()
        m.parentBody = "UBND quận Long Biên"
        m.followUps = [
            FollowUp(id: "fu-1", opinionIds: ["op-1"], task: "Việc 1", assignee: "Phòng Tài nguyên và Môi trường", dueDate: Factory.day),
            FollowUp(id: "fu-2", opinionIds: ["op-2"], task: "Việc 2", assignee: "Phòng Tài nguyên và Môi trường", dueDate: Factory.day),
        ]
        XCTAssertEqual(document(m).recipients, ["- UBND quận Long Biên (để báo cáo);",
                                                "- Phòng Tài nguyên và Môi trường (để thực hiện);", "- Lưu: VT, hồ sơ."])
        XCTAssertEqual(document(ministry()).recipients, ["- Lãnh đạo Bộ (để báo cáo);", "- Lưu: VT, hồ sơ."])
        var own = ministry()
        own.followUps = [FollowUp(id: "fu-1", task: "Việc", assignee: "Bộ Nội vụ", dueDate: Factory.day)]
        XCTAssertEqual(document(own).recipients, ["- Lãnh đạo Bộ (để báo cáo);", "- Lưu: VT, hồ sơ."], "not sent to itself")
        m.recipients = ["Thường trực Đảng ủy phường;", "Lưu: VT, hồ sơ hội nghị."]
        XCTAssertEqual(document(m).recipients, ["- Thường trực Đảng ủy phường;", "- Lưu: VT, hồ sơ hội nghị."])
        m.recipients = ["Thường trực Đảng ủy phường"]
        XCTAssertEqual(document(m).recipients, ["- Thường trực Đảng ủy phường;", "- Lưu: VT, hồ sơ."])
    }

    func testTheApprovalLineIsThereUnlessTheMeetingSaysNo() throws {
        var m = department()
        XCTAssertEqual(document(m).approval,
                       "Biên bản đã được đọc lại và thông qua trước buổi tọa đàm; các thành phần tham dự nhất trí với nội dung biên bản.")
        for (format, output) in try allFormats(document(m)) { XCTAssertTrue(output.contains("thông qua trước buổi tọa đàm"), format) }
        m.minutesApproved = false
        XCTAssertNil(document(m).approval)
        for (format, output) in try allFormats(document(m)) { XCTAssertFalse(output.contains("thông qua trước"), format) }
    }

    func testPartsAreNumberedFromWhatIsThere() throws {
        var m = ward()
        m.followUps = [FollowUp(id: "fu-1", opinionIds: ["op-1"], task: "Việc", assignee: "Phòng", dueDate: Factory.day)]
        let d = document(m)
        let parts = d.body.compactMap { if case .subheading(let s) = $0 { return s }; return nil }
        XCTAssertEqual(parts, ["1. Ý kiến của tổ chức, cá nhân", "2. Phân công thực hiện"])
        for (format, output) in try allFormats(d) {
            XCTAssertTrue(output.contains("1. Ý kiến của tổ chức, cá nhân"), format)
            XCTAssertFalse(output.contains("3. "), format)
        }
        m.agenda = [AgendaItem(id: "ag-1", presenter: "Đ/c Lê Đăng Lễ", summary: "Báo cáo CCHC")]
        m.conclusion = "Kết luận."
        let all = document(m).body.compactMap { if case .subheading(let s) = $0 { return s }; return nil }
        XCTAssertEqual(all, ["1. Báo cáo tại hội nghị", "2. Ý kiến của tổ chức, cá nhân", "3. Kết luận của chủ trì", "4. Phân công thực hiện"])
    }

    func testOpinionsReadAsAClerkWritesThem() throws {
        var m = ward()
        m.opinions[0].speaker = nil
        m.opinions[0].origin = "Đại diện nhân dân phường Ngọc Thụy"
        m.opinions[0].kind = .recommendation
        m.opinions[0].responses = [Response(id: "re-1", responder: "Đ/c Nguyễn Quốc Văn, Chủ tịch UBND phường", text: "Tiếp thu.")]
        m.opinions[0].disposition = .answered
        m.opinions[1].speaker = "Ông Nguyễn Văn Hải"
        m.opinions[1].origin = "Phường Khương Đình"
        m.opinions[1].kind = .question
        m.opinions[1].disposition = .forwarded
        m.opinions[1].forwardedTo = "Sở Y tế Hà Nội"
        let text = MinutesText.render(document(m)).replacingOccurrences(of: "\n", with: " ")
        for phrase in ["Ý kiến 1. Đại diện nhân dân phường Ngọc Thụy (không nêu tên), kiến nghị về lĩnh vực đất đai: Ý kiến số 1",
                       "Đ/c Nguyễn Quốc Văn, Chủ tịch UBND phường, trả lời: Tiếp thu.",
                       "Hướng xử lý: đã trả lời trực tiếp tại hội nghị.",
                       "Ý kiến 2. Ông Nguyễn Văn Hải, phường Khương Đình, hỏi về lĩnh vực đất đai:",
                       "Hướng xử lý: chuyển Sở Y tế Hà Nội giải quyết.",
                       "Tổng hợp: 2 ý kiến. Theo lĩnh vực: đất đai 2."] {
            XCTAssertTrue(text.contains(phrase), phrase)
        }
        for odd in ["Tổng hợp: Tổng số", "Trả lời —", "; Kiến nghị", "(không nêu tên), Đại diện"] { XCTAssertFalse(text.contains(odd), odd) }
        let english = MinutesText.render(document(m, .en)).replacingOccurrences(of: "\n", with: " ")
        XCTAssertTrue(english.contains("Summary: 2 opinions."), english)
        var one = ward()
        one.opinions.removeLast()
        one.opinions.append(Opinion(id: "op-9", number: 2, speaker: "B", topic: "dat-dai", text: "x"))
        XCTAssertFalse(MinutesText.render(document(one, .en)).contains("opinions (") )
        XCTAssertEqual(MinutesDocument(meeting: Factory.meeting(opinions: 2), topics: .standard, language: .en).body.contains {
            if case .paragraph(let runs) = $0 { return runs.map(\.text).joined().contains("1 opinions") }; return false
        }, false)
    }

    func testTheOrganisationIsNotRepeatedWhenTheTitleNamesIt() throws {
        let data = DataDirectory(root: SampleDataTests.dataFolder)
        let m = try MeetingStore(data: data).load("2020-07-17-ngoc-thuy").meeting
        let text = MinutesText.render(MinutesDocument(meeting: m, topics: .standard))
        XCTAssertTrue(text.contains("- Chủ trì: Nguyễn Quốc Văn – Phó Bí thư Đảng ủy, Chủ tịch UBND phường."), text)
        XCTAssertFalse(text.contains("Chủ tịch UBND phường, UBND phường Ngọc Thụy"))
        XCTAssertTrue(MinutesWording.titleNames("Phó Giám đốc Sở Nội vụ", "Sở Nội vụ thành phố Hà Nội", organizer: "Sở Nội vụ thành phố Hà Nội"))
        XCTAssertFalse(MinutesWording.titleNames("Giám đốc", "Công ty TNHH Thu Phát", organizer: "UBND phường Ngọc Thụy"))
        XCTAssertFalse(MinutesWording.titleNames("Phó Hiệu trưởng", "Trường Đại học Nội vụ Hà Nội", organizer: "Sở Nội vụ thành phố Hà Nội"))
    }

    func testAPersonTheSourceDoesNotNameIsNamedByTitleAndTheSignatureLeftBlank() {
        var m = ward()
        m.attendees[1] = Attendee(id: m.attendees[1].id, name: Attendee.unnamed, title: "Công chức Văn phòng - Thống kê",
                                  organization: "UBND phường Ngọc Thụy", role: .secretary)
        let d = document(m)
        XCTAssertEqual(d.secretary.name, "")
        XCTAssertTrue(MinutesText.render(d).replacingOccurrences(of: "\n", with: " ").contains("- Thư ký: Công chức Văn phòng - Thống kê, UBND phường Ngọc Thụy (không nêu tên trong bài)."))
    }

    func testHeadcountsByGroupAndInTotal() {
        var m = ward()
        m.addAttendee { Attendee(id: $0, name: "Đại diện nhân dân tổ dân phố 5", role: .citizen, count: 40) }
        m.addAttendee { Attendee(id: $0, name: "Bà Lê Thị Hoa", role: .citizen) }
        m.addAttendee { Attendee(id: $0, name: "Ông Vắng", role: .citizen, present: false) }
        let counted = MinutesText.render(document(m))
        XCTAssertTrue(counted.contains("- Số người có mặt: chủ trì 1; thư ký 1; người dân 41."), counted)
        XCTAssertTrue(counted.contains("- Tổng số người có mặt: 43 người."), counted)
        XCTAssertTrue(counted.contains("Ông Vắng (vắng mặt)"))
        m.addAttendee { Attendee(id: $0, name: "Đại diện doanh nghiệp", role: .business) }
        let open = MinutesText.render(document(m)).replacingOccurrences(of: "\n", with: " ")
        XCTAssertTrue(open.contains("đại diện doanh nghiệp: chưa ghi số người."), open)
        XCTAssertTrue(open.contains("- Tổng số người có mặt: chưa xác định được, vì 1 nhóm chưa ghi số người."), open)
        let english = MinutesText.render(document(m, .en)).replacingOccurrences(of: "\n", with: " ")
        XCTAssertTrue(english.contains("- Present: chair 1; secretary 1; citizens 41; business representatives: not counted."), english)
    }

    /// BEL, VT, FF, ESC, NUL, DEL, C1 and the direction overrides reach no
    /// format; "abc" after a right-to-left override still reads "abc".
    func testControlAndDirectionCharactersReachNoFormat() throws {
        let hostile = "a\u{7}b\u{B}c\u{C}d\u{1B}[31me\u{0}f\u{7F}g\u{85}h\u{9B}i \u{202E}abc\u{202C} \u{2066}xyz\u{2069}"
        var m = ward()
        m.title = hostile
        m.organizer = hostile
        m.conclusion = hostile
        m.opinions[0].text = hostile
        m.opinions[0].speaker = hostile
        m.attendees[0].name = hostile
        m.followUps = [FollowUp(id: "fu-1", opinionIds: ["op-1"], task: hostile, assignee: hostile, dueDate: Factory.day)]
        let d = document(m)
        for (format, output) in try allFormats(d) {
            let bad = output.unicodeScalars.filter {
                ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
                    || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
            }
            XCTAssertEqual(bad.map { String(format: "U+%04X", $0.value) }, [], format)
            XCTAssertTrue(output.contains("abc"), format)
        }
        XCTAssertTrue(MinutesText.render(d).contains("abcd[31mefgh"), "printable text around them is kept")
    }
}

/// `validate` warns, without failing, about an answer given at the meeting
/// on an opinion marked to be answered in writing or forwarded.
final class MeetingWarningTests: XCTestCase {
    func testAnAnswerGivenAtTheMeetingOnAnOpinionMarkedForWritingIsWarnedAbout() {
        var m = Factory.meeting(opinions: 3)
        m.opinions[0].responses = [Response(id: "re-1", responder: "Chủ tịch", text: "Tiếp thu; đã giải đáp trực tiếp tại hội nghị.")]
        m.opinions[0].disposition = .inWriting
        m.opinions[1].responses = [Response(id: "re-2", responder: "Chủ tịch", text: "Phòng sẽ trả lời bằng văn bản.")]
        m.opinions[1].disposition = .inWriting
        m.opinions[2].responses = [Response(id: "re-3", responder: "Chủ tịch", text: "Đã trả lời tại chỗ.")]
        m.opinions[2].disposition = .answered
        XCTAssertEqual(m.warnings, [.answeredAtMeetingButMarked(opinion: "op-1", number: 1, disposition: .inWriting)])
        m.opinions[0].disposition = .forwarded
        XCTAssertEqual(m.warnings.count, 1)
        m.opinions[0].disposition = .answered
        XCTAssertEqual(m.warnings, [])
        XCTAssertEqual(m.problems(), [], "a warning is not a problem")
    }

    func testTheSamplesHaveNoWarning() throws {
        for stored in MeetingStore(data: DataDirectory(root: SampleDataTests.dataFolder)).loadAll().meetings {
            XCTAssertEqual(stored.meeting.warnings, [], stored.meeting.id.rawValue)
        }
    }
}
