import XCTest
@testable import DoiThoaiCore

/// The rules of the built-in input method, one behaviour at a time.
final class VietnameseTypingTests: XCTestCase {
    private func type(_ keys: String, _ method: TypingMethod = .telex, _ style: ToneStyle = .classic) -> String {
        var field = TypedText(method: method, style: style)
        return field.type(keys)
    }

    func testToneMayBeTypedAnywhereAfterTheVowel() {
        XCTAssertEqual(type("Nguyeenx"), "Nguyễn")
        XCTAssertEqual(type("Nguyeexn"), "Nguyễn")
        XCTAssertEqual(type("truwowngf"), "trường")
        XCTAssertEqual(type("truwowfng"), "trường")
    }

    func testToneMovesWhenTheSyllableGrows() {
        var engine = VietnameseTyping()
        var text: [Character] = []
        for key in "hoaf" { engine.type(key).apply(to: &text) }
        XCTAssertEqual(String(text), "hòa")
        let edit = engine.type("n")
        edit.apply(to: &text)
        XCTAssertEqual(String(text), "hoàn")
        XCTAssertEqual(edit, TypingEdit(deleteCount: 2, insert: "oàn"))
    }

    func testClassicAndModernStyles() {
        XCTAssertEqual(type("hoaf"), "hòa")
        XCTAssertEqual(type("hoaf", .telex, .modern), "hoà")
        XCTAssertEqual(type("thuys"), "thúy")
        XCTAssertEqual(type("thuys", .telex, .modern), "thuý")
        XCTAssertEqual(type("quys", .telex, .modern), "quý")
        XCTAssertEqual(type("giuwx"), "giữ")
        XCTAssertEqual(type("gif"), "gì")
    }

    func testTypingAMarkAgainTakesItBack() {
        XCTAssertEqual(type("aas"), "ấ")
        XCTAssertEqual(type("aaa"), "aa")
        XCTAssertEqual(type("ass"), "as")
        XCTAssertEqual(type("ddd"), "dd")
        XCTAssertEqual(type("ww"), "w")
        XCTAssertEqual(type("dddd"), "dđ")   // Unikey's own quirk, kept
    }

    func testTelexLettersOfTheirOwn() {
        XCTAssertEqual(type("w"), "ư")
        XCTAssertEqual(type("t[n"), "tơn")
        XCTAssertEqual(type("t]"), "tư")
        XCTAssertEqual(type("thuongw"), "thương")
        XCTAssertEqual(type("dangd"), "đang")
    }

    func testWordsThatAreNotVietnameseStayAsTyped() {
        XCTAssertEqual(type("Windows online email UBND tiesng"), "Windows online email UBND tiesng")
        XCTAssertEqual(type("HDDND"), "HĐND")
    }

    func testUpperAndMixedCase() {
        XCTAssertEqual(type("DDOONGF"), "ĐỒNG")
        XCTAssertEqual(type("DDoongf"), "Đồng")
        XCTAssertEqual(type("DDooongf"), "DDooongf")   // ôo is no syllable: the keys come back
        XCTAssertEqual(type("NGUYEENX Vawn"), "NGUYỄN Văn")
    }

    func testVNI() {
        XCTAssertEqual(type("Nguye6n4 Va8n Tua6n1", .vni), "Nguyễn Văn Tuấn")
        XCTAssertEqual(type("d9u7o7ng2", .vni), "đường")
        XCTAssertEqual(type("ho2a", .vni, .modern), "hoà")
        XCTAssertEqual(type("to6i10", .vni), "tôi")
        XCTAssertEqual(type("to6i0", .vni), "to6i0")   // nothing to remove: 0 is typed, the word is restored
    }

    func testBackspaceTakesBackOneLetterAndKeepsComposing() {
        XCTAssertEqual(type("hoanf⌫"), "hòa")
        XCTAssertEqual(type("tieengs⌫"), "tiến")
        XCTAssertEqual(type("vieet ⌫j"), "việt")
        XCTAssertEqual(type("tooi⌫⌫⌫"), "")
    }

    func testBackspaceWithNothingComposedTakesBackOneLetterOfTheText() {
        var engine = VietnameseTyping()
        XCTAssertEqual(engine.backspace(), TypingEdit(deleteCount: 1))
    }

    func testEndOfWordWithoutAKeyRestoresAForeignWord() {
        var engine = VietnameseTyping()
        var text: [Character] = []
        for key in "tiesng" { engine.type(key).apply(to: &text) }
        XCTAssertEqual(String(text), "tiéng")
        engine.endWord().apply(to: &text)
        XCTAssertEqual(String(text), "tiesng")
        XCTAssertTrue(engine.isIdle)
    }

    func testResetForgetsTheWordButKeepsTheText() {
        var engine = VietnameseTyping()
        var text: [Character] = []
        for key in "tieng" { engine.type(key).apply(to: &text) }
        engine.reset()
        engine.type("s").apply(to: &text)
        XCTAssertEqual(String(text), "tiengs")
    }

    func testChangingTheMethodStartsAfresh() {
        var engine = VietnameseTyping()
        var text: [Character] = []
        for key in "vie" { engine.type(key).apply(to: &text) }
        engine.method = .vni
        for key in "6t5" { engine.type(key).apply(to: &text) }
        XCTAssertEqual(String(text), "vie6t5")
    }

    func testALongTextTypedWithoutResetStaysFast() {
        var engine = VietnameseTyping()
        var text: [Character] = []
        let sentence = "Ddeef nghij giair quyeets vieecj caaps giaays chuwngs nhaanj quyeenf suwr dungj ddaats. "
        for _ in 0..<40 { for key in sentence { engine.type(key).apply(to: &text) } }
        XCTAssertTrue(String(text).hasSuffix("Đề nghị giải quyết việc cấp giấy chứng nhận quyền sử dụng đất. "))
        XCTAssertLessThan(engine.slots.count, 200)
    }
}
