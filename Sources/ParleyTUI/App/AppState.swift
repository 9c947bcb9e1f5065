import ParleyModel
import ParleyTerminal

/// The list pane: a window of rows paged from the library, and the selection in the whole list.
public struct ArticleListState: Sendable, Equatable {
    public var rows: [ArticleSummary] = []
    public var offset = 0
    public var total = 0
    /// Unread articles in the whole list (nil until the library says).
    public var unread: Int?
    public var selected = 0
    public var scroll = 0
    /// Full-text results replace the list while a search is active.
    public var searchQuery: String?
    public var snippets: [String: String] = [:]
    /// Set when a filter changes the list: the page that answers moves the cursor to the open article.
    public var followOpenArticle = false
    /// Set by a reload: the page that answers puts the cursor back on this article when it still shows.
    public var keepSelected: String?

    public func row(at index: Int) -> ArticleSummary? {
        let local = index - offset
        return local >= 0 && local < rows.count ? rows[local] : nil
    }

    public var selectedRow: ArticleSummary? { row(at: selected) }
}

/// The reader pane: the open article, its wrapped lines, and in-article search.
public struct ArticleTextState: Sendable, Equatable {
    public var article: StoredArticle?
    public var lines: [WrappedLine] = []
    public var width = 0
    public var scroll = 0
    /// The evidence sentence to highlight (scalar range of the body), when opened from the timeline.
    public var evidence: Range<Int>?
    public var searchQuery: String?
    public var matches: [Range<Int>] = []
    public var currentMatch = 0
    /// The body offset the last rewrap kept at the top: a rewrap while it is still on screen keeps it
    /// again, so going full screen and back returns to the same line. Scrolling forgets it.
    public var anchor: Int?
}

/// A selection and scroll position over a list of rows.
public struct Cursor: Sendable, Equatable {
    public var selected = 0
    public var scroll = 0
}

/// What kind of text a prompt collects.
public enum PromptKind: Sendable, Equatable {
    case searchLibrary, searchArticle, leader, command
    /// Words that narrow the timeline (/ in the timeline pane).
    case filterTimeline
}

/// An open prompt: its editor and, for leaders, the completions so far.
public struct PromptState: Sendable, Equatable {
    public var kind: PromptKind
    public var editor: LineEditor
    public var completions: [String] = []
    public var completionIndex = 0
    /// Submit as soon as the completions for the text arrive (`:leader xi` needs no second Enter).
    public var submitsOnAnswer = false

    public var label: String {
        switch kind {
        case .searchLibrary: "Search articles: "
        case .searchArticle: "Find in article: "
        case .filterTimeline: "Filter timeline: "
        case .leader: "Leader: "
        case .command: ":"
        }
    }
}

/// What the help overlay shows.
public enum HelpTopic: Sendable, Equatable {
    /// Every key, from the keymap (?).
    case keys
    /// The latest status messages, whole (:messages).
    case messages
}

/// Where Esc in an article opened from the meeting view goes back to.
public struct ReturnPoint: Sendable, Equatable {
    public var meeting: MeetingViewState
    public var chart: ChartViewState?
    /// The article opened from it: opening another forgets the way back.
    public var articleId: String
}

/// The whole reader: every pane's state, focus, filter, prompt and overlay. Only `update` changes it.
public struct AppState: Sendable, Equatable {
    public var size: Size
    public var focus: Pane = .list
    public var list = ArticleListState()
    public var reader = ArticleTextState()
    public var entities = Cursor()
    /// The loaded page of the timeline: entries `timelineOffset ..< timelineOffset + timeline.count` of
    /// `timelineTotal`. The cursor counts in the whole timeline; pages load as it moves.
    public var timeline: [TimelineEntry] = []
    public var timelineOffset = 0
    public var timelineTotal = 0
    public var timelineCursor = Cursor()
    public var prompt: PromptState?
    public var showHelp = false
    /// The part of the timeline an entity led to (a day, a place, a country's leaders), when not all.
    public var timelineScope: TimelineScope?
    /// The pairs view, open over the panes (P).
    public var pairs: PairsViewState?
    /// The meeting view, open over the panes (Enter on a timeline entry).
    public var meeting: MeetingViewState?
    /// The timeline drawn against time, open over the panes (v).
    public var chart: ChartViewState?
    /// The meeting view (and chart) a source was opened from: Esc in that article goes back to them.
    public var returnTo: ReturnPoint?
    /// The article alone on the whole screen.
    public var zoomed = false
    public var helpScroll = 0
    /// How many lines the help has (its keymap's, set by the runner): how far it can scroll.
    public var helpLength = HelpView.lines(.standard).count
    public var leaderFilter: String?
    /// The list holds only the articles unread when it was loaded (L).
    public var unreadOnly = false
    public var message: String?
    /// The latest status messages, oldest first, at most `MessageLogView.limit` (`:messages` shows them).
    public var messageLog: [String] = []
    /// What the help overlay shows: the keys, or the message log.
    public var helpTopic: HelpTopic = .keys
    public var isError = false
    /// A fetch of the feeds runs in the background.
    public var isFetchingFeeds = false
    public var themeName: String
    public var themeNames: [String]
    public var libraryLabel: String
    public var searchHistory: [String] = []
    public var leaderHistory: [String] = []
    public var commandHistory: [String] = []
    public var quit = false

    public init(
        size: Size, themeName: String = "default", themeNames: [String] = ["default"], libraryLabel: String = ""
    ) {
        self.size = size
        self.themeName = themeName
        self.themeNames = themeNames
        self.libraryLabel = libraryLabel
    }

    /// Where the panes are for this size, focus and zoom.
    public var layout: PaneLayout { PaneLayout.layout(size, focus: focus, zoomed: zoomed) }

    /// Which keymap context the keys go to.
    public var keyContext: KeyContext {
        if showHelp { return .help }
        if meeting != nil { return .meeting }
        if chart != nil { return .chart }
        if pairs != nil { return .pairs }
        switch focus {
        case .list: return .list
        case .article: return .article
        case .entities: return .entities
        case .timeline: return .timeline
        }
    }
}

extension AppState {
    /// How many lines the help overlay has for what it shows.
    public var helpLineCount: Int {
        helpTopic == .messages
            ? MessageLogView.lines(messageLog, width: HelpView.area(size).width).count : helpLength
    }

    /// A view drawn over the panes (meeting, chart, pairs) is open.
    public var hasOverlay: Bool { meeting != nil || chart != nil || pairs != nil }

    /// The timeline entry at position `index` of the whole timeline, when its page is loaded.
    public func timelineEntry(at index: Int) -> TimelineEntry? {
        let local = index - timelineOffset
        return timeline.indices.contains(local) ? timeline[local] : nil
    }
}
