import Foundation

/// Letters as the typing engine sees them: a lower-case base letter (`a`,
/// `â`, `ư`, `đ`…) without its tone, a tone number, and a case.
enum VietnameseLetter {
    static let vowels: Set<Character> = ["a", "â", "ă", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]

    static func isVowel(_ letter: Character?) -> Bool {
        guard let letter else { return false }
        return vowels.contains(letter)
    }

    /// The letter without its circumflex, horn, breve or bar.
    static func root(_ letter: Character) -> Character {
        switch letter {
        case "â", "ă": return "a"
        case "ê": return "e"
        case "ô", "ơ": return "o"
        case "ư": return "u"
        case "đ": return "d"
        default: return letter
        }
    }

    /// Whether the letter carries a mark of its own (â ă ê ô ơ ư đ).
    static func isMarked(_ letter: Character) -> Bool { root(letter) != letter }

    /// Tones by Unikey's numbers: 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng.
    private static let toneMarks: [Unicode.Scalar] = ["\u{301}", "\u{300}", "\u{309}", "\u{303}", "\u{323}"]

    /// The letter as shown: case applied, tone composed (NFC).
    static func render(_ letter: Character, tone: Int, upper: Bool) -> Character {
        let base = upper ? Character(String(letter).uppercased()) : letter
        guard (1...5).contains(tone) else { return base }
        var scalars = String(base).unicodeScalars
        scalars.append(toneMarks[tone - 1])
        return Character(String(scalars).precomposedStringWithCanonicalMapping)
    }
}
