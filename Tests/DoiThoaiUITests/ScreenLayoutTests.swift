import DoiThoaiCore
import Foundation
import XCTest
@testable import DoiThoaiUI

/// Every screen drawn from the sample archive in `data/` at 80×24 and
/// 120×40: what tells its rows apart (a place, a speaker, a topic, an
/// assignee, a group's count) is whole on its row, the title, status and
/// key-bar lines are not drawn over, and every key the bar offers is whole.
final class ScreenLayoutTests: XCTestCase {
    static let sizes = [(80, 24), (120, 40)]

    static var dataFolder: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("data").path
    }

    let store = MeetingStore(data: DataDirectory(root: ScreenLayoutTests.dataFolder))

    func catalog() throws -> TopicCatalog { try TopicStore(data: store.data).load() }

    func meeting(_ id: String) throws -> Meeting { try store.load(MeetingID(id)).meeting }

    func state(_ size: (Int, Int), language: Language = .vi) throws -> AppState {
        var state = AppState(language: language, width: size.0, height: size.1, now: UIFactory.now, topics: try catalog())
        let meetings = store.loadAll().meetings.map(\.meeting)
        XCTAssertEqual(meetings.count, 5, "the sample archive")
        _ = Reducer.reduce(&state, .archiveLoaded(rows: meetings.map(MeetingRow.init), failures: [],
                                                  vocabulary: Vocabulary(meetings: meetings)))
        return state
    }

    func open(_ meeting: Meeting, _ size: (Int, Int), tab: MeetingTab = .details) throws -> AppState {
        var state = try state(size)
        _ = Reducer.reduce(&state, .meetingOpened(StoredMeeting(meeting: meeting, fingerprint: UIFactory.fingerprint), readOnly: nil))
        state.meeting?.tab = tab
        return state
    }

    /// A live meeting whose opinions are on the longest topic names of the catalog, with a group of 40 citizens.
    func liveMeeting() -> Meeting {
        var m = Meeting(id: "2020-07-17-ngoc-ha", title: "Đối thoại quý III", organizer: "UBND phường Ngọc Hà",
                        date: UIFactory.day, startedAt: Timestamp(day: UIFactory.day, hour: 14, minute: 0, offset: 25200),
                        status: .live)
        m.addAttendee { Attendee(id: $0, name: "Đại diện tổ chức, cá nhân trên địa bàn phường", role: .citizen, count: 40) }
        m.addAttendee { Attendee(id: $0, name: "Ông Nguyễn Văn Hải", organization: "Tổ dân phố số 7, phường Ngọc Hà", role: .citizen) }
        let said: [(String, TopicID)] = [("Ông Nguyễn Văn Hải", "giai-phong-mat-bang"), ("Bà Trần Thị Lan Hương", "an-toan-ve-sinh-thuc-pham"),
                                        ("Ông Phạm Quang Vinh Hiển", "cai-cach-thu-tuc-hanh-chinh")]
        for (speaker, topic) in said {
            m.addOpinion { id, n in Opinion(id: id, number: n, speaker: speaker, topic: topic, text: "Đề nghị rút gọn hồ sơ, công khai tiến độ giải quyết.") }
        }
        return m
    }

    /// The lines of the screen; fails unless the title, status and key-bar lines are intact.
    @discardableResult
    func screen(_ state: AppState, _ name: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        let lines = ScreenRenderer.render(state).plainText.components(separatedBy: "\n")
        let where_ = "\(name) at \(state.width)×\(state.height)"
        XCTAssertEqual(lines.count, state.height, where_, file: file, line: line)
        XCTAssertTrue(lines.first?.hasPrefix(" " + state.text(.appName) + " › ") ?? false,
                      "\(where_): the title line is drawn over:\n\(lines.joined(separator: "\n"))", file: file, line: line)
        let badge = state.typing.settings.badge
        XCTAssertTrue(lines[state.height - 2].trimmingCharacters(in: .whitespaces).hasSuffix(badge),
                      "\(where_): the status line is drawn over:\n\(lines.joined(separator: "\n"))", file: file, line: line)
        // The key bar: its bottom row, and the row above when its keys need two.
        let bar = lines[state.height - 2] + "\n" + lines[state.height - 1]
        let keyBar = KeyBar(state)
        let entries = ScreenRenderer.keyBarEntries(state)
        XCTAssertFalse(entries.isEmpty, where_, file: file, line: line)
        for entry in entries {
            let shown = entry.keys + " " + KeyBar.words(entry.command, state, short: keyBar.short)
            XCTAssertTrue(bar.contains(shown), "\(where_): the key bar cuts “\(shown)”: \(bar)", file: file, line: line)
        }
        for row in [lines[state.height - 2], lines[state.height - 1]] {
            XCTAssertLessThanOrEqual(TextWidth.of(row.trimmingCharacters(in: .whitespaces)), state.width, where_, file: file, line: line)
        }
        return lines
    }

    /// Each group of words is whole on one row of its own (not split, not cut with “…”).
    func assertRows(_ lines: [String], _ rows: [[String]], _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        var used = Set<Int>()
        for words in rows {
            let found = lines.indices.first { index in !used.contains(index) && words.allSatisfy { lines[index].contains($0) } }
            guard let found else {
                XCTFail("\(what): no row shows \(words.map { "“\($0)”" }.joined(separator: " and ")) whole:\n"
                        + lines.joined(separator: "\n"), file: file, line: line)
                continue
            }
            used.insert(found)
        }
    }

    func testTheMeetingsListShowsEachPlaceWhole() throws {
        for size in Self.sizes {
            let lines = screen(try state(size), "meetings")
            assertRows(lines, [["17/07/2020", "Ngọc Thụy"], ["29/12/2018", "Thanh Xuân"], ["22/09/2023", "Lạng Sơn"],
                               ["20/05/2019", "Hà Nội"], ["02/07/2019", "Bộ Nội vụ"]], "meetings \(size)")
        }
    }

    /// A list that fills the window, and files that cannot be read: the
    /// warning stands on lines of its own, above the last meeting shown, and
    /// the cursor never goes under it.
    func testTheUnreadableFilesWarningNeverCoversAMeeting() throws {
        for size in Self.sizes {
            var state = AppState(language: .vi, width: size.0, height: size.1, now: UIFactory.now, topics: try catalog())
            let rows = (1...60).map { n in
                MeetingRow(id: MeetingID(String(format: "2020-01-%02d-phuong-%02d", n % 28 + 1, n)), date: Day(year: 2020, month: 1, day: n % 28 + 1) ?? UIFactory.day,
                           organizer: "UBND phường Số \(n)", title: "Đối thoại với tổ chức, cá nhân lần \(n) về thủ tục hành chính",
                           opinionCount: n, openFollowUps: 0, status: .planned)
            }
            let failures = ["/data/meetings/2020-01-01-hong.json: cannot read", "/data/meetings/2020-01-02-moi.json: too new"]
            _ = Reducer.reduce(&state, .archiveLoaded(rows: rows, failures: failures, vocabulary: Vocabulary()))
            for _ in 0..<80 { _ = Reducer.reduce(&state, .keyPressed(.down)) }
            let lines = screen(state, "meetings with unreadable files")
            let warning = try XCTUnwrap(lines.firstIndex { $0.contains("⚠ 2 tệp không đọc được") }, lines.joined(separator: "\n"))
            let warned = lines[warning...].prefix { !$0.contains("Dự kiến") }
            XCTAssertEqual(warned.count, lines.count - warning, "no meeting row under or on the warning:\n\(lines.joined(separator: "\n"))")
            XCTAssertTrue(lines[3..<warning].last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?.contains("Dự kiến") ?? false,
                          "the list runs down to the warning:\n\(lines.joined(separator: "\n"))")
            XCTAssertTrue(lines[3..<warning].contains { $0.contains("Số \(state.list.visibleRows[state.list.cursor.selected].opinionCount)") },
                          "the selected meeting is on screen above the warning:\n\(lines.joined(separator: "\n"))")
        }
    }

    func testTheOpinionsTabShowsEverySpeakerAndTopicWhole() throws {
        let m = try meeting("2018-12-29-thanh-xuan")
        let topics = try catalog()
        for size in Self.sizes {
            var state = try open(m, size, tab: .opinions)
            var seen: [[String]] = []
            // Page through: every opinion's row is checked once it is on screen.
            for _ in 0..<3 {
                let lines = screen(state, "opinions")
                let top = state.meeting?.cursor.top ?? 0
                let onScreen = m.opinions.dropFirst(top).prefix(state.listHeight)
                let expected = onScreen.map { o in ["\(o.number) \(o.speaker ?? "")", topics.topic(o.topic)?.name ?? "?"] }
                assertRows(lines, expected, "opinions \(size) from \(top)")
                seen += expected
                UIFactory.press(&state, [.pageDown])
            }
            XCTAssertEqual(Set(seen.map { $0[0] }).count, m.opinions.count, "every opinion was on screen at \(size)")
            if size.0 >= 110 {
                assertRows(screen(state, "opinions"), [[state.text(.fieldDisposition)]], "the disposition column at \(size)")
            }
        }
    }

    func testTheAttendeesTabShowsAGroupsCountAfterItsName() throws {
        for size in Self.sizes {
            let lines = screen(try open(liveMeeting(), size, tab: .attendees), "attendees")
            assertRows(lines, [["Đại diện tổ chức, cá nhân trên địa bàn phường (40 người)"],
                               ["Ông Nguyễn Văn Hải", "Tổ dân phố số 7, phường Ngọc Hà"]], "attendees \(size)")
            XCTAssertFalse(lines.joined().contains("Số người"), "no column for a count most rows lack")
            let sample = screen(try open(try meeting("2018-12-29-thanh-xuan"), size, tab: .attendees), "attendees")
            assertRows(sample, [["Văn phòng HĐND và UBND quận", "UBND quận Thanh Xuân"], ["Tuấn Minh", "Báo Lao động Thủ đô"]],
                       "sample attendees \(size)")
        }
    }

    func testTheFollowUpsTabShowsWhoAndWhen() throws {
        let m = try meeting("2018-12-29-thanh-xuan")
        for size in Self.sizes {
            let lines = screen(try open(m, size, tab: .followUps), "follow-ups tab")
            let rows = m.followUps.map { f -> [String] in
                let numbers = f.opinionIds.compactMap(m.opinion).map { String($0.number) }.joined(separator: ",")
                let who = size.0 >= 120 || TextWidth.of(f.assignee) <= 24 ? f.assignee : String(f.assignee.prefix(12))
                return [numbers + " ", who, f.dueDate.vietnamese]
            }
            assertRows(lines, rows, "follow-ups \(size)")
        }
    }

    func testLiveModeShowsTopicNamesAndSpeakersWhole() throws {
        for size in Self.sizes {
            var state = try open(liveMeeting(), size)
            state.nav.push(.live)
            let lines = screen(state, "live")
            for name in ["Giải phóng mặt bằng", "An toàn vệ sinh thực phẩm", "Cải cách thủ tục hành chính"] {
                assertRows(lines, [[name, " 1 "]], "live counts \(size)")
                assertRows(lines, [[name]], "live opinions \(size)")
            }
            for speaker in ["1. Ông Nguyễn Văn Hải", "2. Bà Trần Thị Lan Hương", "3. Ông Phạm Quang Vinh Hiển"] {
                assertRows(lines, [[speaker]], "live opinions \(size)")
            }
        }
    }

    func testFollowUpsAcrossMeetingsShowTheMeetingAndAssignee() throws {
        let meetings = store.loadAll().meetings.map(\.meeting)
        for size in Self.sizes {
            var state = try state(size)
            UIFactory.press(&state, [.function(6)])
            _ = Reducer.reduce(&state, .followUpsLoaded(FollowUpPage(query: state.tracker.filter.query, in: meetings, asOf: UIFactory.day,
                                                                     offset: 0, limit: 60, counting: true)))
            let rows = state.tracker.rows
            XCTAssertGreaterThan(rows.count, 3)
            let lines = screen(state, "F6")
            let expected = rows.prefix(TrackerScreen.listRows(state)).map { row -> [String] in
                let place = size.0 >= 120 ? row.organizer : ShortNames.organizer(row.organizer)
                let who = size.0 >= 120 ? row.followUp.assignee : String(row.followUp.assignee.prefix(14))
                return [row.followUp.dueDate.vietnamese, place, who]
            }
            assertRows(Array(lines.prefix(3 + TrackerScreen.listRows(state))), expected, "F6 \(size)")
        }
    }

    func testSearchResultsShowTheSpeakerAndTopicWhole() throws {
        let topics = try catalog()
        let m = try meeting("2018-12-29-thanh-xuan")
        let hits = SearchDocument.of(m, topics: topics)
        for size in Self.sizes {
            var state = try state(size)
            UIFactory.press(&state, [.character("/")])
            _ = Reducer.reduce(&state, .searchAnswered(hits: hits, total: hits.count, more: false))
            let lines = screen(state, "search")
            let expected = hits.prefix(BrowserScreen.listHeight(state)).map { [$0.date.vietnamese + " " + ($0.speaker ?? ""), $0.topicName] }
            assertRows(lines, expected, "search \(size)")
        }
    }

    /// The detail pane of a result: its kind and disposition, and a done
    /// follow-up shown done (☑, the word and the day), a late one as late.
    func testTheSearchPaneSaysWhichFollowUpsAreDone() throws {
        let topics = try catalog()
        let m = try meeting("2018-12-29-thanh-xuan")
        let hits = SearchDocument.of(m, topics: topics)
        let rows = FollowUpQuery().rows(in: [m], asOf: UIFactory.day)
        for size in Self.sizes {
            var state = try state(size)
            UIFactory.press(&state, [.character("/")])
            _ = Reducer.reduce(&state, .searchAnswered(hits: hits, total: hits.count, more: false))
            let unknown = screen(state, "search before follow-ups").joined(separator: "\n")
            XCTAssertTrue(unknown.contains("• Công khai tiến độ"), unknown)
            XCTAssertFalse(unknown.contains("☐ Công khai"), "a follow-up whose state is unknown is not shown as to do")
            _ = Reducer.reduce(&state, .searchFollowUpsLoaded(rows))
            // Opinion 1: answered at the meeting, its follow-up fu-1 done.
            let done = screen(state, "search pane").joined(separator: "\n")
            let first = try XCTUnwrap(m.opinions.first)
            let fu = try XCTUnwrap(m.followUps.first { $0.opinionIds.contains(first.id) })
            XCTAssertEqual(fu.status, .done)
            XCTAssertTrue(done.contains("\(state.text(first.kind.phrase)) · \(state.text(first.disposition.phrase))"), done)
            let doneOn = try XCTUnwrap(fu.doneOn)
            XCTAssertTrue(done.contains("☑ \(state.text(FollowUpStatus.done.phrase)) \(doneOn.vietnamese) — Công khai"), done)
            XCTAssertFalse(done.contains("☐ Công khai"), done)
            // Opinion 23: its follow-up is not done and late on 17/07/2020.
            let late = try XCTUnwrap(hits.firstIndex { $0.number == 23 })
            state.browser.cursor.selected = late
            state.browser.cursor.keepInView(count: hits.count, visible: BrowserScreen.listHeight(state))
            let pending = screen(state, "search pane, late").joined(separator: "\n")
            XCTAssertTrue(pending.contains("☐ \(state.text(FollowUpStatus.open.phrase)), \(state.language.text(.dueOn, "28/02/2019")) ⚠"),
                          pending)
        }
    }

    /// A long error (a store error with its path) is in the interface's
    /// language and read whole at 80 columns: the message line wraps upwards.
    func testALongStoreErrorIsReadWholeInTheInterfacesLanguage() throws {
        let error = StoreError.changedOnDisk(path: "/home/thuky/.local/share/doithoai/meetings/2018-12-29-thanh-xuan.json")
        for language in Language.allCases {
            var state = try open(try meeting("2018-12-29-thanh-xuan"), (80, 24))
            state.language = language
            _ = Reducer.reduce(&state, .storeFailed(error))
            let lines = screen(state, "store error \(language)")
            let shown = lines.suffix(6).map { $0.replacingOccurrences(of: "[E]", with: "").trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }.dropLast().joined(separator: " ")
            XCTAssertTrue(shown.contains(error.text(language)), "\(language): the message is not whole:\n" + lines.joined(separator: "\n"))
        }
    }

    /// The print dialog's F2 says what it does with the choice made, and
    /// does it; F9 (typing Vietnamese) is not offered where nothing is typed.
    func testThePrintDialogsKeysSayWhatTheyDo() throws {
        for size in Self.sizes {
            var state = try open(try meeting("2020-07-17-ngoc-thuy"), size)
            UIFactory.press(&state, [.character("p")])
            for (action, words) in [(MinutesRequest.Action.preview, "F2 Xem trước"), (.save, "F2 Lưu tệp"), (.print, "F2 In")] {
                let bar = screen(state, "print dialog").suffix(2).joined(separator: "\n")
                XCTAssertTrue(bar.contains(words), "\(action) at \(size): \(bar)")
                if action != .save { XCTAssertFalse(bar.contains("F2 Lưu"), "\(action) at \(size): \(bar)") }
                XCTAssertFalse(bar.contains("F9"), "nothing to type in the print dialog: \(bar)")
                var pressed = state
                let effects = UIFactory.press(&pressed, [.function(2)])
                XCTAssertTrue(effects.contains { if case .publishMinutes(let r) = $0 { r.action == action } else { false } },
                              "F2 does \(action): \(effects)")
                // Help says the same as the bar.
                var help = state
                UIFactory.press(&help, [.function(1)])
                let helpText = screen(help, "print dialog's help").joined(separator: "\n")
                let said = String(words.dropFirst(3))
                XCTAssertTrue(helpText.split(separator: "\n").contains { $0.contains("F2, ^S") && $0.trimmingCharacters(in: .whitespaces).hasSuffix(" " + said) },
                              "help says F2 does “\(said)”:\n\(helpText)")
                UIFactory.press(&state, [.right])
            }
        }
    }

    func testFormsHelpSettingsAndDialogsKeepTheirLines() throws {
        for size in Self.sizes + [(80, 18)] {
            var list = try state(size)
            UIFactory.press(&list, [.character("n")])
            assertRows(screen(list, "new meeting"), [[list.text(.fieldTitle)], [list.text(.fieldOrganizer)]], "new meeting \(size)")
            var opinion = try open(liveMeeting(), size)
            UIFactory.press(&opinion, [.character("n")])
            let form = screen(opinion, "opinion form")
            assertRows(form, [[opinion.text(.fieldSpeaker)], [opinion.text(.fieldTopic)]], "opinion form \(size)")
            UIFactory.press(&opinion, [.tab, .tab, .tab])
            // The kind chooser: every kind whole, with its digit.
            let kinds = screen(opinion, "kind chooser")
            assertRows(kinds, [OpinionKind.allCases.enumerated().map { "\($0.offset + 1) \(opinion.text($0.element.phrase))" }], "kinds \(size)")
            var help = try state(size)
            UIFactory.press(&help, [.function(1)])
            screen(help, "help")
            UIFactory.press(&help, [.character("g")])
            screen(help, "typing settings")
            var printing = try open(try meeting("2020-07-17-ngoc-thuy"), size)
            UIFactory.press(&printing, [.character("p")])
            screen(printing, "print dialog")
        }
    }
}
