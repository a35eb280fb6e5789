import Foundation
import XCTest
@testable import DoiThoaiCore

/// One line of a case table: keys typed with a method and style, and what
/// Unikey's own engine typed for them.
struct TypingCase {
    var method: TypingMethod
    var style: ToneStyle
    var kind: String
    var keys: String
    var expected: String
    var line: Int

    /// Reads a table with columns method, style, kind, keys, expected.
    static func read(_ path: String) throws -> [TypingCase] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var cases: [TypingCase] = []
        for (index, row) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().dropFirst() {
            if row.isEmpty { continue }
            let columns = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count == 5, let method = TypingMethod(rawValue: columns[0]),
                  let style = ToneStyle(rawValue: columns[1]) else {
                throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: "\(path):\(index + 1)"])
            }
            cases.append(TypingCase(method: method, style: style, kind: columns[2], keys: columns[3],
                                    expected: columns[4], line: index + 1))
        }
        return cases
    }

    /// The package root, from this file's place in Tests/DoiThoaiCoreTests/Typing.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// The shared table beside the clone (`../shared/vietnamese/telex-cases.tsv`), if there is one.
    static let sharedTable = URL(fileURLWithPath: packageRoot + "/../shared/vietnamese/telex-cases.tsv")
        .standardizedFileURL.path
    /// The copy committed with the tests, used when the shared folder is not beside the clone.
    static let committedTable = packageRoot + "/Tests/DoiThoaiCoreTests/Typing/telex-cases.tsv"
    /// More cases typed by Unikey's engine (scim-unikey's build), Backspace written ⌫.
    static let moreCases = packageRoot + "/Tests/DoiThoaiCoreTests/Typing/unikey-more-cases.tsv"
}

/// Text before the cursor of a text field, changed only by the engine's edits.
struct TypedText {
    var engine: VietnameseTyping
    var text: [Character] = []

    init(method: TypingMethod = .telex, style: ToneStyle = .classic) {
        engine = VietnameseTyping(method: method, style: style)
    }

    /// Types the keys one by one (⌫ is Backspace), then ends the line as the end of a word.
    mutating func type(_ keys: String) -> String {
        for key in keys {
            let edit = key == "⌫" ? engine.backspace() : engine.type(key)
            if key != "⌫" {
                XCTAssertLessThanOrEqual(edit.deleteCount, text.count, "an edit takes back more than was typed")
            }
            edit.apply(to: &text)
        }
        engine.endWord().apply(to: &text)
        return String(text)
    }
}
