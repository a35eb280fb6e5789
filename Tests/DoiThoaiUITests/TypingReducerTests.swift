import DoiThoaiCore
import XCTest
@testable import DoiThoaiUI

/// The built-in Vietnamese input method in the program: fields, the
/// editor, filters, the toggle, the settings screen and the status bar.
final class TypingReducerTests: XCTestCase {
    /// The opinion form open, the input method set as given.
    private func opinionForm(_ settings: TypingSettings = TypingSettings(enabled: true)) -> AppState {
        var state = UIFactory.openState()
        state.typing = TypingState(settings: settings)
        UIFactory.press(&state, [.character("n")])
        XCTAssertEqual(state.nav.form?.focused?.key, .speaker)
        return state
    }

    private func fieldText(_ state: AppState, _ key: FormField.Key) -> String {
        state.nav.form?.fields.first { $0.key == key }?.text ?? "<none>"
    }

    func testAFieldTypesTelexAsUnikeyAndTheEditorToo() {
        var state = opinionForm()
        UIFactory.type(&state, "Nguyeenx Vawn Tuaans")
        XCTAssertEqual(fieldText(state, .speaker), "Nguyễn Văn Tuấn")
        UIFactory.press(&state, [.tab, .tab, .tab, .tab])
        XCTAssertEqual(state.nav.form?.focused?.key, .text)
        UIFactory.type(&state, "Ddeef nghij giair quyeets")
        XCTAssertEqual(fieldText(state, .text), "Đề nghị giải quyết")
    }

    func testVNIInAFieldButTheKindDigitsStayDigits() {
        var state = opinionForm(TypingSettings(enabled: true, method: .vni))
        UIFactory.type(&state, "Nguye6n4")
        XCTAssertEqual(fieldText(state, .speaker), "Nguyễn")
        UIFactory.press(&state, [.tab, .tab])
        UIFactory.type(&state, "dat")
        UIFactory.press(&state, [.enter])
        XCTAssertEqual(state.nav.form?.focused?.key, .opinionKind)
        UIFactory.press(&state, [.character("2")])
        XCTAssertEqual(state.nav.form?.focused?.key, .text, "the digit chose a kind and moved on")
        XCTAssertEqual(fieldText(state, .opinionKind), "complaint")
    }

    func testAWordThatIsNotVietnameseIsRestoredWhenTheFieldIsLeft() {
        var state = opinionForm()
        UIFactory.type(&state, "Windows")
        XCTAssertEqual(fieldText(state, .speaker), "Ưindows", "as Unikey shows it while the word is typed")
        UIFactory.press(&state, [.tab])
        XCTAssertEqual(fieldText(state, .speaker), "Windows")
        XCTAssertEqual(state.nav.form?.focused?.key, .origin)
    }

    func testBackspaceTakesBackOneLetterAndTheWordGoesOn() {
        var state = opinionForm()
        UIFactory.type(&state, "hoanf")
        XCTAssertEqual(fieldText(state, .speaker), "hoàn")
        UIFactory.press(&state, [.backspace])
        XCTAssertEqual(fieldText(state, .speaker), "hòa")
        UIFactory.type(&state, "ng")
        XCTAssertEqual(fieldText(state, .speaker), "hoàng")
    }

    func testACursorMoveEndsTheWord() {
        var state = opinionForm()
        UIFactory.type(&state, "tieng")
        UIFactory.press(&state, [.left, .right])
        UIFactory.type(&state, "s")
        XCTAssertEqual(fieldText(state, .speaker), "tiengs")
    }

    func testAPrefilledFieldJustEnteredIsReplacedByAComposedLetterToo() {
        var field = TextField("Chỉ thị số 13")
        field.selectAll()
        XCTAssertTrue(field.handle(.composed(TypingEdit(insert: "ư"))))
        XCTAssertEqual(field.text, "ư")
        XCTAssertFalse(field.selected)
    }

    func testPastedTextIsNeverConverted() {
        var state = opinionForm()
        UIFactory.press(&state, [.paste("Nguyeenx aa dd")])
        XCTAssertEqual(fieldText(state, .speaker), "Nguyeenx aa dd")
    }

    func testOffKeysAndTheSystemInputMethodsTextArriveAsTheyAre() {
        var state = opinionForm(TypingSettings(enabled: false))
        UIFactory.type(&state, "Nguyeenx ")
        UIFactory.type(&state, "Nguyễn")
        XCTAssertEqual(fieldText(state, .speaker), "Nguyeenx Nguyễn")
    }

    func testF9AndAltZToggleEverywhereSayItAndRememberIt() {
        var state = opinionForm(TypingSettings(enabled: false))
        var effects = UIFactory.press(&state, [.function(9)])
        XCTAssertTrue(state.typing.settings.enabled)
        XCTAssertEqual(effects, [.saveSettings(TypingSettings(enabled: true))])
        XCTAssertEqual(state.message?.text, "Bật gõ tiếng Việt: [V] Telex")
        UIFactory.type(&state, "DDaats")
        XCTAssertEqual(fieldText(state, .speaker), "Đất")
        effects = UIFactory.press(&state, [.alt("z")])
        XCTAssertFalse(state.typing.settings.enabled)
        XCTAssertEqual(effects, [.saveSettings(TypingSettings(enabled: false))])
        UIFactory.type(&state, " aa")
        XCTAssertEqual(fieldText(state, .speaker), "Đất aa")
        XCTAssertTrue(KeyMap.togglesTyping(.alt("Z")))
    }

    func testTheMeetingsFilterAndTheSearchTypeVietnameseToo() {
        var state = UIFactory.state()
        state.typing = TypingState(settings: TypingSettings(enabled: true))
        UIFactory.press(&state, [.character("f")])
        UIFactory.type(&state, "Thanh Xuaan")
        XCTAssertEqual(state.list.filter.text, "Thanh Xuân")
        XCTAssertEqual(state.list.visibleRows.map(\.id.rawValue), ["2018-12-29-thanh-xuan"])
        UIFactory.press(&state, [.escape, .character("/")])
        UIFactory.type(&state, "ddaats ddai")
        XCTAssertEqual(state.browser.query.text, "đất đai")
    }

    func testTheSettingsScreenIsReachedFromHelpAndSavesEachChange() {
        var state = UIFactory.state()
        UIFactory.press(&state, [.function(1)])
        UIFactory.press(&state, [.character("g")])
        XCTAssertEqual(state.route, .typingSettings(row: 0))
        XCTAssertEqual(UIFactory.press(&state, [.character(" ")]), [.saveSettings(TypingSettings(enabled: true))])
        UIFactory.press(&state, [.down])
        XCTAssertEqual(UIFactory.press(&state, [.right]),
                       [.saveSettings(TypingSettings(enabled: true, method: .vni))])
        UIFactory.press(&state, [.down])
        XCTAssertEqual(UIFactory.press(&state, [.enter]),
                       [.saveSettings(TypingSettings(enabled: true, method: .vni, style: .modern))])
        XCTAssertEqual(state.typing.engine.method, .vni)
        XCTAssertEqual(state.typing.engine.style, .modern)
        UIFactory.press(&state, [.escape])
        XCTAssertEqual(state.route.scope, .help)
    }

    func testTheStatusBarAlwaysShowsTheState() {
        var state = UIFactory.state()
        func statusLine() -> String {
            let lines = ScreenRenderer.render(state).plainText.split(separator: "\n", omittingEmptySubsequences: false)
            return String(lines[lines.count - 2])
        }
        XCTAssertTrue(statusLine().hasSuffix(" [E]"), statusLine())
        state.typing.settings = TypingSettings(enabled: true)
        XCTAssertTrue(statusLine().hasSuffix(" [V] Telex"), statusLine())
        state.typing.settings.method = .vni
        state.message = StatusMessage(String(repeating: "dài ", count: 40))
        // A long message grows upwards to be read whole; the badge stays on the status line.
        XCTAssertTrue(statusLine().hasSuffix(" [V] VNI"), statusLine())
    }

    func testSettingsLoadedAtStartComeInWithTheirFile() {
        var state = UIFactory.state()
        _ = Reducer.reduce(&state, .settingsLoaded(TypingSettings(enabled: true, method: .vni), file: "/x/settings.json"))
        XCTAssertEqual(state.typing.settings.badge, "[V] VNI")
        XCTAssertEqual(state.typing.file, "/x/settings.json")
    }
}
