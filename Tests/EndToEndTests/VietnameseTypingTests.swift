import Foundation
import XCTest

/// The built-in Vietnamese input method in the running program: no input
/// method on the machine, Telex typed from the keyboard, the file holds
/// the Vietnamese words.
final class VietnameseTypingTests: XCTestCase {
    private func statusLine(_ screen: String) -> String {
        var lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.count >= 2 ? String(lines[lines.count - 2]) : ""
    }

    func testAnOpinionTypedInTelexLandsInTheFileAsUnikeyTypesIt() throws {
        let data = try DataFolder(empty: true)
        let config = NSTemporaryDirectory() + "doithoai-config-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: config) }
        let tmux = try Tmux(["--data", data.path], environment: ["XDG_CONFIG_HOME": config])
        var screen = try tmux.waitFor("0 hội nghị")
        XCTAssertTrue(statusLine(screen).hasSuffix("[E]"), statusLine(screen))

        try tmux.press("M-z")   // Alt-Z arrives as Esc then z
        screen = try tmux.waitFor("Bật gõ tiếng Việt")
        XCTAssertTrue(statusLine(screen).hasSuffix("[V] Telex"), statusLine(screen))

        try tmux.press("n")
        try tmux.waitFor("Hội nghị mới")
        try tmux.type("Hooij nghij ddoois thoaij")
        try tmux.press("Tab")
        try tmux.type("UBND phuwowngf Ngocj Thuyj")
        try tmux.press("F2")
        try tmux.waitFor("Đã tạo hội nghị")
        try tmux.press("n")
        try tmux.waitFor("Ý kiến mới")
        try tmux.type("Nguyeenx Vawn Tuaans")
        try tmux.press("Tab")
        try tmux.press("Tab")
        try tmux.type("dat")
        try tmux.press("Enter")
        try tmux.press("2")
        try tmux.type("Ddeef nghij giair quyeets")
        screen = try tmux.waitFor("Đề nghị giải quyết")
        XCTAssertTrue(screen.contains("Nguyễn Văn Tuấn"), screen)
        try tmux.press("F2")
        try tmux.waitFor("Đã lưu")

        try tmux.press("F9")
        screen = try tmux.waitFor("Tắt gõ tiếng Việt")
        XCTAssertTrue(statusLine(screen).hasSuffix("[E]"), statusLine(screen))
        try tmux.press("F9")
        screen = try tmux.waitFor("Bật gõ tiếng Việt")
        XCTAssertTrue(statusLine(screen).hasSuffix("[V] Telex"), statusLine(screen))
        try tmux.press("F10")
        tmux.waitForExit()

        let id = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: data.path + "/meetings")
            .first { $0.hasSuffix(".json") }).replacingOccurrences(of: ".json", with: "")
        let json = try data.meetingJSON(id)
        XCTAssertEqual(json["title"] as? String, "Hội nghị đối thoại")
        XCTAssertEqual(json["organizer"] as? String, "UBND phường Ngọc Thụy")
        let opinion = try XCTUnwrap((json["opinions"] as? [[String: Any]])?.first)
        XCTAssertEqual(opinion["speaker"] as? String, "Nguyễn Văn Tuấn")
        XCTAssertEqual(opinion["text"] as? String, "Đề nghị giải quyết")

        let file = config + "/doithoai/settings.json"
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        let settings = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file)))
            as? [String: Any])["typing"] as? [String: Any]
        XCTAssertEqual(settings?["enabled"] as? Bool, true)
        XCTAssertEqual(settings?["method"] as? String, "telex")

        // The setting survives a restart.
        let again = try Tmux(["--data", data.path], environment: ["XDG_CONFIG_HOME": config])
        screen = try again.waitFor("1 hội nghị")
        XCTAssertTrue(statusLine(screen).hasSuffix("[V] Telex"), statusLine(screen))
        try again.press("F10")
        again.waitForExit()
    }

    func testTheSettingsScreenIsReachedFromHelpAndChoosesVNI() throws {
        let data = try DataFolder(empty: true)
        let tmux = try Tmux(["--data", data.path])
        try tmux.waitFor("0 hội nghị")
        try tmux.press("F1")
        try tmux.waitFor("Cài bộ gõ")
        try tmux.press("g")
        // Help names the settings too: wait for what only the settings screen shows.
        var screen = try tmux.waitFor("‹ Tắt ›")
        XCTAssertTrue(screen.contains("Bộ gõ có sẵn"), screen)
        try tmux.press("Space")
        try tmux.press("Down")
        try tmux.press("Right")
        screen = try tmux.waitFor("‹ VNI ›")
        XCTAssertTrue(statusLine(screen).hasSuffix("[V] VNI"), statusLine(screen))
        XCTAssertTrue(screen.contains(tmux.configHome + "/doithoai/settings.json") || screen.contains("settings.json"), screen)
        try tmux.press("Escape")
        try tmux.waitFor("Phím dùng được")
        try tmux.press("Escape")
        try tmux.waitFor("0 hội nghị")
        try tmux.press("f")
        try tmux.type("d9a6t1")
        screen = try tmux.waitFor("đất")
        try tmux.press("F10")
        tmux.waitForExit()
    }
}
