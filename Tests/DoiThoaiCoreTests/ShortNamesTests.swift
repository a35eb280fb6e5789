import XCTest
@testable import DoiThoaiCore

final class ShortNamesTests: XCTestCase {
    func testTheOrganizerKeepsThePlaceThatTellsMeetingsApart() {
        XCTAssertEqual(ShortNames.organizer("UBND phường Ngọc Thụy"), "P. Ngọc Thụy")
        XCTAssertEqual(ShortNames.organizer("UBND quận Thanh Xuân"), "Q. Thanh Xuân")
        XCTAssertEqual(ShortNames.organizer("Ủy ban nhân dân xã Tân Lập"), "X. Tân Lập")
        XCTAssertEqual(ShortNames.organizer("UBND thị xã Sơn Tây"), "TX. Sơn Tây")
        XCTAssertEqual(ShortNames.organizer("Sở Nội vụ tỉnh Lạng Sơn"), "Sở Nội vụ Lạng Sơn")
        XCTAssertEqual(ShortNames.organizer("Sở Nội vụ thành phố Hà Nội"), "Sở Nội vụ Hà Nội")
        XCTAssertEqual(ShortNames.organizer("Bộ Nội vụ"), "Bộ Nội vụ")
        XCTAssertEqual(ShortNames.organizer("UBND phường"), "UBND phường", "no place after the unit: kept")
    }

    func testTheTitleDropsTheLeadEveryMeetingShares() {
        XCTAssertEqual(ShortNames.title("Hội nghị đối thoại với đại diện nhân dân về công tác cải cách hành chính năm 2020"),
                       "Đại diện nhân dân về công tác cải cách hành chính năm 2020")
        XCTAssertEqual(ShortNames.title("Tọa đàm “Thực trạng và đề xuất giải pháp”"), "Thực trạng và đề xuất giải pháp")
        XCTAssertEqual(ShortNames.title("Hội nghị đối thoại"), "Hội nghị đối thoại")
        XCTAssertEqual(ShortNames.title("Hội nghị đối thoại của Chủ tịch UBND quận Cầu Giấy với tổ chức, cá nhân năm 2026"),
                       "Tổ chức, cá nhân năm 2026", "who convenes it is the organizer's column")
        XCTAssertEqual(ShortNames.title("Hội nghị đối thoại của Chủ tịch UBND phường Yên Hòa năm 2025"),
                       "Của Chủ tịch UBND phường Yên Hòa năm 2025", "nothing after 'với' to keep: kept")
        XCTAssertEqual(ShortNames.title("Gặp mặt doanh nghiệp"), "Gặp mặt doanh nghiệp")
    }
}

final class VietnameseCollationTests: XCTestCase {
    func testLettersWithMarksComeAfterTheirBaseLetter() {
        let names = ["Đất đai", "Chính sách người có công", "Cấp giấy phép xây dựng", "Đăng ký kinh doanh", "Dịch vụ công",
                     "An toàn", "Ăn uống", "Ân nhân", "Ơn", "Ông", "Ong", "Ưu tiên", "Uống", "Ê kíp", "Em"]
        XCTAssertEqual(VietnameseCollation.sorted(names, by: { $0 }),
                       ["An toàn", "Ăn uống", "Ân nhân", "Cấp giấy phép xây dựng", "Chính sách người có công", "Dịch vụ công",
                        "Đăng ký kinh doanh", "Đất đai", "Em", "Ê kíp", "Ong", "Ông", "Ơn", "Uống", "Ưu tiên"])
    }

    func testTonesBreakTiesInDictionaryOrder() {
        XCTAssertEqual(VietnameseCollation.sorted(["mạ", "má", "mã", "mả", "mà", "ma"], by: { $0 }), ["ma", "mà", "mả", "mã", "má", "mạ"])
        XCTAssertTrue(VietnameseCollation.precedes("Hoa", "Hòa"))
        XCTAssertTrue(VietnameseCollation.precedes("Hoà", "Hoan"), "letters first, tones only break ties")
    }
}
