#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Temporary files a killed save leaves behind (`meetings/.<id>.json.XXXXXX`,
/// `.topics.json.XXXXXX`): full copies of citizens' data that nothing reads.
/// Files of one meeting are only ever written under its lock, so whoever
/// holds the lock knows any such file is from a writer that died.
extension MeetingStore {
    /// Every leftover temporary file in the data folder, by path.
    public func leftoverTemporaryFiles() -> [String] {
        var found: [String] = []
        for (folder, names) in [(data.meetings, try? FileManager.default.contentsOfDirectory(atPath: data.meetings)),
                                (data.root, try? FileManager.default.contentsOfDirectory(atPath: data.root))] {
            for name in names ?? [] where Self.temporaryOwner(name) != nil { found.append(folder + "/" + name) }
        }
        return found.sorted()
    }

    /// The file a temporary file was to become (`2020-07-17-x.json` for
    /// `.2020-07-17-x.json.Ab12Cd`), or nil when `name` is not one.
    static func temporaryOwner(_ name: String) -> String? {
        guard name.hasPrefix("."), name.count > 8 else { return nil }
        let suffix = name.suffix(7)
        guard suffix.hasPrefix("."), suffix.dropFirst().allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
        let owner = String(name.dropFirst().dropLast(7))
        return owner.hasSuffix(".json") ? owner : nil
    }

    /// Removes the leftovers of meeting `id`; the caller holds its lock.
    func removeLeftovers(of id: MeetingID) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: data.meetings) else { return }
        for name in names where Self.temporaryOwner(name) == "\(id.rawValue).json" { unlink(data.meetings + "/" + name) }
    }

    /// At start: removes the leftovers of every meeting nobody is writing
    /// (its lock is free); returns how many were removed.
    @discardableResult
    public func removeLeftoversOfDeadWriters() -> Int {
        var removed = 0
        for path in leftoverTemporaryFiles() {
            let name = (path as NSString).lastPathComponent
            guard let owner = Self.temporaryOwner(name), owner.hasSuffix(".json"),
                  (path as NSString).deletingLastPathComponent == data.meetings else { continue }
            let id = MeetingID(String(owner.dropLast(5)))
            guard MeetingSlug.isValid(id.rawValue), !FileLock.heldHere(data.lockFile(id)),
                  let lock = try? FileLock.acquire(data.lockFile(id)) else { continue }
            if unlink(path) == 0 { removed += 1 }
            lock.release()
        }
        return removed
    }
}
