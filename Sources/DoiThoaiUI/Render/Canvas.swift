import DoiThoaiCore
/// A grid of cells that a screen draws into; the backend draws only the
/// cells that differ from the previous frame. `plainText` makes any screen
/// testable as text, without a terminal.
public struct Canvas: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should stand (a text field being edited).
    public var cursor: (row: Int, column: Int)? {
        get { cursorRow.map { ($0, cursorColumn) } }
        set {
            cursorRow = newValue?.row
            cursorColumn = newValue?.column ?? 0
        }
    }
    private var cursorRow: Int?
    private var cursorColumn = 0
    /// While set, only these rows are drawn on: a part of the screen that
    /// scrolls (a form) never draws over the lines around it.
    public var clip: Range<Int>?

    private func drawable(_ row: Int) -> Bool { row >= 0 && row < height && (clip?.contains(row) ?? true) }

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * width + column]
    }

    /// Writes `text` from (row, column), clipped at `limit` columns (default:
    /// the right edge). Returns the column after the last cell written.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, style: Style = .normal,
                             limit: Int? = nil) -> Int {
        guard drawable(row) else { return column }
        let end = min(width, limit.map { column + $0 } ?? width)
        var x = column
        for character in text {
            if character == "\n" || character == "\r" || character == "\t" {
                if x >= 0 && x < end { cells[row * width + x] = Cell(" ", style: style) }
                x += 1
                continue
            }
            // Control and bidi characters (a hand-edited or crafted file) never reach the terminal: a visible mark instead.
            if character.unicodeScalars.contains(where: ControlCharacters.isUnsafe) {
                if x >= 0 && x < end { cells[row * width + x] = Cell("\u{FFFD}", style: style) }
                x += 1
                continue
            }
            let w = TextWidth.of(character)
            if w == 0 { continue }
            if x + w > end { break }
            if x >= 0 {
                cells[row * width + x] = Cell(String(character), style: style)
                if w == 2 { cells[row * width + x + 1] = Cell("", style: style) }
            }
            x += w
        }
        return x
    }

    /// Fills a rectangle's cells with spaces of `style`.
    public mutating func fill(row: Int, column: Int, width w: Int, height h: Int, style: Style) {
        for y in max(0, row)..<min(height, row + h) where drawable(y) {
            for x in max(0, column)..<min(width, column + w) {
                cells[y * width + x] = Cell(" ", style: style)
            }
        }
    }

    /// A whole-row strip of `style`, then `text` on it.
    public mutating func bar(_ text: String, row: Int, style: Style) {
        fill(row: row, column: 0, width: width, height: 1, style: style)
        put(text, row: row, column: 0, style: style)
    }

    /// The screen as text, one line per row, trailing spaces removed.
    public var plainText: String {
        var lines: [String] = []
        for y in 0..<height {
            var line = ""
            for x in 0..<width {
                let cell = cells[y * width + x]
                if !cell.isContinuation { line += cell.text }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    public static func == (lhs: Canvas, rhs: Canvas) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells
            && lhs.cursorRow == rhs.cursorRow && lhs.cursorColumn == rhs.cursorColumn
    }
}
