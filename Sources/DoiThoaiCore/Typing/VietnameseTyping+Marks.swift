/// The keys that mark: circumflex, horn and breve, the bar of đ, tones, and
/// Telex's `w` and `[` `]`. A mark typed again is taken back and the key
/// typed as a letter (`aa` â, `aaa` aa).
extension VietnameseTyping {
    mutating func perform(_ typed: inout TypedKey) -> Bool {
        switch typed.action {
        case .plain: return append(typed)
        case .roof(let target): return roof(typed, target: target)
        case .hook(let kind): return hook(typed, kind: kind)
        case .bar: return bar(typed)
        case .tone(let tone): return setTone(typed, tone)
        case .telexW: return telexW(&typed)
        case .letter: return mapLetter(&typed)
        }
    }

    /// Where the vowels of the word ending at the last slot are.
    private func vowelSpan() -> (start: Int, end: Int, vowels: String)? {
        guard let offset = slots.last?.vowelOffset else { return nil }
        let end = last - offset
        guard let vowels = slots[end].vowels else { return nil }
        return (end - vowelCount(vowels) + 1, end, vowels)
    }

    /// Rewrites the vowel slots after a change and moves the tone where the new cluster wants it.
    private mutating func settle(_ span: (start: Int, end: Int, vowels: String), to vowels: String) {
        let open = span.end == last
        let oldToneAt = span.start + toneIndex(span.vowels, open: open)
        let letters = Array(vowels)
        for index in letters.indices where span.start + index < slots.count {
            slots[span.start + index].vowels = String(letters[...index])
        }
        let newToneAt = span.start + toneIndex(vowels, open: open)
        if slots[oldToneAt].tone != 0 { moveTone(from: oldToneAt, to: newToneAt) }
    }

    private func lettersOf(_ span: (start: Int, end: Int, vowels: String)) -> String {
        String(slots[span.start...span.end].compactMap(\.letter))
    }

    private mutating func undone(_ typed: TypedKey) -> Bool {
        spellCheckPaused = false
        _ = append(typed)
        return true
    }

    private mutating func roof(_ typed: TypedKey, target: Character?) -> Bool {
        guard let span = vowelSpan(), let cluster = SyllableRules.vowel(span.vowels) else { return append(typed) }
        let throughHorn = ["ưo", "ươ", "ưoi", "ươi"].contains(span.vowels)   // ươ + roof: uô
        let roofed = throughHorn ? "uô" + cluster.letters.dropFirst(2).map(String.init).joined() : cluster.withRoof
        guard let roofed, let next = SyllableRules.vowel(roofed), let roofAt = next.roofIndex else {
            guard let roofAt = cluster.roofIndex else { return append(typed) }
            let letter = slots[span.start + roofAt].letter ?? "a"
            if let target, letter != target { return append(typed) }
            slots[span.start + roofAt].letter = VietnameseLetter.root(letter)
            settle(span, to: lettersOf(span))
            return undone(typed)
        }
        if let target, next.letters[roofAt] != target { return append(typed) }
        guard SyllableRules.fits(initial: initial(at: last), vowel: roofed, final: final(at: last)) else {
            return append(typed)
        }
        if throughHorn {
            slots[span.start].letter = "u"
            slots[span.start + 1].letter = "ô"
        } else {
            slots[span.start + roofAt].letter = next.letters[roofAt]
        }
        settle(span, to: roofed)
        return true
    }

    private mutating func hook(_ typed: TypedKey, kind: TypedKey.Hook) -> Bool {
        guard let span = vowelSpan(), let cluster = SyllableRules.vowel(span.vowels) else { return append(typed) }
        let v = cluster.letters
        if v.count > 1, kind != .breve, v[0] == "u" || v[0] == "ư", v[1] == "o" || v[1] == "ơ" || v[1] == "ô" {
            return hookUO(typed, span: span, letters: v)
        }
        guard let hooked = cluster.withHook, let next = SyllableRules.vowel(hooked), let hookAt = next.hookIndex else {
            guard let hookAt = cluster.hookIndex else { return append(typed) }
            let letter = slots[span.start + hookAt].letter ?? "a"
            if kind == .breve, letter != "ă" { return append(typed) }
            if kind == .horn, letter == "ă" { return append(typed) }
            slots[span.start + hookAt].letter = VietnameseLetter.root(letter)
            settle(span, to: lettersOf(span))
            return undone(typed)
        }
        let letter = next.letters[hookAt]
        if kind == .breve, letter != "ă" { return append(typed) }
        if kind == .horn, letter == "ă" { return append(typed) }
        guard SyllableRules.fits(initial: initial(at: last), vowel: hooked, final: final(at: last)) else {
            return append(typed)
        }
        slots[span.start + hookAt].letter = letter
        settle(span, to: hooked)
        return true
    }

    /// Horns on `uo`: both letters at once (`uow` ươ), or only the o after
    /// `th` at the end of a word (`thuow` thuơ, as in thuở).
    private mutating func hookUO(_ typed: TypedKey, span: (start: Int, end: Int, vowels: String),
                                 letters v: [Character]) -> Bool {
        let rest = v.dropFirst(2).map(String.init).joined()
        var removed = false
        var result: String?
        if v[0] == "u" {
            if v[1] == "o" || v[1] == "ô" {
                let afterTh = span.end == last && slots[last].form == .cv && last >= 2
                    && slots[last - 2].consonants == "th"
                if (span.vowels == "uo" || span.vowels == "uô") && afterTh {
                    result = "uơ"
                    slots[span.start + 1].letter = "ơ"
                } else {
                    result = SyllableRules.vowel(span.vowels)?.withHook.flatMap { SyllableRules.vowel($0)?.withHook }
                    slots[span.start].letter = "ư"
                    slots[span.start + 1].letter = "ơ"
                }
            } else {
                result = SyllableRules.vowel(span.vowels)?.withHook
                slots[span.start].letter = "ư"
            }
        } else if v[1] == "o" {
            result = SyllableRules.vowel(span.vowels)?.withHook
            slots[span.start + 1].letter = "ơ"
        } else {
            result = "uo" + rest
            slots[span.start].letter = "u"
            slots[span.start + 1].letter = "o"
            removed = true
        }
        settle(span, to: result ?? lettersOf(span))
        return removed ? undone(typed) : true
    }

    private mutating func setTone(_ typed: TypedKey, _ tone: Int) -> Bool {
        guard let slot = slots.last else { return append(typed) }
        if slot.form == .c, slot.consonants == "gi" || slot.consonants == "gin" {   // gì, gìn
            let at = slot.consonants == "gi" ? last : last - 1
            if slots[at].tone == 0 && tone == 0 { return append(typed) }
            if slots[at].tone == tone {
                slots[at].tone = 0
                return undone(typed)
            }
            slots[at].tone = tone
            return true
        }
        guard let span = vowelSpan() else { return append(typed) }
        if slot.form == .vc || slot.form == .cvc, let final = slot.consonants,
           ["c", "ch", "p", "t"].contains(final), [2, 3, 4].contains(tone) {
            return append(typed)   // no huyền, hỏi or ngã before c, ch, p, t
        }
        let at = span.start + toneIndex(span.vowels, open: span.end == last)
        if slots[at].tone == 0 && tone == 0 { return append(typed) }
        if slots[at].tone == tone {
            slots[at].tone = 0
            return undone(typed)
        }
        slots[at].tone = tone
        return true
    }

    /// `dd` đ, also with letters between (`dand` đan); `ddd` dd.
    private mutating func bar(_ typed: TypedKey) -> Bool {
        guard let slot = slots.last else { return append(typed) }
        let before = last > 0 ? slots[last - 1].letter : nil
        if slot.form == .nonVietnamese, slot.letter == "d", !VietnameseLetter.isVowel(before) {
            spellCheckPaused = true   // d inside an abbreviation: HDDND → HĐND
            slots[last].consonants = "đ"
            slots[last].letter = "đ"
            slots[last].form = .c
            slots[last].initialOffset = 0
            slots[last].finalOffset = nil
            slots[last].vowelOffset = nil
            return true
        }
        guard let offset = slot.initialOffset else { return append(typed) }
        let at = last - offset
        if slots[at].consonants == "d" {
            slots[at].consonants = "đ"
            slots[at].letter = "đ"
            spellCheckPaused = true   // a word with đ is never spell-checked
            return true
        }
        if slots[at].consonants == "đ" {
            slots[at].consonants = "d"
            slots[at].letter = "d"
            return undone(typed)
        }
        return append(typed)
    }
}
