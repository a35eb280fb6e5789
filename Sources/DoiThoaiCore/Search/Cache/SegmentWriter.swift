/// Builds a search cache from the meetings an older cache still describes
/// (their bytes copied, their postings renumbered) and the meetings read
/// afresh (encoded and indexed now).
struct SegmentWriter: Sendable {
    let buildKey: Int64
    /// The older cache and which of its meetings are still current.
    var base: SearchSegment?
    var kept: [Int] = []
    var fresh: [MeetingBlock] = []

    /// The new cache as pieces to write; nil when the archive is beyond
    /// what its 32-bit offsets can address.
    func build() -> CachePlan? {
        var topics = base?.topics ?? []
        var topicNames = base?.topicNames ?? []
        var topicNumbers = Dictionary(topics.enumerated().map { ($0.element, Int32($0.offset)) }, uniquingKeysWith: { a, _ in a })
        func topicKey(_ id: TopicID, name: String) -> Int32 {
            if let known = topicNumbers[id] { return known }
            topics.append(id)
            topicNames.append(name)
            topicNumbers[id] = Int32(topics.count - 1)
            return Int32(topics.count - 1)
        }

        var meetings = ByteWriter()
        var names = Runs()
        var columns = SearchColumns()
        var documents = RunPieces(), folded = RunPieces(), speakers = RunPieces()
        /// Old document number to new, -1 for those dropped.
        var renumbered = [Int32](repeating: -1, count: base?.count ?? 0)
        var meetingIDs: [MeetingID] = []
        var total = base?.names() ?? NameCounts()

        func writeMeeting(id: MeetingID, stat: FileStat, first: Int, count: Int, organizer: String, summary: MeetingSummary) {
            meetings.string(id.rawValue)
            meetings.i64(stat.size); meetings.i64(stat.modified); meetings.i64(stat.inode)
            meetings.u32(UInt32(first)); meetings.u32(UInt32(count))
            meetings.string(organizer)
            summary.encode(into: &meetings)
            meetingIDs.append(id)
        }

        if let base {
            let keptSet = Set(kept)
            for index in base.meetings.indices where !keptSet.contains(index) { total.add(base.names(ofMeeting: index), sign: -1) }
            // In the old cache's order, so renumbering keeps every posting list ascending.
            for index in kept.sorted() {
                let m = base.meetings[index]
                let first = columns.count
                let meetingKey = Int32(meetingIDs.count)
                for old in m.firstDocument..<(m.firstDocument + m.documentCount) {
                    renumbered[old] = Int32(columns.count)
                    columns.copy(old, from: base.columns, meetingKey: meetingKey)
                    documents.borrow(base.documentRuns.range(old, in: base.bytes))
                    folded.borrow(base.foldedRuns.range(old, in: base.bytes))
                    speakers.borrow(base.speakerRuns.range(old, in: base.bytes))
                }
                names.add(base.run(base.nameRuns, index))
                writeMeeting(id: m.id, stat: m.stat, first: first, count: m.documentCount, organizer: m.organizerFolded, summary: m.summary)
            }
        }
        let firstFresh = columns.count
        for block in fresh {
            let first = columns.count
            let meetingKey = Int32(meetingIDs.count)
            for document in block.documents {
                columns.append(document.columns, topicKey: topicKey(document.columns.topic, name: document.topicName), meetingKey: meetingKey)
                documents.add(document.record)
                folded.add(document.folded)
                speakers.add(document.speakerFolded)
            }
            var encoded = ByteWriter()
            block.names.encode(into: &encoded)
            names.add(encoded.bytes)
            total.add(block.names)
            writeMeeting(id: block.id, stat: block.stat, first: first, count: block.documents.count, organizer: block.organizerFolded,
                         summary: block.summary)
        }
        let limit = Int(UInt32.max) / 2
        guard documents.length < limit, folded.length < limit else { return nil }

        let order = newestFirst(columns, meetingIDs: meetingIDs, renumbered: renumbered, firstFresh: firstFresh)
        let (terms, postings) = mergedPostings(renumbered: renumbered, firstFresh: firstFresh)
        var totalNames = ByteWriter()
        total.encode(into: &totalNames)

        var head = ByteWriter()
        head.raw(SearchSegment.magic)
        head.u32(SearchSegment.version)
        head.i64(0) // checksum, filled in once the rest is known
        head.i64(buildKey)
        head.strings(topics.map(\.rawValue))
        head.strings(topicNames)
        head.u32(UInt32(meetingIDs.count))
        head.raw(meetings.bytes)
        names.write(into: &head)
        head.u32(UInt32(totalNames.bytes.count))
        head.raw(totalNames.bytes)
        head.u32(UInt32(columns.count))
        columns.write(into: &head)
        head.int32s(order)

        var plan = CachePlan(base: base)
        plan.add(head.bytes)
        plan.add(documents)
        plan.add(folded)
        plan.add(speakers)
        var tail = ByteWriter()
        tail.u32(UInt32(terms.offsets.count - 1))
        terms.write(into: &tail)
        postings.write(into: &tail)
        plan.add(tail.bytes)
        return plan
    }

    /// Newest first: the older cache's order renumbered, merged with the fresh documents sorted.
    private func newestFirst(_ c: SearchColumns, meetingIDs: [MeetingID], renumbered: [Int32], firstFresh: Int) -> [Int32] {
        let kept = (base?.order ?? []).compactMap { old -> Int32? in
            let new = renumbered[Int(old)]
            return new >= 0 ? new : nil
        }
        return c.newestFirst(kept: kept, added: Array(Int32(firstFresh)..<Int32(c.count)), meetingIDs: meetingIDs)
    }

    /// Words in byte order, each with its documents: the older cache's lists
    /// renumbered, then the fresh documents holding it (all numbered above).
    private func mergedPostings(renumbered: [Int32], firstFresh: Int) -> (terms: Runs, postings: Runs) {
        // Varint deltas from the start: a third of the memory of [Int32] on a first build.
        var freshPostings: [String: PostingBytes] = [:]
        var doc = Int32(firstFresh)
        var seen = Set<Substring>()
        for block in fresh {
            for document in block.documents {
                seen.removeAll(keepingCapacity: true)
                let text = String(decoding: document.folded, as: UTF8.self)
                for word in text.split(separator: " ") where seen.insert(word).inserted {
                    freshPostings[String(word), default: PostingBytes()].append(doc)
                }
                doc += 1
            }
        }
        let freshTerms = freshPostings.keys.map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
        var terms = Runs(), postings = Runs()
        var list: [Int32] = []
        func emit(_ term: some Collection<UInt8>) {
            guard !list.isEmpty else { return }
            if zip(list, list.dropFirst()).contains(where: { $0 >= $1 }) { list = Array(Set(list)).sorted() }
            terms.add(term)
            postings.addAscending(list)
            list.removeAll(keepingCapacity: true)
        }
        var b = 0, f = 0
        let baseTerms = base?.termRuns.count ?? 0
        while b < baseTerms || f < freshTerms.count {
            let baseTerm = b < baseTerms ? base.map { $0.run($0.termRuns, b) } : nil
            let comparison: Int
            if let baseTerm, f < freshTerms.count { comparison = compareBytes(baseTerm, freshTerms[f]) }
            else { comparison = baseTerm == nil ? 1 : -1 }
            if comparison <= 0, let base, let baseTerm {
                base.forEachPosting(b) { old in
                    let new = renumbered[old]
                    if new >= 0 { list.append(new) }
                }
                if comparison == 0 {
                    freshPostings[String(decoding: freshTerms[f], as: UTF8.self)]?.decode(into: &list)
                    f += 1
                }
                emit(baseTerm)
                b += 1
            } else {
                freshPostings[String(decoding: freshTerms[f], as: UTF8.self)]?.decode(into: &list)
                emit(freshTerms[f])
                f += 1
            }
        }
        return (terms, postings)
    }
}

/// Ascending document numbers as varint deltas, appended one at a time.
struct PostingBytes {
    var bytes: [UInt8] = []
    var last: Int32 = -1

    mutating func append(_ doc: Int32) {
        var delta = UInt32(doc - last)
        last = doc
        while delta >= 0x80 {
            bytes.append(UInt8(delta & 0x7F) | 0x80)
            delta >>= 7
        }
        bytes.append(UInt8(delta))
    }

    func decode(into list: inout [Int32]) {
        var doc: Int32 = -1, delta: UInt32 = 0, shift: UInt32 = 0
        for byte in bytes {
            delta |= UInt32(byte & 0x7F) << shift
            if byte < 0x80 {
                doc += Int32(delta)
                list.append(doc)
                delta = 0
                shift = 0
            } else {
                shift += 7
            }
        }
    }
}

/// Byte runs being gathered: offsets and the bytes they cut.
struct Runs {
    var offsets: [UInt32] = [0]
    var blob: [UInt8] = []

    mutating func add(_ bytes: some Collection<UInt8>) {
        blob.append(contentsOf: bytes)
        offsets.append(UInt32(truncatingIfNeeded: blob.count))
    }

    /// Ascending document numbers, each as the varint of its distance from the one before.
    mutating func addAscending(_ numbers: [Int32]) {
        var encoded = PostingBytes()
        encoded.bytes = blob
        blob = []
        for n in numbers { encoded.append(n) }
        blob = encoded.bytes
        offsets.append(UInt32(truncatingIfNeeded: blob.count))
    }

    func write(into out: inout ByteWriter) {
        for offset in offsets { out.u32(offset) }
        out.raw(blob)
    }
}
