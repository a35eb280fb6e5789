/// The built-in input method's settings: on or off, Telex or VNI, where the
/// tone goes. Off by default: the system's input method, when there is one,
/// keeps working as before.
public struct TypingSettings: Codable, Equatable, Sendable {
    public var enabled: Bool
    public var method: TypingMethod
    public var style: ToneStyle

    public init(enabled: Bool = false, method: TypingMethod = .telex, style: ToneStyle = .classic) {
        self.enabled = enabled
        self.method = method
        self.style = style
    }

    /// `[V] Telex`, `[V] VNI` or `[E]`, as Unikey shows V and E.
    public var badge: String {
        guard enabled else { return "[E]" }
        return method == .telex ? "[V] Telex" : "[V] VNI"
    }
}
