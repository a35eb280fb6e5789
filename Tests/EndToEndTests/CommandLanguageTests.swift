import DoiThoaiCore
import Foundation
import XCTest

/// The human-readable output of `show`, `list`, `followups` and `search`
/// speaks the interface's language, in the program's words (the core's one
/// table of domain words); `--json` keeps the stable machine names.
final class CommandLanguageTests: XCTestCase {
    let meeting = "2018-12-29-thanh-xuan"   // every kind, disposition and follow-up state of the samples

    /// Every machine name a human-readable line could leak, as `show` wrote them before.
    var machineNames: [String] {
        AttendeeRole.allCases.map { "[\($0.rawValue)]" } + OpinionKind.allCases.map { "· \($0.rawValue)]" }
            + Disposition.allCases.map { "→ \($0.rawValue)" } + FollowUpStatus.allCases.map { ", \($0.rawValue)" }
            + MeetingStatus.allCases.map { "· \($0.rawValue)" } + MeetingKind.allCases.map { "· \($0.rawValue) ·" }
    }

    func show(_ data: DataFolder, _ extra: [String] = [], environment: [String: String] = [:]) throws -> String {
        let outcome = try data.run(["show", meeting] + extra, environment: environment)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        return outcome.stdout
    }

    func assertShowIn(_ language: Language, _ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let w = language.words
        var expected = AttendeeRole.allCases.filter { [.chair, .secretary, .official, .citizen, .press].contains($0) }
            .map { "[\(w.name($0))]" }
        expected += OpinionKind.allCases.map { " · \(w.name($0))]" } + Disposition.allCases.map { "→ \(w.name($0))" }
        expected += [FollowUpStatus.done, .inProgress, .open].map { ", \(w.name($0))" }
        expected += ["· \(w.name(MeetingKind.dialogue)) · \(w.name(MeetingStatus.closed))"]
        for word in expected {
            XCTAssertTrue(text.contains(word), "\(language) show lacks “\(word)”:\n\(text)", file: file, line: line)
        }
        for name in machineNames {
            XCTAssertFalse(text.contains(name), "\(language) show leaks the machine name “\(name)”", file: file, line: line)
        }
    }

    func testShowIsInVietnameseByDefaultAndInEnglishWithLangEn() throws {
        let data = try DataFolder()
        let vi = try show(data)
        assertShowIn(.vi, vi)
        for literal in ["[Chủ trì]", "[Người dân]", "Câu hỏi]", "Phản ánh]", "→ Trả lời bằng văn bản", "→ Chuyển cơ quan có thẩm quyền",
                        ", Đang làm", ", Chưa làm", "THÀNH PHẦN (", "Ý KIẾN (", "GIAO VIỆC (", "KẾT LUẬN", "[Giải phóng mặt bằng ·"] {
            XCTAssertTrue(vi.contains(literal), "show lacks “\(literal)”:\n\(vi)")
        }
        let en = try show(data, ["--lang", "en"])
        assertShowIn(.en, en)
        for literal in ["[Chair]", "[Citizen]", "Question]", "Complaint]", "→ To be answered in writing", ", In progress",
                        "ATTENDEES (", "OPINIONS (", "FOLLOW-UPS (", "CONCLUSION", "[Land clearance ·", "due 31/03/2019"] {
            XCTAssertTrue(en.contains(literal), "show --lang en lacks “\(literal)”:\n\(en)")
        }
        for vietnamese in ["Chủ trì", "Người dân", "Câu hỏi", "Đang làm", "THÀNH PHẦN", "hạn ", "Giải phóng mặt bằng ·"] {
            XCTAssertFalse(en.contains(vietnamese), "show --lang en still says “\(vietnamese)”")
        }
    }

    /// The same rule as the program: `--lang`, else LANG (or LC_ALL) starting with `en`.
    func testTheLanguageFollowsLangLikeTheProgram() throws {
        let data = try DataFolder()
        assertShowIn(.en, try show(data, environment: ["LANG": "en_US.UTF-8"]))
        assertShowIn(.en, try show(data, environment: ["LC_ALL": "en_GB.UTF-8"]))
        assertShowIn(.vi, try show(data, ["--lang", "vi"], environment: ["LANG": "en_US.UTF-8"]))
        assertShowIn(.vi, try show(data, environment: ["LANG": "vi_VN.UTF-8"]))
        let bad = try data.run(["show", meeting, "--lang", "fr"])
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertTrue(bad.stderr.contains("--lang"), bad.stderr)
    }

    func testListAndFollowUpsSpeakTheInterfacesLanguage() throws {
        let data = try DataFolder()
        let vi = try data.run(["list"]).stdout
        let en = try data.run(["list", "--lang", "en"]).stdout
        XCTAssertTrue(vi.hasPrefix("Ngày        Mã hội nghị") && vi.contains("Trạng thái")
                      && vi.contains(DomainWords.vi.name(MeetingStatus.closed)), vi)
        XCTAssertTrue(en.hasPrefix("Date        Meeting id") && en.contains("Status") && en.contains("Closed"), en)
        XCTAssertFalse(vi.contains(" closed ") || en.contains(" closed "), "list shows the machine status:\n\(vi)\n\(en)")
        XCTAssertFalse(en.contains("Đã kết thúc") || en.contains("Trạng thái"), en)

        let asOf = ["--as-of", "2019-03-10"]
        let followVi = try data.run(["followups"] + asOf).stdout
        let followEn = try data.run(["followups", "--lang", "en"] + asOf).stdout
        // fu-5 of Thanh Xuân was due 28/02/2019: 10 days late; fu-4 due 31/03/2019: 21 days left; fu-1 done.
        for expected in ["⚠ trễ 10 ngày", "còn 21 ngày", "Đã xong"] {
            XCTAssertTrue(followVi.contains(expected), "followups lacks “\(expected)”:\n\(followVi)")
        }
        for expected in ["⚠ 10 days late", "21 days left", "Done"] {
            XCTAssertTrue(followEn.contains(expected), "followups --lang en lacks “\(expected)”:\n\(followEn)")
        }
        XCTAssertFalse(followVi.contains(" done ") || followEn.contains("ngày"), followVi + followEn)
    }

    /// `--json` is for programs: the stable machine names, whatever the language.
    func testJSONKeepsTheMachineNamesInEveryLanguage() throws {
        let data = try DataFolder()
        for arguments in [["show", meeting, "--json"], ["list", "--json"], ["followups", "--json", "--as-of", "2019-03-10"],
                          ["search", "bồi thường", "--json"]] {
            let plain = try data.run(arguments)
            let english = try data.run(arguments + ["--lang", "en"])
            let fromLang = try data.run(arguments, environment: ["LANG": "en_US.UTF-8"])
            XCTAssertEqual(plain.status, 0, plain.stderr)
            XCTAssertEqual(plain.stdout, english.stdout, "\(arguments) changed with --lang en")
            XCTAssertEqual(plain.stdout, fromLang.stdout, "\(arguments) changed with LANG=en")
        }
        let json = try data.run(["show", meeting, "--json"]).stdout
        XCTAssertTrue(json.contains("\"inWriting\"") && json.contains("\"inProgress\"") && json.contains("\"citizen\""))
    }

    /// The report and `show` name a kind with the same word, in each language.
    func testTheReportAndShowUseTheSameWords() throws {
        let data = try DataFolder()
        for language in Language.allCases {
            let lang = ["--lang", language.rawValue]
            let report = try data.run(["report", "--as-of", "2019-03-10"] + lang).stdout
            let shown = try show(data, lang)
            for kind in OpinionKind.allCases {
                let word = language.words.name(kind)
                XCTAssertTrue(report.contains(word) && shown.contains(word), "\(language): “\(word)” not in both")
            }
            for disposition in Disposition.allCases {
                let word = language.words.name(disposition)
                XCTAssertTrue(report.contains(word) && shown.contains(word), "\(language): “\(word)” not in both")
            }
        }
    }
}
