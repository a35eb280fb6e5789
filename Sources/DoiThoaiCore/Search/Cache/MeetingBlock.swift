/// One meeting's opinions in the form the search cache stores them: each
/// document encoded, its folded words, and the columns filters read. Built
/// on any thread while files are decoded, so the meetings themselves can be
/// dropped at once.
struct MeetingBlock: Sendable {
    var id: MeetingID
    /// The file's size, modification time and inode when it was read.
    var stat: FileStat
    var summary: MeetingSummary
    var names: NameCounts
    var organizerFolded: String
    var documents: [EncodedDocument]

    init(_ meeting: Meeting, stat: FileStat, topics: TopicCatalog) {
        self.init(meeting, documents: SearchDocument.of(meeting, topics: topics), stat: stat)
    }

    /// With the meeting's documents already made.
    init(_ meeting: Meeting, documents: [SearchDocument], stat: FileStat) {
        id = meeting.id
        self.stat = stat
        summary = MeetingSummary(meeting)
        names = NameCounts(meeting)
        organizerFolded = VietnameseFolding.fold(meeting.organizer)
        self.documents = documents.map(EncodedDocument.init)
    }
}

/// A file's size, modification time (nanoseconds) and inode: enough to tell
/// that the cache still describes it.
struct FileStat: Equatable, Sendable {
    var size: Int64
    var modified: Int64
    var inode: Int64

    static func of(_ path: String) -> FileStat? {
        FileFingerprint.statFile(path).map { FileStat(size: $0.size, modified: $0.modified, inode: Int64(bitPattern: $0.inode)) }
    }
}

/// One opinion, encoded for the cache.
struct EncodedDocument: Sendable {
    var record: [UInt8]
    /// Folded words, one space between, one at each end (phrases match as " a b ").
    var folded: [UInt8]
    var speakerFolded: [UInt8]
    /// The topic's name as the document got it from the catalog.
    var topicName: String
    var columns: SearchColumns.Row

    init(_ document: SearchDocument) {
        var writer = ByteWriter()
        document.encode(into: &writer)
        record = writer.bytes
        folded = Array((" " + SearchText.words(VietnameseFolding.fold(document.searchable)).joined(separator: " ") + " ").utf8)
        speakerFolded = Array(VietnameseFolding.fold(document.speaker ?? "").utf8)
        topicName = document.topicName
        columns = SearchColumns.Row(document)
    }
}

extension SearchDocument {
    /// Everything but the meeting's own fields, which the cache keeps once per meeting.
    func encode(into w: inout ByteWriter) {
        w.string(opinionID.rawValue)
        w.i32(Int32(number))
        w.optional(speaker)
        w.optional(origin)
        w.string(topic.rawValue)
        w.string(topicName)
        w.string(kind.rawValue)
        w.string(disposition.rawValue)
        w.string(text)
        w.strings(responses)
        w.strings(tasks)
        w.u32(UInt32(followUps.count))
        for mark in followUps {
            w.i32(Int32(mark.due.ordinal))
            w.string(mark.status.rawValue)
        }
    }

    static func decode(from r: inout ByteReader, meeting: MeetingID, title: String, organizer: String, date: Day) throws -> SearchDocument {
        let opinion = OpinionID(try r.string())
        let number = Int(try r.i32())
        let speaker = try r.optional(), origin = try r.optional()
        let topic = TopicID(try r.string()), topicName = try r.string()
        guard let kind = OpinionKind(rawValue: try r.string()), let disposition = Disposition(rawValue: try r.string()) else {
            throw ByteReader.Damaged()
        }
        let text = try r.string()
        let responses = try r.strings(), tasks = try r.strings()
        var marks: [FollowUpMark] = []
        for _ in 0..<(try r.count()) {
            let due = Day(ordinal: Int(try r.i32()))
            guard let status = FollowUpStatus(rawValue: try r.string()) else { throw ByteReader.Damaged() }
            marks.append(FollowUpMark(due: due, status: status))
        }
        return SearchDocument(meetingID: meeting, meetingTitle: title, organizer: organizer, date: date, opinionID: opinion,
                              number: number, speaker: speaker, origin: origin, topic: topic, topicName: topicName, kind: kind,
                              disposition: disposition, text: text, responses: responses, tasks: tasks, followUps: marks)
    }
}
