import Foundation
import XCTest
@testable import DoiThoaiCore

/// Each meeting's name rows, made from its bytes on the reading threads,
/// are the counts `NameCounts` keeps; stored and read back they are the same.
final class IndexNamesTests: XCTestCase {
    /// `NameCounts` as (kind, name, uses) rows, the way the index stored them when it counted with it.
    static func reference(_ n: NameCounts) -> Set<String> {
        var rows = Set<String>()
        func add(_ kind: IndexSchema.NameKind, _ counts: [String: Int]) {
            for (name, uses) in counts { rows.insert("\(kind.rawValue)|\(name)|\(uses)") }
        }
        add(.speaker, n.speakers)
        add(.origin, n.origins)
        add(.responder, n.responders)
        add(.assignee, n.assignees)
        add(.topic, Dictionary(uniqueKeysWithValues: n.topicUsage.map { ($0.key.rawValue, $0.value) }))
        for (pair, uses) in n.details {
            rows.insert("\(IndexSchema.NameKind(pair.kind).rawValue)|\(pair.name)\u{1F}\(pair.detail)|\(uses)")
        }
        return rows
    }

    static func lines(_ rows: [NameRow]) -> Set<String> {
        Set(rows.map { "\($0.key.kind)|\($0.key.name)|\($0.uses)" })
    }

    func meetings() -> [Meeting] {
        var odd = Factory.meeting(opinions: 4)
        odd.opinions[0].speaker = "Tên \"có\" ngoặc \\ và\ttab\u{1}"
        odd.opinions[1].speaker = "Tên \"có\" ngoặc \\ và\ttab\u{1}"
        odd.opinions[1].origin = "Tổ 7 / khu 😀"
        odd.opinions[2].speaker = ""
        odd.opinions[3].origin = ""
        return SyntheticArchive(meetings: 12, opinionsPerMeeting: 9, seed: 5).makeMeetings() + [odd, Factory.meeting(opinions: 0)]
    }

    func testRowsAreWhatNameCountsCounts() {
        for meeting in meetings() {
            let rows = IndexNames.rows(meeting)
            XCTAssertEqual(Self.lines(rows), Self.reference(NameCounts(meeting)), meeting.id.rawValue)
            XCTAssertEqual(rows.count, Set(rows.map(\.key)).count, "one row per name and kind")
        }
    }

    func testEncodedRowsReadBackAndAreJSON() throws {
        for meeting in meetings() {
            let rows = IndexNames.rows(meeting)
            let text = IndexNames.encode(rows)
            XCTAssertEqual(Self.lines(IndexNames.decode(text)), Self.lines(rows), text)
            XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(text.utf8)), text)
        }
        XCTAssertEqual(IndexNames.encode([]), "{}")
        // What earlier versions stored (JSONEncoder, slashes escaped) is still read.
        let old = #"{"1":{"T\u1ed5 7 \/ khu":2},"4":{"dat-dai":3}}"#
        XCTAssertEqual(Self.lines(IndexNames.decode(old)), ["1|Tổ 7 / khu|2", "4|dat-dai|3"])
    }

    func testKeysCompareByTheirBytesInSQLitesOrder() {
        let names = ["b", "a", "ab", "", "Đ", "Z", "ă", "a\u{1F}b", "a b"]
        let sorted = names.map { NameKey(0, $0) }.sorted().map(\.name)
        XCTAssertEqual(sorted, names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        XCTAssertTrue(NameKey(0, "z") < NameKey(1, "a"))
        XCTAssertEqual(NameKey(2, "Lê"), NameKey(2, "Lê"))
        XCTAssertNotEqual(NameKey(2, "Lê"), NameKey(3, "Lê"))
        XCTAssertEqual(Set([NameKey(2, "Lê"), NameKey(2, "Lê"), NameKey(2, "Le")]).count, 2)
    }
}
