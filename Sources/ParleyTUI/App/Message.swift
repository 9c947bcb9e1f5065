import ParleyModel
import ParleyTerminal

/// Everything `update` reacts to: commands, keys typed into a prompt, terminal events, and the
/// results of effects (named in the past tense).
public enum Message: Sendable {
    case command(Command)
    case promptKey(Key)
    case resized(Size)
    case clicked(Point)
    case scrolled(Point, down: Bool)
    case articlesLoaded(rows: [ArticleSummary], offset: Int, total: Int)
    case articleLoaded(StoredArticle, evidence: Range<Int>?)
    /// A page of the timeline: entries from `offset`, of `total` in all.
    case timelineLoaded(entries: [TimelineEntry], offset: Int, total: Int)
    case searchFinished(query: String, hits: [SearchHit])
    case leadersFound(query: String, matches: [LeaderMatch])
    case themesListed([String])
    case themeApplied(String)
    case meetingLoaded(MeetingDetail)
    case libraryFailed(String)
}

/// Work `update` asks for; `EffectRunner` does it and answers with a message.
public enum Effect: Sendable, Equatable {
    case loadArticles(offset: Int, limit: Int, leader: String?)
    case loadArticle(id: String, evidence: Range<Int>?)
    /// Open an article at the sentence reporting a meeting of these participants.
    case openMeeting(articleId: String, participants: [String])
    case loadTimeline(offset: Int, limit: Int, leader: String?)
    /// The meeting behind a timeline entry, for the meeting view.
    case loadMeeting(TimelineEntry)
    case search(String)
    case findLeaders(String)
    case markRead(String)
    case applyTheme(String)
    /// Give the terminal back to the shell and stop until resumed (Ctrl-Z); the runner does this one.
    case suspend
}
