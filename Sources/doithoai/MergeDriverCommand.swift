import ArgumentParser
import DoiThoaiCore
import Foundation

/// `doithoai merge-driver %O %A %B %P`: git's merge driver for meeting
/// files and topics.json, registered by `doithoai sync`. Writes the merged
/// file over %A and exits 0, or leaves %A alone and exits 1 so git reports
/// a conflict; it never writes a broken file.
struct MergeDriverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-driver",
        abstract: "Git's merge driver for meeting files (set up by sync): merges base %O, ours %A, theirs %B of path %P into %A.")

    @Argument(help: "The common ancestor's version (%O).") var base: String
    @Argument(help: "Our version, replaced by the result (%A).") var ours: String
    @Argument(help: "Their version (%B).") var theirs: String
    @Argument(help: "The file's path in the repository (%P).") var path: String

    func run() throws {
        guard let oursBytes = FileManager.default.contents(atPath: ours),
              let theirsBytes = FileManager.default.contents(atPath: theirs) else {
            throw CommandFailure("merge-driver: cannot read \(ours) or \(theirs)")
        }
        let baseBytes = FileManager.default.contents(atPath: base)
        let git = GitProcess(directory: FileManager.default.currentDirectoryPath, timeLimit: 30)
        let (oursSide, theirsSide) = ChangeHistory.sides(path: path, git: git)
        let merged: Data
        do {
            if path == "topics.json" || path.hasSuffix("/topics.json") {
                merged = try TopicCatalogMerge.merge(base: baseBytes, ours: oursBytes, theirs: theirsBytes, path: path,
                                                     oursSide: oursSide, theirsSide: theirsSide)
            } else {
                merged = try MeetingMerge.merge(base: baseBytes, ours: oursBytes, theirs: theirsBytes, path: path,
                                                oursSide: oursSide, theirsSide: theirsSide)
            }
        } catch {
            throw CommandFailure("merge-driver: \(error)")
        }
        do {
            try merged.write(to: URL(fileURLWithPath: ours))
        } catch {
            throw CommandFailure("merge-driver: cannot write \(ours): \(error.localizedDescription)")
        }
    }
}
