import DoiThoaiCore

/// One key press (or terminal event) as the program sees it, whatever the
/// terminal sent: the backend turns curses codes into these.
public enum Key: Hashable, Sendable {
    /// A printable character (a letter with its marks, a digit, a space…).
    case character(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case tab, backTab
    case enter, escape, backspace, delete, insert
    case function(Int)
    /// Ctrl plus a letter, lower case: `.control("s")` is Ctrl-S.
    case control(Character)
    /// Alt (Meta) plus a character.
    case alt(Character)
    case controlLeft, controlRight
    /// A text pasted at once (bracketed paste), delivered whole.
    case paste(String)
    /// A letter typed through the built-in Vietnamese input method: take
    /// back letters before the cursor, then insert (`tieng` + `s` → tiếng).
    case composed(TypingEdit)
    /// A mouse click at a screen cell; `wheel` is -1 up, +1 down, 0 a press.
    case mouse(row: Int, column: Int, wheel: Int)
    case resize

    /// How the key is written on the key bar and in help: "F2", "^S", "Enter".
    public var label: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Bksp"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .function(let n): return "F\(n)"
        case .control(let c): return "^" + c.uppercased()
        case .alt(let c): return c.isUppercase ? "Alt-Shift-" + String(c) : "Alt-" + c.uppercased()
        case .controlLeft: return "^←"
        case .controlRight: return "^→"
        case .paste: return "Paste"
        case .composed(let edit): return edit.insert
        case .mouse: return "Mouse"
        case .resize: return "Resize"
        }
    }

    /// Whether the key types text (and so belongs to a text field that has focus).
    public var isPrintable: Bool {
        switch self {
        case .character, .composed: return true
        default: return false
        }
    }
}
