import DoiThoaiCore

/// The conflicts tab of a meeting (fields two offices changed differently,
/// found by sync) and the box where the secretary picks the value to keep.
enum ConflictsPanel {
    static func list(_ canvas: inout Canvas, _ state: AppState, _ open: MeetingState) {
        let w = canvas.width
        let fieldWidth = max(10, (w - 6) * 2 / 5)
        let valueWidth = max(6, (w - 6 - fieldWidth) / 2)
        let heading = " " + ScreenRenderer.row([
            ("", 1, false), (state.text(.conflictField).replacingOccurrences(of: ": %1", with: ""), fieldWidth, false),
            (state.text(.conflictKept), valueWidth, false), (state.text(.conflictOther), valueWidth, false),
        ])
        let lines = open.conflictsInOrder.map { c -> String in
            " " + ScreenRenderer.row([
                (c.isOpen ? "!" : "✓", 1, false), (ConflictField.label(c.field, in: open.meeting, state), fieldWidth, false),
                (value(c.kept, state), valueWidth, false), (value(c.other, state), valueWidth, false),
            ])
        }
        MeetingScreen.drawList(&canvas, state, heading: heading, lines: lines, cursor: open.cursor, empty: .noOpinions)
    }

    static func value(_ version: ConflictVersion, _ state: AppState) -> String {
        version.displayValue.map { $0.replacingOccurrences(of: "\n", with: " ") } ?? state.text(.conflictAbsent)
    }

    /// "“Tổ dân phố 1” — Phường Ngọc Thụy, 30/11/2026 09:15"
    static func version(_ version: ConflictVersion, _ state: AppState) -> String {
        let text = version.displayValue.map { "“\($0)”" } ?? state.text(.conflictAbsent)
        let who = [version.office, version.at.map { "\($0.day.vietnamese) \($0.clock)" }].compactMap { $0 }
            .joined(separator: ", ")
        return text + (who.isEmpty ? "" : " — \(who)")
    }

    static func dialog(_ canvas: inout Canvas, _ state: AppState, _ id: ConflictID) {
        guard let conflict = state.meeting?.meeting.conflicts.first(where: { $0.id == id }) else { return }
        let meeting = state.meeting?.meeting ?? Meeting(id: "x", title: "", organizer: "", date: state.now.day)
        var lines = [state.language.text(.conflictField, ConflictField.label(conflict.field, in: meeting, state)), ""]
        lines.append("1 " + state.text(.conflictKept) + ": " + version(conflict.kept, state))
        lines.append("2 " + state.text(.conflictOther) + ": " + version(conflict.other, state))
        if let resolution = conflict.resolution {
            let chosen = state.text(resolution.choice == .kept ? .conflictKept : .conflictOther)
            lines += ["", state.language.text(.conflictChosen, chosen, resolution.by)]
        }
        ConfirmDialog.draw(&canvas, state, message: lines.joined(separator: "\n"), answers: .conflict)
    }
}
