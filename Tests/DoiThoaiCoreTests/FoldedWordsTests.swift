import XCTest
@testable import DoiThoaiCore

/// The one-pass folding the index writes with gives what folding scalar by
/// scalar and then splitting into words gives, for every kind of text.
final class FoldedWordsTests: XCTestCase {
    static func reference(_ parts: [String]) -> String {
        SearchText.words(VietnameseFolding.foldScalarByScalar(parts.joined(separator: "\n"))).joined(separator: " ")
    }

    static let samples = [
        "Giải phóng mặt bằng ĐƯỜNG Đê La Thành", "85 m² đất; ＵＢＮＤ phường…", "Ông Nguyễn Văn A (tổ 7) hỏi: “vì sao?”",
        "Tiếng Việt tổ hợp: Vie\u{0302}\u{0323}t Nam, đi\u{0300}", "½ ¼ ﬁ ﬂ Ⅻ ① ㎡ ℃", "emoji 🙂 中文 한국어 ĀāŒœßæ",
        "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß÷", "tab\tnew\nline — dash–dash ‘quote’ « » ¿¡", "", "   ", "a", "Ǆ ǅ ǆ Ǳ ǈ",
    ]

    func testTheSameWordsAsFoldingThenSplitting() {
        for sample in Self.samples {
            XCTAssertEqual(FoldedWords.of([sample]), Self.reference([sample]), sample)
            XCTAssertEqual(VietnameseFolding.fold(sample), VietnameseFolding.foldScalarByScalar(sample), sample)
        }
        XCTAssertEqual(FoldedWords.of(Self.samples), Self.reference(Self.samples))
        XCTAssertEqual(FoldedWords.of(["Hà", "", "Nội"]), "ha noi", "parts never run together")
    }

    func testEveryScalarOfTheLatinAndVietnameseBlocksAndBeyond() {
        var generator = SystemRandomNumberGenerator()
        let ranges: [ClosedRange<UInt32>] = [0x20...0x24F, 0x300...0x36F, 0x1E00...0x1EFF, 0x2000...0x2BFF, 0x3000...0x33FF, 0xFB00...0xFFEF,
                                             0x1F300...0x1F64F]
        for range in ranges {
            let scalars = range.compactMap(Unicode.Scalar.init)
            let all = String(String.UnicodeScalarView(scalars))
            XCTAssertEqual(VietnameseFolding.fold(all), VietnameseFolding.foldScalarByScalar(all))
            for _ in 0..<50 {
                let text = String(String.UnicodeScalarView((0..<12).map { _ in scalars.randomElement(using: &generator) ?? "a" }))
                XCTAssertEqual(FoldedWords.of([text, text]), Self.reference([text, text]), text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
            }
        }
    }
}
