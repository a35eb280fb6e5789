import Foundation
import XCTest
@testable import DoiThoaiCore

final class ControlCharactersTests: XCTestCase {
    /// Every scalar the rule names, and the neighbours it must leave alone.
    func testUnsafeScalarsAreExactlyC0ButLineFeedAndTabDelC1AndBidiControls() {
        for v in UInt32(0)...0x1F {
            let scalar = Unicode.Scalar(v)!
            XCTAssertEqual(ControlCharacters.isUnsafe(scalar), v != 0x0A && v != 0x09, "U+\(String(v, radix: 16))")
        }
        for v in UInt32(0x7F)...0x9F { XCTAssertTrue(ControlCharacters.isUnsafe(Unicode.Scalar(v)!)) }
        for v in UInt32(0x202A)...0x202E { XCTAssertTrue(ControlCharacters.isUnsafe(Unicode.Scalar(v)!)) }
        for v in UInt32(0x2066)...0x2069 { XCTAssertTrue(ControlCharacters.isUnsafe(Unicode.Scalar(v)!)) }
        for safe in ["a", " ", "~", "\u{A0}", "đ", "ệ", "\u{2029}", "\u{2065}", "\u{206A}", "\u{2029}", "\u{200E}", "😀"] {
            XCTAssertFalse(ControlCharacters.isUnsafe(safe.unicodeScalars.first!), safe)
        }
    }

    func testCleanedRemovesControlsAndBidiAndNormalisesLineEnds() {
        XCTAssertEqual(ControlCharacters.cleaned("a\r\nb\rc\nd"), "a\nb\nc\nd")
        XCTAssertEqual(ControlCharacters.cleaned("a\r\r\nb"), "a\n\nb")
        XCTAssertEqual(ControlCharacters.cleaned("\u{1B}]0;x\u{07}Ông\u{1B}[2J Ba\u{0}\u{8}"), "]0;xÔng[2J Ba")
        XCTAssertEqual(ControlCharacters.cleaned("\u{202E}abc\u{202C} \u{2067}x\u{2069}"), "abc x")
        XCTAssertEqual(ControlCharacters.cleaned("tờ\u{0B}trình\u{0C}\u{7F}\u{9B}\u{85}"), "tờtrình")
        XCTAssertEqual(ControlCharacters.cleaned("cột\tmột\ndòng hai"), "cột\tmột\ndòng hai")
        XCTAssertEqual(ControlCharacters.cleaned("Nguyễn\tVăn\r\nA", singleLine: true), "Nguyễn Văn A")
    }

    func testCleanedLeavesCleanTextIdentical() {
        let text = "Giải phóng mặt bằng — đề nghị “sớm” trả lời.\nDòng hai\t(tab)"
        XCTAssertEqual(ControlCharacters.cleaned(text), text)
        XCTAssertFalse(ControlCharacters.containsUnsafe(text))
        XCTAssertEqual(ControlCharacters.terminalSafe(text), text)
    }

    /// The byte-level look `terminalSafe` takes first agrees with the rule on scalars, for every scalar up to U+FFFF and both modes.
    func testTerminalSafesByteCheckAgreesWithTheScalarRule() {
        var disagreeing: [String] = []
        var unsafe = 0
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for singleLine in [false, true] {
                let expected = value < 0x20 ? singleLine || (value != 0x0A && value != 0x09) : ControlCharacters.isUnsafe(scalar)
                if expected { unsafe += 1 }
                for text in ["\(scalar)", "ả\(scalar)x", "x\(scalar)"]
                where ControlCharacters.needsWork(text, singleLine: singleLine) != expected {
                    disagreeing.append("U+\(String(value, radix: 16)) singleLine \(singleLine)")
                }
            }
        }
        XCTAssertEqual(disagreeing, [])
        XCTAssertEqual(unsafe, 2 * (32 + 33 + 5 + 4) - 2, "C0, DEL and C1, bidi; line feed and tab in one mode only")
    }

    /// `isPlain` (bytes copied to a listing as they are) says yes exactly when the bytes are UTF-8 that
    /// `terminalSafe` leaves alone, with no NUL: every scalar up to U+FFFF, and broken UTF-8.
    func testPlainBytesAreExactlyTheTextTerminalSafeLeavesAlone() {
        func plain(_ bytes: [UInt8], _ singleLine: Bool) -> Bool {
            bytes.withUnsafeBufferPointer { ControlCharacters.isPlain($0, singleLine: singleLine) }
        }
        var disagreeing: [String] = []
        for value in UInt32(0)...0x10FFFF where value <= 0xFFFF || value % 4099 == 0 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for singleLine in [false, true] {
                for text in ["\(scalar)", "ả\(scalar)x", "x\(scalar)"] {
                    let expected = ControlCharacters.terminalSafe(text, singleLine: singleLine) == text && value != 0
                    if plain(Array(text.utf8), singleLine) != expected { disagreeing.append("U+\(String(value, radix: 16)) \(singleLine)") }
                }
            }
        }
        XCTAssertEqual(disagreeing, [])
        let broken: [[UInt8]] = [[0x80], [0xC3], [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xE1, 0xBA], [0xF4, 0x90, 0x80, 0x80],
                                 [0xF0, 0x8F, 0xBF, 0xBF], [0xF5, 0x80, 0x80, 0x80], [0xFF], Array("Trả lời".utf8) + [0xE1]]
        for bytes in broken { XCTAssertFalse(plain(bytes, false), "\(bytes)") }
        XCTAssertTrue(plain(Array("Phòng Tài nguyên và Môi trường: Trả lời 𝔸".utf8), true))
        XCTAssertTrue(plain([], true))
    }

    func testTerminalSafeMarksEveryControlVisibly() {
        XCTAssertEqual(ControlCharacters.terminalSafe("\u{1B}]0;x\u{07}"), "^[]0;x^G")
        XCTAssertEqual(ControlCharacters.terminalSafe("a\rb\u{8}\u{0}\u{7F}"), "a^Mb^H^@^?")
        XCTAssertEqual(ControlCharacters.terminalSafe("\u{9B}2J \u{202E}cba"), "\u{FFFD}2J \u{FFFD}cba")
        XCTAssertEqual(ControlCharacters.terminalSafe("a\nb\tc"), "a\nb\tc")
        XCTAssertEqual(ControlCharacters.terminalSafe("a\nb\tc", singleLine: true), "a^Jb^Ic")
    }

    /// Whatever comes in, neither function lets an unsafe scalar (or CR) out.
    func testNoUnsafeScalarSurvivesEitherFunctionOnRandomText() {
        var random = SyntheticArchive.Random(state: 12)
        let alphabet: [Unicode.Scalar] = (0...0x20).map { Unicode.Scalar(UInt8($0)) } + [
            "a", "ệ", "\u{7F}", "\u{80}", "\u{9B}", "\u{9F}", "\u{A0}", "\u{202A}", "\u{202E}", "\u{2066}", "\u{2069}", "\u{FFFD}",
        ]
        for _ in 0..<2_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<random.below(40) { text.append(alphabet[random.below(alphabet.count)]) }
            let input = String(text)
            for single in [false, true] {
                let clean = ControlCharacters.cleaned(input, singleLine: single)
                let shown = ControlCharacters.terminalSafe(input, singleLine: single)
                for output in [clean, shown] {
                    XCTAssertFalse(output.unicodeScalars.contains(where: ControlCharacters.isUnsafe), input.debugDescription)
                    XCTAssertFalse(output.unicodeScalars.contains("\r"))
                    if single { XCTAssertFalse(output.contains("\n") || output.contains("\t")) }
                }
                XCTAssertEqual(ControlCharacters.cleaned(clean, singleLine: single), clean, "cleaning twice changes nothing")
            }
        }
    }

    func testJSONEscapesC1AndBidiAndStillDecodesToTheSameText() throws {
        let text = "x\u{9B}2J\u{202E}y\u{7F}đ"
        let encoded = try JSONEncoder().encode(["t": text])
        let escaped = ControlCharacters.jsonEscaped(encoded)
        let raw = String(decoding: escaped, as: UTF8.self)
        XCTAssertFalse(raw.unicodeScalars.contains(where: ControlCharacters.isUnsafe), raw)
        XCTAssertTrue(raw.contains("\\u009b") && raw.contains("\\u202e") && raw.contains("\\u007f"), raw)
        XCTAssertEqual(try JSONDecoder().decode([String: String].self, from: escaped)["t"], text)
        let plain = Data("{\"t\":\"đất\"}".utf8)
        XCTAssertEqual(ControlCharacters.jsonEscaped(plain), plain)
    }
}
