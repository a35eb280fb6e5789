import DoiThoaiCore
import DoiThoaiUI
import Foundation

/// What the benchmark measures inside a child process of its own, so that
/// each figure's peak memory is that phase's alone. Each prints its lines.
enum Phase: String {
    /// The index deleted, then built from every file.
    case build
    /// What the terminal program does before its first screen: the index
    /// opened, the meetings list read, the first screen drawn.
    case ready
    /// `ready`, then what the program does next off the UI thread: every
    /// file compared with the index, the completion words, the folder's checks.
    case settled
    /// Search as you type, and saving one opinion with the index updated.
    case typing
    /// F6 and F7 as the program runs them: the effect, its answer reduced, the screen drawn.
    case screens
    /// Saving one opinion, its parts timed apart (see `Saving`).
    case saving
    /// Every meeting file decoded on one thread, the store's way and the model's `Decodable` way (not in the run: `--phase decode DIR`).
    case decode

    func run(data: DataDirectory) {
        let store = MeetingStore(data: data)
        let topics = (try? TopicStore(data: data).load()) ?? .standard
        switch self {
        case .build:
            for suffix in ["", "-wal", "-shm"] { unlink(ArchiveIndex.path(data) + suffix) }
            do {
                let index = try ArchiveIndex.open(store, topics: topics)
                print("\(try index.opinionCount()) opinions indexed")
            } catch {
                print("failed: \(error)")
            }
        case .ready, .settled:
            var state = AppState(language: .vi, width: 80, height: 24, now: Clock.system.now(), topics: topics)
            let effects = EffectRunner(store: store, clock: .system) { _, _ in "" }
            var later: [Effect] = []
            for action in effects.perform(.loadArchive) { later += Reducer.reduce(&state, action) }
            _ = ScreenRenderer.render(state)
            var settled = 0.0
            if self == .settled {
                settled = seconds {
                    for effect in later { for action in effects.perform(effect) { _ = Reducer.reduce(&state, action) } }
                }
            }
            print("\(state.list.rows.count) meetings listed" + (self == .settled
                ? ", then \(state.vocabulary.speakers.count) speakers to complete; files compared and words read in \(ms(settled))" : ""))
        case .decode:
            DecodeTiming.run(data: data)
        case .typing:
            typing(store: store, topics: topics)
        case .screens:
            screens(store: store, topics: topics)
        case .saving:
            Saving.run(store: store, topics: topics)
        }
    }

    private func typing(store: MeetingStore, topics: TopicCatalog) {
        guard let index = try? ArchiveIndex.open(store, topics: topics) else { return print("the index does not open") }
        let typed = "giai phong mat bang"
        var plain: [Double] = [], filtered: [Double] = [], slowest: [(Double, String)] = []
        var plainCPU: [Double] = [], filteredCPU: [Double] = []
        var filters = SearchFilters()
        filters.topic = "giai-phong-mat-bang"
        filters.from = Day(year: 2018, month: 1, day: 1)
        filters.to = Day(year: 2022, month: 12, day: 31)
        for _ in 0..<5 {
            for end in 1...typed.count {
                let text = String(typed.prefix(end))
                plainCPU.append(cpuSeconds {
                    plain.append(seconds { _ = try? index.refreshIfFolderChanged(); _ = try? index.search(SearchQuery(text), limit: 200) })
                })
                filteredCPU.append(cpuSeconds {
                    filtered.append(seconds { _ = try? index.search(SearchQuery(text, filters: filters), limit: 200) })
                })
                slowest.append((max(plain.last ?? 0, filtered.last ?? 0), text))
            }
        }
        var saves: [Double] = [], writes: [Double] = [], updates: [Double] = []
        if let id = store.meetingIDs().first, let stored = try? store.load(id) {
            var meeting = stored.meeting
            var fingerprint = stored.fingerprint
            for round in 0..<20 {
                meeting.addOpinion { Opinion(id: $0, number: $1, speaker: "Nguyễn Văn Bench", topic: "dat-dai", text: "Ý kiến đo \(round).") }
                var write = 0.0, update = 0.0
                saves.append(seconds {
                    write = seconds { if let saved = try? store.save(meeting, over: fingerprint) { fingerprint = saved } }
                    update = seconds { try? index.saved(meeting) }
                })
                writes.append(write)
                updates.append(update)
            }
            _ = try? store.save(stored.meeting, over: fingerprint)
            try? index.saved(stored.meeting)
        }
        let dat = (try? index.search(SearchQuery("dat dai"), limit: 1).total) ?? 0
        print("""
            search per keystroke (\(plain.count) keystrokes of “\(typed)”): median \(ms(percentile(plain, 0.5))), \
            p99 \(ms(percentile(plain, 0.99))), max \(ms(plain.max() ?? 0))
              with topic and period filters: median \(ms(percentile(filtered, 0.5))), p99 \(ms(percentile(filtered, 0.99)))
              CPU time per keystroke: median \(ms(percentile(plainCPU, 0.5))), p99 \(ms(percentile(plainCPU, 0.99))); \
            with the filters median \(ms(percentile(filteredCPU, 0.5))), p99 \(ms(percentile(filteredCPU, 0.99)))
              "dat dai": \(dat) opinions; slowest: \(slowest.sorted { $0.0 > $1.0 }.prefix(4).map { "“\($0.1)” \(ms($0.0))" }.joined(separator: ", "))
            save one opinion (atomic write + fsync, index updated in the same step), 20 saves: \
            median \(ms(percentile(saves, 0.5))), max \(ms(saves.max() ?? 0))
              of which the file written: median \(ms(percentile(writes, 0.5))); the index: median \(ms(percentile(updates, 0.5))), \
            max \(ms(updates.max() ?? 0))
            """)
    }

    private func screens(store: MeetingStore, topics: TopicCatalog) {
        let effects = EffectRunner(store: store, clock: .system) { _, _ in "" }
        var state = AppState(language: .vi, width: 120, height: 40, now: Clock.system.now(), topics: topics)
        // As in the program: the list, then (off the UI thread) the files compared and the words read.
        var later: [Effect] = []
        for action in effects.perform(.loadArchive) { later += Reducer.reduce(&state, action) }
        for effect in later { for action in effects.perform(effect) { _ = Reducer.reduce(&state, action) } }
        func key(_ key: Key) -> Double {
            seconds {
                var queue: [Effect] = Reducer.reduce(&state, .keyPressed(key))
                while !queue.isEmpty {
                    for action in effects.perform(queue.removeFirst()) { queue += Reducer.reduce(&state, action) }
                }
                _ = ScreenRenderer.render(state)
            }
        }
        let f6 = key(.function(6))
        let rows = state.tracker.count
        let filters = (0..<5).map { _ in key(.tab) }
        let end = key(.end)
        let held = state.tracker.rows.count
        _ = key(.escape)
        let f7 = key(.function(7))
        let tabs = (0..<4).map { _ in key(.tab) }
        print("""
            F6 follow-ups on screen after the key: \(ms(f6)) (\(rows) pending follow-ups, \(held) rows read at a time)
              each filter (Tab): \(filters.map(ms).joined(separator: ", ")); End (the last page of all): \(ms(end))
            F7 report on screen after the key: \(ms(f7)); each period change (Tab): \(tabs.map(ms).joined(separator: ", "))
            """)
    }
}
