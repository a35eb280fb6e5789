/// An inverted index over every opinion of every meeting: folded words to
/// the opinions that hold them. Answers a query typed letter by letter in a
/// few milliseconds on a province's archive, where scanning every text
/// would take a second.
///
/// Two parts: the opinions read from the search cache (`base`, left as
/// bytes and decoded only when shown), and those added since in the running
/// program (`live`). A meeting saved again has its older opinions marked dead
/// and its new ones added live.
public final class SearchIndex: @unchecked Sendable {
    public enum Order: Sendable { case newest, relevance }

    let base: SearchSegment?
    let baseCount: Int
    /// Every document's filter values, base first.
    var columns = SearchColumns()
    var alive: [Bool] = []
    /// Documents added in the running program, numbered from `baseCount`.
    var live: [SearchDocument] = []
    /// Their folded words, space separated with a space at both ends (phrase matching).
    var liveFolded: [String] = []
    var livePostings: [String: [Int32]] = [:]
    private var liveTermsSorted: [String] = []
    private var liveTermsDirty = false

    var meetingIDs: [MeetingID] = []
    var meetingNumbers: [MeetingID: Int32] = [:]
    var organizersFolded: [String] = []
    var byMeeting: [MeetingID: [Int32]] = [:]
    var topicNumbers: [TopicID: Int32] = [:]
    /// Document numbers newest first; rebuilt after a change.
    var order: [Int32] = []
    var orderDirty = true

    /// An index of `documents` alone, built in memory.
    public init(documents: [SearchDocument] = []) {
        base = nil
        baseCount = 0
        for document in documents { add(document) }
    }

    /// An index over what the cache holds.
    init(base: SearchSegment) {
        self.base = base
        baseCount = base.count
        columns = base.columns
        alive = [Bool](repeating: true, count: base.count)
        for (number, topic) in base.topics.enumerated() { topicNumbers[topic] = Int32(number) }
        for (number, meeting) in base.meetings.enumerated() {
            meetingIDs.append(meeting.id)
            meetingNumbers[meeting.id] = Int32(number)
            organizersFolded.append(meeting.organizerFolded)
            byMeeting[meeting.id] = (meeting.firstDocument..<(meeting.firstDocument + meeting.documentCount)).map { Int32($0) }
        }
        order = base.order
        orderDirty = false
    }

    /// How many opinions it holds.
    public var count: Int { alive.lazy.filter { $0 }.count }

    /// Document `i` whole.
    func document(_ i: Int) -> SearchDocument? {
        i < baseCount ? base?.document(i) : live[i - baseCount]
    }

    private func add(_ document: SearchDocument) {
        let id = Int32(columns.count)
        let words = SearchText.words(VietnameseFolding.fold(document.searchable))
        columns.append(SearchColumns.Row(document), topicKey: topicNumber(document.topic), meetingKey: meetingNumber(document))
        live.append(document)
        alive.append(true)
        liveFolded.append(" " + words.joined(separator: " ") + " ")
        var seen = Set<String>()
        for word in words where seen.insert(word).inserted {
            livePostings[word, default: []].append(id)
        }
        byMeeting[document.meetingID, default: []].append(id)
        liveTermsDirty = true
        orderDirty = true
    }

    private func topicNumber(_ id: TopicID) -> Int32 {
        if let known = topicNumbers[id] { return known }
        let next = Int32(topicNumbers.count)
        topicNumbers[id] = next
        return next
    }

    private func meetingNumber(_ d: SearchDocument) -> Int32 {
        if let known = meetingNumbers[d.meetingID] {
            organizersFolded[Int(known)] = VietnameseFolding.fold(d.organizer)
            return known
        }
        meetingIDs.append(d.meetingID)
        organizersFolded.append(VietnameseFolding.fold(d.organizer))
        meetingNumbers[d.meetingID] = Int32(meetingIDs.count - 1)
        return Int32(meetingIDs.count - 1)
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

    /// The live words that start with `prefix`, by binary search in the sorted words.
    func liveTerms(startingWith prefix: String) -> ArraySlice<String> {
        if liveTermsDirty {
            liveTermsSorted = livePostings.keys.sorted()
            liveTermsDirty = false
        }
        var low = 0, high = liveTermsSorted.count
        while low < high {
            let mid = (low + high) / 2
            if liveTermsSorted[mid] < prefix { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < liveTermsSorted.count && liveTermsSorted[end].hasPrefix(prefix) { end += 1 }
        return liveTermsSorted[low..<end]
    }

    /// The cache's order with the dead left out, merged with the live documents sorted.
    func rebuildOrder() {
        let kept = (base?.order ?? []).filter { alive[Int($0)] }
        let added = (Int32(baseCount)..<Int32(columns.count)).filter { alive[Int($0)] }
        let merged = columns.newestFirst(kept: kept, added: added, meetingIDs: meetingIDs)
        order = merged
        orderDirty = false
    }
}
