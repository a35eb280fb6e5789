import DoiThoaiCore

/// The lines of `doithoai followups`: "due day  when  meeting  id  assignee: task",
/// the when ("⚠ trễ 3 ngày", "còn 5 ngày", "hạn hôm nay", or the status)
/// as wide as the widest the listing holds. Made from the index's bytes
/// (`FollowUpLine`): a cell that is plain text is copied as it is, padded
/// by counting its bytes when it is printable ASCII (ids); only the others
/// go through `String`, `terminalSafe` and `TextWidth`, exactly as a table
/// row does (`TableText`). Days and whens repeat: each is made once.
struct FollowUpListing {
    private var out: LineWriter
    private let whens: FollowUpWhens
    private let today: Day
    /// "dd/mm/yyyy  " + when + "  ", by due day and status; the last one kept at hand (rows come in due order).
    private var heads: [Int: [UInt8]] = [:]
    private var lastHead: (key: Int, bytes: [UInt8]) = (.min, [])
    /// Cells that are not printable ASCII, padded and made safe once each.
    private var otherCells: [String: String] = [:]

    init(whens: FollowUpWhens, today: Day, to out: LineWriter) {
        self.whens = whens
        self.today = today
        self.out = out
    }

    mutating func add(_ line: FollowUpLine) {
        let settled = !line.status.isPending
        let key = line.due << 2 | (settled ? Self.code(line.status) : 0)
        if key != lastHead.key {
            lastHead = (key, heads[key] ?? head(line, settled: settled, key: key))
        }
        out.append(safe: lastHead.bytes)
        cell(line.meeting, 28)
        out.append(safe: "  ")
        cell(line.id, 5)
        out.append(safe: "  ")
        text(line.assignee)
        out.append(safe: ": ")
        text(line.task)
        out.endLine()
    }

    mutating func finish() { out.flush() }

    private mutating func head(_ line: FollowUpLine, settled: Bool, key: Int) -> [UInt8] {
        let due = Day(ordinal: line.due)
        let standing: FollowUpStanding = settled ? .settled(line.status) : .daysLeft(today.days(until: due))
        var made = Self.vietnamese(due)
        made += [0x20, 0x20]
        made += whens.cell(standing).utf8
        made += [0x20, 0x20]
        heads[key] = made
        return made
    }

    /// `due.vietnamese` ("dd/mm/yyyy") made safe, as bytes.
    private static func vietnamese(_ due: Day) -> [UInt8] {
        guard (1...9999).contains(due.year), (1...99).contains(due.month), (1...99).contains(due.day) else {
            return Array(ControlCharacters.terminalSafe(due.vietnamese, singleLine: true).utf8)
        }
        func digits(_ value: Int, _ count: Int) -> [UInt8] {
            var value = value, out = [UInt8](repeating: 0x30, count: count)
            for i in stride(from: count - 1, through: 0, by: -1) {
                out[i] = 0x30 + UInt8(value % 10)
                value /= 10
            }
            return out
        }
        return digits(due.day, 2) + [0x2F] + digits(due.month, 2) + [0x2F] + digits(due.year, 4)
    }

    private static func code(_ status: FollowUpStatus) -> Int {
        switch status {
        case .open: 0
        case .inProgress: 1
        case .done: 2
        case .cancelled: 3
        }
    }

    /// A column `width` wide, as `TableText.row` makes it.
    private mutating func cell(_ bytes: UnsafeBufferPointer<UInt8>, _ width: Int) {
        if bytes.count <= width, bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            out.append(safe: bytes)
            out.append(spaces: width - bytes.count)
            return
        }
        let text = Self.string(bytes)
        let made = otherCells[text] ?? ControlCharacters.terminalSafe(TableText.row([(text, width, false)]), singleLine: true)
        otherCells[text] = made
        out.append(safe: made)
    }

    /// Free text on one line: copied when plain, else shown with its controls marked.
    private mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if ControlCharacters.isPlain(bytes, singleLine: true) {
            out.append(safe: bytes)
        } else {
            out.append(Self.string(bytes), singleLine: true)
        }
    }

    /// The text as every other reader of the index gets it (GRDB reads a C string): up to a NUL, bad UTF-8 repaired.
    private static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
    }
}
