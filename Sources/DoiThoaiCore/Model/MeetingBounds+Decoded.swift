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
            for (at, response) in opinion.responses.enumerated() where numberOutOfBounds(response.id.rawValue) {
                return sequenceID(response.id.rawValue, at: "opinions[\(index)].responses[\(at)].id")
            }
        }
        // The field's name is made only for the id at fault: making it for every id cost a first index build 0.5 s.
        func firstID(_ key: String, _ ids: some Sequence<String>) -> (field: String, reason: ReadProblem)? {
            for (index, id) in ids.enumerated() where numberOutOfBounds(id) { return sequenceID(id, at: "\(key)[\(index)].id") }
            return nil
        }
        return firstID("attendees", m.attendees.lazy.map(\.id.rawValue)) ?? firstID("agenda", m.agenda.lazy.map(\.id.rawValue))
            ?? firstID("opinions", m.opinions.lazy.map(\.id.rawValue)) ?? firstID("followUps", m.followUps.lazy.map(\.id.rawValue))
    }

    /// Whether `sequenceID` finds the number ending `id` out of bounds, read from the bytes of an
    /// ASCII id (every id the program writes); any other id is left to `sequenceID` itself.
    private static func numberOutOfBounds(_ id: String) -> Bool {
        let bytes = id.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return sequenceID(id, at: "") != nil }
        guard let dash = bytes.lastIndex(of: 0x2D) else { return false }
        let digits = bytes[bytes.index(after: dash)...]
        guard !digits.isEmpty, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        guard digits.count <= 7 else { return true }
        return !sequenceNumbers.contains(digits.reduce(0) { $0 * 10 + Int($1 - 0x30) })
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
