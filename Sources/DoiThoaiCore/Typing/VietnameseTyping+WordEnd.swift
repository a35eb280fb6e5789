/// The end of a word (spell check, restoring the keys of a word that is not
/// Vietnamese) and Backspace.
extension VietnameseTyping {
    /// A space or a punctuation mark ends the word (and the word with đ
    /// that was not spell-checked while typed is checked now).
    mutating func endWord(with typed: TypedKey) -> Bool {
        let wordBreak = Slot(form: .wordBreak, letter: typed.letter, upper: typed.upper, key: typed.key)
        if slots.isEmpty || restoring {
            push(wordBreak)
            return false
        }
        if lastWordIsForeign(), restoreKeys() { keysRestored = true }
        push(wordBreak)
        return keysRestored
    }

    /// Puts back the keys typed for the last word, as plain letters.
    mutating func restoreKeys() -> Bool {
        guard lastWordHasMark() else { return false }
        var start = strokes.count
        var converted = false
        while start > 0, strokes[start - 1].kind != .wordBreak {
            start -= 1
            if strokes[start].converted { converted = true }
        }
        guard converted else { return false }
        while let slot = slots.last, slot.form != .wordBreak { slots.removeLast() }
        restoring = true
        for index in start..<strokes.count {
            strokes[index].converted = false
            _ = append(TypedKey.plain(strokes[index].key))
        }
        restoring = false
        return true
    }

    /// The word ends where it cannot be Vietnamese: letters that are not a
    /// syllable, an unfinished vowel cluster, a stop final with the wrong tone.
    func lastWordIsForeign() -> Bool {
        guard let slot = slots.last else { return false }
        switch slot.form {
        case .nonVietnamese: return true
        case .wordBreak, .c: return false
        case .v, .cv: return SyllableRules.vowel(slot.vowels)?.complete != true
        case .vc, .cvc:
            let end = last - (slot.vowelOffset ?? 0)
            guard let vowels = slots[end].vowels, let cluster = SyllableRules.vowel(vowels),
                  cluster.complete else { return true }
            guard SyllableRules.fits(initial: initial(at: last), vowel: vowels, final: slot.consonants) else {
                return true
            }
            let tone = slots[end - cluster.count + 1 + toneIndex(vowels, open: false)].tone
            return ["c", "ch", "p", "t"].contains(slot.consonants ?? "") && [2, 3, 4].contains(tone)
        }
    }

    /// The last word has a tone or a marked letter (â ă ê ô ơ ư đ).
    func lastWordHasMark() -> Bool {
        for slot in slots.reversed() {
            if slot.form == .wordBreak { break }
            guard let letter = slot.letter else { continue }
            if VietnameseLetter.isVowel(letter), slot.tone != 0 { return true }
            if VietnameseLetter.isMarked(letter) { return true }
        }
        return false
    }

    /// Takes back the last letter shown; the tone moves if the shorter
    /// word wants it elsewhere (`hoàn` ⌫ `hòa`). With no word being
    /// composed it takes back one letter of the text.
    public mutating func backspace() -> TypingEdit {
        guard let slot = slots.last else { return TypingEdit(deleteCount: 1) }
        let before = shown
        let simple = last == 0 || [.wordBreak, .nonVietnamese, .c].contains(slot.form)
            || [.c, .cvc, .vc].contains(slots[last - 1].form)
        if !simple, let offset = slot.vowelOffset, let vowels = slots[last - offset].vowels {
            let end = last - offset
            let start = end - vowelCount(vowels) + 1
            let toneAt = start + toneIndex(vowels, open: end == last)
            let newToneAt = start + toneIndex(slots[last - 1].vowels, open: true)
            let tone = slots[toneAt].tone
            if tone != 0, toneAt != newToneAt, !(toneAt == last && slot.tone != 0) {
                moveTone(from: toneAt, to: newToneAt)
            }
        }
        dropLastSlot()
        return TypingEdit.between(before, shown)
    }

    /// Removes the last slot and, as Unikey does, the last key: a word
    /// restored after Backspace may bring back a key whose letter was taken
    /// back (`taw⌫uwch` → `tauwch`).
    private mutating func dropLastSlot() {
        slots.removeLast()
        if !strokes.isEmpty { strokes.removeLast() }
        if let slot = slots.last, slot.form == .wordBreak {
            while let stroke = strokes.last, stroke.kind != .wordBreak { strokes.removeLast() }
        }
    }
}
