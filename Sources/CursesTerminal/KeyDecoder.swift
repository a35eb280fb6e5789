import CNCursesW
import DoiThoaiUI

/// Turns what `wget_wch` returned into a `Key`.
enum KeyDecoder {
    /// A function-key code (`KEY_CODE_YES`).
    static func special(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_RESIZE: return .resize
        case 0x222: return .controlLeft  // kLFT5 on xterm-likes
        case 0x231: return .controlRight // kRIT5
        case 0x221, 0x230: return nil
        default:
            for n in 1...12 where code == doithoai_key_f(Int32(n)) { return .function(n) }
            return nil
        }
    }

    /// A character code (not a function key).
    static func character(_ value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return Unicode.Scalar(value + 96).map { .control(Character($0)) }
        case 0, 28...31: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }
}
