import DoiThoaiCore
import Foundation

/// Files changed as another program would change them, and what the next command then costs.
enum Changes {
    /// Changes `count` meeting files (one opinion's text each), runs `doithoai list`, and puts the files back.
    static func afterChanging(_ count: Int, data: DataDirectory, binary: String) -> ProcessRun {
        let store = MeetingStore(data: data)
        let ids = store.meetingIDs()
        let step = max(1, ids.count / max(1, count))
        var originals: [(Meeting, FileFingerprint)] = []
        for id in stride(from: 0, to: ids.count, by: step).prefix(count).map({ ids[$0] }) {
            guard let stored = try? store.load(id), !stored.meeting.opinions.isEmpty else { continue }
            var changed = stored.meeting
            changed.opinions[0].text += " (đã sửa)"
            if let saved = try? store.save(changed, over: stored.fingerprint) { originals.append((stored.meeting, saved)) }
        }
        let run = ProcessRun.run(binary, ["list", "--data", data.root])
        for (meeting, fingerprint) in originals { _ = try? store.save(meeting, over: fingerprint) }
        _ = ProcessRun.run(binary, ["list", "--data", data.root])
        return run
    }
}
