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

    /// The same answer as reading every opinion, on generated opinions and random queries.
    func testTheIndexAgreesWithABruteForceScan() {
        let meetings = SyntheticArchive(meetings: 60, opinionsPerMeeting: 50, seed: 7).makeMeetings()
        let documents = meetings.flatMap { SearchDocument.of($0, topics: .standard) }
        let index = SearchIndex(documents: documents)
        var random = SyntheticArchive.Random(state: 99)
        let foldedWords = documents.map { SearchText.words(VietnameseFolding.fold($0.searchable)) }
        let vocabulary = Array(Set(foldedWords.joined())).sorted()
        for round in 0..<200 {
            let count = 1 + random.below(3)
            var words = (0..<count).map { _ in random.pick(vocabulary) }
            let prefix = round % 2 == 0
            if prefix, let last = words.last { words[words.count - 1] = String(last.prefix(1 + random.below(max(1, last.count)))) }
            var text = words.joined(separator: " ") + (prefix ? "" : " ")
            var filters = SearchFilters()
            if round % 3 == 0 { filters.topic = random.pick(SyntheticArchive.topics) }
            if round % 5 == 0 { filters.from = Day(year: 2018, month: 1, day: 1); filters.to = Day(year: 2021, month: 6, day: 30) }
            if round % 7 == 0 { text = "\"\(words.prefix(2).joined(separator: " "))\"" }
            let query = SearchQuery(text, filters: filters)
            let found = index.search(query).hits.map { "\($0.meetingID)/\($0.opinionID)" }
            let expected = documents.indices.filter { brute(query, documents[$0], words: foldedWords[$0]) }.map { documents[$0] }
                .sorted { a, b in
                    if a.date != b.date { return a.date > b.date }
                    if a.meetingID != b.meetingID { return a.meetingID < b.meetingID }
                    return a.number < b.number
                }
                .map { "\($0.meetingID)/\($0.opinionID)" }
            XCTAssertEqual(found.count, expected.count, "query “\(text)”")
            XCTAssertTrue(found == expected, "query “\(text)”: the index and the scan disagree")
        }
    }

    func brute(_ q: SearchQuery, _ d: SearchDocument, words: [String]) -> Bool {
        for (i, w) in q.words.enumerated() {
            let isLast = i == q.words.count - 1
            if isLast && q.lastWordIsPrefix { if !words.contains(where: { $0.hasPrefix(w) }) { return false } }
            else if !words.contains(w) { return false }
        }
        let joined = " " + words.joined(separator: " ") + " "
        for phrase in q.phrases where !joined.contains(" \(phrase) ") { return false }
        let f = q.filters
        if let topic = f.topic, d.topic != topic { return false }
        if let from = f.from, d.date < from { return false }
        if let to = f.to, d.date > to { return false }
        return true
    }

    func testTheIndexFollowsAddsEditsAndDeletes() {
        var meeting = Factory.meeting()
        let index = SearchIndex(documents: SearchDocument.of(meeting, topics: .standard))
        XCTAssertEqual(index.search(SearchQuery("dat dai")).total, 2)
        meeting.opinions[0].text = "Cấp giấy phép xây dựng chậm"
        meeting.addOpinion { Opinion(id: $0, number: $1, speaker: "Hà", topic: "khac", text: "Đường ngõ ngập nước") }
        index.replace(meeting: meeting.id, with: SearchDocument.of(meeting, topics: .standard))
        XCTAssertEqual(index.search(SearchQuery("ngap nuoc")).total, 1)
        XCTAssertEqual(index.search(SearchQuery("giay phep")).hits.map(\.number), [1])
        XCTAssertEqual(index.search(SearchQuery("ý kiến số 1")).total, 0, "the old text is gone")
        index.remove(meeting: meeting.id)
        XCTAssertEqual(index.search(SearchQuery("")).total, 0)
    }

    func testAQueryWithMarksCanRankExactMatchesFirst() {
        var m = Factory.meeting(opinions: 0)
        m.addOpinion { Opinion(id: $0, number: $1, speaker: "A", topic: "khac", text: "Đạt đại hội") }
        m.addOpinion { Opinion(id: $0, number: $1, speaker: "B", topic: "dat-dai", text: "Cấp sổ đất đai") }
        let index = SearchIndex(documents: SearchDocument.of(m, topics: .standard))
        XCTAssertEqual(index.search(SearchQuery("dat dai ")).total, 2)
        XCTAssertEqual(index.search(SearchQuery("đất đai "), order: .relevance).hits.first?.speaker, "B")
    }
}
