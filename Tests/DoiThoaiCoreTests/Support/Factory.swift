import Foundation
@testable import DoiThoaiCore

/// Small builders for tests: a temporary data folder and a meeting in it.
final class TemporaryData {
    let root: String
    var data: DataDirectory { DataDirectory(root: root) }
    var store: MeetingStore { MeetingStore(data: data) }

    init() {
        root = NSTemporaryDirectory() + "doithoai-test-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: root + "/meetings", withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func write(_ text: String, as id: String) {
        FileManager.default.createFile(atPath: "\(root)/meetings/\(id).json", contents: Data(text.utf8))
    }

    func contents(_ id: String) -> String {
        String(decoding: FileManager.default.contents(atPath: "\(root)/meetings/\(id).json") ?? Data(), as: UTF8.self)
    }
}

enum Factory {
    static let day = Day(year: 2020, month: 7, day: 17)!

    static func meeting(id: MeetingID = "2020-07-17-ngoc-thuy", opinions: Int = 2) -> Meeting {
        var m = Meeting(id: id, title: "Hội nghị đối thoại", organizer: "UBND phường Ngọc Thụy", date: day,
                        place: "Hội trường UBND phường", locality: "Ngọc Thụy",
                        startedAt: Timestamp(day: day, hour: 14, minute: 0, offset: 25200),
                        endedAt: Timestamp(day: day, hour: 17, minute: 0, offset: 25200))
        m.addAttendee { Attendee(id: $0, name: "Nguyễn Quốc Văn", title: "Chủ tịch UBND phường", role: .chair) }
        m.addAttendee { Attendee(id: $0, name: "Trần Thu Hà", role: .secretary) }
        for n in 0..<opinions {
            m.addOpinion { id, number in
                Opinion(id: id, number: number, speaker: "Người dân \(n + 1)", topic: "dat-dai", text: "Ý kiến số \(n + 1) về đất đai")
            }
        }
        return m
    }

    /// The JSON of a minimal valid meeting, for hand-made files.
    static func json(id: String, extra: String = "") -> String {
        """
        {"schemaVersion": 1, "id": "\(id)", "title": "Họp", "organizer": "UBND phường", "date": "2020-07-17"\(extra)}
        """
    }
}

/// A value shared with a closure that may run on another thread.
final class Locked<Value>: @unchecked Sendable {
    private var stored: Value
    private let mutex = NSLock()
    init(_ value: Value) { stored = value }
    var value: Value {
        get { mutex.lock(); defer { mutex.unlock() }; return stored }
        set { mutex.lock(); stored = newValue; mutex.unlock() }
    }
}
