import Foundation
import XCTest
@testable import DoiThoaiCore

final class SearchTests: XCTestCase {
    func testFoldingCoversEveryVietnameseLetterInBothCasesAndBothForms() {
        let groups: [(String, String)] = [
            ("aàáảãạăằắẳẵặâầấẩẫậ", "a"), ("eèéẻẽẹêềếểễệ", "e"), ("iìíỉĩị", "i"), ("oòóỏõọôồốổỗộơờớởỡợ", "o"),
            ("uùúủũụưừứửữự", "u"), ("yỳýỷỹỵ", "y"), ("dđ", "d"),
        ]
        for (letters, base) in groups {
            for letter in letters {
                for form in [String(letter), String(letter).uppercased(), String(letter).decomposedStringWithCanonicalMapping,
                             String(letter).uppercased().decomposedStringWithCanonicalMapping] {
                    XCTAssertEqual(VietnameseFolding.fold(form), base, "\(form)")
                }
            }
        }
        XCTAssertEqual(VietnameseFolding.fold("Giải phóng mặt bằng"), "giai phong mat bang")
        XCTAssertEqual(VietnameseFolding.fold("ĐẤT ĐAI"), "dat dai")
    }

    func testQueriesParseWordsPhrasesAndTheWordBeingTyped() {
        let q = SearchQuery("Đất \"giải phóng mặt\" bằ")
        XCTAssertEqual(q.words, ["dat", "ba"])
        XCTAssertEqual(q.phrases, ["giai phong mat"])
        XCTAssertTrue(q.lastWordIsPrefix)
        XCTAssertFalse(SearchQuery("dat dai ").lastWordIsPrefix)
        XCTAssertEqual(SearchText.words("“danh gia” – su hai long…"), ["danh", "gia", "su", "hai", "long"])
    }

    func testCompatibilityCharactersFoldToWhatTheyStandFor() {
        XCTAssertEqual(VietnameseFolding.fold("Căn hộ 85 m²"), "can ho 85 m2")
        XCTAssertEqual(VietnameseFolding.fold("ＵＢＮＤ Ｐhường ５"), "ubnd phuong 5")
        XCTAssertEqual(VietnameseFolding.fold("Diện tích 120㎡…"), "dien tich 120m2...")
        XCTAssertEqual(VietnameseFolding.fold("ﬁle Ⅻ ①"), "file xii 1")
        XCTAssertEqual(SearchText.words(VietnameseFolding.fold("85\u{00A0}m²")), ["85", "m2"])
        XCTAssertEqual(SearchQuery("85 m2").words, SearchText.words(VietnameseFolding.fold("85 m²")))
    }

    func testTheFoldingVersionChangesWithTheRules() {
        XCTAssertEqual(VietnameseFolding.version, 2, "raise it (and this test) whenever what a text folds to changes")
    }
}
