import Foundation

/// Vietnamese alphabetical order, as in a dictionary: a < ă < â < b < c < d
/// < đ < e < ê … o < ô < ơ … u < ư < v; letters first, then tones break ties
/// (none, huyền, hỏi, ngã, sắc, nặng), then case. Used wherever names are
/// sorted (topics, reports, lists), so "Cấp giấy phép…" comes before
/// "Chính sách…" and "Đăng ký kinh doanh" after "Dịch vụ…", not last.
public enum VietnameseCollation {
    /// Whether `a` comes before `b`.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        let ka = key(a), kb = key(b)
        if ka.letters != kb.letters { return ka.letters.lexicographicallyPrecedes(kb.letters) }
        if ka.tones != kb.tones { return ka.tones.lexicographicallyPrecedes(kb.tones) }
        if ka.cases != kb.cases { return ka.cases.lexicographicallyPrecedes(kb.cases) }
        return a < b
    }

    /// `items` in Vietnamese order of `name`.
    public static func sorted<T>(_ items: [T], by name: (T) -> String) -> [T] {
        items.map { (SortKey(name($0)), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// A name's place in Vietnamese order, worked out once: keep it where
    /// the same names are sorted again and again (a province's speakers).
    /// The letters, the tones and the case are laid end to end in one
    /// string of bytes, so that two names compare in one pass: each letter
    /// in three bytes whose first is never 0, and a 0 after the letters and
    /// after the tones (a name that is the start of another comes first).
    public struct SortKey: Comparable, Sendable {
        let bytes: [UInt8]
        let text: String

        public init(_ text: String) {
            let key = VietnameseCollation.key(text)
            var bytes: [UInt8] = []
            bytes.reserveCapacity(key.letters.count * 5 + 2)
            for letter in key.letters {
                bytes.append(UInt8(truncatingIfNeeded: letter >> 16) &+ 1)
                bytes.append(UInt8(truncatingIfNeeded: letter >> 8))
                bytes.append(UInt8(truncatingIfNeeded: letter))
            }
            bytes.append(0)
            bytes += key.tones.map { $0 &+ 1 }
            bytes.append(0)
            bytes += key.cases
            self.bytes = bytes
            self.text = text
        }

        public static func < (l: SortKey, r: SortKey) -> Bool {
            let order = l.bytes.withUnsafeBufferPointer { a in
                r.bytes.withUnsafeBufferPointer { b -> Int in
                    for i in 0..<min(a.count, b.count) where a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
                    return a.count - b.count
                }
            }
            return order != 0 ? order < 0 : l.text < r.text
        }

        public static func == (l: SortKey, r: SortKey) -> Bool { l.text == r.text }
    }

    struct Key: Equatable, Sendable {
        var letters: [UInt32] = []
        var tones: [UInt8] = []
        var cases: [UInt8] = []
    }

    /// Tone marks in dictionary order; 0 is no mark.
    static let tones: [UInt32: UInt8] = [0x300: 1, 0x309: 2, 0x303: 3, 0x301: 4, 0x323: 5]

    /// A letter's place, its tone and its case, for every character a
    /// Vietnamese name is written with (ASCII, Latin-1, Latin Extended and
    /// the precomposed Vietnamese letters), worked out once by `slowKey`:
    /// a province's names are collated after every change, and Foundation's
    /// decomposition per character took most of a second.
    private static let letters: [UInt32: (letter: UInt32, tone: UInt8, upper: UInt8)] = {
        var table: [UInt32: (UInt32, UInt8, UInt8)] = [:]
        for range in [0x20...0x7E, 0xC0...0x24F, 0x1EA0...0x1EF9] {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let key = slowKey(String(Character(scalar)))
                guard key.letters.count == 1 else { continue }
                table[UInt32(value)] = (key.letters[0], key.tones[0], key.cases[0])
            }
        }
        return table
    }()

    static func key(_ text: String) -> Key {
        var key = Key()
        key.letters.reserveCapacity(text.utf8.count)
        key.tones.reserveCapacity(text.utf8.count)
        key.cases.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            guard let known = letters[scalar.value] else { return slowKey(text) }  // a combining mark (text not NFC), or rarer letters
            key.letters.append(known.letter)
            key.tones.append(known.tone)
            key.cases.append(known.upper)
        }
        return key
    }

    /// The key character by character through Foundation's decomposition: the reference `letters` is made from.
    static func slowKey(_ text: String) -> Key {
        var key = Key()
        for character in text {
            let scalars = Array(String(character).decomposedStringWithCanonicalMapping.unicodeScalars)
            guard var base = scalars.first else { continue }
            var variant: UInt32 = 0
            var tone: UInt8 = 0
            let upper = base.properties.isUppercase
            if base == "Đ" || base == "đ" { base = "d"; variant = 1 }
            let lower = Unicode.Scalar(String(base).lowercased().unicodeScalars.first?.value ?? base.value) ?? base
            for mark in scalars.dropFirst() {
                switch mark.value {
                case 0x306: variant = 1                                 // ă
                case 0x302: variant = lower == "a" ? 2 : 1             // â after ă; ê, ô
                case 0x31B: variant = lower == "o" ? 2 : 1             // ơ after ô; ư
                default: if let t = tones[mark.value] { tone = t }
                }
            }
            key.letters.append(lower.value * 4 + variant)
            key.tones.append(tone)
            key.cases.append(upper ? 1 : 0)
        }
        return key
    }
}
