extension MeetingBounds {
    /// The same checks as `firstViolation(in:)` on a file's JSON, in the same
    /// order, made on the meeting once decoded: a file is parsed once, and
    /// only a file that fails to decode is looked at as a JSON tree.
    public static func firstViolation(in m: Meeting) -> (field: String, reason: ReadProblem)? {
        for (index, attendee) in m.attendees.enumerated() {
            if let count = attendee.count, !counts.contains(count) {
                return ("attendees[\(index)].count", .outOfRange(low: counts.lowerBound, high: counts.upperBound, found: "\(count)"))
            }
        }
        for (index, opinion) in m.opinions.enumerated() {
            if !sequenceNumbers.contains(opinion.number) {
                return ("opinions[\(index)].number",
                        .outOfRange(low: sequenceNumbers.lowerBound, high: sequenceNumbers.upperBound, found: "\(opinion.number)"))
            }
            for (at, response) in opinion.responses.enumerated() {
                if let found = sequenceID(response.id.rawValue, at: "opinions[\(index)].responses[\(at)].id") { return found }
            }
        }
        let ids: [(String, [String])] = [("attendees", m.attendees.map(\.id.rawValue)), ("agenda", m.agenda.map(\.id.rawValue)),
                                         ("opinions", m.opinions.map(\.id.rawValue)), ("followUps", m.followUps.map(\.id.rawValue))]
        for (key, list) in ids {
            for (index, id) in list.enumerated() {
                if let found = sequenceID(id, at: "\(key)[\(index)].id") { return found }
            }
        }
        return nil
    }

    private static func sequenceID(_ id: String, at field: String) -> (field: String, reason: ReadProblem)? {
        guard let dash = id.lastIndex(of: "-") else { return nil }
        let digits = id[id.index(after: dash)...]
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        if digits.count > 7 || !sequenceNumbers.contains(Int(digits) ?? 0) {
            return (field, .idNumberOutOfRange(id: id, low: sequenceNumbers.lowerBound, high: sequenceNumbers.upperBound))
        }
        return nil
    }
}
