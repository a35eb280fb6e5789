/// Adding a letter, a sign or a word break to the word, and checking that
/// the word so far can still be Vietnamese.
extension VietnameseTyping {
    var last: Int { slots.count - 1 }

    /// The initial consonant cluster of the word ending at `index`.
    func initial(at index: Int) -> String? {
        slots[index].initialOffset.flatMap { slots[index - $0].consonants }
    }

    /// The final consonant cluster of the word ending at `index`.
    func final(at index: Int) -> String? {
        slots[index].finalOffset.flatMap { slots[index - $0].consonants }
    }

    func toneIndex(_ vowels: String?, open: Bool) -> Int {
        guard let vowels else { return 0 }
        return SyllableRules.toneIndex(vowels, open: open, style: style)
    }

    func vowelCount(_ vowels: String?) -> Int { SyllableRules.vowel(vowels)?.count ?? 1 }

    mutating func push(_ slot: Slot) { slots.append(slot) }

    mutating func moveTone(from old: Int, to new: Int) {
        guard old != new, slots.indices.contains(new) else { return }
        let tone = slots.indices.contains(old) ? slots[old].tone : 0
        slots[new].tone = tone
        if slots.indices.contains(old) { slots[old].tone = 0 }
    }

    /// Adds the key as what it types; true when the text shown is not just the key.
    mutating func append(_ typed: TypedKey) -> Bool {
        switch typed.kind {
        case .reset:
            reset()
            return false
        case .wordBreak:
            spellCheckPaused = false
            return endWord(with: typed)
        case .symbol:
            push(Slot(form: .nonVietnamese, letter: typed.letter, upper: typed.upper, key: typed.key))
            return false
        case .letter:
            guard let letter = typed.letter else { return false }
            if VietnameseLetter.isVowel(letter) {
                if let slot = slots.last, slot.form == .c,
                   (slot.consonants == "q" && letter == "u") || (slot.consonants == "g" && letter == "i") {
                    return appendConsonant(typed, letter)   // the u of qu, the i of gi
                }
                return appendVowel(typed, letter)
            }
            return appendConsonant(typed, letter)
        }
    }

    private mutating func appendVowel(_ typed: TypedKey, _ letter: Character) -> Bool {
        var slot = Slot(form: .nonVietnamese, letter: letter, upper: typed.upper, key: typed.key)
        let plainKey = typed.key.isASCII && typed.key.isLetter
        guard let previous = slots.last else {
            slot.form = .v
            slot.vowelOffset = 0
            slot.vowels = String(letter)
            push(slot)
            return !plainKey
        }
        let at = last
        switch previous.form {
        case .wordBreak:
            slot.form = .v
            slot.vowelOffset = 0
            slot.vowels = String(letter)
        case .nonVietnamese, .vc, .cvc:
            break
        case .v, .cv:
            let vowels = previous.vowels ?? ""
            let start = at - vowelCount(vowels) + 1
            let toneAt = start + toneIndex(vowels, open: true)
            var grown: String? = vowels.count < 3 ? vowels + String(letter) : nil
            if let candidate = grown, !SyllableRules.isVowelCluster(candidate) { grown = nil }
            if grown != nil, previous.form == .cv, !SyllableRules.fits(initial: initial(at: at), vowel: grown) {
                grown = nil
            }
            guard let grown else { break }
            slot.form = previous.form
            slot.initialOffset = previous.form == .cv ? previous.initialOffset.map { $0 + 1 } : nil
            slot.vowelOffset = 0
            slot.vowels = grown
            push(slot)
            if slots[toneAt].tone != 0 {
                let newToneAt = start + toneIndex(grown, open: true)
                if newToneAt != toneAt {
                    moveTone(from: toneAt, to: newToneAt)
                    return true
                }
            }
            return !plainKey
        case .c:
            let vowels = String(letter)
            guard SyllableRules.fits(initial: previous.consonants, vowel: vowels) else { break }
            slot.form = .cv
            slot.initialOffset = 1
            slot.vowelOffset = 0
            slot.vowels = vowels
            if previous.consonants == "gi", previous.tone != 0 {   // gì + a: the tone moves to the vowel
                slot.tone = previous.tone
                slots[at].tone = 0
                push(slot)
                return true
            }
        }
        push(slot)
        return !plainKey
    }

    private mutating func appendConsonant(_ typed: TypedKey, _ letter: Character) -> Bool {
        var slot = Slot(form: .nonVietnamese, letter: letter, upper: typed.upper, key: typed.key)
        guard let previous = slots.last, previous.form != .wordBreak else {
            slot.form = .c
            slot.initialOffset = 0
            slot.consonants = Self.cluster(String(letter))
            push(slot)
            return false
        }
        let at = last
        switch previous.form {
        case .wordBreak, .nonVietnamese:
            push(slot)
            return false
        case .v, .cv:
            let vowels = previous.vowels
            let settled = vowels == "uơ" || vowels == "ưo" ? "ươ" : vowels   // ưo + n: ươn
            let final = Self.cluster(String(letter))   // z is no final: Unikey lets it pass as none
            guard SyllableRules.fits(initial: initial(at: at), vowel: settled, final: final) else {
                push(slot)
                return false
            }
            var reshaped = false
            if vowels == "ưo" {
                slots[at].letter = "ơ"
                slots[at].vowels = "ươ"
                reshaped = true
            } else if vowels == "uơ", at > 0 {
                slots[at - 1].letter = "ư"
                slots[at - 1].vowels = "ư"
                slots[at].vowels = "ươ"
                reshaped = true
            }
            slot.form = previous.form == .v ? .vc : .cvc
            slot.initialOffset = previous.form == .cv ? previous.initialOffset.map { $0 + 1 } : nil
            slot.finalOffset = 0
            slot.vowelOffset = 1
            slot.consonants = final
            push(slot)
            let oldToneAt = at - vowelCount(vowels) + 1 + toneIndex(vowels, open: true)
            if slots.indices.contains(oldToneAt), slots[oldToneAt].tone != 0 {
                let newToneAt = at - vowelCount(settled) + 1 + toneIndex(settled, open: false)
                if newToneAt != oldToneAt {
                    moveTone(from: oldToneAt, to: newToneAt)
                    return true
                }
            }
            return reshaped
        case .c, .vc, .cvc:
            var grown = previous.consonants.map { $0 + String(letter) }
            if let candidate = grown, !SyllableRules.isConsonantCluster(candidate) { grown = nil }
            if let candidate = grown, previous.form != .c {
                let vowels = slots[at - (previous.vowelOffset ?? 0)].vowels
                if !SyllableRules.fits(initial: initial(at: at), vowel: vowels, final: candidate) { grown = nil }
            }
            if let grown {
                slot.form = previous.form
                slot.consonants = grown
                switch previous.form {
                case .c:
                    slot.initialOffset = 0
                case .vc:
                    slot.finalOffset = 0
                    slot.vowelOffset = previous.vowelOffset.map { $0 + 1 }
                default:
                    slot.initialOffset = previous.initialOffset.map { $0 + 1 }
                    slot.finalOffset = 0
                    slot.vowelOffset = previous.vowelOffset.map { $0 + 1 }
                }
            }
            push(slot)
            return false
        }
    }

    static func cluster(_ consonants: String) -> String? {
        SyllableRules.isConsonantCluster(consonants) ? consonants : nil
    }

    /// After `đ` (no spell check), a letter that breaks the word starts a new one.
    mutating func startAgain(_ typed: TypedKey) -> Bool {
        let at = last
        if VietnameseLetter.isVowel(slots[at].letter) {
            slots[at].form = .v
            slots[at].vowelOffset = 0
            slots[at].vowels = slots[at].letter.map { String($0) }
            slots[at].initialOffset = nil
            slots[at].finalOffset = nil
        } else {
            slots[at].form = .c
            slots[at].initialOffset = 0
            slots[at].finalOffset = nil
            slots[at].vowelOffset = nil
            slots[at].consonants = slots[at].letter.flatMap { Self.cluster(String($0)) }
        }
        return !(typed.action == .plain && typed.key.isASCII && typed.key.isLetter)
    }
}
