/// A realistic archive made up for tests and the benchmark: meetings of
/// wards, districts and provinces over ten years, with Vietnamese opinions
/// of realistic length and vocabulary, answers and follow-ups. The same seed
/// always gives the same archive.
public struct SyntheticArchive {
    public var meetings: Int
    public var opinionsPerMeeting: Int
    public var seed: UInt64

    public init(meetings: Int, opinionsPerMeeting: Int, seed: UInt64 = 1) {
        self.meetings = meetings
        self.opinionsPerMeeting = opinionsPerMeeting
        self.seed = seed
    }

    /// A small, fast, reproducible random source (SplitMix64).
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    static let wards = ["Ngọc Thụy", "Thanh Xuân Trung", "Khương Đình", "Phúc Xá", "Bồ Đề", "Gia Thụy", "Thượng Thanh",
                        "Việt Hưng", "Đức Giang", "Long Biên", "Nhân Chính", "Kim Giang", "Định Công", "Hoàng Liệt", "Yên Sở"]
    static let families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
    static let middles = ["Văn", "Thị", "Đức", "Minh", "Quốc", "Thu", "Thanh", "Hữu", "Ngọc"]
    static let givens = ["An", "Bình", "Cúc", "Dũng", "Giang", "Hà", "Hải", "Hoa", "Hùng", "Lan", "Long", "Mai", "Nam", "Phúc",
                         "Quang", "Sơn", "Tâm", "Thảo", "Tuấn", "Việt", "Xuân", "Yến"]
    static let topics: [TopicID] = ["giai-phong-mat-bang", "cap-giay-phep-xay-dung", "dang-ky-kinh-doanh",
                                    "chinh-sach-nguoi-co-cong", "an-toan-ve-sinh-thuc-pham", "dich-vu-cong-truc-tuyen",
                                    "ho-tich", "dat-dai", "thai-do-phuc-vu", "khac"]
    static let openings = ["Đề nghị", "Kiến nghị", "Phản ánh việc", "Xin hỏi về", "Đề xuất", "Ghi nhận và cảm ơn",
                           "Người dân mong muốn", "Hộ gia đình tôi đề nghị"]
    static let subjects = ["tiến độ chi trả tiền bồi thường giải phóng mặt bằng", "thời gian cấp giấy phép xây dựng nhà ở riêng lẻ",
                           "thủ tục đăng ký hộ kinh doanh", "chế độ trợ cấp cho thân nhân liệt sĩ",
                           "kiểm tra an toàn vệ sinh thực phẩm tại chợ dân sinh", "nộp hồ sơ qua dịch vụ công trực tuyến",
                           "trích lục khai sinh và đăng ký kết hôn", "cấp giấy chứng nhận quyền sử dụng đất",
                           "thái độ phục vụ của cán bộ bộ phận một cửa", "hệ thống thoát nước và chiếu sáng ngõ xóm",
                           "tách thửa, hợp thửa đất ở", "xác nhận nguồn gốc đất để tính bồi thường"]
    static let details = ["vì đã chờ quá hạn hẹn trả kết quả", "do hồ sơ phải bổ sung nhiều lần", "cho các hộ dân tổ dân phố",
                          "để người cao tuổi không phải đi lại nhiều", "theo đúng quy định hiện hành", "ngay trong quý này",
                          "và công khai trên bảng tin của phường", "vì người dân chưa hiểu rõ hướng dẫn",
                          "đặc biệt với các hộ có hoàn cảnh khó khăn", "trước mùa mưa bão"]
    static let answers = ["Tiếp thu ý kiến, giao bộ phận chuyên môn kiểm tra và trả lời bằng văn bản.",
                          "Đã giải thích trình tự, thủ tục theo quy định; đề nghị công dân bổ sung giấy tờ còn thiếu.",
                          "UBND sẽ chỉ đạo rút ngắn thời gian giải quyết và thông báo kết quả cho người dân.",
                          "Ghi nhận, sẽ phối hợp với cơ quan cấp trên để giải quyết dứt điểm."]
    static let units = ["Phòng Tài nguyên và Môi trường", "Phòng Quản lý đô thị", "Bộ phận một cửa", "Phòng Lao động - Thương binh và Xã hội",
                        "Phòng Y tế", "Ban bồi thường giải phóng mặt bằng", "Công chức Tư pháp - Hộ tịch", "Công chức Địa chính"]

    func name(_ r: inout Random) -> String { "\(r.pick(Self.families)) \(r.pick(Self.middles)) \(r.pick(Self.givens))" }

    /// The meetings, each a complete and valid record.
    public func makeMeetings() -> [Meeting] {
        var r = Random(state: seed)
        var result: [Meeting] = []
        var taken = Set<String>()
        for index in 0..<meetings {
            let ward = r.pick(Self.wards)
            let day = Day(ordinal: Day(year: 2015, month: 1, day: 5)!.ordinal + r.below(3650))
            var id = MeetingSlug.id(date: day, place: ward) { taken.contains($0) }
            if taken.contains(id.rawValue) { id = MeetingID("\(id.rawValue)-\(index)") }
            taken.insert(id.rawValue)
            let start = Timestamp(day: day, hour: 8 + r.below(7), minute: 0, offset: 25200)
            var m = Meeting(id: id, title: "Hội nghị đối thoại với Nhân dân về thủ tục hành chính", organizer: "UBND phường \(ward)",
                            parentBody: "UBND quận Long Biên", date: day, place: "Hội trường UBND phường", locality: ward,
                            legalBasis: "Chỉ thị số 13/CT-TTg ngày 10/6/2015 của Thủ tướng Chính phủ", startedAt: start,
                            endedAt: start.adding(seconds: 3 * 3600), status: .closed)
            m.addAttendee { Attendee(id: $0, name: name(&r), title: "Chủ tịch UBND phường", role: .chair) }
            m.addAttendee { Attendee(id: $0, name: name(&r), title: "Công chức Văn phòng - Thống kê", role: .secretary) }
            for n in 0..<opinionsPerMeeting {
                let text = "\(r.pick(Self.openings)) \(r.pick(Self.subjects)) \(r.pick(Self.details)). "
                    + "\(r.pick(Self.openings)) \(r.pick(Self.subjects)) \(r.pick(Self.details))."
                let responder = m.chair.map { "\($0.name), Chủ tịch UBND phường" } ?? "Chủ tịch UBND phường"
                let answered = r.below(3) > 0
                let speaker = name(&r)
                let origin = "Tổ dân phố \(1 + r.below(30)), phường \(ward)"
                let topic = r.pick(Self.topics)
                let kind = OpinionKind.allCases[r.below(OpinionKind.allCases.count)]
                let answer = r.pick(Self.answers)
                let opinionID = m.addOpinion { id, number in
                    Opinion(id: id, number: number, speaker: speaker, origin: origin, topic: topic, kind: kind, text: text,
                            recordedAt: start.adding(seconds: Int64(n * 120)),
                            responses: answered ? [Response(id: ResponseID("re-\(n + 1)"), responder: responder, text: answer)] : [],
                            disposition: answered ? .answered : .inWriting)
                }
                if !answered {
                    let due = day.adding(days: 15 + r.below(30))
                    let done = r.below(2) == 0
                    let unit = r.pick(Self.units)
                    m.addFollowUp { FollowUp(id: $0, opinionIds: [opinionID], task: "Trả lời bằng văn bản ý kiến số \(n + 1)",
                                             assignee: unit, dueDate: due, status: done ? .done : .open,
                                             doneOn: done ? due.adding(days: r.below(10) - 5) : nil) }
                }
            }
            result.append(m)
        }
        return result
    }

    /// Writes the archive into `data` (a new folder); returns the number of opinions.
    @discardableResult
    public func write(to data: DataDirectory) throws -> Int {
        let store = MeetingStore(data: data)
        try TopicStore(data: data).save(.standard)
        var count = 0
        for meeting in makeMeetings() {
            try store.create(meeting)
            count += meeting.opinions.count
        }
        return count
    }
}
