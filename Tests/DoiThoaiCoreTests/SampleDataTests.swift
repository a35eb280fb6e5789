import Foundation
import XCTest
@testable import DoiThoaiCore

/// The sample meetings in `data/`, built from the five seed reports: they
/// load, keep every invariant, are byte-identical once saved again, and
/// hold what the reports state.
final class SampleDataTests: XCTestCase {
    static var dataFolder: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("data").path
    }

    var store: MeetingStore { MeetingStore(data: DataDirectory(root: Self.dataFolder)) }

    func meeting(_ id: String) throws -> Meeting { try store.load(MeetingID(id)).meeting }

    func testEverySampleLoadsAndKeepsItsInvariants() throws {
        let catalog = try TopicStore(data: DataDirectory(root: Self.dataFolder)).load()
        let loaded = store.loadAll()
        XCTAssertEqual(loaded.failures, [])
        XCTAssertEqual(loaded.meetings.count, 5)
        for stored in loaded.meetings {
            XCTAssertEqual(stored.meeting.problems(topics: catalog.ids), [], stored.meeting.id.rawValue)
            XCTAssertEqual(stored.meeting.status, .closed)
            XCTAssertNotNil(stored.meeting.chair, stored.meeting.id.rawValue)
            XCTAssertNotNil(stored.meeting.secretary, stored.meeting.id.rawValue)
            XCTAssertFalse(stored.meeting.notes?.isEmpty ?? true, "notes say what is illustrative")
        }
    }

    /// Saving a sample must not change a byte. `RECORD_SAMPLES=1` rewrites
    /// them in the program's own format instead.
    func testEverySampleIsStoredExactlyAsTheProgramWritesIt() throws {
        for id in store.meetingIDs() {
            let path = store.data.meetingFile(id)
            let bytes = try XCTUnwrap(FileManager.default.contents(atPath: path))
            let again = try MeetingCodec.encode(MeetingCodec.decode(bytes, path: path))
            if ProcessInfo.processInfo.environment["RECORD_SAMPLES"] == "1" {
                try again.write(to: URL(fileURLWithPath: path))
                continue
            }
            XCTAssertEqual(String(decoding: again, as: UTF8.self), String(decoding: bytes, as: UTF8.self), path)
        }
        if ProcessInfo.processInfo.environment["RECORD_SAMPLES"] == "1" {
            let catalog = try TopicStore(data: store.data).load()
            try TopicStore(data: store.data).save(catalog)
        }
    }

    func testThanhXuanHas25OpinionsAcrossTheFiveFieldsOfTheReport() throws {
        let m = try meeting("2018-12-29-thanh-xuan")
        XCTAssertEqual(m.opinions.count, 25)
        let counts = Dictionary(grouping: m.opinions, by: \.topic).mapValues(\.count)
        XCTAssertEqual(counts, [
            "giai-phong-mat-bang": 5, "cap-giay-phep-xay-dung": 5, "dang-ky-kinh-doanh": 5,
            "chinh-sach-nguoi-co-cong": 5, "an-toan-ve-sinh-thuc-pham": 5,
        ])
        XCTAssertEqual(m.organizer, "UBND quận Thanh Xuân")
        XCTAssertEqual(m.level, .district)
        XCTAssertTrue(m.legalBasis?.hasPrefix("Chỉ thị số 13/CT-TTg ngày 10/6/2015") ?? false)
    }

    func testNgocThuyHoldsTheReportFiguresTheOpinionAndTheConclusion() throws {
        let m = try meeting("2020-07-17-ngoc-thuy")
        XCTAssertEqual(m.date, Day(year: 2020, month: 7, day: 17))
        XCTAssertEqual(m.place, "Hội trường UBND phường")
        XCTAssertEqual(m.chair?.name, "Nguyễn Quốc Văn")
        let names = Set(m.attendees.map(\.name))
        for leader in ["Thẩm Bá Phước", "Nguyễn Viết Tấn", "Vũ Văn Mai", "Lê Đăng Lễ"] {
            XCTAssertTrue(names.contains(leader), leader)
        }
        let figures = Dictionary(uniqueKeysWithValues: (m.agenda.first?.figures ?? []).map { ($0.label, $0.value) })
        XCTAssertEqual(figures["Hồ sơ tiếp nhận (01/01–30/6/2020)"], "2201")
        XCTAssertEqual(figures["Hồ sơ giải quyết đúng hạn"], "2119")
        XCTAssertEqual(figures["Hồ sơ đang giải quyết"], "82")
        XCTAssertEqual(figures["Hồ sơ dịch vụ công trực tuyến mức độ 3, 4 tiếp nhận"], "699")
        XCTAssertEqual(m.opinions.count, 1)
        XCTAssertEqual(m.opinions.first?.topic, "dich-vu-cong-truc-tuyen")
        XCTAssertTrue(m.opinions.first?.text.contains("người lớn tuổi") ?? false)
        XCTAssertTrue(m.conclusion?.contains("chính quyền điện tử") ?? false)
    }

    func testHaNoiSeminarHas12OpinionsAndEndsAt17() throws {
        let m = try meeting("2019-05-20-so-noi-vu-ha-noi")
        XCTAssertEqual(m.kind, .seminar)
        XCTAssertEqual(m.opinions.count, 12)
        XCTAssertEqual(m.endedAt?.iso, "2019-05-20T17:00:00+07:00")
        XCTAssertEqual(m.attendees.filter { $0.role == .chair }.map(\.name), ["Nguyễn Đình Hoa", "Nguyễn Minh Phương"])
    }

    func testLangSonStatesItsSipasRank() throws {
        let m = try meeting("2023-09-22-lang-son")
        let figures = m.agenda.flatMap(\.figures)
        XCTAssertTrue(figures.contains { $0.value == "59/63" })
        XCTAssertTrue(figures.contains { $0.value == "giảm 28 bậc" })
    }

    func testVungTauWorkshopOfTheMinistry() throws {
        let m = try meeting("2019-07-02-vung-tau")
        XCTAssertEqual(m.date.iso, "2019-07-02")
        XCTAssertEqual(m.level, .ministry)
        XCTAssertEqual(m.chair?.name, "Phạm Minh Hùng")
        let provinces = m.attendees.first { $0.name.contains("37 tỉnh, thành phố") }
        XCTAssertEqual(provinces?.role, .delegate)
        XCTAssertNil(provinces?.count, "the report counts provinces, not people: the headcount is not recorded")
    }

    /// Follow-ups point at the opinion they answer, and a person the report
    /// does not name is written "(không nêu tên trong bài)", with the title
    /// in the title field.
    func testThanhXuanLinksAndUnnamedPeopleAreConsistent() throws {
        let m = try meeting("2018-12-29-thanh-xuan")
        let fu5 = try XCTUnwrap(m.followUps.first { $0.id == "fu-5" })
        XCTAssertEqual(fu5.opinionIds, ["op-23"])
        XCTAssertTrue(m.opinion("op-23")?.text.hasPrefix("Thời gian cấp giấy chứng nhận") ?? false)
        for id in ["2018-12-29-thanh-xuan", "2020-07-17-ngoc-thuy", "2019-05-20-so-noi-vu-ha-noi", "2019-07-02-vung-tau",
                   "2023-09-22-lang-son"] {
            let secretary = try XCTUnwrap(try meeting(id).secretary)
            XCTAssertEqual(secretary.name, Attendee.unnamed, id)
            XCTAssertFalse(secretary.title?.isEmpty ?? true, id)
        }
    }
}
