import Foundation
import GRDB

extension ArchiveIndex {
    /// The opinions matching `query`, newest first (or, for `.relevance`,
    /// those holding the words with the marks as typed first), at most
    /// `limit`; and how many match, counted up to `countUpTo` (a count of
    /// every match of one typed letter would cost more than the search).
    public func search(_ query: SearchQuery, limit: Int = .max, order: SearchOrder = .newest,
                       countUpTo cap: Int = 1000) throws -> SearchResult {
        return try read { db in
            guard let match = try SearchSQL.match(query, spelling: { try Self.terms(startingWith: $0, db) }) else {
                return SearchResult(hits: [], total: 0, more: false)
            }
            let sql = SearchSQL(query, match: match)
            let capped = min(cap, Int(Int32.max) - 1) + 1
            let counted: Int
            var ids: [Int64]
            if order == .newest {
                // One walk in row order gives the page and the count: the page is its beginning.
                ids = try Int64.fetchAll(db.cachedStatement(sql: "SELECT \(sql.rowid) \(sql.from) ORDER BY \(sql.rowid) LIMIT ?"),
                                         arguments: sql.arguments + [max(capped, min(limit, Int(Int32.max)))])
                counted = min(ids.count, capped)
                if ids.count > limit { ids.removeLast(ids.count - limit) }
            } else {
                counted = try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM (SELECT 1 \(sql.from) LIMIT ?)"),
                                           arguments: sql.arguments + [capped]) ?? 0
                ids = try Int64.fetchAll(db.cachedStatement(sql: "SELECT \(sql.rowid) \(sql.from) ORDER BY \(sql.rowid)"),
                                         arguments: sql.arguments)
            }
            var hits = try documents(ids, db)
            if order == .relevance && !query.markedWords.isEmpty && query.markedWords != query.words {
                let exact = hits.map { d in query.markedWords.allSatisfy { d.searchable.lowercased().contains($0) } }
                hits = hits.indices.filter { exact[$0] }.map { hits[$0] } + hits.indices.filter { !exact[$0] }.map { hits[$0] }
            }
            return SearchResult(hits: Array(hits.prefix(limit)), total: min(counted, cap), more: counted > cap)
        }
    }

    /// The indexed words starting with `prefix`, when they are few enough
    /// to be spelled out (FTS5 then reads them in row order and stops at a
    /// page, where a prefix without a prefix index is gathered whole first).
    static func terms(startingWith prefix: String, _ db: Database) throws -> [String]? {
        let found = try String.fetchAll(db.cachedStatement(sql: "SELECT term FROM terms WHERE term >= ? AND term < ? LIMIT ?"),
                                        arguments: [prefix, prefix + "\u{10FFFF}", SearchSQL.spelledOutAtMost + 1])
        return found.count > SearchSQL.spelledOutAtMost ? nil : found
    }

    /// The opinions with these row numbers, in that order.
    private func documents(_ ids: [Int64], _ db: Database) throws -> [SearchDocument] {
        var found: [Int64: SearchDocument] = [:]
        for chunk in stride(from: 0, to: ids.count, by: 500).map({ ids[$0..<min(ids.count, $0 + 500)] }) {
            let marks = chunk.map { _ in "?" }.joined(separator: ",")
            let rows = try Row.fetchCursor(db, sql: """
                SELECT o.rowid, o.meeting, m.title, m.organizer, o.day, o.opinion_id, o.number, o.speaker, o.origin, o.topic,
                       o.topic_name, o.kind, o.disposition, o.text, o.responses, o.tasks
                FROM opinions o JOIN meetings m ON m.id = o.meeting WHERE o.rowid IN (\(marks))
                """, arguments: StatementArguments(Array(chunk)))
            while let row = try rows.next() {
                found[row[0]] = SearchDocument(
                    meetingID: MeetingID(row[1] as String), meetingTitle: row[2], organizer: row[3], date: Day(ordinal: row[4]),
                    opinionID: OpinionID(row[5] as String), number: row[6], speaker: row[7], origin: row[8],
                    topic: TopicID(row[9] as String), topicName: row[10], kind: OpinionKind(rawValue: row[11]) ?? .recommendation,
                    disposition: Disposition(rawValue: row[12]) ?? .noted, text: row[13],
                    responses: IndexWriter.split(row[14]), tasks: IndexWriter.split(row[15]))
            }
        }
        return ids.compactMap { found[$0] }
    }
}

/// A page of search results and how many match in all.
public struct SearchResult: Equatable, Sendable {
    public var hits: [SearchDocument]
    /// How many match, up to the count asked for.
    public var total: Int
    /// More than `total` match.
    public var more: Bool
}

/// A query and its filters as SQL over the index: the folded words through
/// the word table (`"word"`, the last `"word"*` while typed, `"a phrase"`),
/// the period as a range of row numbers (they order by day), the rest as columns.
struct SearchSQL {
    var from: String
    var rowid: String
    var arguments: StatementArguments

    /// `match`: the FTS5 query (see `match(_:spelling:)`); "" when no word was typed.
    init(_ query: SearchQuery, match: String) {
        var conditions: [String] = []
        var values: [(any DatabaseValueConvertible)?] = []
        let f = query.filters
        let readsOpinions = f.kind != nil || f.disposition != nil || f.meeting != nil
            || !(f.speaker ?? "").isEmpty || f.organizer != nil || f.followUp != nil
        // The topic is a word of the table (IndexedOpinion.topicWord), intersected with the others in row order;
        // alone when no word was typed (there is no index of the opinions by topic).
        let words = [match.isEmpty ? nil : match, f.topic.map { SearchSQL.quoted(IndexedOpinion.topicWord($0)) }]
            .compactMap { $0 }.joined(separator: " AND ")
        if !words.isEmpty {
            // CROSS: the word table leads, in row order, so a page of results stops early. Without a
            // filter on the opinions' columns, no opinion is looked up until the page is read.
            from = "FROM opinion_words" + (readsOpinions ? " CROSS JOIN opinions o ON o.rowid = opinion_words.rowid" : "")
            rowid = "opinion_words.rowid"
            conditions.append("opinion_words MATCH ?")
            values.append(words)
        } else {
            from = "FROM opinions o"
            rowid = "o.rowid"
        }
        if f.from != nil || f.to != nil {
            let range = OpinionKey.range(from: f.from, to: f.to)
            conditions.append("\(rowid) BETWEEN ? AND ?")
            values += [range.low, range.high]
        }
        if let kind = f.kind { conditions.append("o.kind = ?"); values.append(kind.rawValue) }
        if let disposition = f.disposition { conditions.append("o.disposition = ?"); values.append(disposition.rawValue) }
        if let meeting = f.meeting { conditions.append("o.meeting = ?"); values.append(meeting.rawValue) }
        if let speaker = f.speaker, !speaker.isEmpty { conditions.append("instr(o.speaker_folded, ?) > 0"); values.append(speaker) }
        if let organizer = f.organizer {
            conditions.append("o.meeting IN (SELECT id FROM meetings WHERE instr(organizer_folded, ?) > 0)")
            values.append(organizer)
        }
        switch f.followUp {
        case nil: break
        case .open?: conditions.append("o.pending_due IS NOT NULL")
        case .overdue?:
            conditions.append("o.pending_due < ?")
            values.append((f.asOf ?? Clock.system.today).ordinal)
        case .done?: conditions.append("o.has_done = 1")
        }
        if !conditions.isEmpty { from += " WHERE " + conditions.joined(separator: " AND ") }
        arguments = StatementArguments(values)
    }

    /// A prefix matching more indexed words than this is left to FTS5 whole.
    static let spelledOutAtMost = 64

    /// The FTS5 query for the words and phrases ("" when none was typed):
    /// `"word"`, the last `"word"*` while it is typed, `"a phrase"`. A last
    /// word longer than the prefix indexes is spelled out as the words it
    /// starts (`spelling`), `("giai" OR "giaii")`; nil when it starts none,
    /// so nothing can match.
    static func match(_ query: SearchQuery, spelling: (String) throws -> [String]?) throws -> String? {
        guard !query.isEmpty else { return "" }
        var parts: [String] = []
        for (position, word) in query.words.enumerated() {
            let typing = position == query.words.count - 1 && query.lastWordIsPrefix
            guard typing else { parts.append(quoted(word)); continue }
            guard word.unicodeScalars.count > IndexSchema.longestPrefix, let spelled = try spelling(word) else {
                parts.append(quoted(word) + "*")
                continue
            }
            if spelled.isEmpty { return nil }
            parts.append("(" + spelled.map(quoted).joined(separator: " OR ") + ")")
        }
        parts += query.phrases.map(quoted)
        return parts.joined(separator: " AND ")
    }

    static func quoted(_ word: String) -> String { "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
