#if canImport(Glibc)
import Glibc
#endif
import Foundation

extension SearchIndex {
    /// The opinions matching `query`, newest first (or exact-mark matches
    /// first for `.relevance`), at most `limit`; and how many match in all.
    public func search(_ query: SearchQuery, limit: Int = .max, order wanted: Order = .newest) -> (hits: [SearchDocument], total: Int) {
        let candidates = candidateSet(query)
        if orderDirty { rebuildOrder() }
        let f = query.filters
        let compiled = compile(f)
        let phrases = query.phrases.map { Array(" \($0) ".utf8) }
        var matched: [Int] = []
        var total = 0
        for doc in order {
            let index = Int(doc)
            if let candidates, !candidates[index] { continue }
            guard alive[index], columns.passes(index, compiled) else { continue }
            if !phrases.isEmpty && !phrases.allSatisfy({ folded(index, contains: $0) }) { continue }
            if let organizer = f.organizer, !organizersFolded[Int(columns.meetingKeys[index])].contains(organizer) { continue }
            if let speaker = f.speaker, !speakerFolded(index, contains: speaker) { continue }
            total += 1
            if matched.count < limit || wanted == .relevance { matched.append(index) }
        }
        var hits = matched.compactMap(document)
        if wanted == .relevance && !query.markedWords.isEmpty && query.markedWords != query.words {
            let isExact = hits.map { doc in
                let lowered = doc.searchable.lowercased()
                return query.markedWords.allSatisfy { lowered.contains($0) }
            }
            hits = hits.indices.filter { isExact[$0] }.map { hits[$0] } + hits.indices.filter { !isExact[$0] }.map { hits[$0] }
        }
        return (Array(hits.prefix(limit)), total)
    }

    private func compile(_ f: SearchFilters) -> CompiledFilters {
        var c = CompiledFilters()
        c.topic = f.topic.map { topicNumbers[$0] ?? -1 }
        c.kind = f.kind.map { UInt8(OpinionKind.allCases.firstIndex(of: $0) ?? 0) }
        c.disposition = f.disposition.map { UInt8(Disposition.allCases.firstIndex(of: $0) ?? 0) }
        c.from = f.from.map { Int32($0.ordinal) } ?? .min
        c.to = f.to.map { Int32($0.ordinal) } ?? .max
        c.meeting = f.meeting.map { meetingNumbers[$0] ?? -1 }
        c.followUp = f.followUp
        c.today = Int32((f.asOf ?? Clock.system.today).ordinal)
        return c
    }

    private func folded(_ i: Int, contains phrase: [UInt8]) -> Bool {
        if i >= baseCount { return liveFolded[i - baseCount].utf8.withContiguousStorageIfAvailable { contains($0, phrase) } ?? false }
        guard let base else { return false }
        return contains(base.run(base.foldedRuns, i), phrase)
    }

    private func speakerFolded(_ i: Int, contains speaker: String) -> Bool {
        if i >= baseCount { return VietnameseFolding.fold(live[i - baseCount].speaker ?? "").contains(speaker) }
        guard let base, !speaker.isEmpty else { return true }
        return contains(base.run(base.speakerRuns, i), Array(speaker.utf8))
    }

    private func contains(_ haystack: some Collection<UInt8>, _ needle: [UInt8]) -> Bool {
        haystack.withContiguousStorageIfAvailable { h in contains(UnsafeRawBufferPointer(h), needle) } ?? false
    }

    private func contains(_ haystack: UnsafeRawBufferPointer, _ needle: [UInt8]) -> Bool {
        needle.withUnsafeBytes { bytes(haystack, contain: $0) }
    }

    /// A flag per document: holds every word (the last as a prefix); nil when no word was typed.
    private func candidateSet(_ query: SearchQuery) -> [Bool]? {
        guard !query.words.isEmpty else { return nil }
        var result: [Bool]?
        for (position, word) in query.words.enumerated() {
            var set = [Bool](repeating: false, count: columns.count)
            let bytes = Array(word.utf8)
            if position == query.words.count - 1 && query.lastWordIsPrefix {
                if let base {
                    for term in base.terms(startingWith: bytes) { base.forEachPosting(term) { set[$0] = true } }
                }
                for term in liveTerms(startingWith: word) {
                    for doc in livePostings[term] ?? [] { set[Int(doc)] = true }
                }
            } else {
                if let base, let term = base.term(bytes) { base.forEachPosting(term) { set[$0] = true } }
                for doc in livePostings[word] ?? [] { set[Int(doc)] = true }
            }
            if let previous = result {
                for index in set.indices where set[index] && !previous[index] { set[index] = false }
            }
            result = set
        }
        return result
    }
}
