/// An inverted index over every opinion of every meeting: folded words to
/// the opinions that hold them. Answers a query typed letter by letter in a
/// few milliseconds on a province's archive, where scanning every text
/// would take a second. Kept current as meetings are saved.
public final class SearchIndex: @unchecked Sendable {
    public enum Order: Sendable { case newest, relevance }

    public private(set) var documents: [SearchDocument] = []
    private var alive: [Bool] = []
    /// Each document's folded words, space separated with a space at both ends (phrase matching).
    private var foldedText: [String] = []
    private var postings: [String: [Int32]] = [:]
    private var terms: [String] = []
    private var termsDirty = true
    private var byMeeting: [MeetingID: [Int32]] = [:]
    /// Columns the filters read, so a query never copies a whole document.
    private var dates: [Int32] = []
    private var topicKeys: [Int32] = []
    private var kinds: [UInt8] = []
    private var dispositions: [UInt8] = []
    private var topicNumbers: [TopicID: Int32] = [:]
    /// Document ids newest first; rebuilt after a change.
    private var order: [Int32] = []
    private var orderDirty = true

    public init(documents: [SearchDocument] = []) {
        for document in documents { add(document) }
    }

    public var count: Int { alive.lazy.filter { $0 }.count }

    private func add(_ document: SearchDocument) {
        let id = Int32(documents.count)
        let words = SearchText.words(VietnameseFolding.fold(document.searchable))
        documents.append(document)
        alive.append(true)
        dates.append(Int32(document.date.ordinal))
        topicKeys.append(topicNumber(document.topic))
        kinds.append(UInt8(OpinionKind.allCases.firstIndex(of: document.kind) ?? 0))
        dispositions.append(UInt8(Disposition.allCases.firstIndex(of: document.disposition) ?? 0))
        foldedText.append(" " + words.joined(separator: " ") + " ")
        var seen = Set<String>()
        for word in words where seen.insert(word).inserted {
            postings[word, default: []].append(id)
        }
        byMeeting[document.meetingID, default: []].append(id)
        termsDirty = true
        orderDirty = true
    }

    private func topicNumber(_ id: TopicID) -> Int32 {
        if let known = topicNumbers[id] { return known }
        let next = Int32(topicNumbers.count)
        topicNumbers[id] = next
        return next
    }

    /// Replaces the opinions of one meeting (after a save), or adds them.
    public func replace(meeting id: MeetingID, with replacement: [SearchDocument]) {
        remove(meeting: id)
        for document in replacement { add(document) }
    }

    public func remove(meeting id: MeetingID) {
        for doc in byMeeting[id] ?? [] { alive[Int(doc)] = false }
        byMeeting[id] = nil
        orderDirty = true
    }

    /// The opinions matching `query`, newest first (or exact-mark matches
    /// first for `.relevance`), at most `limit`; and how many match in all.
    public func search(_ query: SearchQuery, limit: Int = .max, order wanted: Order = .newest) -> (hits: [SearchDocument], total: Int) {
        let candidates = candidateSet(query)
        if orderDirty { rebuildOrder() }
        var hits: [SearchDocument] = []
        var total = 0
        let f = query.filters
        let topic: Int32? = f.topic.map { topicNumbers[$0] ?? -1 }
        let kind = f.kind.map { UInt8(OpinionKind.allCases.firstIndex(of: $0) ?? 0) }
        let disposition = f.disposition.map { UInt8(Disposition.allCases.firstIndex(of: $0) ?? 0) }
        let from = f.from.map { Int32($0.ordinal) } ?? Int32.min
        let to = f.to.map { Int32($0.ordinal) } ?? Int32.max
        let slowFilters = f.organizer != nil || f.speaker != nil || f.meeting != nil || f.followUp != nil
        for doc in order {
            let index = Int(doc)
            if let candidates, !candidates[index] { continue }
            guard alive[index], dates[index] >= from, dates[index] <= to else { continue }
            if let topic, topicKeys[index] != topic { continue }
            if let kind, kinds[index] != kind { continue }
            if let disposition, dispositions[index] != disposition { continue }
            if !query.phrases.isEmpty && !query.phrases.allSatisfy({ foldedText[index].contains(" " + $0 + " ") }) { continue }
            if slowFilters && !passes(documents[index], f) { continue }
            total += 1
            if hits.count < limit || wanted == .relevance { hits.append(documents[index]) }
        }
        if wanted == .relevance && !query.markedWords.isEmpty && query.markedWords != query.words {
            let exact = hits.filter { doc in
                let lowered = doc.searchable.lowercased()
                return query.markedWords.allSatisfy { lowered.contains($0) }
            }
            let rest = hits.filter { doc in !exact.contains { $0.opinionID == doc.opinionID && $0.meetingID == doc.meetingID } }
            hits = exact + rest
        }
        return (Array(hits.prefix(limit)), total)
    }

    /// A flag per document: holds every word (the last as a prefix); nil when no word was typed.
    private func candidateSet(_ query: SearchQuery) -> [Bool]? {
        guard !query.words.isEmpty else { return nil }
        var result: [Bool]?
        for (position, word) in query.words.enumerated() {
            var set = [Bool](repeating: false, count: documents.count)
            if position == query.words.count - 1 && query.lastWordIsPrefix {
                for term in termsStarting(with: word) {
                    for doc in postings[term] ?? [] { set[Int(doc)] = true }
                }
            } else {
                for doc in postings[word] ?? [] { set[Int(doc)] = true }
            }
            if let previous = result {
                for index in set.indices where set[index] && !previous[index] { set[index] = false }
            }
            result = set
        }
        return result
    }

    /// Every indexed word that starts with `prefix`, by binary search in the sorted words.
    private func termsStarting(with prefix: String) -> ArraySlice<String> {
        if termsDirty {
            terms = postings.keys.sorted()
            termsDirty = false
        }
        var low = 0, high = terms.count
        while low < high {
            let mid = (low + high) / 2
            if terms[mid] < prefix { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < terms.count && terms[end].hasPrefix(prefix) { end += 1 }
        return terms[low..<end]
    }

    private func rebuildOrder() {
        order = (0..<Int32(documents.count)).filter { alive[Int($0)] }.sorted { a, b in
            let x = documents[Int(a)], y = documents[Int(b)]
            if x.date != y.date { return x.date > y.date }
            if x.meetingID != y.meetingID { return x.meetingID < y.meetingID }
            return x.number < y.number
        }
        orderDirty = false
    }

    func passes(_ d: SearchDocument, _ f: SearchFilters) -> Bool {
        if let topic = f.topic, d.topic != topic { return false }
        if let kind = f.kind, d.kind != kind { return false }
        if let disposition = f.disposition, d.disposition != disposition { return false }
        if let from = f.from, d.date < from { return false }
        if let to = f.to, d.date > to { return false }
        if let meeting = f.meeting, d.meetingID != meeting { return false }
        if let organizer = f.organizer, !VietnameseFolding.fold(d.organizer).contains(organizer) { return false }
        if let speaker = f.speaker, !VietnameseFolding.fold(d.speaker ?? "").contains(speaker) { return false }
        if let state = f.followUp {
            let today = f.asOf ?? Clock.system.today
            switch state {
            case .open: if !d.followUps.contains(where: { $0.status.isPending }) { return false }
            case .overdue: if !d.followUps.contains(where: { $0.status.isPending && $0.due < today }) { return false }
            case .done: if !d.followUps.contains(where: { $0.status == .done }) { return false }
            }
        }
        return true
    }
}
