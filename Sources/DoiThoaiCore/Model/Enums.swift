/// What kind of gathering the meeting was.
public enum MeetingKind: String, Codable, CaseIterable, Sendable {
    case dialogue      // hội nghị đối thoại
    case seminar       // tọa đàm
    case workshop      // hội thảo
    case conference    // hội nghị
}

/// The level of the body that holds the meeting.
public enum AdministrativeLevel: String, Codable, CaseIterable, Sendable {
    case commune       // xã, phường, thị trấn
    case district      // quận, huyện, thị xã
    case province      // tỉnh, thành phố trực thuộc TW
    case ministry      // bộ, ngành trung ương
}

public enum MeetingStatus: String, Codable, CaseIterable, Sendable {
    case planned, live, closed
}

/// The part a person plays at the meeting.
public enum AttendeeRole: String, Codable, CaseIterable, Sendable {
    case chair, secretary, official, delegate, citizen, business, expert, press
}

/// What an opinion from the floor is.
public enum OpinionKind: String, Codable, CaseIterable, Sendable {
    case commendation, complaint, recommendation, question, proposal
}

/// What was done with an opinion at the meeting.
public enum Disposition: String, Codable, CaseIterable, Sendable {
    /// trả lời trực tiếp tại hội nghị
    case answered
    /// trả lời bằng văn bản
    case inWriting
    /// chuyển cơ quan có thẩm quyền (`forwardedTo` names which)
    case forwarded
    /// ghi nhận, tiếp thu
    case noted
}

public enum FollowUpStatus: String, Codable, CaseIterable, Sendable {
    case open, inProgress, done, cancelled

    /// Still waiting on someone.
    public var isPending: Bool { self == .open || self == .inProgress }
}
