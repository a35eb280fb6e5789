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
    /// links are not followed. A folder others cannot enter shields all that
    /// is under it, so the walk does not go in: on a folder made 0750 it is
    /// one `stat`, however large the archive and its `.git`.
    public static func readableByOthers(under root: String, limit: Int = 1_000) -> [String] {
        var found: [String] = []
        var pending = [root]
        while let folder = pending.popLast(), found.count < limit {
            var status = stat()
            guard lstat(folder, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { continue }
            if status.st_mode & 0o004 != 0 { found.append(folder) }
            guard status.st_mode & 0o001 != 0,
                  let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in names.sorted() where found.count < limit {
                let path = folder + "/" + name
                guard lstat(path, &status) == 0 else { continue }
                switch status.st_mode & S_IFMT {
                case S_IFDIR: pending.append(path)
                case S_IFREG where status.st_mode & 0o004 != 0: found.append(path)
                default: break
                }
            }
        }
        return found
    }
}
