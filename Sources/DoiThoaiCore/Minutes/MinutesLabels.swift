import Foundation

/// The fixed words of the minutes, in Vietnamese or English, in the formal
/// register a clerk writes: the one place the minutes' wording lives. Kinds,
/// dispositions and roles as they read in the middle of a sentence come from
/// the formal part of the domain words (`DomainWords.formal`).
struct MinutesLabels: Sendable {
    let nationalName: String
    let motto: String
    let title: String
    let draft: String
    let numberPrefix: String
    let timeAndPlace: String
    let time: String
    let place: String
    let legalBasis: String
    let attendance: String
    let chair: String
    let secretary: String
    let others: String
    let present: String
    let totalPresent: String
    let content: String
    let reports: String
    let opinions: String
    let opinion: String
    let topicWord: String
    let answers: String
    let disposition: String
    let summary: String
    let conclusion: String
    let followUps: String
    let attendeeHeader: [String]
    let followUpHeader: [String]
    let noOpinions: String
    let absent: String
    let closingAt: String
    let closingSameDay: String
    let closingOnDay: String
    let closingUnknown: String
    let approval: String
    let secretaryTitle: String
    let chairTitle: String
    let signHint: String
    let recipientsTitle: String
    let archive: String
    let anonymous: String
    let unnamedSpeaker: String
    let people: String
    let groupsNotCounted: String
    let notCounted: String
    let totalUnknown: String
    let byTopic: String
    let byDisposition: String
    let opinionsCount: @Sendable (Int) -> String
    /// Roles, kinds and dispositions in the formal register, from the one table of domain words.
    let words: FormalWords
    /// "chuyển %1 giải quyết".
    let forwardedTo: String

    static func of(_ language: MinutesLanguage) -> MinutesLabels { language == .vi ? vi : en }

    static let vi = MinutesLabels(
        nationalName: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", motto: "Độc lập - Tự do - Hạnh phúc", title: "BIÊN BẢN",
        draft: "DỰ THẢO", numberPrefix: "Số:", timeAndPlace: "THỜI GIAN, ĐỊA ĐIỂM", time: "Thời gian",
        place: "Địa điểm", legalBasis: "Căn cứ", attendance: "THÀNH PHẦN THAM DỰ", chair: "Chủ trì",
        secretary: "Thư ký", others: "Thành phần tham dự", present: "Số người có mặt",
        totalPresent: "Tổng số người có mặt", content: "NỘI DUNG", reports: "Báo cáo tại %1",
        opinions: "Ý kiến của tổ chức, cá nhân", opinion: "Ý kiến", topicWord: "về lĩnh vực", answers: "trả lời",
        disposition: "Hướng xử lý", summary: "Tổng hợp", conclusion: "Kết luận của chủ trì",
        followUps: "Phân công thực hiện",
        attendeeHeader: ["STT", "Họ và tên", "Chức vụ, cơ quan", "Thành phần"],
        followUpHeader: ["STT", "Nội dung công việc", "Đơn vị, cá nhân thực hiện", "Thời hạn", "Ý kiến số"],
        noOpinions: "Không có ý kiến.", absent: "vắng mặt", closingAt: "%1 kết thúc vào hồi %2",
        closingSameDay: "cùng ngày", closingOnDay: "ngày %1", closingUnknown: "%1 kết thúc vào hồi …… giờ …… cùng ngày./.",
        approval: "Biên bản đã được đọc lại và thông qua trước %1; các thành phần tham dự nhất trí với nội dung biên bản.",
        secretaryTitle: "THƯ KÝ", chairTitle: "CHỦ TRÌ", signHint: "(Ký, ghi rõ họ tên)", recipientsTitle: "Nơi nhận:",
        archive: "Lưu: VT, hồ sơ", anonymous: "Một người dân", unnamedSpeaker: "không nêu tên", people: "người",
        groupsNotCounted: "%1 nhóm chưa ghi số người", notCounted: "chưa ghi số người",
        totalUnknown: "chưa xác định được, vì %1 nhóm chưa ghi số người", byTopic: "theo lĩnh vực",
        byDisposition: "theo hướng xử lý", opinionsCount: { "\($0) ý kiến" },
        words: DomainWords.vi.formal,
        forwardedTo: "chuyển %1 giải quyết")

    static let en = MinutesLabels(
        nationalName: "SOCIALIST REPUBLIC OF VIETNAM", motto: "Independence - Freedom - Happiness", title: "MINUTES",
        draft: "DRAFT", numberPrefix: "No.:", timeAndPlace: "TIME AND PLACE", time: "Time", place: "Place",
        legalBasis: "Legal basis", attendance: "ATTENDANCE", chair: "Chair", secretary: "Secretary",
        others: "Attendees", present: "Present", totalPresent: "Total present", content: "PROCEEDINGS",
        reports: "Reports presented at %1", opinions: "Opinions of organisations and individuals", opinion: "Opinion",
        topicWord: "on", answers: "answered", disposition: "Disposition", summary: "Summary",
        conclusion: "Conclusion of the chair", followUps: "Assignments",
        attendeeHeader: ["No.", "Name", "Title, organisation", "Group"],
        followUpHeader: ["No.", "Task", "Assignee", "Due", "Opinion no."], noOpinions: "No opinions were raised.",
        absent: "absent", closingAt: "%1 closed at %2", closingSameDay: "the same day", closingOnDay: "on %1",
        closingUnknown: "%1 closed at …… the same day.",
        approval: "These minutes were read out and approved at %1; those present agreed with their content.",
        secretaryTitle: "SECRETARY", chairTitle: "CHAIR", signHint: "(Signature, full name)", recipientsTitle: "Distribution:",
        archive: "Archive: Office, file", anonymous: "A citizen", unnamedSpeaker: "name not given", people: "",
        groupsNotCounted: "%1 group(s) not counted", notCounted: "not counted",
        totalUnknown: "not known: %1 group(s) not counted", byTopic: "by topic", byDisposition: "by disposition",
        opinionsCount: { $0 == 1 ? "1 opinion" : "\($0) opinions" },
        words: DomainWords.en.formal,
        forwardedTo: "forwarded to %1")
}

extension String {
    /// "%1", "%2" replaced by the arguments, in order.
    func filled(_ values: String...) -> String {
        var out = self
        for (index, value) in values.enumerated() { out = out.replacingOccurrences(of: "%\(index + 1)", with: value) }
        return out
    }
}
