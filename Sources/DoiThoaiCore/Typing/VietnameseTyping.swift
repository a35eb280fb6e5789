/// The built-in Vietnamese input method: fed one key at a time, it keeps the
/// word being composed and says how to change the text before the cursor.
/// It follows Unikey's rules with Unikey's defaults (spell check, free
/// marking, restoring words that are not Vietnamese; no macros): see
/// README, "Typing Vietnamese".
///
/// Each slot of the word records the shape of the word up to itself (which
/// consonants and vowels it has so far), so taking back a letter needs no
/// re-reading, and the rules read the slots like Unikey reads its buffer.
public struct VietnameseTyping: Equatable, Sendable {
    /// Changing the method or the style forgets the word being composed.
    public var method: TypingMethod { didSet { reset() } }
    public var style: ToneStyle { didSet { reset() } }

    var slots: [Slot] = []
    var strokes: [Stroke] = []
    /// A word with `đ` is never spell-checked: `HĐND`, abbreviations.
    var spellCheckPaused = false
    /// Telex `w` last typed ư on its own: the next `w` tries that first.
    var wTypesLetter = false
    var keysRestored = false
    var restoring = false

    public init(method: TypingMethod = .telex, style: ToneStyle = .classic) {
        self.method = method
        self.style = style
    }

    /// The shape of the word up to a slot.
    enum Form: Equatable, Sendable {
        case wordBreak, nonVietnamese
        /// Initial consonants only; vowels only; initial + vowels; vowels + final; all three.
        case c, v, cv, vc, cvc
    }

    struct Slot: Equatable, Sendable {
        var form: Form
        var letter: Character?
        var upper: Bool
        var tone = 0
        var key: Character
        /// How far back the last letter of the initial consonant, of the
        /// vowels, and of the final consonant stand.
        var initialOffset: Int?
        var vowelOffset: Int?
        var finalOffset: Int?
        /// The vowel cluster ending here (on vowel slots), the consonant
        /// cluster ending here (on consonant slots).
        var vowels: String?
        var consonants: String?

        var shown: Character {
            guard let letter else { return key }
            return VietnameseLetter.render(letter, tone: tone, upper: upper)
        }
    }

    struct Stroke: Equatable, Sendable {
        var key: Character
        var kind: TypedKey.Kind
        var converted: Bool
    }

    /// True when no word is being composed.
    public var isIdle: Bool { slots.isEmpty }

    /// The word (and the words before it since the last reset) as shown.
    var shown: [Character] { slots.map(\.shown) }

    // MARK: - Keys

    /// Types one key; returns the change to make before the cursor.
    public mutating func type(_ key: Character) -> TypingEdit {
        var typed = TypedKey(key, method: method)
        if typed.kind == .reset {
            reset()
            return TypingEdit(insert: String(key))
        }
        trimOldWords()
        let before = shown
        keysRestored = false
        var changed = perform(&typed)
        if let last = slots.last, last.form == .nonVietnamese, typed.kind == .letter, spellCheckPaused {
            changed = startAgain(typed)
        }
        if !slots.isEmpty {
            strokes.append(Stroke(key: key, kind: TypedKey.kind(of: key), converted: changed && !keysRestored))
        }
        return TypingEdit.between(before, shown)
    }

    /// The word ends without a key of its own (the cursor moved, the field
    /// is left): a word that is not Vietnamese goes back to the keys typed.
    public mutating func endWord() -> TypingEdit {
        guard !slots.isEmpty else { return .none }
        let before = shown
        if !restoring, lastWordIsForeign() { _ = restoreKeys() }
        let edit = TypingEdit.between(before, shown)
        reset()
        return edit
    }

    /// Forgets the word being composed (the text stays as it is).
    public mutating func reset() {
        slots.removeAll()
        strokes.removeAll()
        spellCheckPaused = false
    }

    /// A whole line typed key by key, the end of the line ending its last
    /// word. Like Unikey, what `w` did last carries over to the next line.
    public mutating func typeLine(_ line: String) -> String {
        reset()
        var text: [Character] = []
        for key in line { type(key).apply(to: &text) }
        endWord().apply(to: &text)
        return String(text)
    }

    /// Keeps the slots short: words before the last few are forgotten.
    private mutating func trimOldWords() {
        guard slots.count > 96 else { return }
        var cut = slots.count / 2
        while cut < slots.count - 1, slots[cut].form != .wordBreak { cut += 1 }
        guard slots[cut].form == .wordBreak else { return reset() }
        slots.removeFirst(cut + 1)
        if strokes.count > 96 { strokes.removeFirst(strokes.count / 2) }
    }
}
