import DoiThoaiCore
/// A multi-line text being edited (an opinion, a conclusion): word wrap at
/// the field's width, cursor by letter, word and line, Backspace and Delete
/// by grapheme, paste of long text, no practical limit on length.
public struct TextEditor: Equatable, Sendable {
    public private(set) var characters: [Character]
    public private(set) var cursor: Int
    /// The column the cursor tries to keep when moving up and down.
    private var goalColumn: Int?

    public init(_ text: String = "") {
        characters = Array(Self.clean(text))
        cursor = characters.count
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.allSatisfy { $0 == " " || $0 == "\n" } }

    /// One visual line: characters[start..<end], not counting the line break.
    public struct Line: Equatable, Sendable {
        public var start: Int
        public var end: Int
    }

    /// The visual lines at `width` columns, broken at spaces where possible.
    public func layout(width: Int) -> [Line] {
        let columns = max(1, width)
        var lines: [Line] = []
        var start = 0
        var used = 0
        var lastSpace: Int?
        var index = 0
        while index < characters.count {
            let c = characters[index]
            if c == "\n" {
                lines.append(Line(start: start, end: index))
                start = index + 1
                used = 0
                lastSpace = nil
                index += 1
                continue
            }
            let w = TextWidth.of(c)
            if used + w > columns && index > start {
                if let space = lastSpace, space > start {
                    lines.append(Line(start: start, end: space + 1))
                    start = space + 1
                } else {
                    lines.append(Line(start: start, end: index))
                    start = index
                }
                used = TextWidth.of(String(characters[start..<index]))
                lastSpace = nil
                continue
            }
            if c == " " { lastSpace = index }
            used += w
            index += 1
        }
        lines.append(Line(start: start, end: characters.count))
        return lines
    }

    /// The visual line and column of the cursor at `width`.
    public func cursorPosition(width: Int) -> (line: Int, column: Int) {
        let lines = layout(width: width)
        let row = lineIndex(of: cursor, in: lines)
        let line = lines[row]
        return (row, TextWidth.of(String(characters[line.start..<min(cursor, line.end)])))
    }

    private func lineIndex(of position: Int, in lines: [Line]) -> Int {
        // The last line that starts at or before the position.
        var low = 0
        var high = lines.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lines[mid].start <= position { low = mid } else { high = mid - 1 }
        }
        return low
    }

    public mutating func insert(_ text: String) {
        let new = Array(Self.clean(text))
        characters.insert(contentsOf: new, at: cursor)
        cursor += new.count
        goalColumn = nil
        if new.contains(where: { $0.unicodeScalars.first.map(TextField.isMark) ?? false }) {
            let before = String(characters[..<cursor]).count
            characters = Array(String(characters))
            cursor = min(characters.count, before)
        }
    }

    public mutating func backspace() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
        goalColumn = nil
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
        goalColumn = nil
    }

    /// Moves up or down `count` visual lines at `width`, keeping the column.
    public mutating func moveLines(_ count: Int, width: Int) {
        let lines = layout(width: width)
        let row = lineIndex(of: cursor, in: lines)
        let line = lines[row]
        let column = goalColumn ?? TextWidth.of(String(characters[line.start..<min(cursor, line.end)]))
        let target = min(max(0, row + count), lines.count - 1)
        let targetLine = lines[target]
        var position = targetLine.start
        var used = 0
        while position < targetLine.end {
            let c = characters[position]
            if c == "\n" { break }
            let w = TextWidth.of(c)
            if used + w > column { break }
            used += w
            position += 1
        }
        // A wrapped line's trailing space belongs to it; stay before the next line's start.
        if target < lines.count - 1, position == targetLine.end, targetLine.end == lines[target + 1].start,
           position > targetLine.start {
            position -= 1
        }
        cursor = position
        goalColumn = column
    }

    public mutating func moveLineStart(width: Int) {
        let lines = layout(width: width)
        cursor = lines[lineIndex(of: cursor, in: lines)].start
        goalColumn = nil
    }

    public mutating func moveLineEnd(width: Int) {
        let lines = layout(width: width)
        let row = lineIndex(of: cursor, in: lines)
        var end = lines[row].end
        if row < lines.count - 1, end == lines[row + 1].start, end > lines[row].start { end -= 1 }
        cursor = end
        goalColumn = nil
    }

    public mutating func moveWordLeft() {
        while cursor > 0, characters[cursor - 1].isWhitespace { cursor -= 1 }
        while cursor > 0, !characters[cursor - 1].isWhitespace { cursor -= 1 }
        goalColumn = nil
    }

    public mutating func moveWordRight() {
        while cursor < characters.count, characters[cursor].isWhitespace { cursor += 1 }
        while cursor < characters.count, !characters[cursor].isWhitespace { cursor += 1 }
        goalColumn = nil
    }

    /// Deletes the word before the cursor.
    public mutating func deleteWordBackward() {
        let end = cursor
        moveWordLeft()
        characters.removeSubrange(cursor..<end)
    }

    /// Deletes to the end of the line (the line break itself when the
    /// cursor stands on it, joining the next line).
    public mutating func deleteToLineEnd() {
        let end = characters[cursor...].firstIndex(of: "\n") ?? characters.count
        characters.removeSubrange(cursor..<(end == cursor ? min(end + 1, characters.count) : end))
        goalColumn = nil
    }

    /// Types a printable key (a letter, a composed letter, a paste); false for any other key.
    public mutating func type(_ key: Key) -> Bool {
        switch key {
        case .character(let c): insert(String(c))
        case .paste(let text): insert(text)
        case .composed(let edit):
            for _ in 0..<edit.deleteCount { backspace() }
            insert(edit.insert)
        default: return false
        }
        return true
    }

    /// Carries out a command of the key table's `.textEditor` rows at
    /// `width` columns and `height` visible lines; false when it is not one.
    public mutating func edit(_ command: Command, width: Int, height: Int) -> Bool {
        switch command {
        case .newLine: insert("\n")
        case .deleteBackward: backspace()
        case .deleteForward: deleteForward()
        case .cursorLeft:
            cursor = max(0, cursor - 1)
            goalColumn = nil
        case .cursorRight:
            cursor = min(characters.count, cursor + 1)
            goalColumn = nil
        case .up: moveLines(-1, width: width)
        case .down: moveLines(1, width: width)
        case .pageUp: moveLines(-max(1, height - 1), width: width)
        case .pageDown: moveLines(max(1, height - 1), width: width)
        case .lineStart: moveLineStart(width: width)
        case .lineEnd: moveLineEnd(width: width)
        case .wordLeft: moveWordLeft()
        case .wordRight: moveWordRight()
        case .deleteWord: deleteWordBackward()
        case .deleteToEnd: deleteToLineEnd()
        default: return false
        }
        return true
    }

    /// Applies a key as a long text takes it: typed, or the command its row
    /// in the key table gives; false when the key is not an edit.
    public mutating func handle(_ key: Key, width: Int, height: Int) -> Bool {
        if type(key) { return true }
        guard let row = KeyMap.binding(for: key, in: KeyContext(.form, parts: [.textEditor])),
              row.scope == .textEditor else { return false }
        return edit(row.command, width: width, height: height)
    }

    /// Line breaks kept (CR LF and CR become LF), tabs become spaces, other
    /// control and bidi characters are dropped (ControlCharacters).
    static func clean(_ text: String) -> String {
        let cleaned = ControlCharacters.cleaned(text)
        return cleaned.contains("\t") ? cleaned.replacingOccurrences(of: "\t", with: " ") : cleaned
    }
}

private extension String {
    func replacingCRLF() -> String {
        var result = String.UnicodeScalarView()
        var previousCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                result.append("\n")
                previousCR = true
                continue
            }
            if scalar == "\n" && previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            result.append(scalar)
        }
        return String(result)
    }
}
