import Foundation

/// CSV that LibreOffice Calc and Excel open as intended: UTF-8 with a byte
/// order mark, CRLF line ends, quoted as RFC 4180 says, control characters
/// left out, and any cell that could start a formula neutralised with a
/// leading ': one starting with = + - @ (or their full-width forms ＝ ＋ － ＠),
/// or with anything a spreadsheet may skip before one (spaces, tab, line
/// breaks, no-break and zero-width spaces, a byte order mark).
public enum CSVWriter {
    public static func document(_ rows: [[String]]) -> String {
        "\u{FEFF}" + rows.map { $0.map(cell).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    public static func cell(_ value: String) -> String {
        var text = ControlCharacters.cleaned(value)
        if let first = text.unicodeScalars.first, startsFormula(first) { text = "'" + text }
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" } || text.hasPrefix(" ")
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    static func startsFormula(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "=", "+", "-", "@", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}": return true
        default: return scalar.properties.isWhitespace || scalar.properties.generalCategory == .format
        }
    }
}
