import Foundation

/// Where the record lives: `--data DIR`, `$DOITHOAI_DATA`, `./data` when it
/// exists, else `$XDG_DATA_HOME/doithoai` (`~/.local/share/doithoai`).
public struct DataDirectory: Sendable, Equatable {
    public let root: String

    public init(root: String) {
        self.root = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
    }

    public static func resolve(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                               currentDirectory: String = FileManager.default.currentDirectoryPath) -> DataDirectory {
        if let explicit, !explicit.isEmpty { return DataDirectory(root: explicit) }
        if let fromEnvironment = environment["DOITHOAI_DATA"], !fromEnvironment.isEmpty {
            return DataDirectory(root: fromEnvironment)
        }
        let local = currentDirectory + "/data"
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: local, isDirectory: &isDirectory), isDirectory.boolValue {
            return DataDirectory(root: local)
        }
        let xdg = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return DataDirectory(root: xdg + "/doithoai")
    }

    public var meetings: String { root + "/meetings" }
    public var trash: String { root + "/trash" }
    public var topics: String { root + "/topics.json" }
    public var topicsLock: String { root + "/topics.lock" }
    public var minutes: String { root + "/minutes" }
    public var drafts: String { root + "/drafts" }
    public var cache: String { root + "/.cache" }

    public func meetingFile(_ id: MeetingID) -> String { "\(meetings)/\(id.rawValue).json" }
    public func lockFile(_ id: MeetingID) -> String { "\(meetings)/\(id.rawValue).lock" }

    /// Creates `path` (and parents) readable by owner and group only (0750,
    /// less when the umask is stricter).
    public func ensureFolder(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return }
            throw StoreError.writeFailed(path: path, reason: .fileInTheWay)
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try ensureFolder(parent) }
        // mkdir applies the umask itself, so a stricter one is kept.
        if mkdir(path, FilePermissions.folder) != 0, errno != EEXIST {
            let code = errno
            if code == EROFS || code == EACCES { throw StoreError.readOnly(path: path, reason: .system(code)) }
            throw StoreError.writeFailed(path: path, reason: .system(code))
        }
    }
}
