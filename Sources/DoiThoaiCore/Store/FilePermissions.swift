#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Who may read the record. Files hold citizens' names and addresses, so
/// they are made for owner and group only (0640, folders 0750), and a
/// stricter umask (077) is honoured, never loosened.
public enum FilePermissions {
    public static let file: mode_t = 0o640
    public static let folder: mode_t = 0o750

    /// The process's umask, read without changing it (Linux shows it in
    /// /proc/self/status; elsewhere it is set and put back once, at first use).
    static let umaskValue: mode_t = {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }),
           let value = mode_t(line.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8) {
            return value
        }
        let value = umask(0o022)
        umask(value)
        return value
    }()

    /// The mode a new file gets: 0640 less whatever the umask takes away.
    public static var newFile: mode_t { file & ~umaskValue }
    public static var newFolder: mode_t { folder & ~umaskValue }

    /// Files and folders under `root` that users other than the owner's group
    /// can read (or enter), so `validate` and the program can warn. Symbolic
    /// links are not followed.
    public static func readableByOthers(under root: String, limit: Int = 1_000) -> [String] {
        var found: [String] = []
        var status = stat()
        if lstat(root, &status) == 0, status.st_mode & 0o004 != 0 { found.append(root) }
        guard let walker = FileManager.default.enumerator(atPath: root) else { return found }
        while let relative = walker.nextObject() as? String, found.count < limit {
            let path = root + "/" + relative
            guard lstat(path, &status) == 0 else { continue }
            let kind = status.st_mode & S_IFMT
            guard kind == S_IFREG || kind == S_IFDIR else { continue }
            if status.st_mode & 0o004 != 0 { found.append(path) }
        }
        return found
    }
}
