import DoiThoaiCore
import DoiThoaiUI
import Foundation

/// What the benchmark measures inside a child process of its own, so that
/// each figure's peak memory is that phase's alone. Each prints one line.
enum Phase: String {
    /// The archive loaded with no cache: every file decoded, the cache written.
    case build
    /// What the terminal program does before its first screen: load (through
    /// the cache), meetings list, completion words, first screen drawn.
    case ready
    /// Search as you type, and saving one opinion, on the loaded archive.
    case typing

    func run(data: DataDirectory) {
        let store = MeetingStore(data: data)
        let topics = (try? TopicStore(data: data).load()) ?? .standard
        switch self {
        case .build:
            try? FileManager.default.removeItem(atPath: SearchArchive.cacheFile(data))
            let archive = SearchArchive.load(store, topics: topics)
            print("\(archive.index.count) opinions, \(archive.refreshed) files read, cache: \(archive.cacheProblem ?? "written")")
        case .ready:
            var state = AppState(language: .vi, width: 80, height: 24, now: Clock.system.now(), topics: topics)
            let effects = EffectRunner(store: store, clock: .system) { _, _ in "" }
            for action in effects.perform(.loadArchive) { _ = Reducer.reduce(&state, action) }
            _ = ScreenRenderer.render(state)
            print("\(state.list.rows.count) meetings listed")
        case .typing:
            typing(store: store, topics: topics)
        }
    }

    private func typing(store: MeetingStore, topics: TopicCatalog) {
        let index = SearchArchive.load(store, topics: topics).index
        let typed = "giai phong mat bang"
        var plain: [Double] = [], filtered: [Double] = []
        var filters = SearchFilters()
        filters.topic = "giai-phong-mat-bang"
        filters.from = Day(year: 2018, month: 1, day: 1)
        filters.to = Day(year: 2022, month: 12, day: 31)
        for _ in 0..<5 {
            for end in 1...typed.count {
                let text = String(typed.prefix(end))
                plain.append(seconds { _ = index.search(SearchQuery(text), limit: 200) })
                filtered.append(seconds { _ = index.search(SearchQuery(text, filters: filters), limit: 200) })
            }
        }
        var saveTime = 0.0, updateTime = 0.0
        if let id = store.meetingIDs().first, let stored = try? store.load(id) {
            var meeting = stored.meeting
            meeting.addOpinion { Opinion(id: $0, number: $1, speaker: "Nguyễn Văn Bench", topic: "dat-dai", text: "Ý kiến đo thời gian lưu.") }
            var saved = stored.fingerprint
            saveTime = seconds { saved = (try? store.save(meeting, over: stored.fingerprint)) ?? saved }
            updateTime = seconds {
                index.replace(meeting: id, with: SearchDocument.of(meeting, topics: topics))
                _ = index.search(SearchQuery("bench"), limit: 200)
            }
            meeting.deleteOpinion(meeting.opinions[meeting.opinions.count - 1].id)
            _ = try? store.save(meeting, over: saved)
        }
        let dat = index.search(SearchQuery("dat dai"), limit: 1).total
        print("""
            search per keystroke (\(plain.count) keystrokes of “\(typed)”): median \(ms(percentile(plain, 0.5))), \
            p99 \(ms(percentile(plain, 0.99)))
              with topic and period filters: median \(ms(percentile(filtered, 0.5))), p99 \(ms(percentile(filtered, 0.99)))
              "dat dai": \(dat) opinions
            save one opinion (meeting of 51 opinions, atomic write + fsync): \(ms(saveTime))
              then the index updated and searched again: \(ms(updateTime))
            """)
    }
}
