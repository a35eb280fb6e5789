/// One key as the engine reads it: what kind of character it is, and what
/// it asks for under the chosen method.
struct TypedKey {
    /// How a character behaves in a word, by Unikey's classes.
    enum Kind: Equatable, Sendable {
        /// A letter that can be part of a Vietnamese word.
        case letter
        /// Part of a word that cannot be Vietnamese: digits, `f j w`, other signs.
        case symbol
        /// Ends the word: space and punctuation.
        case wordBreak
        /// Forgets everything: control characters, line breaks.
        case reset
    }

    enum Hook: Equatable {
        /// Telex `w`: horn on u and o, breve on a.
        case any
        /// VNI `7`: horn only.
        case horn
        /// VNI `8`: breve only.
        case breve
    }

    enum Action: Equatable {
        case plain
        /// A circumflex; `target` is the only letter it may make (Telex `aa`), or any (VNI `6`).
        case roof(target: Character?)
        case hook(Hook)
        case bar
        /// 0 removes the tone, 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng.
        case tone(Int)
        /// Telex `w`: a horn or breve where there is a vowel to take it, else the letter ư.
        case telexW
        /// A key that stands for a letter (Telex `[` ơ, `]` ư).
        case letter(Character)
    }

    let key: Character
    var kind: Kind
    var action: Action
    /// The lower-case letter the key types, if it is a letter.
    var letter: Character?
    var upper: Bool

    init(_ key: Character, method: TypingMethod) {
        self.key = key
        kind = Self.kind(of: key)
        action = Self.action(of: key, method: method)
        letter = Self.letter(of: key)
        upper = key.isUppercase
        if case .letter(let mapped) = action {
            kind = .letter
            letter = mapped
            upper = key == "{" || key == "}"
        }
    }

    /// The same key read as a plain character (for restoring what was typed).
    static func plain(_ key: Character) -> TypedKey {
        var typed = TypedKey(key, method: .telex)
        typed.kind = kind(of: key)
        typed.action = .plain
        typed.letter = letter(of: key)
        typed.upper = key.isUppercase
        return typed
    }

    private static let wordBreaks: Set<Character> = [
        ",", ";", ":", ".", "\"", "'", "!", "?", " ", "<", ">", "=", "+", "-", "*", "/", "\\",
        "_", "@", "#", "$", "%", "&", "(", ")", "{", "}", "[", "]", "|",
    ]

    static func kind(of key: Character) -> Kind {
        guard key.isASCII, let value = key.asciiValue else { return .symbol }
        if value < 32 || value == 127 { return .reset }
        if wordBreaks.contains(key) { return .wordBreak }
        guard key.isLetter else { return .symbol }
        return "fjwFJW".contains(key) ? .symbol : .letter
    }

    private static func letter(of key: Character) -> Character? {
        guard key.isASCII, key.isLetter else { return nil }
        return Character(key.lowercased())
    }

    private static func action(of key: Character, method: TypingMethod) -> Action {
        switch method {
        case .telex:
            switch key {
            case "z", "Z": return .tone(0)
            case "s", "S": return .tone(1)
            case "f", "F": return .tone(2)
            case "r", "R": return .tone(3)
            case "x", "X": return .tone(4)
            case "j", "J": return .tone(5)
            case "w", "W": return .telexW
            case "a", "A": return .roof(target: "â")
            case "e", "E": return .roof(target: "ê")
            case "o", "O": return .roof(target: "ô")
            case "d", "D": return .bar
            case "[": return .letter("ơ")
            case "]": return .letter("ư")
            case "{": return .letter("ơ")
            case "}": return .letter("ư")
            default: return .plain
            }
        case .vni:
            switch key {
            case "0", "1", "2", "3", "4", "5": return .tone(Int(key.asciiValue ?? 48) - 48)
            case "6": return .roof(target: nil)
            case "7": return .hook(.horn)
            case "8": return .hook(.breve)
            case "9": return .bar
            default: return .plain
            }
        }
    }
}
