import Foundation
import XCTest
@testable import DoiThoaiCore

/// The collation key's table (worked out once) gives what the character-by-character
/// decomposition gives, for every letter a name is written with, precomposed or not.
final class CollationKeyTests: XCTestCase {
    func testTheTableAgreesWithTheDecompositionOnEveryLetterAndOnNames() {
        var samples = ["Nguyễn Văn Đức", "ĐẶNG THỊ HƯỜNG", "Ông Lê Quang Ấn", "Phường Ngọc Thụy", "UBND quận Cầu Giấy", "Ａ full-width",
                       "Trần Thị Bích Ngọc (Tổ 15)", "ǅ ǈ Ș ș", "Nguyễn".decomposedStringWithCanonicalMapping]
        let letters = (0x20...0x7E).map { $0 } + (0xC0...0x24F).map { $0 } + (0x1EA0...0x1EF9).map { $0 }
        samples += letters.compactMap { Unicode.Scalar($0).map { String(Character($0)) } }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let name = String((0..<Int.random(in: 1...12, using: &generator)).compactMap { _ in
                Unicode.Scalar(letters.randomElement(using: &generator) ?? 0x61).map(Character.init)
            })
            samples += [name, name.decomposedStringWithCanonicalMapping]
        }
        for sample in samples {
            XCTAssertEqual(VietnameseCollation.key(sample), VietnameseCollation.slowKey(sample), sample)
        }
        let sorted = VietnameseCollation.sorted(["Đinh", "Dương", "Ân", "An", "Ăn", "Ơn", "Ôn", "On", "Ưng", "Ung"], by: { $0 })
        XCTAssertEqual(sorted, ["An", "Ăn", "Ân", "Dương", "Đinh", "On", "Ôn", "Ơn", "Ung", "Ưng"])
    }

    /// The key laid out in one string of bytes orders names as the letters, then tones, then case do.
    func testTheSortKeyOrdersAsTheRule() {
        var names = ["An", "Ăn", "Ân", "an", "Án", "Ạn", "A", "Anh", "Ánh", "Dương", "Đinh", "đinh", "D", "Đ", "Hà", "Hạ", "Ha", "HA",
                     "Nguyễn Văn Hải", "Nguyễn Văn", "Nguyễn Vă", "Ông", "Ơn", "Ưng", "Ung", "", " ", "Zu", "王小明", "ǅ", "Ș"]
        var generator = SystemRandomNumberGenerator()
        let letters = Array("aăâbdđeêioôơuưyAĂÂĐƠƯ áàảãạ")
        for _ in 0..<200 {
            names.append(String((0..<Int.random(in: 0...5, using: &generator)).map { _ in letters.randomElement(using: &generator) ?? "a" }))
        }
        for a in names {
            for b in names {
                XCTAssertEqual(VietnameseCollation.SortKey(a) < VietnameseCollation.SortKey(b), VietnameseCollation.precedes(a, b), "\(a) < \(b)")
            }
        }
    }
}
