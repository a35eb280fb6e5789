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
    public var rows: [MeetingRow] = [] {
        didSet { organizers = Set(rows.lazy.map(\.organizer)) }
    }
    /// Each organizer of the rows once, made when the rows change: the columns are
    /// sized from it at every redraw (a province's 10,000 meetings have a few hundred).
    public private(set) var organizers: Set<String> = []
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
    /// The screens on view; the top one has the keys.
    public var nav = Navigation()
    public var message: StatusMessage?
    /// While the archive is being indexed: files done, files in all, seconds left.
    public var indexing: IndexingProgress?
    public var quitting = false
    public var vocabulary = Vocabulary()
    public var tracker = TrackerState()
    public var reportScreen = ReportScreenState()
    public var browser = BrowserState()
    /// The draft last written for the open form (to write only what changed).
    public var lastDraft: FormDraft?
    /// The built-in Vietnamese input method (Alt-Z, F9).
    public var typing = TypingState()
    /// Sharing with other offices (F8): the last sync, and one running now.
    public var sync = SyncStatus()

    public init(language: Language, width: Int, height: Int, now: Timestamp, topics: TopicCatalog) {
        self.language = language
        self.width = width
        self.height = height
        self.now = now
        self.topics = topics
    }

    /// The screen that has the keys.
    public var route: Route { nav.top }
    /// Every screen on view, bottom to top (read-only: change `nav`).
    public var routes: [Route] { nav.stack }

    public func text(_ phrase: Phrase) -> String { language.text(phrase) }

    /// Rows a list has on screen, below the title, headings and above the two bars.
    public var listHeight: Int { max(1, height - 6) }

    /// Forms with typed text that is not saved.
    public var hasUnsavedForm: Bool {
        nav.forms.contains { $0.dirty }
    }
}

extension AppState {
    /// Commands the top screen has but that cannot work now (the meeting is
    /// closed or held by another program): left off the key bar.
    public var unavailableCommands: Set<Command> { unavailableCommands(on: route) }

    /// The same for `route`, wherever it is on the stack (help lists the
    /// keys of the screen below it, as that screen's bar does).
    public func unavailableCommands(on route: Route) -> Set<Command> {
        switch route {
        case .meeting, .live:
            guard let open = meeting else { return [] }
            let editing: Set<Command> = [.newOpinion, .live, .endMeeting, .addAttendee, .addFollowUp, .addReport, .conclusion,
                                         .deleteItem, .undo, .redo, .moveUp, .moveDown]
            if open.readOnlyReason != nil { return editing.union([.editDetails]) }
            return open.meeting.status == .closed ? editing : []
        case .pager(let pager):
            // Nothing is typed in a preview: the input method is not offered.
            return pager.opinion == nil ? [.toggleTyping] : [.printMinutes, .toggleTyping]
        case .meetings:
            // The first screen: Esc only clears a filter, so it is offered only then.
            return list.filter.isEmpty ? [.back] : []
        case .form(let form) where !form.fields.contains(where: \.isTextInput):
            // A dialog of choices only (the print dialog): nothing to type, so the input method is not offered.
            return [.toggleTyping]
        // The key that opens the screen in view is not offered on it.
        case .tracker: return [.showTracker]
        case .report: return [.showReport]
        case .browser: return browser.filters.isEmpty ? [.showBrowser, .clearFilters] : [.showBrowser]
        default:
            return []
        }
    }
}
