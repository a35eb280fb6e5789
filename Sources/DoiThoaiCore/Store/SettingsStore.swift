import Foundation

/// The program's settings in `$XDG_CONFIG_HOME/doithoai/settings.json`
/// (`~/.config/doithoai/settings.json` by default), created `0600` in a
/// folder created `0700`. Fields this version does not know are kept.
public struct SettingsStore: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    /// Where the settings live for this environment.
    public static func defaultPath(environment: [String: String]) -> String {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return config + "/doithoai/settings.json"
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.config/doithoai/settings.json"
    }

    /// The typing settings; the defaults when there is no file yet.
    public func loadTyping() throws -> TypingSettings {
        guard let data = FileManager.default.contents(atPath: path) else { return TypingSettings() }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw StoreError.unreadable(path: path, location: nil, reason: .settingsNotObject)
        }
        guard let typing = object["typing"] else { return TypingSettings() }
        do {
            let bytes = try JSONSerialization.data(withJSONObject: typing)
            return try JSONDecoder().decode(TypingSettings.self, from: bytes)
        } catch {
            throw StoreError.unreadable(path: path, location: nil, reason: .settingsTyping)
        }
    }

    /// Saves the typing settings, keeping whatever else the file holds.
    public func save(_ typing: TypingSettings) throws {
        var object: [String: Any] = [:]
        if let data = FileManager.default.contents(atPath: path),
           let existing = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
            object = existing
        }
        let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(typing))
        object["typing"] = encoded
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError.writeFailed(path: folder, reason: .other(error.localizedDescription))
        }
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        try AtomicFile.write(data + Data("\n".utf8), to: path, permissions: 0o600)
    }
}
