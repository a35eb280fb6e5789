extension IndexRefresh {
    /// The files in batches of about `batchSize`, each ending where a day ends (by the files' names,
    /// which start with the day), so that a day's meetings are written in one batch, in their order.
    static func batches(_ files: [(MeetingID, FileStat)]) -> [[(MeetingID, FileStat)]] {
        var batches: [[(MeetingID, FileStat)]] = []
        var start = 0
        while start < files.count {
            var end = min(files.count, start + batchSize)
            while end < files.count && files[end].0.rawValue.prefix(10) == files[end - 1].0.rawValue.prefix(10) { end += 1 }
            batches.append(Array(files[start..<end]))
            start = end
        }
        return batches
    }

    /// A first build's batch in the order of the meetings' rows (newest day first, then
    /// the day's order: `MeetingOrder`), so that row numbers only grow as it is written.
    /// FTS5 writes out what it gathered in memory whenever a row number is lower
    /// than the one before: with the files taken by name, a day's later start
    /// (placed before the meetings written already) did that thousands of times,
    /// and merged the small segments again and again.
    static func putInRowOrder(_ results: inout [(MeetingID, Outcome)]) {
        // The orders taken out once (a meeting is a large value to copy in each comparison); unreadable files last.
        let orders: [MeetingOrder?] = results.map {
            if case .indexed(let meeting) = $0.1 { return meeting.summary.order }
            return nil
        }
        func before(_ i: Int, _ j: Int) -> Bool {
            guard let x = orders[i] else { return false }
            guard let y = orders[j] else { return true }
            return x < y
        }
        if orders.indices.dropFirst().allSatisfy({ !before($0, $0 - 1) }) { return }
        let order = orders.indices.sorted(by: before)
        results = order.map { results[$0] }
    }
}
