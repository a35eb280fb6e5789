import Foundation

/// One side of a three-way merge: the office whose change it is and when
/// that change was made (the author time of the last commit that touched
/// the file on that side; `doithoai sync` sets it to the time the file was
/// last saved). Both may be unknown.
public struct MergeSide: Equatable, Sendable {
    public var office: String?
    public var time: Timestamp?

    public init(office: String? = nil, time: Timestamp? = nil) {
        self.office = office
        self.time = time
    }
}

/// The rule that picks the value kept when both sides changed one field
/// differently. It is symmetric, so swapping "ours" and "theirs" keeps the
/// same value, and every office that makes the same merge writes the same
/// bytes:
/// 1. the later change wins (by the sides' times);
/// 2. on equal or unknown times, a value beats an absent one (nothing is
///    thrown away by an accident of timing);
/// 3. then the value whose canonical JSON sorts last wins (arbitrary, but
///    the same everywhere).
enum ConflictRule {
    /// Whether ours' value is the one kept.
    static func oursWins(ours: JSONValue?, theirs: JSONValue?, oursSide: MergeSide, theirsSide: MergeSide) -> Bool {
        if let a = oursSide.time, let b = theirsSide.time, a.seconds != b.seconds { return a.seconds > b.seconds }
        switch (ours, theirs) {
        case (.some, nil): return true
        case (nil, .some): return false
        default: return CanonicalJSON.text(ours) >= CanonicalJSON.text(theirs)
        }
    }
}

/// A JSON value written one way only (keys sorted, no spaces), to compare
/// and order values the same way on every machine.
enum CanonicalJSON {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static func text(_ value: JSONValue?) -> String {
        guard let value else { return "" }
        guard let data = try? encoder.encode(value) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }
}
