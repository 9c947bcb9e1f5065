/// What a key asks for, named as an intent; the keymap turns keys into these.
public enum Command: String, CaseIterable, Sendable {
    case moveDown, moveUp, pageDown, pageUp, moveToTop, moveToBottom
    case open, back
    case focusNext, focusPrevious, focusList, focusArticle, focusEntities, focusTimeline
    case startSearch, nextMatch, previousMatch
    case startLeaderFilter, clearFilter
    case toggleRead, nextUnread, previousUnread, markAllRead
    case openSource, copySourceLink, toggleZoom, reload, startCommandLine
    case toggleHelp, cycleTheme, suspend, quit
    case nextSource, previousSource
    case showPairs
    case toggleChart, nextMeeting, previousMeeting
    case fetchFeeds
    case toggleUnreadOnly

    /// The words help and the key-hint bar show.
    public var label: String {
        switch self {
        case .moveDown: "down"
        case .moveUp: "up"
        case .pageDown: "page down"
        case .pageUp: "page up"
        case .moveToTop: "top"
        case .moveToBottom: "bottom"
        case .open: "open"
        case .back: "back"
        case .focusNext: "next pane"
        case .focusPrevious: "previous pane"
        case .focusList: "articles"
        case .focusArticle: "article"
        case .focusEntities: "entities"
        case .focusTimeline: "timeline"
        case .startSearch: "search"
        case .nextMatch: "next match"
        case .previousMatch: "previous match"
        case .startLeaderFilter: "leader"
        case .clearFilter: "clear filter"
        case .toggleRead: "read/unread"
        case .nextUnread: "next unread"
        case .previousUnread: "previous unread"
        case .markAllRead: "mark all shown read"
        case .openSource: "open source in browser"
        case .copySourceLink: "copy source link"
        case .toggleZoom: "full-screen article"
        case .reload: "reload the library"
        case .startCommandLine: "command line (:theme light, :leader xi, :quit)"
        case .toggleHelp: "help"
        case .cycleTheme: "theme"
        case .suspend: "suspend (fg resumes)"
        case .quit: "quit"
        case .nextSource: "next source"
        case .previousSource: "previous source"
        case .showPairs: "who met whom"
        case .toggleChart: "timeline as a chart"
        case .nextMeeting: "later meeting"
        case .previousMeeting: "earlier meeting"
        case .fetchFeeds: "fetch the feeds"
        case .toggleUnreadOnly: "only unread articles, or all again"
        }
    }
}
