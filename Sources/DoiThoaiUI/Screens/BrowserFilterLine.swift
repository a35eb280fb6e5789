import Foundation
import DoiThoaiCore

/// The line above the opinions browser's results: the filters chosen, one
/// chip each, shortened to fit one line (a period as "2024" or "07/2024"
/// when it is a whole year or month; long names cut in the middle, where
/// "UBND quận Thanh Xuân" keeps both what and where), or, with none, what
/// the filter key offers.
enum BrowserFilterLine {
    /// The narrowest a name is cut to before chips are left off the end.
    static let narrowest = 8

    /// One filter as shown: a label that says what it is (for a name:
    /// "cơ quan: ", "người nói: "), and its value, which may be shortened.
    struct Chip: Equatable {
        enum Kind: Equatable { case fixed, topic, organizer, person }
        var label = ""
        var value: String
        var kind = Kind.fixed

        var text: String { label + value }
        var isName: Bool { kind != .fixed }
    }

    static func draw(_ canvas: inout Canvas, _ state: AppState, row: Int) {
        let width = canvas.width - 1
        let filters = state.browser.filters
        guard !filters.isEmpty else {
            let hint = state.language.text(.browserNoFilters, KeyMap.keys(of: .editFilters, in: state.keyContext))
            canvas.put(TextWidth.truncate(" " + hint, to: width), row: row, column: 0, style: .muted)
            return
        }
        var x = canvas.put(" " + state.text(.browserFiltersLabel) + " ", row: row, column: 0, style: .label)
        for chip in fit(chips(state), width: width - x) {
            x = canvas.put(chip, row: row, column: x, style: .selected) + 1
        }
    }

    /// The chips of the filters chosen, in the form's order.
    static func chips(_ state: AppState) -> [Chip] {
        let f = state.browser.filters
        var chips: [Chip] = []
        if let topic = f.topic {
            chips.append(Chip(value: state.topics.topic(topic)?.name(english: state.language == .en) ?? topic.rawValue, kind: .topic))
        }
        if let period = period(state, from: f.from, to: f.to) { chips.append(Chip(value: period)) }
        // The label is the phrase with its value left out ("cơ quan: %1" → "cơ quan: ").
        if !f.organizer.isEmpty { chips.append(Chip(label: state.language.text(.chipOrganizer, ""), value: f.organizer, kind: .organizer)) }
        if !f.speaker.isEmpty { chips.append(Chip(label: state.language.text(.chipSpeaker, ""), value: f.speaker, kind: .person)) }
        if let kind = f.kind { chips.append(Chip(value: state.text(kind.phrase))) }
        // A disposition is long ("Chuyển cơ quan có thẩm quyền"): cut as a name is.
        if let disposition = f.disposition { chips.append(Chip(value: state.text(disposition.phrase), kind: .topic)) }
        if let followUp = f.followUp { chips.append(Chip(value: state.text(followUp.phrase))) }
        return chips
    }

    /// A period in as few characters as says it: "2024", "2023–2024",
    /// "07/2024", "03/2024–06/2024", "01/03/2024–15/06/2024", "từ 01/03/2024",
    /// "đến 15/06/2024".
    static func period(_ state: AppState, from: Day?, to: Day?) -> String? {
        switch (from, to) {
        case (nil, nil): return nil
        case (let from?, nil): return state.language.text(.chipFrom, from.vietnamese)
        case (nil, let to?): return state.language.text(.chipTo, to.vietnamese)
        case (let from?, let to?):
            let first = (year: String(from.year), month: monthText(from))
            let last = (year: String(to.year), month: monthText(to))
            let years = from == BrowserFilterValue.day(first.year, last: false) && to == BrowserFilterValue.day(last.year, last: true)
            if years { return first.year == last.year ? first.year : first.year + "–" + last.year }
            let months = from == BrowserFilterValue.day(first.month, last: false) && to == BrowserFilterValue.day(last.month, last: true)
            if months { return first.month == last.month ? first.month : first.month + "–" + last.month }
            if from == to { return from.vietnamese }
            return from.vietnamese + "–" + to.vietnamese
        }
    }

    static func monthText(_ day: Day) -> String { (day.month < 10 ? "0" : "") + "\(day.month)/\(day.year)" }

    /// The chips' words shortened until they fit `width` (one space
    /// between them), in steps, each kept only when the one before is not
    /// enough: the names written as a clerk shortens them ("UBND Q. Thanh
    /// Xuân", "Phương Thảo" without "Bà"); then without their labels; then
    /// every name cut to one same width, in the middle, down to
    /// `narrowest`; last, chips left off the end, with a "…" that says so.
    static func fit(_ chips: [Chip], width: Int) -> [String] {
        func needed(_ texts: [String]) -> Int { texts.reduce(0) { $0 + TextWidth.of($1) + 1 } - 1 }
        var current = chips
        if needed(current.map(\.text)) <= width { return current.map(\.text) }
        current = current.map { chip in
            var chip = chip
            switch chip.kind {
            case .organizer: chip.value = ShortNames.organizer(chip.value)
            case .person: chip.value = withoutHonorific(chip.value)
            default: break
            }
            return chip
        }
        if needed(current.map(\.text)) <= width { return current.map(\.text) }
        current = current.map { chip in var chip = chip; chip.label = ""; return chip }
        func cut(_ cap: Int) -> [String] {
            current.map { $0.isName && TextWidth.of($0.value) > cap ? $0.label + cutInMiddle($0.value, to: cap) : $0.text }
        }
        var cap = current.filter(\.isName).map { TextWidth.of($0.value) }.max() ?? 0
        while cap > narrowest && needed(cut(cap)) > width { cap -= 1 }
        var shown = cut(cap)
        while needed(shown) > width, shown.count > 1 {
            shown.removeLast()
            if needed(shown + ["…"]) <= width { return shown + ["…"] }
        }
        return shown
    }

    /// "Bà Nguyễn Thị Thảo" → "Nguyễn Thị Thảo": the name without the word a person is called by.
    static func withoutHonorific(_ name: String) -> String {
        let words = name.split(separator: " ")
        for honorific in Completion.honorifics {
            let count = honorific.split(separator: " ").count
            guard words.count > count, VietnameseFolding.fold(words.prefix(count).joined(separator: " ")) == honorific else { continue }
            return words.dropFirst(count).joined(separator: " ")
        }
        return name
    }

    /// `text` cut to `columns` with "…" in the middle: the start and the end kept.
    static func cutInMiddle(_ text: String, to columns: Int) -> String {
        guard TextWidth.of(text) > columns, columns > 1 else { return TextWidth.truncate(text, to: columns) }
        let characters = Array(text)
        let keep = columns - 1
        var head = "", tail = ""
        var used = 0
        var (i, j) = (0, characters.count - 1)
        // The start gets the extra column: "UBND qu…Thanh Xuân".
        while i <= j {
            let front = TextWidth.of(characters[i])
            if used + front > keep { break }
            head.append(characters[i]); used += front; i += 1
            guard i <= j else { break }
            let back = TextWidth.of(characters[j])
            if used + back > keep { break }
            tail.insert(characters[j], at: tail.startIndex); used += back; j -= 1
        }
        return head.trimmingCharacters(in: .whitespaces) + "…" + tail.trimmingCharacters(in: .whitespaces)
    }
}
