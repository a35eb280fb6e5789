import DoiThoaiCore
import Foundation
import XCTest
@testable import DoiThoaiUI

/// Random key sequences from a fixed seed, fed to the reducer over the
/// sample meetings (and a meeting with control characters in every field),
/// with the effects carried out in memory: no crash, every saved meeting
/// keeps every invariant, and no screen shows a raw control character.
///
/// 100,000 keys in CI; by hand: `DOITHOAI_REDUCER_KEYS=1000000 swift test --skip-build --filter ReducerPropertyTests`.
final class ReducerPropertyTests: XCTestCase {
    static var sampleFolder: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("data").path
    }

    /// The record in memory: what the effect runner does, without disk.
    final class MemoryRecord {
        var meetings: [MeetingID: Meeting] = [:]
        var topics: TopicCatalog
        var saves = 0
        var violations: [String] = []
        var nextFingerprint: Int64 = 10
        /// Every opinion as search sees it, made at the first search after a change.
        var index: [SearchDocument]?

        init(meetings: [Meeting], topics: TopicCatalog) {
            for meeting in meetings { self.meetings[meeting.id] = meeting }
            self.topics = topics
        }

        func fingerprint() -> FileFingerprint {
            nextFingerprint += 1
            return FileFingerprint(size: nextFingerprint, modified: nextFingerprint, inode: 1, contentHash: UInt64(nextFingerprint))
        }

        func check(_ meeting: Meeting, _ what: String) {
            saves += 1
            index = nil
            let problems = meeting.problems(topics: topics.ids)
            if !problems.isEmpty { violations.append("\(what) \(meeting.id): \(problems)") }
            if MeetingBounds.firstViolation(in: (try? JSONDecoder().decode(JSONValue.self, from: MeetingCodec.encode(meeting)))?.objectValue ?? [:]) != nil {
                violations.append("\(what) \(meeting.id): out of bounds")
            }
        }

        func perform(_ effect: Effect, _ state: AppState) -> [Action] {
            switch effect {
            case let .openMeeting(id, intent):
                guard let meeting = meetings[id] else { return [.effectFailed("gone")] }
                return [.meetingOpened(StoredMeeting(meeting: meeting, fingerprint: fingerprint()), readOnly: nil, then: intent)]
            case .createMeeting(var meeting):
                meeting.id = MeetingSlug.id(date: meeting.date, place: meeting.locality ?? meeting.place ?? meeting.organizer) {
                    self.meetings[MeetingID($0)] != nil
                }
                check(meeting, "created")
                meetings[meeting.id] = meeting
                return [.meetingCreated(StoredMeeting(meeting: meeting, fingerprint: fingerprint()))]
            case let .saveMeeting(meeting, _, reason):
                check(meeting, "saved")
                guard meeting.problems().isEmpty else { return [.effectFailed("invalid")] }
                meetings[meeting.id] = meeting
                return [.meetingSaved(meeting, fingerprint(), reason)]
            case .trashMeeting(let id):
                meetings[id] = nil
                index = nil
                return [.meetingTrashed(id, path: "trash/\(id).json")]
            case .saveTopics(let catalog):
                for topic in catalog.topics where topics.topic(topic.id) == nil { topics.topics.append(topic) }
                return [.topicsSaved]
            case .loadFollowUps(let r):
                return [.followUpsLoaded(FollowUpPage(query: r.query, in: Array(meetings.values), asOf: r.asOf, offset: r.offset,
                                                      limit: r.limit, counting: r.counting))]
            case let .loadReport(from, to, day, english):
                return [.reportLoaded(DialogueReport(meetings: Array(meetings.values), topics: topics, from: from, to: to,
                                                     asOf: day, english: english))]
            case let .search(query, limit):
                // Every word found (the last as a prefix): what the archive index answers, read from memory.
                if index == nil { index = meetings.values.flatMap { SearchDocument.of($0, topics: topics) } }
                let hits = (index ?? []).filter { document in
                    let words = SearchText.words(VietnameseFolding.fold(document.searchable))
                    return query.words.enumerated().allSatisfy { at, word in
                        at == query.words.count - 1 && query.lastWordIsPrefix ? words.contains { $0.hasPrefix(word) } : words.contains(word)
                    }
                }
                return [.searchAnswered(hits: Array(hits.prefix(limit)), total: hits.count, more: false)]
            case .publishMinutes(let request):
                guard let meeting = meetings[request.meeting] else { return [.effectFailed("gone")] }
                let document = MinutesDocument(meeting: meeting, topics: topics, language: request.english ? .en : .vi)
                let lines = MinutesText.render(document).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                return [.minutesPreviewed(Pager(meeting: request.meeting, english: request.english, lines: lines))]
            default:
                return []
            }
        }
    }

    static let keys: [Key] = {
        var keys: [Key] = [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .tab, .backTab, .enter, .enter,
                           .escape, .backspace, .delete, .insert, .controlLeft, .controlRight,
                           .paste("Dán\u{1B}[2J\r\nvào\u{202E}"), .mouse(row: 5, column: 10, wheel: 0), .mouse(row: 3, column: 2, wheel: 1)]
        keys += (1...12).map { .function($0) }.filter { $0 != .function(10) }
        keys += "sfyzuxkcdeghl".map { .control($0) }
        keys += "aAbcdefghijklmnopqrstuvwxyz0123456789 /?-+*đêệ\u{1B}\u{7}".map { .character($0) }
        keys += "12345nolaebcfpq ".map { .character($0) } // the program's commands, more often
        return keys
    }()

    func testRandomKeysNeverCrashAndEverySavedChangeKeepsTheInvariants() throws {
        let total = Int(ProcessInfo.processInfo.environment["DOITHOAI_REDUCER_KEYS"] ?? "") ?? 100_000
        let store = MeetingStore(data: DataDirectory(root: Self.sampleFolder))
        let catalog = try TopicStore(data: store.data).load()
        var samples = store.loadAll().meetings.map(\.meeting)
        XCTAssertEqual(samples.count, 5)
        var poisoned = samples[0]
        let tree = try JSONDecoder().decode(JSONValue.self, from: MeetingCodec.encode(poisoned))
        poisoned = try JSONDecoder().decode(Meeting.self, from: JSONEncoder().encode(JSONValue.object(CraftedFiles.poisoned(tree.objectValue ?? [:]))))
        poisoned.id = "2099-01-01-doc-hai"
        poisoned.status = .live
        samples.append(poisoned)
        let record = MemoryRecord(meetings: samples, topics: catalog)
        var random = SplitMix(state: 12)
        var now = UIFactory.now
        var state = AppState(language: .vi, width: 80, height: 24, now: now, topics: catalog)
        func send(_ action: Action) {
            var queue = [action]
            var steps = 0
            while !queue.isEmpty, steps < 50 {
                steps += 1
                for effect in Reducer.reduce(&state, queue.removeFirst()) { queue += record.perform(effect, state) }
            }
        }
        func start() {
            state = AppState(language: random.below(5) == 0 ? .en : .vi, width: 80, height: 24, now: now, topics: record.topics)
            send(.archiveLoaded(rows: record.meetings.values.map(MeetingRow.init), failures: ["meetings/x.json: cannot read"],
                                vocabulary: Vocabulary(meetings: Array(record.meetings.values))))
        }
        start()
        var restarts = 0
        var rawScreens: [String] = []
        for step in 0..<total {
            send(.keyPressed(Self.keys[random.below(Self.keys.count)]))
            if step % 97 == 0 {
                now = now.adding(seconds: Int64(1 + random.below(90)))
                send(.clockTicked(now))
            }
            if step % 1_009 == 0 {
                let sizes = [(80, 24), (120, 40), (40, 12), (200, 60), (80, 18)]
                let (width, height) = sizes[random.below(sizes.count)]
                send(.terminalResized(width: width, height: height))
            }
            if step % 13 == 0 {
                let screen = ScreenRenderer.render(state).plainText
                if rawScreens.count < 3, screen.unicodeScalars.contains(where: { ControlCharacters.isUnsafe($0) && $0 != "\n" }) {
                    rawScreens.append(screen)
                }
            }
            if state.quitting {
                restarts += 1
                start()
            }
        }
        XCTAssertEqual(record.violations.prefix(5).map { $0 }, [], "every saved change keeps the invariants")
        XCTAssertEqual(rawScreens, [], "no screen shows a raw control character")
        XCTAssertGreaterThan(record.saves, 10, "the keys do change meetings (\(record.saves) saves, \(restarts) restarts)")
    }
}

/// The same SplitMix64 the synthetic archive uses, for the test's own keys.
struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
}
