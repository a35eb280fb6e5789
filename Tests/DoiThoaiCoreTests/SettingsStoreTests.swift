import Foundation
import XCTest
@testable import DoiThoaiCore

final class SettingsStoreTests: XCTestCase {
    private var folder: String!

    override func setUp() {
        folder = NSTemporaryDirectory() + "settings-test-" + UUID().uuidString
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    func testTheFileLivesUnderXDGConfigHomeOrDotConfig() {
        XCTAssertEqual(SettingsStore.defaultPath(environment: ["XDG_CONFIG_HOME": "/x/cfg", "HOME": "/home/u"]),
                       "/x/cfg/doithoai/settings.json")
        XCTAssertEqual(SettingsStore.defaultPath(environment: ["HOME": "/home/u"]), "/home/u/.config/doithoai/settings.json")
        XCTAssertEqual(SettingsStore.defaultPath(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/u"]),
                       "/home/u/.config/doithoai/settings.json", "a relative XDG_CONFIG_HOME is ignored, as the spec says")
    }

    func testNoFileMeansTheDefaultsOff() throws {
        let store = SettingsStore(path: folder + "/doithoai/settings.json")
        XCTAssertEqual(try store.loadTyping(), TypingSettings(enabled: false, method: .telex, style: .classic))
    }

    func testSavedSettingsComeBackAndTheFileIsTheOwnersAlone() throws {
        let store = SettingsStore(path: folder + "/doithoai/settings.json")
        try store.save(TypingSettings(enabled: true, method: .vni, style: .modern))
        XCTAssertEqual(try store.loadTyping(), TypingSettings(enabled: true, method: .vni, style: .modern))
        let file = try FileManager.default.attributesOfItem(atPath: store.path)
        XCTAssertEqual((file[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        let dir = try FileManager.default.attributesOfItem(atPath: folder + "/doithoai")
        XCTAssertEqual((dir[.posixPermissions] as? NSNumber)?.intValue, 0o700)
    }

    func testFieldsThisVersionDoesNotKnowAreKept() throws {
        let store = SettingsStore(path: folder + "/settings.json")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(#"{"colour": "blue", "typing": {"enabled": false, "method": "telex", "style": "classic"}}"#.utf8)
            .write(to: URL(fileURLWithPath: store.path))
        try store.save(TypingSettings(enabled: true))
        let text = try String(contentsOfFile: store.path, encoding: .utf8)
        XCTAssertTrue(text.contains(#""colour" : "blue""#), text)
        XCTAssertEqual(try store.loadTyping().enabled, true)
    }

    func testABrokenFileSaysWhichFileAndWhatToDo() throws {
        let store = SettingsStore(path: folder + "/settings.json")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(#"{"typing": {"method": "viqr"}}"#.utf8).write(to: URL(fileURLWithPath: store.path))
        XCTAssertThrowsError(try store.loadTyping()) { error in
            XCTAssertTrue("\(error)".contains(store.path), "\(error)")
            XCTAssertTrue("\(error)".contains("telex or vni"), "\(error)")
        }
    }
}
