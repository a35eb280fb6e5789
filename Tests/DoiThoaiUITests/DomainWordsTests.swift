import DoiThoaiCore
import XCTest
@testable import DoiThoaiUI

/// One table of domain words per language, read by the screens, the report
/// and the minutes: a kind, a status or a role is named the same everywhere.
final class DomainWordsTests: XCTestCase {
    /// Every case of every domain enum, with its name in a table.
    func names(_ w: DomainWords) -> [(String, String)] {
        MeetingKind.allCases.map { ("\($0)", w.name($0)) } + AdministrativeLevel.allCases.map { ("\($0)", w.name($0)) }
            + MeetingStatus.allCases.map { ("\($0)", w.name($0)) } + AttendeeRole.allCases.map { ("\($0)", w.name($0)) }
            + OpinionKind.allCases.map { ("\($0)", w.name($0)) } + Disposition.allCases.map { ("\($0)", w.name($0)) }
            + FollowUpStatus.allCases.map { ("\($0)", w.name($0)) } + DomainNoun.allCases.map { ("\($0)", w.name($0)) }
    }

    func testEveryCaseHasAWordInBothLanguagesAndTheMinutesRegister() {
        for language in Language.allCases {
            let w = language.words
            XCTAssertEqual(w.language, language)
            for (name, word) in names(w) {
                XCTAssertFalse(word.trimmingCharacters(in: .whitespaces).isEmpty, "\(language) has no word for \(name)")
                XCTAssertNotEqual(word, name, "\(language) shows the machine name \(name)")
            }
            for role in AttendeeRole.allCases {
                XCTAssertFalse(w.formal.roleGroup(role).isEmpty)
                XCTAssertFalse(w.formal.roleCell(role).isEmpty)
            }
            for kind in OpinionKind.allCases { XCTAssertFalse(w.formal.verb(kind).isEmpty) }
            for disposition in Disposition.allCases { XCTAssertFalse(w.formal.clause(disposition).isEmpty) }
            for kind in MeetingKind.allCases { XCTAssertFalse(w.formal.gathering(kind).sentenceStart.isEmpty) }
        }
        // Two choices of one field never share a word (a secretary could not tell them apart).
        for w in [DomainWords.vi, .en] {
            for group in [OpinionKind.allCases.map(w.name), Disposition.allCases.map(w.name),
                          FollowUpStatus.allCases.map(w.name), AttendeeRole.allCases.map(w.name),
                          MeetingStatus.allCases.map(w.name), MeetingKind.allCases.map(w.name)] {
                XCTAssertEqual(Set(group).count, group.count, "\(group)")
            }
        }
    }

    func testTheWordsTheIssueFoundDisagreeingAreSettled() {
        XCTAssertEqual(DomainWords.vi.name(OpinionKind.question), "Câu hỏi")
        XCTAssertEqual(DomainWords.vi.formal.verb(.question), "hỏi")
        XCTAssertEqual(DomainWords.vi.name(FollowUpStatus.open), "Chưa làm")
        XCTAssertEqual(DomainWords.vi.name(FollowUpStatus.inProgress), "Đang làm")
        XCTAssertEqual(DomainWords.vi.name(DomainNoun.pending), "Chưa xong")
    }

    /// The screens read their words from the core's table: the phrase of each
    /// case, in each language, is the table's word.
    func testTheScreensShowTheTablesWords() {
        for language in Language.allCases {
            let w = language.words
            for c in MeetingKind.allCases { XCTAssertEqual(language.text(c.phrase), w.name(c)) }
            for c in AdministrativeLevel.allCases { XCTAssertEqual(language.text(c.phrase), w.name(c)) }
            for c in MeetingStatus.allCases { XCTAssertEqual(language.text(c.phrase), w.name(c)) }
            for c in AttendeeRole.allCases { XCTAssertEqual(language.text(c.phrase), w.name(c)) }
            for c in OpinionKind.allCases { XCTAssertEqual(language.text(c.phrase), w.name(c)) }
            for c in Disposition.allCases { XCTAssertEqual(language.text(c.phrase), w.name(c)) }
            for c in FollowUpStatus.allCases { XCTAssertEqual(language.text(c.phrase), w.name(c)) }
            XCTAssertEqual(language.text(.trackerPending), w.name(.pending))
            XCTAssertEqual(language.text(.trackerOverdue), w.name(.overdue))
            XCTAssertEqual(language.text(.tabFollowUps), w.name(.followUps))
            XCTAssertEqual(language.text(.anonymous), w.name(.anonymous))
        }
    }

    /// The report (F7 and `doithoai report`) names kinds, dispositions and
    /// follow-up states with the same words as the screens.
    func testTheReportShowsTheSameWordsAsTheScreens() throws {
        var tally = DialogueReport.Tally()
        for (index, kind) in OpinionKind.allCases.enumerated() {
            tally.add(topic: TopicID("dat-dai"), kind: kind.rawValue, disposition: Disposition.allCases[index % 4].rawValue, count: 1)
        }
        tally.addFollowUps(status: .open, late: false, pastDue: true, count: 1)
        tally.addFollowUps(status: .inProgress, late: false, pastDue: false, count: 1)
        tally.addFollowUps(status: .cancelled, late: false, pastDue: false, count: 1)
        let report = DialogueReport(tally: tally, topics: .standard, asOf: try XCTUnwrap(Day(year: 2026, month: 11, day: 30)))
        for language in Language.allCases {
            let text = ReportRenderer.text(report, english: language == .en, width: 120)
            let csv = ReportRenderer.csv(report, english: language == .en)
            var words = OpinionKind.allCases.map { language.text($0.phrase) } + Disposition.allCases.map { language.text($0.phrase) }
            words += [language.text(.trackerPending), language.text(.trackerOverdue), language.text(FollowUpStatus.cancelled.phrase),
                      language.text(.tabFollowUps)]
            for word in words {
                XCTAssertTrue(text.contains(word), "the \(language) report lacks “\(word)”:\n\(text)")
                XCTAssertTrue(csv.contains(word), "the \(language) CSV report lacks “\(word)”")
            }
        }
    }
}
