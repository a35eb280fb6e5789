import DoiThoaiCore
import XCTest
@testable import DoiThoaiUI

final class TextEditingTests: XCTestCase {
    func testDisplayWidthOfVietnameseCJKAndEmoji() {
        XCTAssertEqual(TextWidth.of("Nguyễn Văn Đức"), 14)
        XCTAssertEqual(TextWidth.of("Nguyễn Văn Đức".decomposedStringWithCanonicalMapping), 14)
        XCTAssertEqual(TextWidth.of("漢字"), 4)
        XCTAssertEqual(TextWidth.of("👍 ok"), 5)
        XCTAssertEqual(TextWidth.of("abc"), 3)
    }

    func testTruncateAndWrapNeverSplitALetterFromItsMarks() {
        let nfd = "Giải phóng mặt bằng".decomposedStringWithCanonicalMapping
        XCTAssertEqual(TextWidth.truncate(nfd, to: 6).precomposedStringWithCanonicalMapping, "Giải …")
        XCTAssertEqual(TextWidth.pad("Đất", to: 5), "Đất  ")
        XCTAssertEqual(TextWidth.pad("12", to: 4, alignRight: true), "  12")
        XCTAssertEqual(TextWidth.wrap("Giải phóng mặt bằng đường Ngọc Thụy", to: 12),
                       ["Giải phóng", "mặt bằng", "đường Ngọc", "Thụy"])
        XCTAssertEqual(TextWidth.wrap("Nghiêngnghiêng", to: 5).map { $0.count }, [5, 5, 4])
        for line in TextWidth.wrap(nfd + " " + nfd, to: 7) {
            XCTAssertFalse(line.unicodeScalars.first.map { (0x300...0x36F).contains($0.value) } ?? false)
        }
    }

    func testBackspaceRemovesOneVisibleLetterEvenWhenTypedDecomposed() {
        var field = TextField()
        for scalar in "Việt".decomposedStringWithCanonicalMapping.unicodeScalars { field.insert(String(scalar)) }
        XCTAssertEqual(field.characters.count, 4)
        field.backspace()
        XCTAssertEqual(field.text.precomposedStringWithCanonicalMapping, "Việ")
        field.moveLeft()
        field.backspace()
        XCTAssertEqual(field.text.precomposedStringWithCanonicalMapping, "Vệ")
    }

    func testWordMovesAndControlCharactersInAField() {
        var field = TextField("Ủy ban nhân dân")
        field.moveWordLeft()
        field.moveWordLeft()
        XCTAssertEqual(field.cursor, 7)
        field.moveWordRight()
        XCTAssertEqual(field.cursor, 11)
        field.insert("\tx\n")
        XCTAssertEqual(field.text, "Ủy ban nhân x  dân")
    }

    func testTheEditorWrapsAndMovesByVisualLine() {
        var editor = TextEditor("Đề nghị phường sớm chi trả tiền bồi thường")
        let lines = editor.layout(width: 15)
        XCTAssertEqual(lines.map { String(editor.characters[$0.start..<$0.end]) },
                       ["Đề nghị phường ", "sớm chi trả ", "tiền bồi thường"])
        XCTAssertEqual(editor.cursorPosition(width: 15).line, 2)
        editor.moveLines(-1, width: 15)
        XCTAssertEqual(editor.cursorPosition(width: 15).line, 1)
        editor.moveLineStart(width: 15)
        XCTAssertEqual(editor.cursor, 15)
        editor.insert("rất ")
        XCTAssertTrue(editor.text.hasPrefix("Đề nghị phường rất sớm"))
    }

    func testTheEditorTakesALongPasteWithLineBreaks() {
        var editor = TextEditor()
        let paragraph = String(repeating: "Người dân phản ánh việc cấp giấy phép xây dựng còn chậm. ", count: 1800)
        XCTAssertGreaterThan(paragraph.utf8.count, 100_000)
        XCTAssertTrue(editor.handle(.paste(paragraph + "\r\nHết."), width: 70, height: 10))
        XCTAssertTrue(editor.text.hasSuffix("\nHết."))
        XCTAssertGreaterThan(editor.layout(width: 70).count, 1400)
        editor.backspace()
        XCTAssertTrue(editor.text.hasSuffix("\nHết"))
    }

    func testTopicsAreFoundByAnyPartInitialsOrWordStartsIgnoringMarks() {
        let catalog = TopicCatalog.standard
        func first(_ typed: String) -> String? { TopicMatcher.matches(typed, in: catalog, usage: [:]).first?.name }
        XCTAssertEqual(first("gpmb"), "Giải phóng mặt bằng")
        XCTAssertEqual(first("giai phong"), "Giải phóng mặt bằng")
        XCTAssertEqual(first("dat dai"), "Đất đai")
        XCTAssertEqual(first("ĐẤT"), "Đất đai")
        XCTAssertEqual(first("ho tich"), "Hộ tịch")
        XCTAssertEqual(TopicMatcher.matches("", in: catalog, usage: ["khac": 9, "ho-tich": 3]).prefix(2).map(\.id),
                       ["khac", "ho-tich"])
        XCTAssertTrue(TopicMatcher.matches("zzz", in: catalog, usage: [:]).isEmpty)
    }

    func testCompletionOffersNamesThatStartWithWhatIsTypedFirst() {
        let words = ["Trần Văn Nam", "Nguyễn Văn Nam", "Nguyễn Thị Hoa"].map(Vocabulary.Word.init)
        XCTAssertEqual(Completion.suggestions(for: "nguyen", among: words), ["Nguyễn Văn Nam", "Nguyễn Thị Hoa"])
        XCTAssertEqual(Completion.suggestions(for: "nam", among: words), ["Trần Văn Nam", "Nguyễn Văn Nam"])
        XCTAssertEqual(Completion.suggestions(for: "", among: words), [])
    }
}
