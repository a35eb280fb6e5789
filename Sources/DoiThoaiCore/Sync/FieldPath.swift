/// Where a value sits in a record tree, written as people read it in a
/// conflict: `title`, `opinions[op-3].text`, `followUps[fu-2].status`.
/// Records in lists are named by their id, never by their position, so a
/// path stays true when the list is reordered or grows.
public struct FieldPath: Hashable, Sendable, CustomStringConvertible {
    public enum Segment: Hashable, Sendable {
        case key(String)
        case record(String)
    }

    public var segments: [Segment]

    public init(_ segments: [Segment] = []) { self.segments = segments }

    /// Reads `opinions[op-3].responses[re-1].text`; nil when malformed.
    public init?(parsing text: String) {
        var segments: [Segment] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            if rest.first == "." {
                guard !segments.isEmpty else { return nil }
                rest = rest.dropFirst()
            }
            if rest.first == "[" {
                guard let close = rest.firstIndex(of: "]") else { return nil }
                let id = rest[rest.index(after: rest.startIndex)..<close]
                guard !id.isEmpty, !segments.isEmpty else { return nil }
                segments.append(.record(String(id)))
                rest = rest[rest.index(after: close)...]
            } else {
                let end = rest.firstIndex { $0 == "." || $0 == "[" } ?? rest.endIndex
                let key = rest[..<end]
                guard !key.isEmpty else { return nil }
                segments.append(.key(String(key)))
                rest = rest[end...]
            }
        }
        guard !segments.isEmpty else { return nil }
        self.segments = segments
    }

    public func appending(_ segment: Segment) -> FieldPath { FieldPath(segments + [segment]) }
    public func key(_ name: String) -> FieldPath { appending(.key(name)) }
    public func record(_ id: String) -> FieldPath { appending(.record(id)) }

    /// The last key named, `text` in `opinions[op-3].text`.
    public var lastKey: String? {
        for segment in segments.reversed() { if case .key(let name) = segment { return name } }
        return nil
    }

    public var description: String {
        var text = ""
        for segment in segments {
            switch segment {
            case .key(let name): text += text.isEmpty ? name : ".\(name)"
            case .record(let id): text += "[\(id)]"
            }
        }
        return text
    }
}
