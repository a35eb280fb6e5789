import DoiThoaiCore

/// Widths for a table's columns, so that what tells rows apart stays whole
/// at 80 columns: each column gets what its widest cell needs when that
/// fits; otherwise the filler (a free text shown whole in a pane or on
/// Enter) gives way first, down to its minimum, and then the widest of the
/// other columns are cut to one common width, so short columns (a name, a
/// topic) stay whole while one very long cell cannot take the room of all.
struct ColumnFit {
    struct Column {
        /// The widest cell, heading included.
        var need: Int
        /// Never narrower than this.
        var minimum: Int
        /// Takes the room left over, and gives way first.
        var filler = false

        init(need: Int, minimum: Int = 4, filler: Bool = false) {
            self.need = need
            self.minimum = min(minimum, max(1, need))
            self.filler = filler
        }

        /// A column for these cells and heading.
        init(_ cells: [String], heading: String = "", minimum: Int = 4, filler: Bool = false) {
            let need = max(TextWidth.of(heading), cells.map(TextWidth.of).max() ?? 0)
            self.init(need: need, minimum: minimum, filler: filler)
        }
    }

    /// The widths of `columns` in `total` cells, one cell between columns.
    static func widths(_ columns: [Column], total: Int, gap: Int = 1) -> [Int] {
        guard !columns.isEmpty else { return [] }
        let room = max(0, total - gap * (columns.count - 1))
        let fillers = columns.indices.filter { columns[$0].filler }
        let others = columns.indices.filter { !columns[$0].filler }
        var widths = columns.map(\.need)
        let othersNeed = others.reduce(0) { $0 + columns[$1].need }
        let fillersMinimum = fillers.reduce(0) { $0 + columns[$1].minimum }
        if othersNeed + fillersMinimum <= room {
            // Everything but the filler whole; the filler takes the rest.
            var left = room - othersNeed
            for (n, index) in fillers.enumerated() {
                let share = n == fillers.count - 1 ? left : max(columns[index].minimum, left / (fillers.count - n))
                widths[index] = share
                left -= share
            }
            if fillers.isEmpty, let last = columns.indices.last { widths[last] += left }
            return widths
        }
        for index in fillers { widths[index] = columns[index].minimum }
        let space = room - fillersMinimum
        // The largest common cap the other columns fit under.
        func used(_ cap: Int) -> Int { others.reduce(0) { $0 + max(columns[$1].minimum, min(columns[$1].need, cap)) } }
        var cap = others.map { columns[$0].need }.max() ?? 0
        while cap > 1 && used(cap) > space { cap -= 1 }
        for index in others { widths[index] = max(columns[index].minimum, min(columns[index].need, cap)) }
        // What the cap leaves goes, a cell each, to the columns it cut.
        var left = space - used(cap)
        for index in others where left > 0 && widths[index] < columns[index].need {
            widths[index] += 1
            left -= 1
        }
        return widths
    }
}
