extension Catalog {
    /// Tiếng Việt — the default interface.
    static let vi: [Phrase: String] = [
        .cmdHelp: "Trợ giúp", .cmdQuit: "Thoát", .cmdBack: "Quay lại", .cmdUp: "Lên", .cmdDown: "Xuống",
        .cmdPageUp: "Trang trước", .cmdPageDown: "Trang sau", .cmdFirst: "Đầu danh sách", .cmdLast: "Cuối danh sách",
        .cmdNextPanel: "Thẻ sau", .cmdPreviousPanel: "Thẻ trước", .cmdOpen: "Mở", .cmdNewMeeting: "Tạo mới",
        .cmdDelete: "Xóa", .cmdFilter: "Lọc", .cmdEditDetails: "Chi tiết", .cmdAddAttendee: "Đại biểu",
        .cmdEditItem: "Sửa", .cmdDeleteItem: "Xóa dòng", .cmdConclusion: "Kết luận", .cmdUndo: "Hoàn tác",
        .cmdRedo: "Làm lại", .cmdSave: "Lưu", .cmdNextField: "Ô sau", .cmdPreviousField: "Ô trước",
        .cmdCycleNext: "Chọn tiếp", .cmdCyclePrevious: "Chọn trước", .cmdConfirm: "Đồng ý", .cmdCancel: "Hủy",

        .appName: "Đối thoại", .screenMeetings: "Danh sách hội nghị", .screenMeeting: "Hội nghị",
        .screenHelp: "Trợ giúp", .windowTooSmall: "Cửa sổ quá nhỏ (%1×%2). Hãy phóng to cửa sổ.",
        .helpTitle: "Phím dùng được ở màn hình: %1", .helpGroupScreen: "Trên màn hình này",
        .helpGroupEverywhere: "Ở mọi nơi", .helpTyping: "Khi đang gõ chữ, phím chữ cái dùng để gõ; dùng phím F và Ctrl.",

        .colDate: "Ngày", .colOrganizer: "Cơ quan tổ chức", .colTitle: "Tên hội nghị", .colOpinions: "Ý kiến",
        .colOpenFollowUps: "Việc mở", .colStatus: "Trạng thái",
        .meetingsCount: "%1 hội nghị", .meetingsNone: "Chưa có hội nghị nào. Nhấn n để tạo mới.",
        .meetingsFilterLabel: "Lọc: ", .brokenFiles: "⚠ %1 tệp không đọc được: %2",

        .statusPlanned: "Dự kiến", .statusLive: "Đang họp", .statusClosed: "Đã kết thúc",
        .kindDialogue: "Hội nghị đối thoại", .kindSeminar: "Tọa đàm", .kindWorkshop: "Hội thảo", .kindConference: "Hội nghị",
        .levelCommune: "Cấp xã/phường", .levelDistrict: "Cấp huyện/quận", .levelProvince: "Cấp tỉnh", .levelMinistry: "Cấp bộ, ngành",
        .roleChair: "Chủ trì", .roleSecretary: "Thư ký", .roleOfficial: "Cán bộ", .roleDelegate: "Đại biểu",
        .roleCitizen: "Người dân", .roleBusiness: "Doanh nghiệp", .roleExpert: "Chuyên gia", .rolePress: "Báo chí",
        .present: "Có mặt", .absent: "Vắng", .yes: "Có", .no: "Không",

        .tabDetails: "Thông tin", .tabAttendees: "Thành phần", .tabAgenda: "Báo cáo", .tabOpinions: "Ý kiến",
        .tabFollowUps: "Giao việc", .tabConclusion: "Kết luận",
        .fieldTitle: "Tên hội nghị", .fieldKind: "Loại", .fieldOrganizer: "Cơ quan tổ chức",
        .fieldParentBody: "Cơ quan cấp trên", .fieldLevel: "Cấp", .fieldDate: "Ngày (dd/mm/yyyy)",
        .fieldPlace: "Địa điểm", .fieldLocality: "Địa danh", .fieldLegalBasis: "Căn cứ",
        .fieldDocumentNumber: "Số biên bản", .fieldStart: "Bắt đầu (hh:mm)", .fieldEnd: "Kết thúc (hh:mm)",
        .fieldStatus: "Trạng thái", .fieldName: "Họ và tên", .fieldJobTitle: "Chức vụ",
        .fieldOrganisation: "Cơ quan / địa chỉ", .fieldRole: "Vai trò", .fieldPresent: "Có mặt",
        .fieldConclusion: "Kết luận của chủ trì",
        .noAttendees: "Chưa có thành phần. Nhấn a để thêm.", .noAgenda: "Không có báo cáo.",
        .noOpinions: "Chưa có ý kiến.", .noFollowUps: "Chưa giao việc.", .noConclusion: "Chưa có kết luận. Nhấn c để ghi.",
        .readOnlyBecause: "Chỉ xem: %1", .anonymous: "(giấu tên)", .opinionsByTopic: "Ý kiến theo lĩnh vực",
        .dueOn: "hạn %1",

        .formNewMeeting: "Hội nghị mới", .formEditMeeting: "Sửa thông tin hội nghị", .formNewAttendee: "Thêm thành phần",
        .formEditAttendee: "Sửa thành phần", .formConclusion: "Kết luận của chủ trì",
        .errorRequired: "Cần điền", .errorDate: "Ngày dạng dd/mm/yyyy", .errorTime: "Giờ dạng hh:mm",
        .errorEndBeforeStart: "Kết thúc trước khi bắt đầu", .formUnsavedMark: "● chưa lưu",
        .formHint: "←/→ hoặc Space để chọn",

        .confirmDeleteMeeting: "Xóa hội nghị “%1”? Tệp sẽ được chuyển vào thùng rác (trash).",
        .confirmDiscard: "Bỏ những gì vừa gõ?", .confirmQuitUnsaved: "Có nội dung chưa lưu. Vẫn thoát?",
        .confirmDeleteAttendee: "Xóa “%1” khỏi thành phần?",

        .msgSaved: "Đã lưu.", .msgCreated: "Đã tạo hội nghị %1.", .msgTrashed: "Đã chuyển vào thùng rác: %1",
        .msgUndone: "Đã hoàn tác và lưu.", .msgRedone: "Đã làm lại và lưu.", .msgNothingToUndo: "Không còn gì để hoàn tác.",
        .msgNothingToRedo: "Không còn gì để làm lại.",
        .msgMeetingClosedReadOnly: "Hội nghị đã kết thúc: biên bản không sửa được.", .msgFailed: "Lỗi: %1",
    ]
}
