import Foundation
import GRDB

/// Where the segments of the word table's first build sit in FTS5's
/// levels, so that later saves never merge them again.
///
/// FTS5 keeps its words in segments on levels; every transaction adds a
/// small segment on level 0, and when a level holds four, they are merged
/// into one on the next level. A first build writes the whole archive in a
/// few large segments, all on level 0: the fourth save after it merged
/// them with its small one, rewriting every word of the archive (11 s at
/// 100,000 opinions, on the secretary's keystroke). Each large segment is
/// moved up to a level of its own, the largest highest, which is what
/// many years of saves would have made: merges of small segments then stay
/// far below them.
///
/// The levels are FTS5's structure record (its documented row 10 of the
/// `_data` table): a 4-byte cookie, then varints — levels, segments, the
/// write counter, and for each level the segments being merged and the
/// segments, each as id, first page, last page.
enum WordTableLevels {
    struct Segment: Equatable {
        var id: Int64
        var first: Int64
        var last: Int64
        var pages: Int64 { last - first + 1 }
    }

    struct Structure: Equatable {
        var cookie: [UInt8]
        var writeCounter: Int64
        /// Per level: its segments (a level being merged is never rewritten here).
        var levels: [[Segment]]
    }

    /// The level the largest segment goes to; the next ones one below each.
    static let top = 12

    static func read(_ db: Database, table: String = "opinion_words") throws -> Structure? {
        guard let blob = try Data.fetchOne(db, sql: "SELECT block FROM \(table)_data WHERE id = 10") else { return nil }
        return decode([UInt8](blob))
    }

    static func decode(_ bytes: [UInt8]) -> Structure? {
        guard bytes.count >= 4 else { return nil }
        var at = 4
        func next() -> Int64? {
            var value: Int64 = 0
            for k in 0..<9 {
                guard at < bytes.count else { return nil }
                let byte = bytes[at]
                at += 1
                if k == 8 { return value << 8 | Int64(byte) }
                value = value << 7 | Int64(byte & 0x7F)
                if byte & 0x80 == 0 { return value }
            }
            return value
        }
        guard let levelCount = next(), let segmentCount = next(), let counter = next(), levelCount <= 64 else { return nil }
        var levels: [[Segment]] = []
        for _ in 0..<levelCount {
            guard let merging = next(), merging == 0, let count = next() else { return nil }
            var segments: [Segment] = []
            for _ in 0..<count {
                guard let id = next(), let first = next(), let last = next() else { return nil }
                segments.append(Segment(id: id, first: first, last: last))
            }
            levels.append(segments)
        }
        guard at == bytes.count, levels.reduce(0, { $0 + $1.count }) == segmentCount else { return nil }
        return Structure(cookie: Array(bytes[0..<4]), writeCounter: counter, levels: levels)
    }

    static func encode(_ s: Structure) -> [UInt8] {
        var out = s.cookie
        func put(_ value: Int64) {
            var v = UInt64(bitPattern: value)
            if v > 0x00FF_FFFF_FFFF_FFFF {  // nine bytes: the last one whole
                var head: [UInt8] = []
                let last = UInt8(v & 0xFF)
                v >>= 8
                for _ in 0..<8 { head.insert(UInt8(v & 0x7F) | 0x80, at: 0); v >>= 7 }
                out += head + [last]
                return
            }
            var bytes: [UInt8] = [UInt8(v & 0x7F)]
            v >>= 7
            while v > 0 { bytes.insert(UInt8(v & 0x7F) | 0x80, at: 0); v >>= 7 }
            out += bytes
        }
        put(Int64(s.levels.count))
        put(Int64(s.levels.reduce(0) { $0 + $1.count }))
        put(s.writeCounter)
        for level in s.levels {
            put(0)
            put(Int64(level.count))
            for segment in level { put(segment.id); put(segment.first); put(segment.last) }
        }
        return out
    }

    /// Each segment of a just-built word table on a level of its own, the
    /// largest highest. Called after the build's transaction committed (FTS5
    /// writes its last segment at the commit), on the connection that is
    /// then closed (FTS5 keeps a copy of the levels per connection).
    static func lift(_ db: Database) throws {
        guard var structure = try read(db) else { return }
        let segments = structure.levels.flatMap { $0 }.sorted { $0.pages > $1.pages }
        guard !segments.isEmpty, segments.count <= top else { return }
        var levels = Array(repeating: [Segment](), count: top)
        for (rank, segment) in segments.enumerated() { levels[top - 1 - rank] = [segment] }
        structure.levels = levels
        try db.execute(sql: "UPDATE opinion_words_data SET block = ? WHERE id = 10", arguments: [Data(encode(structure))])
    }
}
