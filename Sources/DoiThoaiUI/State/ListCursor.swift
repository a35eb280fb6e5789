/// A selection in a scrolling list: which row is chosen and which is at the top.
public struct ListCursor: Equatable, Sendable {
    public var selected = 0
    public var top = 0

    public init(selected: Int = 0) { self.selected = selected }

    /// Moves by `delta` rows within `count`, keeping the selection in a
    /// window of `visible` rows.
    public mutating func move(by delta: Int, count: Int, visible: Int) {
        guard count > 0 else {
            selected = 0
            top = 0
            return
        }
        selected = min(max(0, selected + delta), count - 1)
        keepInView(count: count, visible: visible)
    }

    public mutating func keepInView(count: Int, visible: Int) {
        let rows = max(1, visible)
        selected = min(max(0, selected), max(0, count - 1))
        if selected < top { top = selected }
        if selected >= top + rows { top = selected - rows + 1 }
        top = max(0, min(top, max(0, count - rows)))
    }

    /// The move a navigation command makes.
    public mutating func apply(_ command: Command, count: Int, visible: Int) -> Bool {
        switch command {
        case .up: move(by: -1, count: count, visible: visible)
        case .down: move(by: 1, count: count, visible: visible)
        case .pageUp: move(by: -max(1, visible - 1), count: count, visible: visible)
        case .pageDown: move(by: max(1, visible - 1), count: count, visible: visible)
        case .first: move(by: -count, count: count, visible: visible)
        case .last: move(by: count, count: count, visible: visible)
        default: return false
        }
        return true
    }
}
