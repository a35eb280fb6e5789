import DoiThoaiCore

/// The opinions browser: the search line, the filters chosen, the results
/// (date, organizer, speaker, topic, first line, matched words highlighted)
/// with a count, and the whole selected opinion in a detail pane.
enum BrowserScreen {
    /// Result rows on screen: the top half, or the left side on a wide window.
    static func listHeight(_ state: AppState) -> Int {
        let body = max(1, state.height - 6)
        return state.width >= 110 ? body : max(1, body / 2)
    }

    static func draw(_ canvas: inout Canvas, _ state: AppState) {
        let b = state.browser
        let x = canvas.put(" " + state.text(.browserPrompt), row: 1, column: 0, style: .label)
        // While an answer is awaited — the first, or one slow to come (the index busy reading files another program
        // changed) — say so, rather than "0" or the count of the words typed before.
        let count = b.searching && (b.results.isEmpty || state.now.seconds > b.searchSentAt) ? state.text(.browserSearching)
            : state.language.text(b.more ? .browserCountMore : .browserCount, b.total)
        let fieldWidth = max(4, canvas.width - x - TextWidth.of(count) - 3)
        let shown = b.query.visible(in: fieldWidth)
        canvas.fill(row: 1, column: x, width: fieldWidth, height: 1, style: .input)
        canvas.put(shown.text, row: 1, column: x, style: .input)
        canvas.cursor = (1, x + shown.cursorColumn)
        canvas.put(count, row: 1, column: canvas.width - TextWidth.of(count) - 1, style: .muted)
        BrowserFilterLine.draw(&canvas, state, row: 2)
        let wide = canvas.width >= 110
        let listWidth = wide ? wideListWidth(state, width: canvas.width) : canvas.width
        let height = listHeight(state)
        if b.results.isEmpty && !b.searching {
            canvas.put(" " + state.text(.browserNone), row: 4, column: 0, style: .muted)
        }
        let words = SearchQuery(b.query.text).words
        let onScreen = Array(b.results[min(b.cursor.top, b.results.count)..<min(b.results.count, b.cursor.top + height)])
        let widths = resultColumns(state, onScreen, width: listWidth)
        for (offset, index) in (b.cursor.top..<min(b.results.count, b.cursor.top + height)).enumerated() {
            let d = b.results[index]
            let selected = index == b.cursor.selected
            let row = 3 + offset
            if selected { canvas.fill(row: row, column: 0, width: listWidth, height: 1, style: .selected) }
            let head = " \(d.date.vietnamese) " + TextWidth.pad(d.speaker ?? state.text(.anonymous), to: widths.speaker) + " "
                + TextWidth.pad(topicName(state, d), to: widths.topic) + " "
            let start = canvas.put(head, row: row, column: 0, style: selected ? .selected : .normal, limit: listWidth)
            drawHighlighted(&canvas, d.text.replacingOccurrences(of: "\n", with: " "), words: words, row: row, column: start,
                            limit: listWidth - start, style: selected ? .selected : .normal)
        }
        guard let d = b.selected else { return }
        let (top, left, width) = wide ? (3, listWidth + 1, canvas.width - listWidth - 2) : (3 + height + 1, 1, canvas.width - 2)
        if !wide { canvas.put(String(repeating: "─", count: canvas.width), row: top - 1, column: 0, style: .muted) }
        // The speaker, their origin and the topic wrap rather than cut: they are what the pane is read for.
        let who = [d.speaker ?? state.text(.anonymous), d.origin].compactMap { $0 }.joined(separator: ", ") + " · " + topicName(state, d)
        var lines = [(d.meetingTitle, Style.label), ("\(d.date.vietnamese) · \(d.organizer) · #\(d.number)", .muted)]
        lines += TextWidth.wrap(who, to: width).map { ($0, Style.label) }
        lines.append((state.text(d.kind.phrase) + " · " + state.text(d.disposition.phrase), .muted))
        var said = TextWidth.wrap(d.text, to: width).map { ($0, Style.normal) }
        for response in d.responses { said += TextWidth.wrap("↳ " + response, to: width).map { ($0, Style.muted) } }
        let followUps = followUpLines(state, d, width: width)
        // A short pane cuts the text and the answers (Enter shows them whole), never where the follow-ups stand.
        let room = max(0, canvas.height - 2 - top)
        let spare = room - lines.count - followUps.count
        if said.count > spare {
            said = Array(said.prefix(max(1, spare)))
            if let last = said.last { said[said.count - 1] = (TextWidth.truncate(last.0 + " …", to: width), last.1) }
        }
        lines += said + followUps
        for (offset, line) in lines.prefix(room).enumerated() {
            canvas.put(TextWidth.truncate(line.0, to: width), row: top + offset, column: left, style: line.1)
        }
    }

    /// The speaker and topic columns of the results on screen: as wide as
    /// their names (they tell results apart), the matched text in the rest
    /// (whole in the detail pane).
    static func resultColumns(_ state: AppState, _ shown: [SearchDocument], width: Int) -> (speaker: Int, topic: Int) {
        let widths = ColumnFit.widths([
            ColumnFit.Column(need: 10, minimum: 10),
            ColumnFit.Column(shown.map { $0.speaker ?? state.text(.anonymous) }, minimum: 10),
            ColumnFit.Column(shown.map { topicName(state, $0) }, minimum: 10),
            // Beside the pane (wide), the text there is whole: its first words are enough here.
            ColumnFit.Column(need: width, minimum: width < state.width ? 10 : 20, filler: true),
        ], total: width - 1)
        return (widths[1], widths[2])
    }

    /// The opinion's follow-ups, where each stands first (the pane may cut
    /// a long task): ☑ done (with the day), ☐ still to do (status and due
    /// date, ⚠ when late); a plain bullet while their state is not known.
    static func followUpLines(_ state: AppState, _ d: SearchDocument, width: Int) -> [(String, Style)] {
        guard let followUps = state.browser.followUps(of: d) else {
            return d.tasks.flatMap { task in TextWidth.wrap("• " + task, to: width).map { ($0, Style.muted) } }
        }
        return followUps.flatMap { f -> [(String, Style)] in
            let status = state.text(f.status.phrase)
            let line: String
            let style: Style
            switch f.status {
            case .done:
                line = "☑ \(status)" + (f.doneOn.map { " \($0.vietnamese)" } ?? "") + " — \(f.task)"
                style = .muted
            case .cancelled:
                line = "☒ \(status) — \(f.task)"
                style = .muted
            default:
                let late = f.isOverdue(asOf: state.now.day)
                line = "☐ \(status), \(state.language.text(.dueOn, f.dueDate.vietnamese))" + (late ? " ⚠" : "") + " — \(f.task)"
                style = late ? .warning : .normal
            }
            return TextWidth.wrap(line, to: width).map { ($0, style) }
        }
    }

    /// On a wide window, the results take what their speakers and topics
    /// need with 10 cells of text (from 11/20 up to 2/3 of the width); the
    /// detail pane, which shows the text whole, the rest.
    static func wideListWidth(_ state: AppState, width: Int) -> Int {
        let b = state.browser
        let onScreen = b.results[min(b.cursor.top, b.results.count)..<min(b.results.count, b.cursor.top + listHeight(state))]
        let speakers = onScreen.map { TextWidth.of($0.speaker ?? state.text(.anonymous)) }.max() ?? 0
        let topics = onScreen.map { TextWidth.of(topicName(state, $0)) }.max() ?? 0
        return min(width * 2 / 3, max(width * 11 / 20, 1 + 10 + speakers + topics + 3 + 10))
    }

    /// The topic's name in the interface's language.
    static func topicName(_ state: AppState, _ d: SearchDocument) -> String {
        guard state.language == .en, let topic = state.topics.topic(d.topic) else { return d.topicName }
        return topic.name(english: true)
    }

    /// Draws `text` with the words that match the query highlighted.
    static func drawHighlighted(_ canvas: inout Canvas, _ text: String, words: [String], row: Int, column: Int, limit: Int,
                                style: Style) {
        guard limit > 0 else { return }
        var x = column
        let end = column + limit
        for (index, token) in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { x = canvas.put(" ", row: row, column: x, style: style, limit: max(0, end - x)) }
            let folded = SearchText.words(VietnameseFolding.fold(token))
            let hit = !words.isEmpty && folded.contains { word in words.contains { word.hasPrefix($0) } }
            x = canvas.put(String(token), row: row, column: x, style: hit ? .highlight : style, limit: max(0, end - x))
            if x >= end { break }
        }
    }
}
