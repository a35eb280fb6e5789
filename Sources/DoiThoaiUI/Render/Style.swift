/// What a cell means, not what colour it is: the backend alone turns a
/// style into colours, and without colour into bold/reverse/underline.
public enum Style: UInt8, Hashable, Sendable, CaseIterable {
    case normal
    /// The row or field the cursor is on.
    case selected
    /// Table headings and the title bar.
    case header
    /// Secondary text: dates, hints, empty-state notes.
    case muted
    /// Overdue follow-ups, unsaved changes, a draft mark.
    case warning
    /// Failures the secretary must act on.
    case error
    /// The bottom key bar and the status line.
    case statusBar
    /// The key names inside the key bar ("F2", "Esc").
    case statusKey
    /// Search matches inside text.
    case highlight
    /// Field labels and section titles.
    case label
    /// A focused input field.
    case input
}
