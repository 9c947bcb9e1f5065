import ParleyModel

/// Does the work effects describe, against the library, and answers with messages.
public struct EffectRunner: Sendable {
    public var store: LibraryStore
    public var themes: ThemeLibrary

    public init(store: LibraryStore, themes: ThemeLibrary) {
        self.store = store
        self.themes = themes
    }

    /// The library's files as they are now, to notice another process's changes (nil in memory).
    public func libraryStamp() -> LibraryStamp? { store.changeStamp() }

    /// Fetches every feed followed, posting progress as each feed ends; answers with how it went.
    func fetchFeeds(progress: @Sendable (Message) -> Void) -> Message {
        do {
            let report = try FeedFetcher(store: store).fetchAll { _, _, done, total in
                progress(.feedsProgressed(done: done, total: total))
            }
            let summary = report.feeds == 0 ? "no feeds followed (`parley feed add URL` follows one)" : report.summary
            return .feedsFetched(summary: summary, failures: report.failures)
        } catch {
            return .feedsFetched(summary: "the feeds could not be fetched", failures: [error.description])
        }
    }

    /// Whether an effect writes to the library (so the change it makes is the reader's own).
    static func writes(_ effect: Effect) -> Bool {
        switch effect {
        case .markRead, .setRead, .markAllRead: true
        default: false
        }
    }

    /// Runs one effect; `applyTheme` also hands back the loaded theme. `suspend` is the screen's, not
    /// the library's: `AppRunner` does it, and runs `fetchFeeds` (through `fetchFeeds(progress:)`) off the loop.
    public func run(_ effect: Effect) -> (Message?, Theme?) {
        do {
            switch effect {
            case .loadArticles(let offset, let limit, let leader, let unreadOnly):
                let names = leader.map { [$0] }
                let rows = try store.summaries(limit: limit, offset: offset, mentioning: names, unreadOnly: unreadOnly)
                let total = try unreadOnly ? store.unreadCount(mentioning: names) : store.count(mentioning: names)
                // The unread count is taken with the first page only: later pages keep it.
                let unread = offset == 0 ? try store.unreadCount(mentioning: names) : nil
                return (.articlesLoaded(rows: rows, offset: offset, total: total, unread: unread), nil)
            case .loadArticle(let id, let evidence):
                return (.articleLoaded(try store.article(id: id), evidence: evidence), nil)
            case .loadTimeline(let offset, let limit, let leader, let scope):
                let entries = try store.timeline(leader: leader, scope: scope, limit: limit, offset: offset)
                let total = try store.timelineCount(leader: leader, scope: scope)
                return (.timelineLoaded(entries: entries, offset: offset, total: total), nil)
            case .loadChart(let leader, let scope):
                return (.chartLoaded(try store.timelineChart(leader: leader, scope: scope)), nil)
            case .loadChartRow(let participants, let leader, let scope):
                var narrowed = scope ?? TimelineScope(label: "")
                narrowed.pair = participants
                return (.chartRowLoaded(participants, try store.timeline(leader: leader, scope: narrowed)), nil)
            case .loadPairs(let leader):
                return (.pairsLoaded(leader: leader, try store.pairs(of: leader)), nil)
            case .loadMeeting(let entry):
                return (.meetingLoaded(try store.meetingDetail(entry)), nil)
            case .search(let query):
                return (.searchFinished(query: query, hits: try store.search(query, limit: 500)), nil)
            case .findLeaders(let query):
                return (.leadersFound(query: query, matches: try store.leaders(matching: query, limit: 8)), nil)
            case .findSource(let id, let copy):
                let article = try store.article(id: id).article
                return (.sourceFound(source: article.canonicalURL ?? article.source, copy: copy), nil)
            case .markRead(let id):
                return (.readMarked(id: id, isRead: true, changed: try store.markRead(id: id)), nil)
            case .setRead(let id, let isRead):
                return (.readMarked(id: id, isRead: isRead, changed: try store.markRead(id: id, isRead)), nil)
            case .markAllRead(let ids, let leader):
                return (.allMarkedRead(changed: try store.markAllRead(ids: ids, mentioning: leader.map { [$0] })), nil)
            case .findUnread(let position, let forward, let leader):
                let found = try store.unread(after: position, forward: forward, mentioning: leader.map { [$0] })
                return (.unreadFound(position: found?.position, id: found?.id), nil)
            case .suspend, .openSource, .copyLink, .fetchFeeds:
                return (nil, nil)
            case .applyTheme(let name):
                do {
                    let theme = try themes.load(name)
                    return (.themeApplied(name), theme)
                } catch {
                    return (.libraryFailed(error.description), nil)
                }
            }
        } catch {
            return (.libraryFailed(error.description), nil)
        }
    }
}
