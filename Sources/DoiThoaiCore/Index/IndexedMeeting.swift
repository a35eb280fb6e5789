import Foundation

/// What the index keeps of one meeting file, computed from the decoded
/// meeting on any thread and written in one go: the list row, every
/// opinion with its filter columns and folded words, every follow-up, and
/// the names typed in it.
struct IndexedMeeting: Sendable {
    var stat: FileStat
    var summary: MeetingSummary
    var organizerFolded: String
    var opinions: [IndexedOpinion]
    var followUps: [IndexedFollowUp]
    /// The names typed in it with their uses (`NameCounts` as `names` rows).
    var nameRows: [NameRow]
    /// `nameRows` as stored with the meeting, to take them off the totals when the meeting changes.
    var encodedNames: String
    /// Set when `nameRows` were already added to the totals where the file was read (a batch of a refresh).
    var namesCounted = false
    /// Its distinct words longer than the longest prefix index (for `terms`), found where the file is read.
    var longTerms: [String]

    /// `id` is the file's name, which is what the index knows the meeting by.
    /// `reusing` may give an opinion's row as made before, when nothing it is made from changed
    /// (a save made by the program: see `IndexedMeeting.Previous`).
    init(_ meeting: Meeting, id: MeetingID, stat: FileStat, topics: TopicCatalog,
         reusing: (_ position: Int, _ opinion: Opinion) -> IndexedOpinion? = { _, _ in nil }) {
        self.stat = stat
        summary = MeetingSummary(meeting)
        summary.id = id
        organizerFolded = VietnameseFolding.fold(meeting.organizer)
        // Each topic's name and word made once a meeting, not once an opinion (the catalog is a list).
        var topicNames: [TopicID: (name: String, word: String)] = [:]
        opinions = meeting.opinions.enumerated().map { position, opinion in
            if let reused = reusing(position, opinion) { return reused }
            let topic = topicNames[opinion.topic] ?? {
                let made = (name: topics.topic(opinion.topic)?.name ?? opinion.topic.rawValue, word: IndexedOpinion.topicWord(opinion.topic))
                topicNames[opinion.topic] = made
                return made
            }()
            return IndexedOpinion(opinion, position: position, in: meeting, topicName: topic.name, topicWord: topic.word)
        }
        followUps = meeting.followUps.enumerated().map { IndexedFollowUp($0.element, position: $0.offset, in: meeting) }
        nameRows = IndexNames.rows(meeting)
        encodedNames = IndexNames.encode(nameRows)
        longTerms = Self.longWords(opinions.map(\.words))
    }

    /// The distinct words (split at spaces, on bytes) longer than the longest prefix index.
    /// Splitting into `Substring`s by `Character` took a tenth of a first build; a `Set<String>`
    /// (hashing each word as a `String`, growing as it went) most of what was left: the words are
    /// told apart here by their bytes, in a table sized once.
    static func longWords(_ texts: [String]) -> [String] {
        let longest = IndexSchema.longestPrefix
        var bytes: [UInt8] = []
        bytes.reserveCapacity(texts.reduce(0) { $0 + $1.utf8.count + 1 })
        for text in texts {
            bytes.append(contentsOf: text.utf8)
            bytes.append(0x20)
        }
        // At most one word in (longest + 2) bytes: the table is at most half full.
        var capacity = 16
        while capacity < 2 * bytes.count / (longest + 2) { capacity <<= 1 }
        var slots = [Int32](repeating: -1, count: capacity)
        var found: [Range<Int>] = []
        return bytes.withUnsafeBufferPointer { all in
            guard let base = all.baseAddress else { return [] }
            var start = 0
            for end in 0..<all.count where all[end] == 0x20 {
                defer { start = end + 1 }
                guard end - start > longest else { continue }
                var hash: UInt32 = 2_166_136_261
                for i in start..<end { hash = (hash ^ UInt32(all[i])) &* 16_777_619 }
                var slot = Int(hash) & (capacity - 1)
                while slots[slot] >= 0 {
                    let known = found[Int(slots[slot])]
                    if known.count == end - start && memcmp(base + known.lowerBound, base + start, end - start) == 0 { break }
                    slot = (slot + 1) & (capacity - 1)
                }
                if slots[slot] < 0 {
                    slots[slot] = Int32(found.count)
                    found.append(start..<end)
                }
            }
            return found.map { String(decoding: UnsafeBufferPointer(rebasing: all[$0]), as: UTF8.self) }
        }
    }
}

/// One opinion as the index stores it.
struct IndexedOpinion: Sendable {
    var position: Int
    var id: OpinionID
    var number: Int
    var topic: TopicID
    var topicName: String
    var kind: OpinionKind
    var disposition: Disposition
    var speaker: String?
    var origin: String?
    var text: String
    var responses: [String]
    var tasks: [String]
    /// `responses` and `tasks` as stored, each one text (made where the file is read).
    var responseText = ""
    var taskText = ""
    /// The earliest due day of a follow-up answering it that is still pending.
    var pendingDue: Day?
    var hasDone: Bool
    /// Made where the file is read (on every core), not where the index is written.
    var words = ""
    /// `indexed(words, topic:)`: what the word table is given.
    var indexedWords = ""
    var speakerFolded = ""

    init(_ o: Opinion, position: Int, in m: Meeting, topics: TopicCatalog) {
        self.init(o, position: position, in: m, topicName: topics.topic(o.topic)?.name ?? o.topic.rawValue,
                  topicWord: Self.topicWord(o.topic))
    }

    /// `topicName` as the catalog names the opinion's topic, `topicWord` its `topicWord`.
    init(_ o: Opinion, position: Int, in m: Meeting, topicName: String, topicWord: String) {
        self.position = position
        id = o.id
        number = o.number
        topic = o.topic
        self.topicName = topicName
        kind = o.kind
        disposition = o.disposition
        speaker = o.speaker
        origin = o.origin
        text = o.text
        responses = o.responses.map { $0.responder + ": " + $0.text }
        let followUps = m.followUps(answering: o.id)
        tasks = followUps.map(\.task)
        pendingDue = followUps.filter { $0.status.isPending }.map(\.dueDate).min()
        hasDone = followUps.contains { $0.status == .done }
        responseText = responses.joined(separator: Self.separator)
        taskText = tasks.joined(separator: Self.separator)
        words = Self.words(text: text, speaker: speaker, origin: origin, topicName: topicName, responses: responses, tasks: tasks)
        indexedWords = words.isEmpty ? topicWord : words + " " + topicWord
        speakerFolded = VietnameseFolding.fold(speaker ?? "")
    }

    /// The folded words full-text search finds it by. Made again from the
    /// stored columns to take an opinion out of the contentless word table,
    /// so it must depend on nothing else.
    static func words(text: String, speaker: String?, origin: String?, topicName: String, responses: [String],
                      tasks: [String]) -> String {
        FoldedWords.of([text, speaker ?? "", origin ?? "", topicName] + responses + tasks)
    }

    /// What the word table holds for an opinion: its folded words, then its
    /// topic's own word, so a topic filter is one more word that FTS5
    /// intersects in row order (instead of every row of a word read in
    /// `opinions` to look at its topic). Made again, like `words`, to take
    /// the opinion out.
    static func indexed(_ words: String, topic: TopicID) -> String {
        words.isEmpty ? topicWord(topic) : words + " " + topicWord(topic)
    }

    /// "‡" and the topic id's bytes in hex: the ascii tokenizer keeps it one
    /// word, and folded text never holds it ("‡" separates words there, and in what is typed).
    static func topicWord(_ topic: TopicID) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = Array("\u{2021}".utf8)
        for byte in topic.rawValue.utf8 { out += [digits[Int(byte >> 4)], digits[Int(byte & 15)]] }
        return String(decoding: out, as: UTF8.self)
    }

    /// Responses and tasks are kept as one text each, separated by this.
    static let separator = "\u{1E}"
}

/// One follow-up as the index stores it.
struct IndexedFollowUp: Sendable {
    var position: Int
    var followUp: FollowUp
    var opinionNumbers: [Int]
    var topics: [TopicID]
    var assigneeFolded: String
    /// The whole follow-up as JSON when it holds more than the columns say (notes, a reply, unknown fields).
    var body: String
    /// The list columns as stored (made where the file is read).
    var opinionIdText: String
    var opinionNumberText: String
    var topicText: String

    init(_ f: FollowUp, position: Int, in m: Meeting) {
        self.position = position
        followUp = f
        let opinions = f.opinionIds.compactMap(m.opinion)
        opinionNumbers = opinions.map(\.number)
        topics = opinions.map(\.topic)
        assigneeFolded = VietnameseFolding.fold(f.assignee)
        opinionIdText = f.opinionIds.map(\.rawValue).joined(separator: IndexedOpinion.separator)
        opinionNumberText = opinionNumbers.map(String.init).joined(separator: ",")
        topicText = IndexWriter.topicList(topics)
        if f.notes.isEmpty && f.reply == nil && !f.holdsExtra {
            body = ""
        } else {
            body = (try? MeetingCodec.encoder.encode(f)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        }
    }
}

/// Newest first as row numbers: a later day first, then the meetings of one
/// day as `MeetingOrder` puts them (their rank: latest start first, then id),
/// then the opinions in the order spoken. Search
/// walks the row numbers upwards and stops at the page it needs.
enum OpinionKey {
    static let rankBits = 16
    static let positionBits = 20
    static let maxRank = (1 << rankBits) - 1
    static let maxPosition = (1 << positionBits) - 1

    /// Days are 0001-01-01 … 9999-12-31: ordinals from about -719,000 to 2,933,000.
    static func dayKey(_ day: Day) -> Int64 { Int64(3_000_000 - day.ordinal) }

    static func rowid(day: Day, rank: Int, position: Int) -> Int64 {
        (dayKey(day) << Int64(rankBits + positionBits)) | (Int64(rank) << Int64(positionBits)) | Int64(position)
    }

    /// The first and last row numbers of the days `from` … `to`.
    static func range(from: Day?, to: Day?) -> (low: Int64, high: Int64) {
        let low = to.map { dayKey($0) << Int64(rankBits + positionBits) } ?? 0
        let high = from.map { ((dayKey($0) + 1) << Int64(rankBits + positionBits)) - 1 } ?? Int64.max
        return (low, high)
    }
}

/// A file's size, modification time (ns) and inode: what says it changed.
public struct FileStat: Equatable, Sendable {
    public var size: Int64
    public var modified: Int64
    public var inode: UInt64

    public static func of(_ path: String) -> FileStat? {
        FileFingerprint.statFile(path).map { FileStat(size: $0.size, modified: $0.modified, inode: $0.inode) }
    }
}
