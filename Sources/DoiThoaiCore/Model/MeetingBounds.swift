import Foundation

/// Limits on the numbers a meeting file holds, checked on load before any
/// code does arithmetic with them, so a hand-edited or crafted file is
/// reported (file, field, what is wrong) instead of crashing a command.
public enum MeetingBounds {
    /// A row standing for a group of people: 0 … 1,000,000 people.
    public static let counts = 0...1_000_000
    /// The numbers in ids (`op-12`) and opinion numbers: 1 … 1,000,000.
    public static let sequenceNumbers = 1...1_000_000

    /// The first field of `object` (a meeting file's top level) out of bounds:
    /// its path (`attendees[1].count`) and what is wrong.
    public static func firstViolation(in object: JSONObject) -> (field: String, reason: ReadProblem)? {
        if let found = records(object["attendees"], named: "attendees", check: { attendee, at in
            wholeNumber(attendee["count"], at: at + ".count", within: counts, optional: true)
        }) { return found }
        if let found = records(object["opinions"], named: "opinions", check: { opinion, at in
            if let found = wholeNumber(opinion["number"], at: at + ".number", within: sequenceNumbers, optional: false) {
                return found
            }
            return records(opinion["responses"], named: at + ".responses") { response, at in
                sequenceID(response["id"], at: at + ".id")
            }
        }) { return found }
        for key in ["attendees", "agenda", "opinions", "followUps"] {
            if let found = records(object[key], named: key, check: { record, at in sequenceID(record["id"], at: at + ".id") }) {
                return found
            }
        }
        return nil
    }

    private static func records(_ value: JSONValue?, named name: String,
                                check: (JSONObject, String) -> (field: String, reason: ReadProblem)?) -> (field: String, reason: ReadProblem)? {
        guard case .array(let items)? = value else { return nil }
        for (index, item) in items.enumerated() {
            guard case .object(let record) = item else { continue }
            if let found = check(record, "\(name)[\(index)]") { return found }
        }
        return nil
    }

    private static func wholeNumber(_ value: JSONValue?, at field: String, within range: ClosedRange<Int>,
                                    optional: Bool) -> (field: String, reason: ReadProblem)? {
        let (low, high) = (range.lowerBound, range.upperBound)
        switch value {
        case nil, .null?:
            return optional ? nil : (field, .wholeNumberMissing(low: low, high: high))
        case .int(let number)?:
            return range.contains(Int(clamping: number)) && number == Int64(Int(clamping: number))
                ? nil : (field, .outOfRange(low: low, high: high, found: "\(number)"))
        case .double(let number)?:
            return (field, number.isFinite && abs(number) < 1e15 ? .outOfRange(low: low, high: high, found: "\(number)")
                        : .numberTooLarge(low: low, high: high))
        default:
            return nil // a wrong type is named by the decoder with its field
        }
    }

    private static func sequenceID(_ value: JSONValue?, at field: String) -> (field: String, reason: ReadProblem)? {
        guard case .string(let id)? = value, let dash = id.lastIndex(of: "-") else { return nil }
        let digits = id[id.index(after: dash)...]
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        if digits.count > 7 || !sequenceNumbers.contains(Int(digits) ?? 0) {
            return (field, .idNumberOutOfRange(id: id, low: sequenceNumbers.lowerBound, high: sequenceNumbers.upperBound))
        }
        return nil
    }
}
