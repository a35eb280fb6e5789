import DoiThoaiCore
import XCTest
@testable import DoiThoaiUI

final class KeyMapTests: XCTestCase {
    /// Each phrase has its words in exactly one place: the domain's table
    /// in the core, or the interface's catalog of each language.
    func testEveryPhraseHasVietnameseAndEnglishWords() {
        for phrase in Phrase.allCases {
            if phrase.domainWord(.vi) != nil {
                XCTAssertNil(Catalog.vi[phrase], "\(phrase) is a domain word: the vi catalog must not name it again")
                XCTAssertNil(Catalog.en[phrase], "\(phrase) is a domain word: the en catalog must not name it again")
            } else {
                XCTAssertNotNil(Catalog.vi[phrase], "vi lacks \(phrase)")
                XCTAssertNotNil(Catalog.en[phrase], "en lacks \(phrase)")
            }
        }
    }

    func testNoKeyMeansTwoThingsOnOneScreen() {
        for scope in KeyScope.allCases {
            var seen: [Key: Command] = [:]
            for binding in KeyMap.bindings where binding.scope == scope {
                for key in binding.keys {
                    XCTAssertNil(seen[key], "\(scope): \(key.label) is bound to \(seen[key].map { "\($0)" } ?? "") and \(binding.command)")
                    seen[key] = binding.command
                }
            }
        }
    }

    func testTheKeyBarOfEveryScreenFits80ColumnsAndAlwaysOffersHelpAndQuit() {
        var state = UIFactory.openState()
        for scope in KeyScope.allCases where scope != .global {
            let route: Route
            switch scope {
            case .meetings: route = .meetings
            case .meeting: route = .meeting
            case .live: route = .live
            case .form: route = .form(Forms.conclusion(UIFactory.meeting()))
            case .opinionForm: route = .form(OpinionForm.make(nil, in: UIFactory.meeting()))
            case .help: route = .help(scope: .meetings, scroll: 0)
            case .confirm: route = .confirm(Confirmation(.quit, message: "?"))
            case .pager: route = .pager(Pager(meeting: "x", english: false, lines: ["BIÊN BẢN"]))
            case .tracker: route = .tracker
            case .report: route = .report
            case .browser: route = .browser
            case .typingSettings: route = .typingSettings(row: 0)
            case .conflict: route = .conflict("cf-1")
            case .global, .lineEdit, .textEditor, .suggestions, .choice, .kind, .listFilter: continue
            }
            state.nav = Navigation([.meetings, .meeting, route])
            let bar = ScreenRenderer.render(state).plainText.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
            XCTAssertLessThanOrEqual(TextWidth.of(String(bar)), 80, "\(scope)")
            if scope != .confirm && scope != .help { XCTAssertTrue(bar.contains("F1 Trợ giúp"), "\(scope): \(bar)") }
            if scope == .confirm {
                // A question offers only its answers.
                XCTAssertEqual(bar.split(separator: " ", omittingEmptySubsequences: true), ["c", "Đồng", "ý", "k", "Hủy"], "\(bar)")
            } else {
                XCTAssertTrue(bar.contains("F10 Thoát"), "\(scope): \(bar)")
            }
        }
    }

    func testTheLiveKeyBarAt80ColumnsOffersTheMostUsedKeysFirst() {
        var state = UIFactory.openState()
        var live = UIFactory.meeting()
        live.status = .live
        _ = Reducer.reduce(&state, .meetingSaved(live, UIFactory.fingerprint, .edit))
        state.nav.push(.live)
        // At 80 columns: new opinion, follow-up, conclusion, end, then help, back and quit on the
        // bottom line; undo, attendee, search, F6 and F7 on the line above.
        let bar = KeyBar(state)
        XCTAssertEqual(bar.bottom.map(\.keys), ["n", "f", "c", "l", "F1", "Esc", "F10"])
        XCTAssertEqual(bar.upper.map(\.keys), ["^Z", "a", "/", "F6", "F7"])
        let last = ScreenRenderer.render(state).plainText.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
        XCTAssertTrue(last.hasPrefix("n Ý kiến mới f Giao việc c Kết luận l Bế mạc"), String(last))
        // Wider, undo and the rest come after them.
        state.width = 120
        let wide = ScreenRenderer.keyBarEntries(state).map(\.keys)
        XCTAssertEqual(Array(wide.prefix(6)), ["n", "f", "c", "l", "^Z", "a"], "\(wide)")
    }

    func testLettersTypeTextInAFieldButAreCommandsInAList() {
        XCTAssertEqual(KeyMap.command(for: .character("q"), in: KeyContext(.meetings)), .quit)
        XCTAssertNil(KeyMap.command(for: .character("q"), in: KeyContext(.form, parts: [.lineEdit])))
        // In a form `q` never quits, whatever field has the focus (a choice too).
        XCTAssertNil(KeyMap.command(for: .character("q"), in: KeyContext(.form, parts: [.choice])))
        XCTAssertEqual(KeyMap.command(for: .function(10), in: KeyContext(.form, parts: [.lineEdit])), .quit)
        XCTAssertEqual(KeyMap.command(for: .control("s"), in: KeyContext(.opinionForm, parts: [.textEditor])), .save)
        // While the list's filter is typed, `n` types and Delete deletes a letter, not a meeting.
        let filtering = KeyContext(.meetings, parts: [.listFilter, .lineEdit])
        XCTAssertNil(KeyMap.command(for: .character("n"), in: filtering))
        XCTAssertEqual(KeyMap.command(for: .delete, in: filtering), .deleteForward)
        XCTAssertEqual(KeyMap.command(for: .escape, in: filtering), .clearFilter)
    }

    func testHelpListsExactlyTheBindingsOfTheScreen() {
        let state = UIFactory.state()
        let lines = HelpScreen.lines(state, scope: .meeting).map(\.0).joined(separator: "\n")
        for binding in KeyMap.bindings(for: .meeting) {
            XCTAssertTrue(lines.contains(state.text(binding.command.phrase)), "\(binding.command)")
        }
        XCTAssertFalse(lines.contains(state.text(.cmdFilter)), "a meetings-list key is not in the meeting's help")
    }
}
