/// One character cell of the screen. A wide character (CJK, emoji) takes
/// two cells: the first holds it, the second is a `continuation`.
public struct Cell: Equatable, Sendable {
    /// The grapheme drawn here; "" for the right half of a wide one.
    public var text: String
    public var style: Style

    public init(_ text: String = " ", style: Style = .normal) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell()
    public var isContinuation: Bool { text.isEmpty }
}
