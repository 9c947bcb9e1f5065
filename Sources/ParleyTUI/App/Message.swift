import ParleyModel
import ParleyTerminal

/// Everything `update` reacts to: commands, keys typed into a prompt, terminal events, and the
/// results of effects (named in the past tense).
public enum Message: Sendable {
    case command(Command)
    case promptKey(Key)
    /// A key the keymap has no command for where it was pressed.
    case unboundKey(Key)
    case resized(Size)
    case clicked(Point)
    case scrolled(Point, down: Bool)
    /// A page of the list; `unread` counts the whole list's unread articles (nil: unchanged).
    case articlesLoaded(rows: [ArticleSummary], offset: Int, total: Int, unread: Int? = nil)
    case articleLoaded(StoredArticle, evidence: Range<Int>?)
    /// A page of the timeline: entries from `offset`, of `total` in all.
    case timelineLoaded(entries: [TimelineEntry], offset: Int, total: Int)
    case searchFinished(query: String, hits: [SearchHit])
    case leadersFound(query: String, matches: [LeaderMatch])
    case themesListed([String])
    case themeApplied(String)
    case meetingLoaded(MeetingDetail)
    case pairsLoaded(leader: String?, [LeaderPair])
    /// The timeline counted month by month, for the chart.
    case chartLoaded(TimelineChart)
    /// Every meeting of one of the chart's rows, oldest first and undated last.
    case chartRowLoaded([String], [TimelineEntry])
    case libraryFailed(String)
    /// An article's read mark was set; `changed` when it was not already so (a read-only library
    /// changes nothing).
    case readMarked(id: String, isRead: Bool, changed: Bool)
    /// Every article shown was marked read; `changed` of them were unread.
    case allMarkedRead(changed: Int)
    /// The nearest unread article in the direction asked, or nil when there is none.
    case unreadFound(position: Int?, id: String?)
    /// The browser ran on the source; nil when it went well, else what went wrong.
    case sourceOpened(link: String, problem: String?)
    /// The source of an article that is not open, for `o` or `y` (`copy`) on it.
    case sourceFound(source: String, copy: Bool)
    /// The link was sent to the clipboard, or the terminal is not known to take it.
    case linkCopied(link: String, copied: Bool)
    /// Another process changed the library (articles added, changed or removed).
    case libraryChanged
    /// A fetch of the feeds finished `done` of its `total` feeds.
    case feedsProgressed(done: Int, total: Int)
    /// A fetch of the feeds ended: its summary line and one line per feed that failed.
    case feedsFetched(summary: String, failures: [String])
}

/// Work `update` asks for; `EffectRunner` does it and answers with a message.
public enum Effect: Sendable, Equatable {
    /// A page of the list: of the articles naming `leader` (all when nil), only unread ones when `unreadOnly`.
    case loadArticles(offset: Int, limit: Int, leader: String?, unreadOnly: Bool = false)
    case loadArticle(id: String, evidence: Range<Int>?)
    /// A page of the timeline: of a leader's meetings, or of the part an entity leads to.
    case loadTimeline(offset: Int, limit: Int, leader: String?, scope: TimelineScope? = nil)
    /// Who met whom (a leader's counterparts), for the pairs view.
    case loadPairs(leader: String?)
    /// The timeline part shown, counted month by month, for the chart (v).
    case loadChart(leader: String?, scope: TimelineScope?)
    /// The meetings of one set of participants in the part shown, for the chart's cursor.
    case loadChartRow([String], leader: String?, scope: TimelineScope?)
    /// The meeting behind a timeline entry, for the meeting view.
    case loadMeeting(TimelineEntry)
    case search(String)
    case findLeaders(String)
    case markRead(String)
    /// Set an article's read mark either way (the toggle key).
    case setRead(String, Bool)
    /// Mark read the articles with these ids (a search's hits), or else every article naming `leader`
    /// (all articles when nil).
    case markAllRead(ids: [String]?, leader: String?)
    /// Find the nearest unread article after (or before) a list position, in the list `leader` filters.
    case findUnread(after: Int, forward: Bool, leader: String?)
    case applyTheme(String)
    /// Give the terminal back to the shell and stop until resumed (Ctrl-Z); the runner does this one.
    case suspend
    /// Hand the terminal to the browser on a checked link and take it back; the runner does this one.
    case openSource(String)
    /// Look up an article's source (its web address, else its file) to open it or copy it (`copy`).
    case findSource(articleId: String, copy: Bool)
    /// Put a checked link on the clipboard through the terminal; the runner does this one.
    case copyLink(String)
    /// Fetch every feed, off the loop, with progress as it goes; the runner does this one.
    case fetchFeeds
}
