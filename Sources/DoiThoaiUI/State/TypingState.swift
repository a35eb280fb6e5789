import DoiThoaiCore

/// The built-in Vietnamese input method as the program uses it: its
/// settings and the word it is composing in the focused text.
public struct TypingState: Equatable, Sendable {
    public var settings: TypingSettings {
        didSet { engine = VietnameseTyping(method: settings.method, style: settings.style) }
    }
    /// One engine for the whole program, as Unikey has one: any key that is
    /// not a letter ends its word, so it never composes across two fields.
    public var engine: VietnameseTyping
    /// Where the settings are kept (shown on the settings screen), once known.
    public var file: String?

    public init(settings: TypingSettings = TypingSettings(), file: String? = nil) {
        self.settings = settings
        self.file = file
        engine = VietnameseTyping(method: settings.method, style: settings.style)
    }
}
