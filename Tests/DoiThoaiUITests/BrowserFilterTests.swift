import DoiThoaiCore
import XCTest
@testable import DoiThoaiUI

/// The opinions browser's filter form (F2), the quick steps beside it
/// (F4 period, F5 follow-up state), clearing (F8), and the line that shows
/// the filters chosen.
final class BrowserFilterTests: XCTestCase {
    /// The browser, its first search answered.
    private func browser(width: Int = 80, language: Language = .vi) -> AppState {
        var state = UIFactory.state(width: width, language: language)
        UIFactory.press(&state, [.character("/")])
        _ = Reducer.reduce(&state, .searchAnswered(hits: [], total: 0, more: false))
        return state
    }

    private func searched(_ effects: [Effect]) -> SearchFilters? {
        for case .search(let query, _) in effects { return query.filters }
        return nil
    }

    private func field(_ state: AppState, _ key: FormField.Key) -> FormField? { state.nav.form?.field(key) }

    func testTheFilterFormAsksTheIndexForEveryFilterAtOnce() throws {
        var state = browser()
        UIFactory.press(&state, [.function(2)])
        XCTAssertEqual(state.nav.form?.purpose, .searchFilters)
        XCTAssertEqual(state.nav.form?.focused?.key, .topic, "the form opens on the topic")
        UIFactory.type(&state, "gpmb")
        UIFactory.press(&state, [.tab])
        UIFactory.type(&state, "2018")
        UIFactory.press(&state, [.tab])
        UIFactory.type(&state, "6/2019")
        UIFactory.press(&state, [.tab])
        UIFactory.type(&state, "UBND q")
        UIFactory.press(&state, [.tab])
        XCTAssertEqual(field(state, .organizer)?.text, "UBND quận Thanh Xuân", "the organizer completes from the meetings list")
        UIFactory.type(&state, "Lê Văn")
        UIFactory.press(&state, [.tab])
        XCTAssertEqual(field(state, .speaker)?.text, "Lê Văn Bình", "the speaker completes from the names the index knows")
        // Kind: complaint; disposition: forwarded; follow-up: overdue.
        UIFactory.press(&state, [.right, .right, .tab, .right, .right, .right, .tab, .right, .right])
        let filters = try XCTUnwrap(searched(UIFactory.press(&state, [.function(2)])))
        XCTAssertEqual(state.route, .browser, "F2 applies the filters and the results come back")
        XCTAssertEqual(filters.topic, "giai-phong-mat-bang")
        XCTAssertEqual(filters.from, Day(year: 2018, month: 1, day: 1))
        XCTAssertEqual(filters.to, Day(year: 2019, month: 6, day: 30))
        XCTAssertEqual(filters.organizer, "ubnd quan thanh xuan")
        XCTAssertEqual(filters.speaker, "le van binh")
        XCTAssertEqual(filters.kind, .complaint)
        XCTAssertEqual(filters.disposition, .forwarded)
        XCTAssertEqual(filters.followUp, .overdue)
        XCTAssertEqual(filters.asOf, UIFactory.day)
    }

    func testADateThatDoesNotReadIsMarkedBesideItsFieldAndNothingIsSearched() {
        var state = browser()
        UIFactory.press(&state, [.function(2), .tab])
        UIFactory.type(&state, "31/02/2020")
        XCTAssertEqual(searched(UIFactory.press(&state, [.function(2)])), nil)
        XCTAssertEqual(field(state, .from)?.error, .errorFilterDate)
        XCTAssertEqual(state.nav.form?.focused?.key, .from)
        XCTAssertTrue(state.browser.filters.isEmpty)
    }

    func testAPeriodEndingBeforeItStartsIsRefused() {
        var state = browser()
        UIFactory.press(&state, [.function(2), .tab])
        UIFactory.type(&state, "2020")
        UIFactory.press(&state, [.tab])
        UIFactory.type(&state, "2019")
        XCTAssertEqual(searched(UIFactory.press(&state, [.function(2)])), nil)
        XCTAssertEqual(field(state, .to)?.error, .errorToBeforeFrom)
        XCTAssertEqual(state.nav.form?.purpose, .searchFilters)
    }

    func testEscClosesTheFilterFormWithoutAskingAndKeepsTheFiltersAsTheyWere() {
        var state = browser()
        UIFactory.press(&state, [.function(5)])
        XCTAssertEqual(state.browser.filters.followUp, .open)
        UIFactory.press(&state, [.function(2)])
        UIFactory.type(&state, "dd")
        UIFactory.press(&state, [.tab])
        UIFactory.type(&state, "2019")
        XCTAssertEqual(UIFactory.press(&state, [.escape]), [])
        XCTAssertEqual(state.route, .browser, "no question: the filters are no record to lose")
        XCTAssertEqual(state.browser.filters.followUp, .open)
        XCTAssertNil(state.browser.filters.topic)
        XCTAssertNil(state.browser.filters.from)
        XCTAssertFalse(state.hasUnsavedForm)
    }

    func testTheFormShowsTheFiltersChosenAndEveryTopicComesBack() throws {
        var state = browser()
        state.browser.filters.topic = "dat-dai"
        state.browser.filters.from = Day(year: 2019, month: 1, day: 1)
        UIFactory.press(&state, [.function(2)])
        XCTAssertEqual(field(state, .from)?.text, "01/01/2019")
        // The topic chosen is highlighted; ↑ to the top offers every topic again.
        guard case .topic(_, let selected, let highlight)? = field(state, .topic)?.value else { return XCTFail("no topic field") }
        XCTAssertEqual(selected, "dat-dai")
        XCTAssertGreaterThan(highlight, 0)
        // An arrow in the line does not move the highlight (it took the first topic before).
        UIFactory.press(&state, [.right])
        guard case .topic(_, _, let still)? = field(state, .topic)?.value else { return XCTFail("no topic field") }
        XCTAssertEqual(still, highlight)
        UIFactory.press(&state, Array(repeating: .up, count: highlight))
        let filters = try XCTUnwrap(searched(UIFactory.press(&state, [.function(2)])))
        XCTAssertNil(filters.topic)
        XCTAssertEqual(filters.from, Day(year: 2019, month: 1, day: 1))
    }

    func testF4StepsThroughThePeriodsAndF8ClearsEveryFilter() throws {
        var state = browser()
        var steps: [String?] = []
        for _ in 0..<4 {
            let filters = try XCTUnwrap(searched(UIFactory.press(&state, [.function(4)])))
            steps.append(BrowserFilterLine.period(state, from: filters.from, to: filters.to))
        }
        XCTAssertEqual(steps, ["07/2020", "2020", "2019", nil])
        state.browser.filters.from = Day(year: 2020, month: 3, day: 5)
        UIFactory.press(&state, [.function(4)])
        XCTAssertNil(state.browser.filters.from, "dates typed by hand step back to every day")
        state.browser.filters.speaker = "Lan"
        UIFactory.press(&state, [.function(5)])
        XCTAssertTrue(KeyBar(state).shown(state).contains { $0.command == .clearFilters })
        let cleared = try XCTUnwrap(searched(UIFactory.press(&state, [.function(8)])))
        XCTAssertEqual(cleared.speaker, nil)
        XCTAssertEqual(cleared.followUp, nil)
        XCTAssertTrue(state.browser.filters.isEmpty)
        XCTAssertFalse(KeyBar(state).shown(state).contains { $0.command == .clearFilters }, "nothing to clear: not offered")
        XCTAssertEqual(UIFactory.press(&state, [.function(8)]), [])
    }

    func testADayOfTheFilterReadsAsAMonthOrAYear() {
        XCTAssertEqual(BrowserFilterValue.day("2024", last: false), Day(year: 2024, month: 1, day: 1))
        XCTAssertEqual(BrowserFilterValue.day("2024", last: true), Day(year: 2024, month: 12, day: 31))
        XCTAssertEqual(BrowserFilterValue.day("2/2024", last: true), Day(year: 2024, month: 2, day: 29))
        XCTAssertEqual(BrowserFilterValue.day("12/2023", last: true), Day(year: 2023, month: 12, day: 31))
        XCTAssertEqual(BrowserFilterValue.day("2023-07", last: false), Day(year: 2023, month: 7, day: 1))
        XCTAssertEqual(BrowserFilterValue.day("17/07/2020", last: true), Day(year: 2020, month: 7, day: 17))
        XCTAssertNil(BrowserFilterValue.day("13/2024", last: false))
        XCTAssertNil(BrowserFilterValue.day("20", last: false))
        XCTAssertNil(BrowserFilterValue.day("năm 2024", last: false))
    }

    private func filterLine(_ state: AppState) -> String {
        String(ScreenRenderer.render(state).plainText.split(separator: "\n", omittingEmptySubsequences: false)[2])
    }

    func testTheFilterLineShortensNamesAsAClerkDoesThenCutsThemEvenly() {
        var state = browser()
        state.browser.filters.topic = "dat-dai"
        state.browser.filters.organizer = "UBND quận Thanh Xuân"
        state.browser.filters.speaker = "Bà Trần Thị Lan"
        state.browser.filters.followUp = .open
        XCTAssertEqual(filterLine(state).trimmingCharacters(in: .whitespaces),
                       "Lọc: Đất đai cơ quan: Q. Thanh Xuân người nói: Trần Thị Lan Việc chưa xong")
        state.width = 120
        XCTAssertEqual(filterLine(state).trimmingCharacters(in: .whitespaces),
                       "Lọc: Đất đai cơ quan: UBND quận Thanh Xuân người nói: Bà Trần Thị Lan Việc chưa xong")
        // Every filter at once, at 80 columns: each still there, the names cut to one width in the middle.
        state.width = 80
        state.browser.filters.topic = "cap-giay-phep-xay-dung"
        state.browser.filters.from = Day(year: 2018, month: 12, day: 1)
        state.browser.filters.to = Day(year: 2019, month: 6, day: 30)
        state.browser.filters.organizer = "Ủy ban nhân dân quận Thanh Xuân"
        state.browser.filters.speaker = "Bà Nguyễn Thị Phương Thảo"
        state.browser.filters.kind = .recommendation
        state.browser.filters.followUp = .overdue
        let line = filterLine(state)
        XCTAssertLessThanOrEqual(TextWidth.of(line), 80)
        XCTAssertEqual(line.trimmingCharacters(in: .whitespaces),
                       "Lọc: Cấp g…dựng 12/2018–06/2019 Q. Th…Xuân Nguyễ…Thảo Kiến nghị Việc quá hạn")
        // Nothing chosen: the line says what F2 offers, whole.
        state.browser.filters = BrowserFilterValue()
        let hint = filterLine(state)
        XCTAssertTrue(hint.contains("F2 lọc"), hint)
        XCTAssertFalse(hint.contains("…"), "the hint fits at 80 columns: \(hint)")
        state.language = .en
        XCTAssertFalse(filterLine(state).contains("…"), filterLine(state))
    }

    func testPeriodsAreShownAsShortAsTheySayIt() {
        let state = browser(language: .en)
        func day(_ y: Int, _ m: Int, _ d: Int) -> Day? { Day(year: y, month: m, day: d) }
        XCTAssertEqual(BrowserFilterLine.period(state, from: day(2024, 1, 1), to: day(2024, 12, 31)), "2024")
        XCTAssertEqual(BrowserFilterLine.period(state, from: day(2023, 1, 1), to: day(2024, 12, 31)), "2023–2024")
        XCTAssertEqual(BrowserFilterLine.period(state, from: day(2024, 2, 1), to: day(2024, 2, 29)), "02/2024")
        XCTAssertEqual(BrowserFilterLine.period(state, from: day(2024, 3, 5), to: day(2024, 6, 15)), "05/03/2024–15/06/2024")
        XCTAssertEqual(BrowserFilterLine.period(state, from: day(2024, 3, 5), to: nil), "from 05/03/2024")
        XCTAssertEqual(BrowserFilterLine.period(state, from: nil, to: day(2024, 3, 5)), "to 05/03/2024")
    }

    func testTheFilterFormIsInTheKeyBarAndHelpAndNoDraftIsKept() {
        var state = browser()
        XCTAssertTrue(KeyBar(state).shown(state).contains { $0.command == .editFilters && $0.keys == "F2" })
        UIFactory.press(&state, [.function(2)])
        UIFactory.type(&state, "Đất")
        XCTAssertEqual(UIFactory.press(&state, [.tab]), [], "no draft is written for a filter")
        XCTAssertEqual(ScreenRenderer.phrase(.save, state), .cmdApplyFilters)
        XCTAssertEqual(Drafts.draft(of: state.nav.form!, state), nil)
    }
    func testEveryWidthFromTheSmallestDrawsTheFiltersOnOneLineAndTheFormWithoutACrash() {
        for width in [40, 47, 55, 64, 80, 99, 120, 200] {
            for height in [10, 24] {
                var state = browser(width: width)
                state.height = height
                state.browser.filters.topic = "an-toan-ve-sinh-thuc-pham"
                state.browser.filters.from = Day(year: 2019, month: 3, day: 5)
                state.browser.filters.to = Day(year: 2024, month: 11, day: 20)
                state.browser.filters.organizer = "Sở Tài nguyên và Môi trường thành phố Hà Nội"
                state.browser.filters.speaker = "Ông Nguyễn Văn Hải"
                state.browser.filters.kind = .proposal
                state.browser.filters.disposition = .forwarded
                state.browser.filters.followUp = .done
                let line = filterLine(state)
                XCTAssertLessThanOrEqual(TextWidth.of(line), width, "\(width)×\(height): \(line)")
                XCTAssertTrue(line.contains("Lọc:"), "\(width)×\(height): \(line)")
                UIFactory.press(&state, [.function(2)])
                let form = ScreenRenderer.render(state).plainText
                XCTAssertTrue(form.contains(state.text(.fieldTopic)), "\(width)×\(height):\n\(form)")
            }
        }
    }
}
