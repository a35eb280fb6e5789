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

    /// Types a printable key (a letter, a composed letter, a paste); false
    /// for any other key. A selected value is replaced.
    public mutating func type(_ key: Key) -> Bool {
        let text: String
        var takeBack = 0
        switch key {
        case .character(let c): text = String(c)
        case .paste(let pasted): text = pasted
        case .composed(let edit):
            text = edit.insert
            takeBack = edit.deleteCount
        default: return false
        }
        if selected { clear() } else { for _ in 0..<takeBack { backspace() } }
        insert(text)
        return true
    }

    /// Carries out a line-editing command of the key table (`.lineEdit`
    /// rows); false when the command is not one.
    public mutating func edit(_ command: Command) -> Bool {
        let wasSelected = selected
        selected = false
        // A selected value goes whole with a key that deletes.
        if wasSelected, [.deleteBackward, .deleteForward, .deleteWord, .deleteToEnd, .clearField].contains(command) {
            clear()
            return true
        }
        switch command {
        case .cursorLeft: moveLeft()
        case .cursorRight: moveRight()
        case .lineStart: moveHome()
        case .lineEnd: moveEnd()
        case .wordLeft: moveWordLeft()
        case .wordRight: moveWordRight()
        case .deleteBackward: backspace()
        case .deleteForward: deleteForward()
        case .deleteWord: deleteWordBackward()
        case .deleteToEnd: characters.removeSubrange(cursor..<characters.count)
        case .clearField: clear()
        default:
            selected = wasSelected
            return false
        }
        return true
    }

    /// Empties the field.
    public mutating func clear() {
        characters = []
        cursor = 0
        selected = false
    }

    /// Applies a key as a line of text takes it: typed, or the command its
    /// row in the key table gives; false when the key is not an edit.
    public mutating func handle(_ key: Key) -> Bool {
        if type(key) { return true }
        guard let command = KeyMap.command(for: key, in: KeyContext(.lineEdit)) else { return false }
        return edit(command)
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
