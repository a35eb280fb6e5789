/// Builds the bytes of a search cache from the meetings an older cache still
/// describes (copied as they are, their words' postings renumbered) and the
/// meetings read afresh (encoded and indexed now).
struct SegmentWriter {
    let topicsKey: Int64
    /// The older cache and which of its meetings are still current.
    var base: SearchSegment?
    var kept: [Int] = []
    var fresh: [MeetingBlock] = []

    /// The cache's bytes; nil when the archive is beyond what its 32-bit offsets can address.
    func build() -> [UInt8]? {
        var topics = base?.topics ?? []
        var topicNumbers = Dictionary(topics.enumerated().map { ($0.element, Int32($0.offset)) }, uniquingKeysWith: { a, _ in a })
        func topicKey(_ id: TopicID) -> Int32 {
            if let known = topicNumbers[id] { return known }
            topics.append(id)
            topicNumbers[id] = Int32(topics.count - 1)
            return Int32(topics.count - 1)
        }

        var meetings = ByteWriter()
        var columns = SearchColumns()
        var documents = Runs(), folded = Runs(), speakers = Runs()
        /// Old document number to new, -1 for those dropped.
        var renumbered = [Int32](repeating: -1, count: base?.count ?? 0)
        var meetingIDs: [MeetingID] = []
        var meetingCount: UInt32 = 0

        func writeMeeting(id: MeetingID, stat: FileStat, first: Int, count: Int, organizer: String, summary: MeetingSummary) {
            meetings.string(id.rawValue)
            meetings.i64(stat.size); meetings.i64(stat.modified); meetings.i64(stat.inode)
            meetings.u32(UInt32(first)); meetings.u32(UInt32(count))
            meetings.string(organizer)
            summary.encode(into: &meetings)
            meetingIDs.append(id)
            meetingCount += 1
        }

        if let base {
            for index in kept {
                let m = base.meetings[index]
                let first = columns.count
                for old in m.firstDocument..<(m.firstDocument + m.documentCount) {
                    renumbered[old] = Int32(columns.count)
                    columns.dates.append(base.columns.dates[old])
                    columns.topicKeys.append(base.columns.topicKeys[old])
                    columns.kinds.append(base.columns.kinds[old])
                    columns.dispositions.append(base.columns.dispositions[old])
                    columns.numbers.append(base.columns.numbers[old])
                    columns.meetingKeys.append(Int32(meetingCount))
                    columns.pendingDue.append(base.columns.pendingDue[old])
                    columns.done.append(base.columns.done[old])
                    documents.add(base.run(base.documentRuns, old))
                    folded.add(base.run(base.foldedRuns, old))
                    speakers.add(base.run(base.speakerRuns, old))
                }
                writeMeeting(id: m.id, stat: m.stat, first: first, count: m.documentCount, organizer: m.organizerFolded, summary: m.summary)
            }
        }
        let firstFresh = columns.count
        for block in fresh {
            let first = columns.count
            for document in block.documents {
                columns.append(document.columns, topicKey: topicKey(document.columns.topic), meetingKey: Int32(meetingCount))
                documents.add(document.record)
                folded.add(document.folded)
                speakers.add(document.speakerFolded)
            }
            writeMeeting(id: block.id, stat: block.stat, first: first, count: block.documents.count, organizer: block.organizerFolded,
                         summary: block.summary)
        }

        let order = (0..<Int32(columns.count)).sorted { a, b in
            let x = Int(a), y = Int(b)
            if columns.dates[x] != columns.dates[y] { return columns.dates[x] > columns.dates[y] }
            let p = meetingIDs[Int(columns.meetingKeys[x])], q = meetingIDs[Int(columns.meetingKeys[y])]
            if p != q { return p < q }
            return columns.numbers[x] < columns.numbers[y]
        }

        let limit = Int(UInt32.max) / 4
        guard documents.blob.count < limit, folded.blob.count < limit, speakers.blob.count < limit else { return nil }
        var out = ByteWriter()
        out.bytes.reserveCapacity(documents.blob.count + folded.blob.count * 3 + speakers.blob.count + 64 * columns.count + 4096)
        out.raw(SearchSegment.magic)
        out.u32(SearchSegment.version)
        out.i64(0) // checksum, filled in below
        out.i64(topicsKey)
        out.strings(topics.map(\.rawValue))
        out.u32(meetingCount)
        out.raw(meetings.bytes)
        out.u32(UInt32(columns.count))
        out.int32s(columns.dates)
        out.int32s(columns.topicKeys)
        out.raw(columns.kinds)
        out.raw(columns.dispositions)
        out.int32s(columns.numbers)
        out.int32s(columns.meetingKeys)
        out.int32s(columns.pendingDue)
        out.raw(columns.done)
        out.int32s(order)
        documents.write(into: &out)
        folded.write(into: &out)
        speakers.write(into: &out)
        writePostings(into: &out, renumbered: renumbered, freshFolded: folded, firstFresh: firstFresh)
        let checksum = out.bytes.withUnsafeBytes { cacheChecksum(UnsafeRawBufferPointer(rebasing: $0[SearchSegment.bodyStart...])) }
        withUnsafeBytes(of: checksum.littleEndian) { out.bytes.replaceSubrange(12..<20, with: $0) }
        return out.bytes
    }

    /// Words in byte order, each with its documents: the older cache's lists
    /// renumbered, merged with the words of the fresh documents.
    private func writePostings(into out: inout ByteWriter, renumbered: [Int32], freshFolded: Runs, firstFresh: Int) {
        var freshPostings: [String: [Int32]] = [:]
        freshFolded.blob.withUnsafeBytes { blob in
            for doc in firstFresh..<(freshFolded.offsets.count - 1) {
                var seen = Set<Substring>()
                let text = String(decoding: UnsafeRawBufferPointer(rebasing: blob[Int(freshFolded.offsets[doc])..<Int(freshFolded.offsets[doc + 1])]),
                                  as: UTF8.self)
                for word in text.split(separator: " ") where seen.insert(word).inserted {
                    freshPostings[String(word), default: []].append(Int32(doc))
                }
            }
        }
        let freshTerms = freshPostings.keys.map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
        var terms = Runs(), postings = Runs()
        var list: [Int32] = []
        func emit(_ term: some Collection<UInt8>) {
            guard !list.isEmpty else { return }
            terms.add(term)
            postings.addNumbers(list)
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
                    list += freshPostings[String(decoding: freshTerms[f], as: UTF8.self)] ?? []
                    f += 1
                }
                emit(baseTerm)
                b += 1
            } else {
                list += freshPostings[String(decoding: freshTerms[f], as: UTF8.self)] ?? []
                emit(freshTerms[f])
                f += 1
            }
        }
        out.u32(UInt32(terms.offsets.count - 1))
        terms.write(into: &out)
        postings.write(into: &out, unit: 4)
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

    mutating func addNumbers(_ numbers: [Int32]) {
        for n in numbers { withUnsafeBytes(of: n.littleEndian) { blob.append(contentsOf: $0) } }
        offsets.append(UInt32(truncatingIfNeeded: blob.count / 4))
    }

    func write(into out: inout ByteWriter, unit: Int = 1) {
        for offset in offsets { out.u32(offset) }
        out.raw(blob)
    }
}
