import Foundation

/// The one place that decides which characters are never wanted in a
/// citizen's text, and what to do with them on the way in and on the way out.
///
/// Unwanted ("unsafe") scalars are:
/// - C0 controls U+0000–U+001F except line feed and tab (ESC drives a
///   terminal, BEL rings, FF and VT feed a printer's paper, NUL truncates);
/// - DEL U+007F and the C1 controls U+0080–U+009F (U+009B is a one-byte CSI
///   for many terminals);
/// - the bidi embeddings, overrides and isolates U+202A–U+202E and
///   U+2066–U+2069, which reorder what follows ("abc" printed as "cba").
///
/// On input (`cleaned`) they are removed and CRLF / lone CR become LF, so what
/// is stored is what a reader sees. On output to a terminal (`terminalSafe`)
/// text that is already stored is shown with each one replaced by a visible
/// mark, because a file written by hand or by an older version can hold them.
public enum ControlCharacters {
    /// True for a scalar that is never stored and never printed raw. Line feed
    /// and tab are allowed (they belong in multi-line text).
    @inline(__always)
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 { return v != 0x0A && v != 0x09 }
        if v < 0x7F { return false }
        if v <= 0x9F { return true }
        return (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// True when `text` holds a scalar `isUnsafe` refuses, or a carriage return.
    public static func containsUnsafe(_ text: String) -> Bool {
        // Fast path: pure printable ASCII (and LF, TAB) is always safe.
        if !text.utf8.contains(where: { $0 >= 0x7F || ($0 < 0x20 && $0 != 0x0A && $0 != 0x09) }) { return false }
        return text.unicodeScalars.contains(where: isUnsafe)
    }

    /// Text cleaned on input: CRLF and lone CR become LF, then every unsafe
    /// scalar is removed. With `singleLine`, line feeds and tabs become single
    /// spaces too (names, places, ids: fields shown on one line).
    public static func cleaned(_ text: String, singleLine: Bool = false) -> String {
        let needsWork = text.utf8.contains(where: {
            $0 >= 0x7F || ($0 < 0x20 && (singleLine || ($0 != 0x0A && $0 != 0x09)))
        })
        guard needsWork else { return text }
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                out.append(singleLine ? " " : "\n")
                previousWasCR = true
                continue
            }
            defer { previousWasCR = false }
            if scalar == "\n" {
                if previousWasCR { continue }
                out.append(singleLine ? " " : "\n")
                continue
            }
            if scalar == "\t" {
                out.append(singleLine ? " " : "\t")
                continue
            }
            if isUnsafe(scalar) { continue }
            out.append(scalar)
        }
        return String(out)
    }

    /// Text made safe to write to a terminal: every unsafe scalar (and CR) is
    /// replaced by a visible mark, never passed raw. C0 controls and DEL are
    /// shown in caret notation as `cat -v` and `less` do (ESC is `^[`, BEL
    /// `^G`, CR `^M`, DEL `^?`); C1 controls and bidi controls, which have no
    /// caret form, become U+FFFD "�". With `singleLine`, line feeds and tabs
    /// become `^J` and `^I` too (one table row must stay one line).
    public static func terminalSafe(_ text: String, singleLine: Bool = false) -> String {
        // Looked at byte by byte without copying: Vietnamese text (every line of it not ASCII) is nearly always clean,
        // and `doithoai followups` passes 80,000 lines through here.
        guard needsWork(text, singleLine: singleLine) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if !singleLine, scalar == "\n" || scalar == "\t" {
                out.append(scalar)
            } else if v < 0x20 || v == 0x7F {
                out.append("^")
                out.append(Unicode.Scalar(UInt8(v == 0x7F ? 0x3F : v + 0x40)))
            } else if isUnsafe(scalar) {
                out.append("\u{FFFD}")
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether `terminalSafe` changes `text`, read as UTF-8: a C0 control (but
    /// line feed and tab unless `singleLine`), DEL, a C1 control (C2 80–9F)
    /// or a bidi control (E2 80 AA–AE, E2 81 A6–A9).
    static func needsWork(_ text: String, singleLine: Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x20 {
                    if singleLine || (b != 0x0A && b != 0x09) { return true }
                } else if b == 0x7F {
                    return true
                } else if b == 0xC2 {
                    if i + 1 < n, bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0x9F { return true }
                } else if b == 0xE2, i + 2 < n {
                    let b1 = bytes[i + 1], b2 = bytes[i + 2]
                    if (b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE) || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9) { return true }
                }
                i += 1
            }
            return false
        }
    }

    /// Whether `bytes` are well-formed UTF-8 that `terminalSafe` prints as
    /// they are (no NUL either): a listing of tens of thousands of rows
    /// copies such cells from the index straight to its output, and sends
    /// only the others through `String` and `terminalSafe`.
    public static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>, singleLine: Bool) -> Bool {
        guard let p = bytes.baseAddress else { return true }
        let n = bytes.count
        var i = 0
        while i < n {
            let b = p[i]
            if b < 0x80 {
                if b < 0x20 {
                    if singleLine || (b != 0x0A && b != 0x09) { return false }
                } else if b == 0x7F {
                    return false
                }
                i += 1
            } else if b < 0xC2 {
                return false  // a continuation byte first, or an overlong form
            } else if b < 0xE0 {
                guard i + 1 < n, p[i + 1] & 0xC0 == 0x80, b != 0xC2 || p[i + 1] > 0x9F else { return false }  // C1 controls
                i += 2
            } else if b < 0xF0 {
                guard i + 2 < n else { return false }
                let c1 = p[i + 1], c2 = p[i + 2]
                guard c1 & 0xC0 == 0x80, c2 & 0xC0 == 0x80, b != 0xE0 || c1 >= 0xA0, b != 0xED || c1 < 0xA0 else { return false }
                if b == 0xE2, (c1 == 0x80 && (0xAA...0xAE).contains(c2)) || (c1 == 0x81 && (0xA6...0xA9).contains(c2)) { return false }
                i += 3
            } else if b < 0xF5 {
                guard i + 3 < n else { return false }
                let c1 = p[i + 1]
                guard c1 & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80, p[i + 3] & 0xC0 == 0x80,
                      b != 0xF0 || c1 >= 0x90, b != 0xF4 || c1 < 0x90 else { return false }
                i += 4
            } else {
                return false
            }
        }
        return true
    }

    /// JSON text (UTF-8) with every C1 control, DEL and bidi control escaped
    /// as `\uXXXX`. `JSONEncoder` already escapes C0 controls but passes these
    /// raw; outside strings JSON is ASCII, so any such scalar is inside a
    /// string and its escape means the same character to a JSON reader.
    public static func jsonEscaped(_ json: Data) -> Data {
        guard json.contains(where: { $0 >= 0x7F }) else { return json }
        let text = String(decoding: json, as: UTF8.self)
        guard text.unicodeScalars.contains(where: { $0.value >= 0x7F && isUnsafe($0) }) else { return json }
        var out = ""
        out.reserveCapacity(json.count + 16)
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x7F, isUnsafe(scalar) {
                out += String(format: "\\u%04x", scalar.value)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return Data(out.utf8)
    }
}
