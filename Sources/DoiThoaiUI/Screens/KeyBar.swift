import DoiThoaiCore

/// The keys offered at the foot of the screen, from the key table: on one
/// row when they all fit; otherwise, as nano does, on two. The bottom row
/// has the most used keys, then help, back and quit, always; the row above
/// it (beside the typing badge; a message then stands above it) the rest, so at
/// 80 columns the meeting screen still offers `a`, `e`, Tab, ^Z, `/`, F6, F7.
struct KeyBar {
    typealias Entry = (keys: String, command: Command)
    /// The bottom row, left to right.
    var bottom: [Entry]
    /// The row above, over the status line; empty when everything fits below.
    var upper: [Entry]
    /// Spaces between entries: two when a row fits so, else one.
    var bottomGap: Int
    var upperGap: Int

    /// Shorter words ("/ Tìm" for "/ Tìm ý kiến") when the full ones do not all fit.
    var short = false

    /// Commands every bar ends with, whatever the width.
    static let essential: Set<Command> = [.save, .cancel, .help, .back, .quit]

    /// The bar for the screen in view: only keys that work now (not "new
    /// opinion" on a closed meeting; the Vietnamese typing key only where
    /// text is typed), the most used first.
    init(_ state: AppState) {
        let all = KeyMap.bar(in: state.keyContext).filter {
            !state.unavailableCommands.contains($0.command) && ($0.command != .toggleTyping || state.takesText)
        }
        // Full words two spaces apart if everything fits so, then tighter, then shorter words.
        self = KeyBar(all, state, short: false, gap: 2)
        for (short, gap) in [(false, 1), (true, 2), (true, 1)] where upper.count + bottom.count < all.count {
            self = KeyBar(all, state, short: short, gap: gap)
        }
    }

    private init(_ all: [Entry], _ state: AppState, short: Bool, gap: Int) {
        self.short = short
        let last = all.filter { Self.essential.contains($0.command) }
        let rest = all.filter { !Self.essential.contains($0.command) }
        func width(_ entries: [Entry], gap: Int) -> Int {
            entries.reduce(0) { $0 + Self.width($1, state, short: short) + gap } - gap
        }
        // Everything on one row, two spaces apart, else one.
        if width(all, gap: 1) <= state.width {
            bottom = rest + last
            upper = []
            bottomGap = width(all, gap: 2) <= state.width ? 2 : 1
            upperGap = 2
            return
        }
        // Two rows: the bottom takes what fits by order before help, back and quit; the rest goes above.
        var room = state.width - width(last, gap: gap) - gap
        var below: [Entry] = []
        var above: [Entry] = []
        for entry in rest {
            let needed = Self.width(entry, state, short: short) + gap
            if above.isEmpty && needed <= room {
                below.append(entry)
                room -= needed
            } else {
                above.append(entry)
            }
        }
        // Above, left of the typing badge: as many as fit, in order.
        let upperRoom = state.width - TextWidth.of(" " + state.typing.settings.badge + " ") - 1
        var kept: [Entry] = []
        for entry in above where width(kept + [entry], gap: gap) <= upperRoom { kept.append(entry) }
        bottom = below + last
        upper = kept
        bottomGap = gap
        upperGap = gap
    }

    /// The words beside a key.
    static func words(_ command: Command, _ state: AppState, short: Bool) -> String {
        let phrase = short ? command.shortPhrase ?? ScreenRenderer.phrase(command, state) : ScreenRenderer.phrase(command, state)
        return state.text(phrase)
    }

    /// An entry's columns without the gap: "F6 Việc giao".
    static func width(_ entry: Entry, _ state: AppState, short: Bool) -> Int {
        TextWidth.of(entry.keys) + 1 + TextWidth.of(words(entry.command, state, short: short))
    }

    /// Every entry shown, the bottom row first.
    func shown(_ state: AppState) -> [Entry] { bottom + upper }

    func draw(_ canvas: inout Canvas, _ state: AppState) {
        canvas.bar("", row: canvas.height - 1, style: .statusBar)
        drawRow(&canvas, state, bottom, row: canvas.height - 1, gap: bottomGap)
        drawRow(&canvas, state, upper, row: canvas.height - 2, gap: upperGap)
    }

    func drawRow(_ canvas: inout Canvas, _ state: AppState, _ entries: [Entry], row: Int, gap: Int) {
        let space = String(repeating: " ", count: gap)
        var x = 0
        for entry in entries {
            x = canvas.put(entry.keys, row: row, column: x, style: .statusKey)
            x = canvas.put(" " + Self.words(entry.command, state, short: short) + space, row: row, column: x, style: .statusBar)
        }
    }

    /// The command of the entry drawn at `row`, `column`, if any.
    func command(atRow row: Int, column: Int, _ state: AppState) -> Command? {
        let (entries, gap): ([Entry], Int)
        if row == state.height - 1 {
            (entries, gap) = (bottom, bottomGap)
        } else if row == state.height - 2 {
            (entries, gap) = (upper, upperGap)
        } else {
            return nil
        }
        var x = 0
        for entry in entries {
            let width = Self.width(entry, state, short: short) + gap
            if column >= x && column < x + width { return entry.command }
            x += width
        }
        return nil
    }
}
