/// The minutes (biên bản) of one meeting, laid out as Nghị định 30/2020/NĐ-CP
/// lays out an administrative document. Built once from the meeting; the
/// text, Markdown, HTML and DOCX renderers only draw it, so the four formats
/// never disagree on what the minutes say.
public struct MinutesDocument: Equatable, Sendable {
    /// A run of text in a paragraph.
    public struct Run: Equatable, Sendable {
        public var text: String
        public var bold = false
        public var italic = false

        public init(_ text: String, bold: Bool = false, italic: Bool = false) {
            self.text = text
            self.bold = bold
            self.italic = italic
        }
    }

    /// A block of the body.
    public enum Block: Equatable, Sendable {
        /// A heading: "I. THỜI GIAN, ĐỊA ĐIỂM".
        case heading(String)
        /// A numbered part of a section: "2. Ý kiến của tổ chức, cá nhân";
        /// kept on the page of what follows it.
        case subheading(String)
        case paragraph([Run])
        /// A paragraph that introduces what follows ("- Thành phần tham dự:")
        /// and is kept on its page.
        case lead([Run])
        /// A table with a header row.
        case table(Table)
    }

    public struct Table: Equatable, Sendable {
        public var header: [String]
        public var rows: [[String]]
        /// Relative column widths (they add up to 100).
        public var widths: [Int]
    }

    /// A signature block: "THƯ KÝ", "(Ký, ghi rõ họ tên)", the name.
    public struct Signature: Equatable, Sendable {
        public var title: String
        public var hint: String
        public var name: String
    }

    public var language: MinutesLanguage
    /// "DỰ THẢO" when the meeting is not closed.
    public var draftMark: String?
    /// Upper case, the body above the issuer ("UBND QUẬN LONG BIÊN"); may be absent.
    public var parentBody: String?
    /// Upper case, bold: "UBND PHƯỜNG NGỌC THỤY".
    public var issuingBody: String
    /// "Số: 12/BB-UBND", or "Số:      /BB-UBND" to fill in by hand.
    public var number: String
    public var nationalName: String
    public var motto: String
    /// "Ngọc Thụy, ngày 17 tháng 7 năm 2020".
    public var placeAndDate: String
    public var title: String
    public var subtitle: String
    public var body: [Block]
    /// "Biên bản đã được thông qua trước hội nghị…", unless the meeting says no.
    public var approval: String?
    /// "Hội nghị kết thúc vào hồi 16 giờ 30 cùng ngày./."
    public var closing: String
    /// Signed on the left.
    public var secretary: Signature
    /// Signed on the right.
    public var chair: Signature
    public var recipientsTitle: String
    /// As printed: "- UBND quận Long Biên (để báo cáo);" … "- Lưu: VT, hồ sơ."
    public var recipients: [String]
}
