@testable import DoiThoaiUI
import DoiThoaiCore
import XCTest

/// The completion words are ranked again after every outside change, from
/// keys kept between loads: the order must be the rule's, load after load.
final class NameRankingTests: XCTestCase {
    func testKeptKeysRankAsTheRuleSays() {
        var random = SystemRandomNumberGenerator()
        let given = ["An", "Ân", "Ấn", "Bình", "Đức", "Dũng", "Hà", "Hạ", "hà", "Ơn", "Ôn", "Ư", "Uyên", "Yến"]
        let family = ["Nguyễn", "Đặng", "Dương", "Lê", "Lò", "Ông", "Ưng"]
        let people = (0..<400).map { _ in "\(family.randomElement(using: &random)!) \(given.randomElement(using: &random)!)" }
        let ranking = NameRanking()
        for round in 0..<3 {
            var counts: [String: Int] = [:]
            for name in people.prefix(300 + round * 50) { counts[name, default: 0] += Int.random(in: 0..<4, using: &random) }
            // The rule in words: Vietnamese order, then the most used first (a stable sort keeps that order).
            let expected = VietnameseCollation.sorted(Array(counts), by: \.key).sorted { $0.value > $1.value }.map(\.key)
            XCTAssertEqual(ranking.ranked(counts).map(\.text), expected, "round \(round)")
            var names = NameCounts()
            names.speakers = counts
            XCTAssertEqual(Vocabulary(names: names, ranking: ranking).speakers.map(\.text), expected)
        }
    }
}
