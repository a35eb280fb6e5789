import Foundation
import DoiThoaiCore

/// Words the secretary typed before, offered back as completions: speakers
/// and their origins, who answered, who was assigned; and how often each
/// topic was used (most used first in the picker).
public struct Vocabulary: Equatable, Sendable {
    public var speakers: [Word] = []
    public var origins: [Word] = []
    public var responders: [Word] = []
    public var assignees: [Word] = []
    /// The bodies that held meetings, those with most meetings first (from the meetings list).
    public var organizers: [Word] = []
    public var topicUsage: [TopicID: Int] = [:]
    /// Where each speaker said they came from (by folded name): most often,
    /// as the index counts it; the last time, for a meeting saved in this run.
    public var originsByFoldedSpeaker: [String: String] = [:]
    /// An attendee's title and organization as written before (by folded name).
    public var titlesByFoldedAttendee: [String: String] = [:]
    public var organizationsByFoldedAttendee: [String: String] = [:]

    /// A word with its folded form, folded once rather than on every key.
    public struct Word: Equatable, Sendable {
        public var text: String
        public var folded: String

        public init(_ text: String) {
            self.text = text
            folded = VietnameseFolding.fold(text)
        }
    }

    public init() {}

    /// Collected from every meeting, each list without repeats, most frequent first.
    public init(meetings: [Meeting]) {
        var names = NameCounts()
        for meeting in meetings { names.add(NameCounts(meeting)) }
        self.init(names: names)
    }

    /// Where `speaker` came from when last recorded, if known.
    public func origin(of speaker: String) -> String? { originsByFoldedSpeaker[VietnameseFolding.fold(speaker)] }

    mutating func learnOrigins(from meeting: Meeting) {
        for opinion in meeting.opinions {
            guard let speaker = opinion.speaker, let origin = opinion.origin, !origin.isEmpty else { continue }
            originsByFoldedSpeaker[VietnameseFolding.fold(speaker)] = origin
        }
        for attendee in meeting.attendees {
            let key = VietnameseFolding.fold(attendee.name)
            if let title = attendee.title, !title.isEmpty { titlesByFoldedAttendee[key] = title }
            if let organization = attendee.organization, !organization.isEmpty { organizationsByFoldedAttendee[key] = organization }
        }
    }

    /// Collected from the names' counts (what the index keeps): most used
    /// first, names used as often in Vietnamese order. `ranking` keeps each
    /// name's collation key and folded form for the next load.
    public init(names: NameCounts, ranking: NameRanking = NameRanking()) {
        speakers = ranking.ranked(names.speakers)
        origins = ranking.ranked(names.origins)
        responders = ranking.ranked(names.responders)
        assignees = ranking.ranked(names.assignees)
        topicUsage = names.topicUsage
        originsByFoldedSpeaker = names.mostUsed(.speakerOrigin)
        titlesByFoldedAttendee = names.mostUsed(.attendeeTitle)
        organizationsByFoldedAttendee = names.mostUsed(.attendeeOrganization)
    }

    /// From the index: the names' counts, and the detail most used beside each name (`ArchiveIndex.nameDetails`).
    public init(names: NameCounts, details: [NameDetail.Kind: [String: String]], ranking: NameRanking = NameRanking()) {
        self.init(names: names, ranking: ranking)
        originsByFoldedSpeaker = details[.speakerOrigin] ?? [:]
        titlesByFoldedAttendee = details[.attendeeTitle] ?? [:]
        organizationsByFoldedAttendee = details[.attendeeOrganization] ?? [:]
    }

    /// The title and organization written beside this attendee's name before, when known.
    public func attendeeDetails(of name: String) -> (title: String?, organization: String?) {
        let key = VietnameseFolding.fold(name)
        return (titlesByFoldedAttendee[key], organizationsByFoldedAttendee[key])
    }

    /// Each organizer of `names` once, the most frequent first (ties in Vietnamese order).
    public static func ranked(organizers names: [String]) -> [Word] {
        var counts: [String: Int] = [:]
        for name in names where !name.isEmpty { counts[name, default: 0] += 1 }
        return VietnameseCollation.sorted(Array(counts), by: \.key).sorted { $0.value > $1.value }.map { Word($0.key) }
    }

    /// Learns from a meeting just saved, so its names complete at once.
    public mutating func learn(from meeting: Meeting) {
        func add(_ value: String?, to list: inout [Word]) {
            guard let value, !value.isEmpty, !list.contains(where: { $0.text == value }) else { return }
            list.append(Word(value))
        }
        for opinion in meeting.opinions {
            add(opinion.speaker, to: &speakers)
            add(opinion.origin, to: &origins)
            for response in opinion.responses { add(response.responder, to: &responders) }
        }
        for followUp in meeting.followUps { add(followUp.assignee, to: &assignees) }
        learnOrigins(from: meeting)
    }
}

/// The names' Vietnamese order and folded forms, kept between loads. After
/// every change made outside the program the index's names are ranked again
/// (some 100,000 speakers at a province), and working every name's collation
/// key and folded form out again cost the idle program 2 s of CPU per change.
public final class NameRanking: @unchecked Sendable {
    private struct Known {
        let key: VietnameseCollation.SortKey
        let word: Vocabulary.Word
    }

    private var known: [String: Known] = [:]
    private let lock = NSLock()

    public init() {}

    /// Most used first; names used as often in Vietnamese order.
    func ranked(_ counts: [String: Int]) -> [Vocabulary.Word] {
        lock.lock()
        defer { lock.unlock() }
        var entries: [(uses: Int, known: Known)] = []
        entries.reserveCapacity(counts.count)
        for (name, uses) in counts {
            if let found = known[name] {
                entries.append((uses, found))
            } else {
                let made = Known(key: VietnameseCollation.SortKey(name), word: Vocabulary.Word(name))
                known[name] = made
                entries.append((uses, made))
            }
        }
        entries.sort { $0.uses != $1.uses ? $0.uses > $1.uses : $0.known.key < $1.known.key }
        return entries.map(\.known.word)
    }
}

/// Suggestions for what is typed: names that start with it (ignoring marks
/// and case) first, then names with a word that starts with it.
public enum Completion {
    public static let limit = 5

    /// An honorific typed first ("Ông Nguy", "Đ/c Lan") does not stop a
    /// name written without one from being offered: it is offered with the
    /// honorific typed ("Ông Nguyễn Văn Hải"), after the names that match whole.
    public static func suggestions(for typed: String, among candidates: [Vocabulary.Word]) -> [String] {
        let query = VietnameseFolding.fold(typed).trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else { return [] }
        var found = matching(query, among: candidates)
        if let (title, rest) = splitHonorific(typed) {
            var seen = Set(found.map(VietnameseFolding.fold))
            for name in matching(rest, among: candidates) {
                let folded = VietnameseFolding.fold(name)
                let shown = honorifics.contains(where: { folded.hasPrefix($0 + " ") }) ? name : title + " " + name
                if VietnameseFolding.fold(shown) != query, seen.insert(VietnameseFolding.fold(shown)).inserted {
                    found.append(shown)
                }
            }
        }
        return Array(found.prefix(limit))
    }

    /// "Ông Nguy" → ("Ông", "nguy"): the honorific as typed (capitalised) and the folded rest.
    static func splitHonorific(_ typed: String) -> (title: String, rest: String)? {
        let words = typed.trimmingCharacters(in: .whitespaces).split(separator: " ").map(String.init)
        let folded = words.map(VietnameseFolding.fold)
        for honorific in honorifics {
            let count = honorific.split(separator: " ").count
            guard folded.count > count, folded.prefix(count).joined(separator: " ") == honorific else { continue }
            let title = words.prefix(count).joined(separator: " ")
            return (title.prefix(1).uppercased() + title.dropFirst(), folded.dropFirst(count).joined(separator: " "))
        }
        return nil
    }

    /// Names whose folded form starts with `query`, then names with a word
    /// starting with it. Compared on UTF-8 bytes: a province's archive
    /// offers some 100,000 speakers, and Swift's Unicode-aware `hasPrefix`
    /// and `contains` over them took seconds per key typed.
    static func matching(_ query: String, among candidates: [Vocabulary.Word]) -> [String] {
        let typed = Array(query.utf8)
        var starts: [String] = []
        var words: [String] = []
        var seen = Set<String>()
        for candidate in candidates {
            switch FoldedMatch.of(typed, in: candidate.folded, lookingInside: words.count < limit) {
            case .whole, .none: continue
            case .start: if seen.insert(candidate.text).inserted { starts.append(candidate.text) }
            case .word: if seen.insert(candidate.text).inserted { words.append(candidate.text) }
            }
            if starts.count >= limit { break }
        }
        return Array((starts + words).prefix(limit))
    }

    /// Words said before a name, skipped when judging whether a name starts with what was typed.
    static let honorifics = ["ong", "ba", "anh", "chi", "co", "chu", "bac", "em", "d/c", "dong chi"]

    /// Whether `candidate` completes `typed`: its name (after "Ông", "Bà"…)
    /// starts with it and is longer. A name typed whole ("Đỗ Thị Hoa") is not
    /// completed into another that differs only by marks ("Đỗ Thị Hòa").
    public static func completes(_ typed: String, _ candidate: String) -> Bool {
        let query = VietnameseFolding.fold(typed).trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else { return false }
        var name = VietnameseFolding.fold(candidate)
        for honorific in honorifics where name.hasPrefix(honorific + " ") && !query.hasPrefix(honorific + " ") {
            name = String(name.dropFirst(honorific.count + 1))
            break
        }
        if name.hasPrefix(query) && name.count > query.count { return true }
        // One word typed, the way a person is called ("Hùng" for Ông Nguyễn
        // Văn Hùng): it starts a later word of the name (not of the title).
        guard !query.contains(" "), query.count >= 2 else { return false }
        let person = name.split(separator: ",").first.map(String.init) ?? name
        return person.split(separator: " ").dropFirst().contains { $0.hasPrefix(query) } && person.count > query.count
    }

    /// The attendee a suggestion taken in a speaker or answerer field is, as
    /// `candidates` shows them (name, or name and title), also when offered
    /// after an honorific typed first ("Ông Lê Đăng Lễ, Phó Chủ tịch…").
    public static func attendee(taken text: String, _ source: CompletionSource, in meeting: Meeting?) -> AttendeeID? {
        guard let meeting, source == .speakers || source == .responders else { return nil }
        func shown(_ a: Attendee) -> String {
            VietnameseFolding.fold(source == .responders ? a.nameWithTitle : a.name)
        }
        let folded = VietnameseFolding.fold(text).trimmingCharacters(in: .whitespaces)
        if let found = meeting.attendees.first(where: { shown($0) == folded }) { return found.id }
        if let (_, rest) = splitHonorific(text), let found = meeting.attendees.first(where: { shown($0) == rest }) { return found.id }
        return nil
    }

    /// The candidates a completing field offers, in the open meeting's context.
    public static func candidates(_ source: CompletionSource, meeting: Meeting?, vocabulary: Vocabulary) -> [Vocabulary.Word] {
        let attendees = meeting?.attendees ?? []
        let ordered = meeting?.attendeesOfficialsFirst ?? []
        switch source {
        case .speakers:
            return attendees.filter { $0.role != .chair && $0.role != .secretary }.map { .init($0.name) } + vocabulary.speakers
        case .origins:
            return attendees.compactMap(\.organization).map(Vocabulary.Word.init) + vocabulary.origins
        case .responders:
            // Every attendee may answer (the secretary too), the officials first.
            return ordered.map { .init($0.nameWithTitle) } + vocabulary.responders
        case .assignees:
            // The people in the room take the tasks as often as a unit does: offered first, as answerers are.
            return ordered.map { .init($0.nameWithTitle) } + vocabulary.assignees + attendees.compactMap(\.organization).map(Vocabulary.Word.init)
        case .organizers:
            return vocabulary.organizers
        }
    }
}

/// How a folded name holds what was typed (folded), compared byte by byte.
enum FoldedMatch {
    case none, whole, start, word

    static func of(_ typed: [UInt8], in folded: String, lookingInside: Bool) -> FoldedMatch {
        folded.utf8.withContiguousStorageIfAvailable { of(typed, in: $0, lookingInside: lookingInside) }
            ?? Array(folded.utf8).withUnsafeBufferPointer { of(typed, in: $0, lookingInside: lookingInside) }
    }

    private static func of(_ typed: [UInt8], in name: UnsafeBufferPointer<UInt8>, lookingInside: Bool) -> FoldedMatch {
        let count = typed.count
        guard count > 0, name.count >= count else { return .none }
        if holds(typed, in: name, at: 0) { return name.count == count ? .whole : .start }
        guard lookingInside, name.count > count else { return .none }
        // A word inside: the typed text right after a space.
        var at = 1
        while at + count <= name.count {
            if name[at - 1] == 0x20, name[at] == typed[0], holds(typed, in: name, at: at) { return .word }
            at += 1
        }
        return .none
    }

    private static func holds(_ typed: [UInt8], in name: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        for k in 0..<typed.count where name[start + k] != typed[k] { return false }
        return true
    }
}
