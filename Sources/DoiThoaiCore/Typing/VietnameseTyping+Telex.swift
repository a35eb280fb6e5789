/// Telex's keys that type a letter: `w` alone ư (`ww` w), `[` ơ, `]` ư.
extension VietnameseTyping {
    /// Types the key's letter if it makes a Vietnamese word; otherwise the
    /// key itself, taking back the letter if it was just typed (`[[` `[`).
    mutating func mapLetter(_ typed: inout TypedKey) -> Bool {
        let changed = append(typed)
        if let slot = slots.last, slot.form != .wordBreak, slot.form != .nonVietnamese { return true }
        guard !slots.isEmpty else { return changed }
        slots.removeLast()
        var undo = false
        if let slot = slots.last, slot.form != .wordBreak, slot.form != .nonVietnamese,
           slot.letter == typed.letter, slot.upper == typed.upper {
            if slot.form != .c, let offset = slot.vowelOffset, let vowels = slots[last - offset].vowels {
                let end = last - offset
                let start = end - vowelCount(vowels) + 1
                let toneAt = start + toneIndex(vowels, open: end == last)
                let tone = slots[toneAt].tone
                slots.removeLast()
                if tone != 0, let now = slots.last, now.form == .v || now.form == .cv {
                    let newToneAt = start + toneIndex(now.vowels, open: true)
                    if newToneAt != toneAt {
                        slots[newToneAt].tone = tone
                        if slots.indices.contains(toneAt) { slots[toneAt].tone = 0 }
                    }
                }
            } else {
                slots.removeLast()
            }
            undo = true
        }
        typed = TypedKey.plain(typed.key)
        let plain = append(typed)
        if undo {
            spellCheckPaused = false
            return true
        }
        return plain
    }

    /// `w`: a horn or breve on the vowels before it, else the letter ư.
    mutating func telexW(_ typed: inout TypedKey) -> Bool {
        let asLetter: (TypedKey) -> TypedKey = { key in
            var letter = key
            letter.action = .letter("ư")
            letter.letter = "ư"
            letter.kind = .letter
            letter.upper = key.key.isUppercase
            return letter
        }
        if wTypesLetter {
            typed = asLetter(typed)
            if mapLetter(&typed) { return true }
            if !slots.isEmpty { slots.removeLast() }
            wTypesLetter = false
            typed.action = .hook(.any)
            return perform(&typed)
        }
        typed.action = .hook(.any)
        wTypesLetter = false
        if perform(&typed) { return true }
        if !slots.isEmpty { slots.removeLast() }
        typed = asLetter(typed)
        wTypesLetter = true
        return mapLetter(&typed)
    }
}
