import DoiThoaiCore
@testable import DoiThoaiUI

/// A state at a fixed time, with the sample-like meeting open or not.
enum UIFactory {
    static let day = Day(year: 2020, month: 7, day: 17)!
    static let now = Timestamp(day: day, hour: 14, minute: 30, offset: 25200)
    static let fingerprint = FileFingerprint(size: 1, modified: 1, inode: 1, contentHash: 1)

    static func meeting(status: MeetingStatus = .planned) -> Meeting {
        var m = Meeting(id: "2020-07-17-ngoc-thuy", title: "Hội nghị đối thoại với đại diện nhân dân",
                        organizer: "UBND phường Ngọc Thụy", date: day, place: "Hội trường UBND phường",
                        locality: "Ngọc Thụy", startedAt: Timestamp(day: day, hour: 14, minute: 0, offset: 25200),
                        status: status)
        m.addAttendee { Attendee(id: $0, name: "Nguyễn Quốc Văn", title: "Chủ tịch UBND phường", role: .chair) }
        m.addAttendee { Attendee(id: $0, name: "Trần Thu Hà", role: .secretary) }
        m.addAttendee { Attendee(id: $0, name: "Lê Đăng Lễ", title: "Phó Chủ tịch UBND phường", role: .official) }
        m.addOpinion { id, n in
            Opinion(id: id, number: n, speaker: "Lê Văn Bình", origin: "Tổ dân phố 5", topic: "giai-phong-mat-bang",
                    kind: .complaint, text: "Đề nghị chi trả tiền bồi thường giải phóng mặt bằng cho các hộ tổ 5.")
        }
        return m
    }

    static func rows() -> [MeetingRow] {
        [
            MeetingRow(id: "2020-07-17-ngoc-thuy", date: day, organizer: "UBND phường Ngọc Thụy",
                       title: "Hội nghị đối thoại với đại diện nhân dân", opinionCount: 1, openFollowUps: 1, status: .closed),
            MeetingRow(id: "2018-12-29-thanh-xuan", date: Day(year: 2018, month: 12, day: 29)!, organizer: "UBND quận Thanh Xuân",
                       title: "Đối thoại về thủ tục hành chính lần 2", opinionCount: 25, openFollowUps: 2, status: .closed),
            MeetingRow(id: "2019-05-20-ha-noi", date: Day(year: 2019, month: 5, day: 20)!, organizer: "Sở Nội vụ Hà Nội",
                       title: "Tọa đàm dịch vụ hành chính công", opinionCount: 12, openFollowUps: 0, status: .closed),
        ]
    }

    static func state(width: Int = 80, height: Int = 24, language: Language = .vi) -> AppState {
        var state = AppState(language: language, width: width, height: height, now: now, topics: .standard)
        _ = Reducer.reduce(&state, .archiveLoaded(rows: rows(), failures: [], vocabulary: Vocabulary(meetings: [meeting()])))
        return state
    }

    /// A state with the meeting open on its screen.
    static func openState(status: MeetingStatus = .planned, width: Int = 80, height: Int = 24) -> AppState {
        var state = state(width: width, height: height)
        _ = Reducer.reduce(&state, .meetingOpened(StoredMeeting(meeting: meeting(status: status), fingerprint: fingerprint),
                                                  readOnly: nil))
        return state
    }

    /// Sends keys one by one; returns every effect they produced.
    @discardableResult
    static func press(_ state: inout AppState, _ keys: [Key]) -> [Effect] {
        keys.flatMap { Reducer.reduce(&state, .keyPressed($0)) }
    }

    static func type(_ state: inout AppState, _ text: String) {
        for character in text { _ = Reducer.reduce(&state, .keyPressed(.character(character))) }
    }
}
