@testable import DoiThoaiUI
import DoiThoaiCore
import XCTest

/// Completion compares folded names on bytes (a province offers some 100,000
/// speakers): it must say what the rule in words says, for every name.
final class FoldedMatchTests: XCTestCase {
    func testBytesAgreeWithTheRuleInWords() {
        let names = ["Nguyễn Văn Hải", "Ông Nguyễn Văn Hải", "Đỗ Thị Hoa", "Đỗ Thị Hòa", "H'Hen Niê", "Y Moan Ênuôl",
                     "Trần Thị Bích Ngọc (Tổ 15)", "Lò Văn Quỳnh", "Bà Hà", "Hà", "Danh Văn Huề Út", "  Lê  Văn  ",
                     "Công ty TNHH Đại Việt", "王小明", "Ánh", "an", "Nguyen Van", "Văn Thị Văn"]
        let typed = ["n", "ng", "nguyen v", "van", "v", "hai", "do thi ho", "h'", "y", "ha", "a", "an", "to 15", "15)",
                     "王", "小", "danh van hue ut", "cong ty", "ty", "le", "van thi", "thi van", "z", "nguyen van hai"]
        for name in names {
            let folded = VietnameseFolding.fold(name)
            for query in typed.map(VietnameseFolding.fold) {
                let expected: FoldedMatch = folded == query ? .whole
                    : folded.hasPrefix(query) ? .start : folded.contains(" " + query) ? .word : .none
                XCTAssertEqual(FoldedMatch.of(Array(query.utf8), in: folded, lookingInside: true), expected, "\(name) / \(query)")
            }
        }
    }

    func testAManyNamedArchiveStillOffersStartsFirstThenWords() {
        var words = (0..<20_000).map { Vocabulary.Word("Người Số \($0) Văn Hải") }
        words.insert(Vocabulary.Word("Hải Nguyễn"), at: 15_000)
        XCTAssertEqual(Completion.suggestions(for: "hai", among: words),
                       ["Hải Nguyễn", "Người Số 0 Văn Hải", "Người Số 1 Văn Hải", "Người Số 2 Văn Hải", "Người Số 3 Văn Hải"])
        XCTAssertEqual(Completion.suggestions(for: "Ông Hải", among: words).first, "Ông Hải Nguyễn")
    }
}
