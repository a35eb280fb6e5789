extension DomainWords {
    /// Tiếng Việt. The labels are what a list, a column or a choice shows;
    /// `formal` is how the minutes write the same thing.
    public static let vi = DomainWords(
        language: .vi,
        meetingKinds: {
            switch $0 {
            case .dialogue: "Hội nghị đối thoại"
            case .seminar: "Tọa đàm"
            case .workshop: "Hội thảo"
            case .conference: "Hội nghị"
            }
        },
        levels: {
            switch $0 {
            case .commune: "Cấp xã/phường"
            case .district: "Cấp huyện/quận"
            case .province: "Cấp tỉnh"
            case .ministry: "Cấp bộ, ngành"
            }
        },
        statuses: {
            switch $0 {
            case .planned: "Dự kiến"
            case .live: "Đang họp"
            case .closed: "Đã kết thúc"
            }
        },
        roles: {
            switch $0 {
            case .chair: "Chủ trì"
            case .secretary: "Thư ký"
            case .official: "Cán bộ"
            case .delegate: "Đại biểu"
            case .citizen: "Người dân"
            case .business: "Doanh nghiệp"
            case .expert: "Chuyên gia"
            case .press: "Báo chí"
            }
        },
        opinionKinds: {
            switch $0 {
            case .commendation: "Khen ngợi"
            case .complaint: "Phản ánh"
            case .recommendation: "Kiến nghị"
            case .question: "Câu hỏi"
            case .proposal: "Đề xuất"
            }
        },
        dispositions: {
            switch $0 {
            case .answered: "Đã trả lời tại hội nghị"
            case .inWriting: "Trả lời bằng văn bản"
            case .forwarded: "Chuyển cơ quan có thẩm quyền"
            case .noted: "Ghi nhận"
            }
        },
        followUpStatuses: {
            switch $0 {
            case .open: "Chưa làm"
            case .inProgress: "Đang làm"
            case .done: "Đã xong"
            case .cancelled: "Đã hủy"
            }
        },
        nouns: {
            switch $0 {
            case .meeting: "Hội nghị"
            case .attendees: "Thành phần"
            case .reports: "Báo cáo"
            case .opinions: "Ý kiến"
            case .topic: "Lĩnh vực"
            case .responses: "Trả lời"
            case .followUps: "Giao việc"
            case .conclusion: "Kết luận"
            case .due: "Hạn"
            case .present: "Có mặt"
            case .absent: "Vắng"
            case .anonymous: "(giấu tên)"
            case .pending: "Chưa xong"
            case .overdue: "Quá hạn"
            case .peopleCounted: "người"
            }
        },
        formal: FormalWords(
            roleGroups: {
                switch $0 {
                case .chair: "chủ trì"
                case .secretary: "thư ký"
                case .official: "cán bộ, công chức"
                case .delegate: "đại biểu"
                case .citizen: "người dân"
                case .business: "đại diện doanh nghiệp"
                case .expert: "chuyên gia"
                case .press: "phóng viên báo chí"
                }
            },
            roleCells: {
                switch $0 {
                case .chair: "Chủ trì"
                case .secretary: "Thư ký"
                case .official: "Cán bộ, công chức"
                case .delegate: "Đại biểu"
                case .citizen: "Người dân"
                case .business: "Doanh nghiệp"
                case .expert: "Chuyên gia"
                case .press: "Báo chí"
                }
            },
            kindVerbs: {
                switch $0 {
                case .commendation: "ghi nhận"
                case .complaint: "phản ánh"
                case .recommendation: "kiến nghị"
                case .question: "hỏi"
                case .proposal: "đề xuất"
                }
            },
            dispositions: {
                switch $0 {
                case .answered: "đã trả lời trực tiếp tại hội nghị"
                case .inWriting: "trả lời bằng văn bản"
                case .forwarded: "chuyển cơ quan có thẩm quyền giải quyết"
                case .noted: "ghi nhận, tiếp thu"
                }
            },
            gatherings: {
                switch $0 {
                case .dialogue, .conference: ("Hội nghị", "hội nghị")
                case .seminar: ("Buổi tọa đàm", "buổi tọa đàm")
                case .workshop: ("Hội thảo", "hội thảo")
                }
            }))
}
