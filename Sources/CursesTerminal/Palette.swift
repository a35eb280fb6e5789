import CNCursesW
import DoiThoaiUI

/// Styles to colour pairs (with colour) or to bold/reverse/underline (without).
enum Palette {
    static func install() {
        let pairs: [(Style, Int16, Int16)] = [
            (.selected, Int16(COLOR_BLACK), Int16(COLOR_CYAN)),
            (.header, Int16(COLOR_WHITE), Int16(COLOR_BLUE)),
            (.muted, -1, -1),
            (.warning, Int16(COLOR_YELLOW), -1),
            (.error, Int16(COLOR_WHITE), Int16(COLOR_RED)),
            (.statusBar, Int16(COLOR_BLACK), Int16(COLOR_WHITE)),
            (.statusKey, Int16(COLOR_WHITE), Int16(COLOR_BLUE)),
            (.highlight, Int16(COLOR_BLACK), Int16(COLOR_YELLOW)),
            (.label, Int16(COLOR_CYAN), -1),
            (.input, Int16(COLOR_BLACK), Int16(COLOR_WHITE)),
        ]
        for (style, foreground, background) in pairs {
            init_pair(Int16(style.rawValue), foreground, background)
        }
    }

    static func attributes(_ style: Style) -> UInt32 {
        let pair = doithoai_color_pair(Int32(style.rawValue))
        switch style {
        case .normal: return 0
        case .muted: return doithoai_a_dim()
        case .header, .statusKey, .label, .warning: return pair | doithoai_a_bold()
        default: return pair
        }
    }

    /// Without colour: selection in reverse video, headings bold, warnings underlined.
    static func monochrome(_ style: Style) -> UInt32 {
        switch style {
        case .normal, .muted: return 0
        case .selected, .statusBar, .input, .highlight: return doithoai_a_reverse()
        case .header, .label, .statusKey: return doithoai_a_bold()
        case .warning: return doithoai_a_bold() | doithoai_a_underline()
        case .error: return doithoai_a_reverse() | doithoai_a_bold()
        }
    }
}
