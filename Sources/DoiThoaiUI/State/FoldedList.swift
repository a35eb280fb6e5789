#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The archive's names of one kind, most used first, with their folded
/// forms laid end to end in one string of bytes ("\nname\nname…\n").
///
/// A province's archive offers some 200,000 speakers. Walking them name by
/// name on each key typed cost 0.3 s of CPU per letter; here a completion is
/// two `memmem` searches of one buffer: "\n" + what is typed finds the names
/// that start with it, " " + it the names with a later word that does, both
/// in the list's order (most used first), stopping at the first few.
public struct FoldedList: Equatable, Sendable {
    public let words: [Vocabulary.Word]
    private let bytes: [UInt8]
    /// Where each name's folded form starts in `bytes`.
    private let offsets: [Int]

    public init(_ words: [Vocabulary.Word] = []) {
        self.words = words
        var bytes: [UInt8] = [0x0A]
        var offsets: [Int] = []
        offsets.reserveCapacity(words.count)
        for word in words {
            offsets.append(bytes.count)
            bytes += word.folded.utf8.map { $0 == 0x0A ? 0x20 : $0 }
            bytes.append(0x0A)
        }
        self.bytes = bytes
        self.offsets = offsets
    }

    public static func == (l: FoldedList, r: FoldedList) -> Bool { l.words == r.words }

    /// Calls `found` with each name whose folded form is `typed` followed by
    /// more (`.start`), then with each name that has a later word starting
    /// with it (`.word`), each in the list's order, until `found` says stop.
    func matches(_ typed: [UInt8], lookingInside: () -> Bool, _ found: (Vocabulary.Word, FoldedMatch) -> Bool) {
        guard !typed.isEmpty else { return }
        var keepGoing = true
        search([0x0A] + typed) { at in
            let name = at + 1
            let end = name + typed.count
            guard end < bytes.count, bytes[end] != 0x0A, let index = position(of: name) else { return true }
            keepGoing = found(words[index], .start)
            return keepGoing
        }
        guard keepGoing, lookingInside() else { return }
        var last = -1
        search([0x20] + typed) { at in
            guard let index = owner(of: at), index != last else { return true }
            last = index
            // A name that starts with what is typed was offered above (or is what was typed).
            if startsWith(typed, at: offsets[index]) { return true }
            return found(words[index], .word) && lookingInside()
        }
    }

    /// Every place `needle` (a separator, then at least one byte) occurs, in
    /// order, until `found` says stop: `memchr` hops to each place its second
    /// byte occurs, rarer than the separator, and the rest is compared there.
    private func search(_ needle: [UInt8], _ found: (Int) -> Bool) {
        guard needle.count >= 2 else { return }
        bytes.withUnsafeBufferPointer { haystack in
            guard let base = haystack.baseAddress else { return }
            var from = 1
            while from < haystack.count, let hit = memchr(base + from, Int32(needle[1]), haystack.count - from) {
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - 1
                from = at + 2
                guard at + needle.count <= haystack.count, haystack[at] == needle[0] else { continue }
                var same = true
                for k in 2..<needle.count where haystack[at + k] != needle[k] { same = false; break }
                if same && !found(at) { return }
            }
        }
    }

    /// The name starting exactly at `offset`.
    private func position(of offset: Int) -> Int? {
        guard let index = owner(of: offset), offsets[index] == offset else { return nil }
        return index
    }

    /// The name whose bytes hold `offset` (the last starting at or before it).
    private func owner(of offset: Int) -> Int? {
        var low = 0, high = offsets.count
        while low < high {
            let middle = (low + high) / 2
            if offsets[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : low - 1
    }

    private func startsWith(_ typed: [UInt8], at offset: Int) -> Bool {
        guard offset + typed.count <= bytes.count else { return false }
        for k in 0..<typed.count where bytes[offset + k] != typed[k] { return false }
        return true
    }

    /// Whether the list holds a name written exactly `text`.
    func contains(_ text: String, folded: String) -> Bool {
        let wanted = Array(folded.utf8).map { $0 == 0x0A ? 0x20 : $0 }
        var found = false
        search([0x0A] + wanted + [0x0A]) { at in
            if let index = position(of: at + 1), words[index].text == text { found = true }
            return !found
        }
        return found
    }
}
