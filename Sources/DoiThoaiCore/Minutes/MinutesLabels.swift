/// The fixed words of the minutes, in Vietnamese or English.
struct MinutesLabels {
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
    let peoplePresent: String
    let content: String
    let reports: String
    let opinions: String
    let opinion: String
    let topic: String
    let answer: String
    let disposition: String
    let forwardedTo: String
    let summary: String
    let total: String
    let conclusion: String
    let followUps: String
    let followUpHeader: [String]
    let noOpinions: String
    let closing: String
    let closingUnknown: String
    let secretaryTitle: String
    let chairTitle: String
    let signHint: String
    let recipientsTitle: String
    let recipients: [String]
    let anonymous: String
    let roles: [AttendeeRole: String]
    let kinds: [OpinionKind: String]
    let dispositions: [Disposition: String]

    static func of(_ language: MinutesLanguage) -> MinutesLabels { language == .vi ? vi : en }

    static let vi = MinutesLabels(
        nationalName: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", motto: "Độc lập - Tự do - Hạnh phúc", title: "BIÊN BẢN",
        draft: "DỰ THẢO", numberPrefix: "Số:", timeAndPlace: "I. THỜI GIAN, ĐỊA ĐIỂM", time: "Thời gian",
        place: "Địa điểm", legalBasis: "Căn cứ", attendance: "II. THÀNH PHẦN THAM DỰ", chair: "Chủ trì",
        secretary: "Thư ký", others: "Thành phần tham dự", peoplePresent: "Số người dân, đại diện doanh nghiệp có mặt",
        content: "III. NỘI DUNG", reports: "1. Báo cáo tại hội nghị", opinions: "2. Ý kiến của tổ chức, cá nhân",
        opinion: "Ý kiến", topic: "Lĩnh vực", answer: "Trả lời", disposition: "Xử lý", forwardedTo: "chuyển đến",
        summary: "Tổng hợp", total: "Tổng số", conclusion: "3. Kết luận của chủ trì", followUps: "4. Phân công thực hiện",
        followUpHeader: ["STT", "Nội dung công việc", "Đơn vị, cá nhân thực hiện", "Thời hạn", "Ý kiến số"],
        noOpinions: "Không có ý kiến.", closing: "Hội nghị kết thúc vào hồi %1 cùng ngày./.",
        closingUnknown: "Hội nghị kết thúc vào hồi …… giờ …… cùng ngày./.", secretaryTitle: "THƯ KÝ",
        chairTitle: "CHỦ TRÌ", signHint: "(Ký, ghi rõ họ tên)", recipientsTitle: "Nơi nhận:",
        recipients: ["- Các đơn vị được phân công;", "- Lưu: VT, Hồ sơ."], anonymous: "Người dân (không nêu tên)",
        roles: [.chair: "Chủ trì", .secretary: "Thư ký", .official: "Cán bộ, công chức", .delegate: "Đại biểu",
                .citizen: "Người dân", .business: "Doanh nghiệp", .expert: "Chuyên gia", .press: "Cơ quan báo chí"],
        kinds: [.commendation: "Khen ngợi", .complaint: "Phản ánh", .recommendation: "Kiến nghị", .question: "Hỏi",
                .proposal: "Đề xuất"],
        dispositions: [.answered: "Đã trả lời tại hội nghị", .inWriting: "Trả lời bằng văn bản",
                       .forwarded: "Chuyển cơ quan có thẩm quyền", .noted: "Ghi nhận, tiếp thu"])

    static let en = MinutesLabels(
        nationalName: "SOCIALIST REPUBLIC OF VIETNAM", motto: "Independence - Freedom - Happiness", title: "MINUTES",
        draft: "DRAFT", numberPrefix: "No.:", timeAndPlace: "I. TIME AND PLACE", time: "Time", place: "Place",
        legalBasis: "Legal basis", attendance: "II. ATTENDANCE", chair: "Chair", secretary: "Secretary",
        others: "Attendees", peoplePresent: "Citizens and business representatives present", content: "III. PROCEEDINGS",
        reports: "1. Reports presented", opinions: "2. Opinions of organisations and individuals", opinion: "Opinion",
        topic: "Topic", answer: "Answer", disposition: "Disposition", forwardedTo: "forwarded to", summary: "Summary",
        total: "Total", conclusion: "3. Conclusion of the chair", followUps: "4. Assignments",
        followUpHeader: ["No.", "Task", "Assignee", "Due", "Opinion no."], noOpinions: "No opinions.",
        closing: "The meeting closed at %1 the same day.", closingUnknown: "The meeting closed at …… the same day.",
        secretaryTitle: "SECRETARY", chairTitle: "CHAIR", signHint: "(Signature, full name)", recipientsTitle: "Distribution:",
        recipients: ["- Units assigned;", "- Archive: Office, file."], anonymous: "A citizen (not named)",
        roles: [.chair: "Chair", .secretary: "Secretary", .official: "Officials", .delegate: "Delegates",
                .citizen: "Citizens", .business: "Businesses", .expert: "Experts", .press: "Press"],
        kinds: [.commendation: "Commendation", .complaint: "Complaint", .recommendation: "Recommendation",
                .question: "Question", .proposal: "Proposal"],
        dispositions: [.answered: "Answered at the meeting", .inWriting: "To be answered in writing",
                       .forwarded: "Forwarded to the competent agency", .noted: "Noted"])
}
