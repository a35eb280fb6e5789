import DoiThoaiCore

/// A line for the status bar: what just happened, or what went wrong.
public struct StatusMessage: Equatable, Sendable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

/// The meetings table: its rows, filter and selection.
public struct MeetingsListState: Equatable, Sendable {
    public var rows: [MeetingRow] = []
    /// While the archive is being read: no count and no "no meetings yet" until it is.
    public var loading = false
    /// Files that could not be read, each "path: reason".
    public var failures: [String] = []
    public var filter = TextField()
    public var filtering = false
    public var cursor = ListCursor()

    /// The rows the filter lets through, newest first.
    public var visibleRows: [MeetingRow] {
        let words = VietnameseFolding.fold(filter.text).split(separator: " ")
        guard !words.isEmpty else { return rows }
        return rows.filter { row in words.allSatisfy { row.searchKey.contains($0) } }
    }
}

/// How far indexing has got, for the status line.
public struct IndexingProgress: Equatable, Sendable {
    public var done: Int
    public var total: Int
    public var secondsLeft: Int?

    public init(done: Int, total: Int, secondsLeft: Int?) {
        self.done = done
        self.total = total
        self.secondsLeft = secondsLeft
    }
}

/// Everything the terminal program shows, in one value.
public struct AppState: Equatable, Sendable {
    public var language: Language
    public var width: Int
    public var height: Int
    public var now: Timestamp
    public var topics: TopicCatalog
    public var list = MeetingsListState()
    public var meeting: MeetingState?
    public var routes: [Route] = [.meetings]
    public var message: StatusMessage?
    /// While the archive is being indexed: files done, files in all, seconds left.
    public var indexing: IndexingProgress?
    public var quitting = false
    public var vocabulary = Vocabulary()
    public var tracker = TrackerState()
    public var reportScreen = ReportScreenState()
    public var browser = BrowserState()
    /// The opinion to show once its meeting has opened (from the browser).
    public var pendingOpinion: OpinionID?
    /// A follow-up to edit once its meeting has opened (from the tracker).
    public var pendingFollowUpEdit: FollowUpID?
    /// A topic was created in a form; the catalog is saved with the form.
    public var pendingTopicSave = false
    /// The draft last written for the open form (to write only what changed).
    public var lastDraft: FormDraft?
    /// A draft to reopen once its meeting has opened.
    public var pendingRestore: FormDraft?

    public init(language: Language, width: Int, height: Int, now: Timestamp, topics: TopicCatalog) {
        self.language = language
        self.width = width
        self.height = height
        self.now = now
        self.topics = topics
    }

    public var route: Route { routes.last ?? .meetings }

    public func text(_ phrase: Phrase) -> String { language.text(phrase) }

    /// Whether the focused thing takes typed letters (so `q` types, not quits).
    public var isTyping: Bool {
        switch route {
        case .form(let form):
            guard let focused = form.focused else { return false }
            if case .choice = focused.value, focused.key == .opinionKind { return true }
            return focused.isTextInput
        case .meetings: return list.filtering
        case .browser: return true
        default: return false
        }
    }

    /// Rows a list has on screen, below the title, headings and above the two bars.
    public var listHeight: Int { max(1, height - 6) }

    /// Forms with typed text that is not saved.
    public var hasUnsavedForm: Bool {
        routes.contains { if case .form(let form) = $0 { return form.dirty }; return false }
    }
}
