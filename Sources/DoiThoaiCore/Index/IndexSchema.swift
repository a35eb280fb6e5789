import GRDB

/// The tables of `DATA/.cache/index.sqlite`, and what an index must say
/// about itself to be trusted: its format, the folding its words were made
/// with, and the topic names its opinions carry.
enum IndexSchema {
    /// Raised whenever a table or what goes in it changes (or what a file
    /// decodes to): an index of another format is deleted and built again.
    static let format = 11
    /// Written in every index's meta table; an index without it is foreign.
    static let application = "doithoai archive index"

    /// The lengths of the FTS5 prefix indexes: a last word typed up to the
    /// longest of them is matched through them; a longer one is spelled out
    /// from `terms`. Fewer lengths build faster (each is another copy of every word).
    static let prefixLengths = [1, 2]
    static var longestPrefix: Int { prefixLengths.max() ?? 0 }
    private static var prefixList: String { prefixLengths.map(String.init).joined(separator: " ") }

    static let tables = """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        -- Every meeting file seen: what it looked like, and why it could not be read when it could not.
        CREATE TABLE files(
            meeting TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime INTEGER NOT NULL, inode INTEGER NOT NULL,
            problem TEXT) WITHOUT ROWID;
        -- The meetings list's row, kept small (the list and every join read it); started is startedAt in seconds
        -- since 1970 (NULL when none); rank orders the meetings of one day as MeetingOrder does: latest start first, then id.
        CREATE TABLE meetings(
            id TEXT PRIMARY KEY, day INTEGER NOT NULL, rank INTEGER NOT NULL, started INTEGER, organizer TEXT NOT NULL,
            organizer_folded TEXT NOT NULL, title TEXT NOT NULL, status TEXT NOT NULL,
            opinions INTEGER NOT NULL, pending INTEGER NOT NULL, conflicts INTEGER NOT NULL) WITHOUT ROWID;
        CREATE INDEX meetings_by_day ON meetings(day);
        -- Each meeting's own names (IndexNames.encode), taken off the totals when it changes: apart, as they are large.
        CREATE TABLE meeting_names(meeting TEXT PRIMARY KEY, names TEXT NOT NULL) WITHOUT ROWID;
        -- One row per opinion; its rowid orders the archive newest first (see OpinionKey).
        CREATE TABLE opinions(
            rowid INTEGER PRIMARY KEY, meeting TEXT NOT NULL, opinion_id TEXT NOT NULL, number INTEGER NOT NULL,
            day INTEGER NOT NULL, topic TEXT NOT NULL, topic_name TEXT NOT NULL, kind TEXT NOT NULL,
            disposition TEXT NOT NULL, speaker TEXT, speaker_folded TEXT NOT NULL, origin TEXT, text TEXT NOT NULL,
            responses TEXT NOT NULL, tasks TEXT NOT NULL, pending_due INTEGER, has_done INTEGER NOT NULL);
        -- The folded words of each opinion and its topic's word (IndexedOpinion.indexed); the text itself is in opinions (contentless).
        CREATE VIRTUAL TABLE opinion_words USING fts5(words, content='', columnsize=0, tokenize='ascii', prefix='\(prefixList)');
        -- Every word longer than the longest prefix index (never removed: a word no longer used finds nothing).
        -- Search turns such a prefix into "word" OR "words" OR …, which FTS5 reads in row order and stops at a page.
        CREATE TABLE terms(term TEXT PRIMARY KEY) WITHOUT ROWID;
        -- Kept in due order (its key), so listing them by due day reads the table in order; one row per meeting and id.
        CREATE TABLE followups(
            meeting TEXT NOT NULL, id TEXT NOT NULL, position INTEGER NOT NULL, task TEXT NOT NULL,
            assignee TEXT NOT NULL, assignee_folded TEXT NOT NULL, due INTEGER NOT NULL, status TEXT NOT NULL,
            done_on INTEGER, body TEXT NOT NULL, opinion_ids TEXT NOT NULL, opinion_numbers TEXT NOT NULL, topics TEXT NOT NULL,
            PRIMARY KEY(due, meeting, id), UNIQUE(meeting, id)) WITHOUT ROWID;
        -- The report's counts over all time, kept by triggers (see IndexTally): opinions by topic, kind and
        -- disposition; follow-ups by state (0 pending, 1 done on time, 2 done late, 3 cancelled) and, pending, by due day.
        CREATE TABLE opinion_tally(topic TEXT NOT NULL, kind TEXT NOT NULL, disposition TEXT NOT NULL, count INTEGER NOT NULL,
            PRIMARY KEY(topic, kind, disposition)) WITHOUT ROWID;
        CREATE TABLE followup_tally(state INTEGER NOT NULL, due INTEGER NOT NULL, count INTEGER NOT NULL,
            PRIMARY KEY(state, due)) WITHOUT ROWID;
        -- Names typed in every meeting (completion), with how often; each meeting's own are in meeting_names.
        CREATE TABLE names(kind INTEGER NOT NULL, name TEXT NOT NULL, uses INTEGER NOT NULL,
            PRIMARY KEY(kind, name)) WITHOUT ROWID;
        """

    /// Made after a first build has filled the tables (sorting once is faster than keeping them sorted row by row).
    /// No index of the opinions by topic: a topic is a word of the word table (IndexedOpinion.topicWord),
    /// read in row order; the report's counts over all time are kept in `opinion_tally`. Each index
    /// more cost a first build up to a second, alone on one core, at 500,000 opinions.
    static let secondaryIndexes = """
        CREATE INDEX opinions_by_meeting ON opinions(meeting);
        -- Covers the follow-ups' filters in due order (status read from the index, not the table): F6 pages and counts, and the report counts, from it.
        CREATE INDEX followups_by_due ON followups(due, meeting, id, status, done_on);
        """

    /// The secondary indexes and the tallies with their triggers, for tables filled or empty.
    static let indexes = secondaryIndexes + IndexTally.countsFromTables + IndexTally.triggers

    /// The kinds of `names` rows; a detail's row is named "name\u{1F}detail".
    enum NameKind: Int, CaseIterable {
        case speaker = 0, origin, responder, assignee, topic, speakerOrigin, attendeeTitle, attendeeOrganization

        init(_ detail: NameDetail.Kind) {
            switch detail {
            case .speakerOrigin: self = .speakerOrigin
            case .attendeeTitle: self = .attendeeTitle
            case .attendeeOrganization: self = .attendeeOrganization
            }
        }

        var detail: NameDetail.Kind? {
            switch self {
            case .speakerOrigin: return .speakerOrigin
            case .attendeeTitle: return .attendeeTitle
            case .attendeeOrganization: return .attendeeOrganization
            default: return nil
            }
        }
    }

    /// Creates the tables (and their indexes, unless a build makes them
    /// once filled) and writes what the index is.
    static func create(_ db: Database, topics: TopicCatalog, withIndexes: Bool = true) throws {
        try db.execute(sql: tables)
        if withIndexes { try db.execute(sql: indexes) }
        try db.execute(sql: "PRAGMA user_version = \(format)")
        for (key, value) in [("application", application), ("folding", String(VietnameseFolding.version)),
                             ("format", String(format)), ("topics", topicSignature(topics))] {
            try db.execute(sql: "INSERT INTO meta(key, value) VALUES (?, ?)", arguments: [key, value])
        }
    }

    /// Whether `db` is an index this version wrote with today's folding.
    static func isCurrent(_ db: Database) -> Bool {
        guard let version = try? Int.fetchOne(db, sql: "PRAGMA user_version"), version == format,
              let rows = try? Row.fetchAll(db, sql: "SELECT key, value FROM meta") else { return false }
        var meta: [String: String] = [:]
        for row in rows { meta[row["key"]] = row["value"] }
        return meta["application"] == application && meta["format"] == String(format)
            && meta["folding"] == String(VietnameseFolding.version) && hasEveryTable(db)
    }

    /// Whether every table, index and trigger this version makes is there as
    /// it makes it: an index of the right format missing a table (dropped by
    /// hand, or written by a half-applied schema) failed every query that
    /// needed it, with SQLite's English, and was never built again.
    static func hasEveryTable(_ db: Database) -> Bool {
        guard let found = try? schemaRows(db), let expected = expectedSchema else { return false }
        return expected.isSubset(of: found)
    }

    private static func schemaRows(_ db: Database) throws -> Set<String> {
        Set(try Row.fetchAll(db, sql: "SELECT type, name, sql FROM sqlite_master").map { row in
            "\(row["type"] as String? ?? "")\u{1F}\(row["name"] as String? ?? "")\u{1F}\(row["sql"] as String? ?? "")"
        })
    }

    /// What `create` makes, read once from an empty index in memory.
    private static let expectedSchema: Set<String>? = {
        guard let queue = try? DatabaseQueue() else { return nil }
        return try? queue.write { db in
            try create(db, topics: TopicCatalog(topics: []))
            return try schemaRows(db)
        }
    }()

    /// The topic names the index's opinions were written with, by id.
    static func topicNames(_ db: Database) throws -> [TopicID: String] {
        let text = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'topics'") ?? ""
        var names: [TopicID: String] = [:]
        for line in text.split(separator: "\n") {
            guard let tab = line.firstIndex(of: "\t") else { continue }
            names[TopicID(String(line[..<tab]))] = String(line[line.index(after: tab)...])
        }
        return names
    }

    static func topicSignature(_ topics: TopicCatalog) -> String {
        topics.topics.map { "\($0.id.rawValue)\t\($0.name)" }.joined(separator: "\n")
    }

    static func saveTopics(_ db: Database, _ topics: TopicCatalog) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('topics', ?)", arguments: [topicSignature(topics)])
    }
}
