import DoiThoaiCore
import XCTest
@testable import DoiThoaiUI

/// The key table, the key bar and help agree on every screen and in every
/// part of it: each key a screen takes is listed in its help for the same
/// command, each key help lists is one the screen takes, and the bar offers
/// only keys that do what it says.
final class KeyAgreementTests: XCTestCase {
    /// Every form the program opens, with an answer and a follow-up added to
    /// the opinion form so all of its fields are there.
    static func everyForm() -> [FormState] {
        let meeting = UIFactory.meeting()
        var opinion = OpinionForm.make(nil, in: meeting)
        OpinionForm.addResponse(&opinion)
        OpinionForm.addFollowUp(&opinion, today: UIFactory.day)
        return [
            Forms.newMeeting(today: UIFactory.day), Forms.editMeeting(meeting), Forms.attendee(nil, in: meeting),
            Forms.conclusion(meeting), opinion, Forms.followUp(nil, in: meeting, today: UIFactory.day),
            Forms.report(nil), Forms.printMinutes(meeting.id, language: .vi), Forms.endMeeting(meeting, now: UIFactory.now),
            FormState(purpose: .searchFilters, title: .formSearchFilters, fields: BrowserFilterValue().fields),
        ]
    }

    /// A screen, and every state of it with different keys: each field of a
    /// form focused (with and without suggestions), the list with its filter typed.
    static func screens() -> [(route: Route, states: [AppState])] {
        var result: [(route: Route, states: [AppState])] = []
        var base = UIFactory.openState()
        // An agency given a task before, so the assignee field has a suggestion too.
        var earlier = UIFactory.meeting()
        let opinion = earlier.opinions[0].id
        _ = earlier.addFollowUp { FollowUp(id: $0, opinionIds: [opinion], task: "Rà soát", assignee: "Bộ phận Địa chính",
                                            dueDate: UIFactory.day) }
        base.vocabulary.learn(from: earlier)
        for form in everyForm() {
            var states: [AppState] = []
            for focus in form.fields.indices {
                var focused = form
                focused.focus = focus
                var state = base
                state.nav = Navigation([.meetings, .meeting, .form(focused)])
                states.append(state)
                // A name field with its suggestions showing.
                if case .completion(_, let source, _) = focused.fields[focus].value {
                    for typed in ["Nguyễn", "Lê", "Trần", "Tổ", "Bộ", "UBND"] {
                        focused.fields[focus].value = .completion(TextField(typed), source: source, highlight: 0)
                        state.nav = Navigation([.meetings, .meeting, .form(focused)])
                        guard state.keyContext.parts.contains(.suggestions) else { continue }
                        states.append(state)
                        break
                    }
                }
            }
            result.append((.form(form), states))
        }
        var list = UIFactory.state()
        var filtering = list
        filtering.list.filtering = true
        result.append((.meetings, [list, filtering]))
        list.nav = Navigation([.meetings, .browser])
        var filtered = list
        filtered.browser.filters.kind = .question
        result.append((.browser, [list, filtered]))
        for route: Route in [.meeting, .live, .pager(Pager(meeting: "x", english: false, lines: ["x"])), .tracker, .report,
                             .typingSettings(row: 0), .conflict("cf-1")] {
            var state = base
            state.nav = Navigation([.meetings, .meeting, route])
            result.append((route, [state]))
        }
        return result
    }

    /// Help opened over `state`'s screen, as its groups.
    static func help(over state: AppState) -> [(Phrase, [KeyBinding])] {
        var state = state
        let scope = state.route.scope
        state.nav.push(.help(scope: scope, scroll: 0))
        return HelpScreen.groups(state, scope: scope)
    }

    func testEveryKeyAScreenTakesIsInItsHelpForTheSameCommand() {
        for (route, states) in Self.screens() {
            for state in states {
                let help = Self.help(over: state).flatMap(\.1)
                for row in KeyMap.rows(in: state.keyContext) where row.scope != .help {
                    for key in row.keys {
                        XCTAssertTrue(help.contains { $0.command == row.command && $0.keys.contains(key) },
                                      "\(route.scope) \(state.keyContext.parts): \(key.label) does \(row.command) but help does not say so")
                    }
                }
            }
        }
    }

    func testEveryKeyHelpListsDoesWhatHelpSaysSomewhereOnThatScreen() {
        for (route, states) in Self.screens() {
            guard let first = states.first else { continue }
            for row in Self.help(over: first).flatMap(\.1) {
                for key in row.keys {
                    let done = states.contains { KeyMap.command(for: key, in: $0.keyContext) == row.command }
                    XCTAssertTrue(done, "\(route.scope) \(first.nav.form?.title.rawValue ?? ""): help says \(key.label) does \(row.command), but no state of the screen does that")
                }
            }
        }
    }

    func testTheBarOffersOnlyKeysThatDoWhatItSays() {
        for (route, states) in Self.screens() {
            for state in states {
                for entry in ScreenRenderer.keyBarEntries(state) {
                    let row = KeyMap.rows(in: state.keyContext).first { $0.command == entry.command }
                    XCTAssertNotNil(row, "\(route.scope): the bar offers \(entry.command), which does not work there")
                    XCTAssertEqual(KeyMap.barLabel(row!), entry.keys)
                }
            }
        }
    }

    func testHelpInEveryFormListsItsFieldsKeysAndNeverQAsQuit() {
        for form in Self.everyForm() {
            var state = UIFactory.openState()
            state.nav = Navigation([.meetings, .meeting, .form(form)])
            _ = Reducer.reduce(&state, .keyPressed(.function(1)))
            guard case .help = state.route else { return XCTFail("F1 in \(form.title) did not open help") }
            let text = HelpScreen.lines(state, scope: .form).map(\.0).joined(separator: "\n")
            let lines = HelpScreen.lines(state, scope: state.nav.below?.scope ?? .form).map(\.0)
            let all = lines.joined(separator: "\n")
            XCTAssertTrue(all.contains(state.text(form.title)), "\(form.title)")
            XCTAssertTrue(all.contains("F2, ^S") && all.contains("Esc"), "\(form.title): \(all)")
            XCTAssertFalse(lines.contains { $0.hasPrefix("   ") && $0.dropFirst(3).split(separator: " ").first == "q" }, "\(form.title): q listed")
            XCTAssertFalse(all.contains(state.text(.cmdFilter)), "\(form.title) shows the list's keys: \(text)")
            if form.fields.contains(where: { if case .text = $0.value { return true }; return false }) {
                XCTAssertTrue(all.contains("^U") && all.contains(state.text(.cmdClearField)), "\(form.title)")
                XCTAssertTrue(all.contains("Home, ^A"), "\(form.title)")
            }
            if form.fields.contains(where: { if case .completion = $0.value { return true }; return false }) {
                XCTAssertTrue(all.contains("Tab, Enter") && all.contains(state.text(.cmdTakeSuggestion)), "\(form.title)")
            }
            if form.fields.contains(where: { $0.key == .opinionKind }) {
                XCTAssertTrue(all.contains("1–5") && all.contains(state.text(.cmdPickKind)), "\(form.title)")
                XCTAssertTrue(all.contains("F3") && all.contains("F4") && all.contains("F5"), "\(form.title)")
            }
            if form.fields.contains(where: { if case .multiline = $0.value { return true }; return false }) {
                XCTAssertTrue(all.contains("^W") && all.contains("^K") && all.contains(state.text(.cmdNewLine)), "\(form.title)")
            }
        }
    }
}
