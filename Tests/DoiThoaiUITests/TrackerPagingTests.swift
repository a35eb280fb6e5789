import DoiThoaiCore
import XCTest
@testable import DoiThoaiUI

/// F6 holds only the rows around the cursor: it asks for a page of the
/// filter shown (and the counts), shows what it holds, says "loading" for
/// the rest, and drops a page that comes for a filter no longer shown.
final class TrackerPagingTests: XCTestCase {
    /// A meeting with 400 assignments: due on many days around today, in every status.
    func meeting() -> Meeting {
        var m = UIFactory.meeting()
        let opinion = m.opinions[0].id
        let statuses: [FollowUpStatus] = [.open, .inProgress, .done, .open, .cancelled]
        for n in 0..<400 {
            _ = m.addFollowUp { FollowUp(id: $0, opinionIds: [opinion], task: "Việc số \(n)", assignee: "Phòng \(n % 7)",
                                         dueDate: UIFactory.day.adding(days: (n * 37) % 20 - 10), status: statuses[n % 5]) }
        }
        return m
    }

    /// Answers the follow-up pages asked for from the meeting itself, as the index would.
    func settle(_ state: inout AppState, _ effects: [Effect], meetings: [Meeting]) {
        var queue = effects
        while !queue.isEmpty {
            guard case .loadFollowUps(let r) = queue.removeFirst() else { continue }
            let page = FollowUpPage(query: r.query, in: meetings, asOf: r.asOf, offset: r.offset, limit: r.limit, counting: r.counting)
            queue += Reducer.reduce(&state, .followUpsLoaded(page))
        }
    }

    func testEachFilterIsReadAPageAtATimeAndShowsTheRowsTheIndexWouldGive() {
        let m = meeting()
        var state = UIFactory.state(width: 80, height: 24)
        let opened = UIFactory.press(&state, [.function(6)])
        guard case .loadFollowUps(let first)? = opened.first else { return XCTFail("F6 asks for a page: \(opened)") }
        XCTAssertTrue(first.counting)
        XCTAssertTrue(ScreenRenderer.render(state).plainText.contains(state.text(.trackerLoading)))
        settle(&state, opened, meetings: [m])
        for filter in TrackerState.Filter.allCases {
            XCTAssertEqual(state.tracker.filter, filter)
            let expected = filter.query.rows(in: [m], asOf: UIFactory.day)
            XCTAssertGreaterThan(expected.count, TrackerScreen.listRows(state), "\(filter): more rows than a screen")
            XCTAssertEqual(state.tracker.count, expected.count, "\(filter)")
            XCTAssertLessThan(state.tracker.rows.count, expected.count, "\(filter): not every row is held")
            XCTAssertEqual(state.tracker.selected, expected.first)
            XCTAssertTrue(ScreenRenderer.render(state).plainText.contains(state.language.text(.trackerCount, expected.count)))
            // End: the last page is asked for; until it comes its rows say they are loading.
            let end = UIFactory.press(&state, [.end])
            XCTAssertEqual(end.count, 1, "\(filter): End asks for the page it shows")
            XCTAssertNil(state.tracker.selected)
            XCTAssertTrue(ScreenRenderer.render(state).plainText.contains(state.text(.trackerLoading)))
            settle(&state, end, meetings: [m])
            XCTAssertEqual(state.tracker.selected, expected.last, "\(filter)")
            XCTAssertTrue(ScreenRenderer.render(state).plainText.contains(expected.last?.followUp.task ?? "?"))
            // Up a line stays within what is held: nothing asked.
            XCTAssertEqual(UIFactory.press(&state, [.up]), [])
            XCTAssertEqual(state.tracker.selected, expected.dropLast().last)
            let next = UIFactory.press(&state, [.tab])
            if filter != TrackerState.Filter.allCases.last {
                guard case .loadFollowUps(let r)? = next.first else { return XCTFail("Tab asks for the next filter") }
                XCTAssertFalse(r.counting, "the counts are known already")
            }
            settle(&state, next, meetings: [m])
        }
    }

    func testAPageForAFilterNoLongerShownIsDropped() {
        let m = meeting()
        var state = UIFactory.state()
        settle(&state, UIFactory.press(&state, [.function(6)]), meetings: [m])
        let pending = state.tracker.rows
        _ = UIFactory.press(&state, [.tab])
        // The pending filter's page arrives late, after Tab: it is not shown as the overdue filter's.
        let late = FollowUpPage(query: TrackerState.Filter.pending.query, in: [m], asOf: UIFactory.day, offset: 0, limit: 60,
                                counting: false)
        _ = Reducer.reduce(&state, .followUpsLoaded(late))
        XCTAssertTrue(state.tracker.loading)
        XCTAssertNotEqual(state.tracker.rows, pending)
        XCTAssertEqual(state.tracker.rows, [])
    }
}
