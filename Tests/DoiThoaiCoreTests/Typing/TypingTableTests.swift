import Foundation
import XCTest
@testable import DoiThoaiCore

/// The built-in input method against tables of what Unikey typed, key by
/// key through the edits a text field applies.
final class TypingTableTests: XCTestCase {
    /// The shared table when it is beside the clone, else the committed copy.
    private func table() throws -> [TypingCase] {
        let files = FileManager.default
        if files.fileExists(atPath: TypingCase.sharedTable) { return try TypingCase.read(TypingCase.sharedTable) }
        print("note: \(TypingCase.sharedTable) is missing; using the copy in Tests/")
        guard files.fileExists(atPath: TypingCase.committedTable) else {
            XCTFail("Neither \(TypingCase.sharedTable) nor \(TypingCase.committedTable) exists: the Telex/VNI table is needed")
            return []
        }
        return try TypingCase.read(TypingCase.committedTable)
    }

    private func typed(_ item: TypingCase) -> String {
        var field = TypedText(method: item.method, style: item.style)
        return field.type(item.keys)
    }

    func testEveryWordOfTheTableTypesAsUnikey() throws {
        let words = try table().filter { $0.kind == "word" }
        XCTAssertGreaterThanOrEqual(words.count, 300)
        for item in words {
            XCTAssertEqual(typed(item), item.expected, "line \(item.line): \(item.method) \(item.style) \(item.keys)")
        }
    }

    func testPhrasesOfTheTableTypeAsUnikeyAtLeastNinetyPercent() throws {
        let phrases = try table().filter { $0.kind == "phrase" }
        XCTAssertGreaterThanOrEqual(phrases.count, 20)
        let differing = phrases.filter { typed($0) != $0.expected }
        for item in differing {
            print("differs, line \(item.line): \(item.keys) → \(typed(item)), Unikey: \(item.expected)")
        }
        XCTAssertGreaterThanOrEqual(Double(phrases.count - differing.count) / Double(phrases.count), 0.9)
        // The README lists the phrases that differ; today there are none.
        XCTAssertEqual(differing.map(\.keys), [])
    }

    func testCommittedCopyOfTheTableIsTheSharedOne() throws {
        guard FileManager.default.fileExists(atPath: TypingCase.sharedTable) else {
            throw XCTSkip("no shared folder beside the clone")
        }
        XCTAssertEqual(try String(contentsOfFile: TypingCase.committedTable, encoding: .utf8),
                       try String(contentsOfFile: TypingCase.sharedTable, encoding: .utf8),
                       "Tests/DoiThoaiCoreTests/Typing/telex-cases.tsv is out of date: copy the shared one")
    }

    /// 3,400 lines typed by Unikey's engine: words, sentences, random keys
    /// and Backspace. One engine types them all in order, as Unikey's did
    /// (what Telex `w` did last carries over, as in Unikey).
    func testMoreCasesTypedByUnikeyIncludingBackspace() throws {
        let cases = try TypingCase.read(TypingCase.moreCases)
        XCTAssertEqual(cases.count, 3400)
        var field = TypedText()
        var failures = 0
        for item in cases {
            field.engine.method = item.method
            field.engine.style = item.style
            field.text = []
            let got = field.type(item.keys)
            if got != item.expected {
                failures += 1
                XCTFail("line \(item.line) (\(item.kind)): \(item.keys) → \(got), Unikey: \(item.expected)")
                if failures > 20 { return }
            }
        }
        XCTAssertGreaterThan(cases.filter { $0.keys.contains("⌫") }.count, 500)
    }
}
