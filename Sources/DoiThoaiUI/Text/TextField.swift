import DoiThoaiCore
/// A one-line text being edited, by grapheme: one Backspace removes one
/// visible letter with all its marks; ← and → move one letter.
public struct TextField: Equatable, Sendable {
    public private(set) var characters: [Character]
    /// Index in `characters` where the next letter goes.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(Self.clean(text))
        cursor = characters.count
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    public mutating func set(_ text: String) {
        characters = Array(Self.clean(text))
        cursor = characters.count
    }

    /// Inserts typed or pasted text; line breaks and control characters become spaces.
    public mutating func insert(_ text: String) {
        let new = Array(Self.clean(text))
        characters.insert(contentsOf: new, at: cursor)
        cursor += new.count
        recombine()
    }

    public mutating func backspace() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
    public mutating func moveHome() { cursor = 0 }
    public mutating func moveEnd() { cursor = characters.count }

    /// To the start of the previous word.
    public mutating func moveWordLeft() {
        while cursor > 0, characters[cursor - 1] == " " { cursor -= 1 }
        while cursor > 0, characters[cursor - 1] != " " { cursor -= 1 }
    }

    /// To the end of the next word.
    public mutating func moveWordRight() {
        while cursor < characters.count, characters[cursor] == " " { cursor += 1 }
        while cursor < characters.count, characters[cursor] != " " { cursor += 1 }
    }

    /// Deletes the word before the cursor (Ctrl-W).
    public mutating func deleteWordBackward() {
        let end = cursor
        moveWordLeft()
        characters.removeSubrange(cursor..<end)
    }

    /// The whole value is selected (a prefilled field just entered, as in a
    /// spreadsheet cell): typing replaces it, Backspace clears it, a
    /// movement key keeps it and moves the cursor.
    public var selected = false

    /// Selects the whole value, when there is one.
    public mutating func selectAll() {
        selected = !characters.isEmpty
        cursor = characters.count
    }

    /// Applies an editing key; returns false when the key is not an edit.
    public mutating func handle(_ key: Key) -> Bool {
        if selected {
            switch key {
            case .character, .paste, .composed, .backspace, .delete:
                selected = false
                characters = []
                cursor = 0
                if case .backspace = key { return true }
                if case .delete = key { return true }
            case .left, .right, .home, .end, .control("a"), .control("e"), .controlLeft, .controlRight,
                 .alt("b"), .alt("f"), .control("w"), .control("u"), .control("k"):
                selected = false
            default:
                return false
            }
        }
        switch key {
        case .character(let c): insert(String(c))
        case .paste(let text): insert(text)
        case .composed(let edit):
            for _ in 0..<edit.deleteCount { backspace() }
            insert(edit.insert)
        case .backspace: backspace()
        case .delete: deleteForward()
        case .left: moveLeft()
        case .right: moveRight()
        case .home, .control("a"): moveHome()
        case .end, .control("e"): moveEnd()
        case .controlLeft, .alt("b"): moveWordLeft()
        case .controlRight, .alt("f"): moveWordRight()
        case .control("w"): deleteWordBackward()
        case .control("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .control("k"): characters.removeSubrange(cursor..<characters.count)
        default: return false
        }
        return true
    }

    /// A combining mark typed on its own joins the letter before it, so the
    /// text stays one Character per visible letter.
    private mutating func recombine() {
        guard characters.contains(where: { $0.unicodeScalars.first.map(Self.isMark) ?? false }) else { return }
        let before = String(characters[..<cursor]).count
        let joined = String(characters)
        characters = Array(joined)
        cursor = min(characters.count, before)
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool { (0x300...0x36F).contains(scalar.value) }

    /// Text a one-line field may hold: control characters and line breaks become spaces.
    static func clean(_ text: String) -> String {
        // Line breaks and tabs become spaces; other control and bidi characters are dropped.
        ControlCharacters.cleaned(text, singleLine: true)
    }

    /// The columns before the cursor (where the terminal cursor stands).
    public var cursorColumn: Int { TextWidth.of(String(characters[..<cursor])) }

    /// What to show in `columns`: scrolled so the cursor stays in view.
    public func visible(in columns: Int) -> (text: String, cursorColumn: Int) {
        let full = cursorColumn
        guard columns > 1 else { return ("", 0) }
        if TextWidth.of(text) < columns { return (text, full) }
        var start = 0
        var before = full
        while before >= columns - 1, start < cursor {
            before -= TextWidth.of(characters[start])
            start += 1
        }
        let shown = TextWidth.truncate(String(characters[start...]), to: columns)
        return (shown, before)
    }
}
