import DoiThoaiCore
import Foundation

/// The drafts folder, `DATA/drafts/`: one file per form being typed.
struct DraftStore {
    let data: DataDirectory

    func path(_ name: String) -> String { "\(data.drafts)/\(name).json" }

    func write(_ draft: FormDraft) throws {
        try data.ensureFolder(data.drafts)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try AtomicFile.write(try encoder.encode(draft), to: path(draft.name))
    }

    func remove(_ name: String) {
        guard MeetingSlug.isValid(name) else { return }
        try? FileManager.default.removeItem(atPath: path(name))
    }

    /// Moves a declined draft to the trash folder, so even that is not lost.
    func setAside(_ name: String, at time: Timestamp) {
        guard MeetingSlug.isValid(name), (try? data.ensureFolder(data.trash)) != nil else { return }
        let stamp = time.iso.filter { $0.isNumber }
        try? FileManager.default.moveItem(atPath: path(name), toPath: "\(data.trash)/draft-\(name)-\(stamp).json")
    }

    /// Drafts left by an earlier run (a crash, a closed terminal), newest first.
    func all() -> [FormDraft] {
        files().compactMap { name in read(name) }.sorted { $0.writtenAt > $1.writtenAt }
    }

    /// The names of draft files that do not read as a draft (written by a
    /// newer version, or damaged): never silently left or overwritten.
    func unreadable() -> [String] {
        files().filter { read($0) == nil }.map { String($0.dropLast(".json".count)) }.filter(MeetingSlug.isValid)
    }

    private func files() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: data.drafts)) ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
    }

    private func read(_ name: String) -> FormDraft? {
        guard let bytes = FileManager.default.contents(atPath: "\(data.drafts)/\(name)") else { return nil }
        return try? JSONDecoder().decode(FormDraft.self, from: bytes)
    }
}
