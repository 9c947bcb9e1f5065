import ParleyModel

/// Does the work effects describe, against the library, and answers with messages.
public struct EffectRunner: Sendable {
    public var store: LibraryStore
    public var themes: ThemeLibrary

    public init(store: LibraryStore, themes: ThemeLibrary) {
        self.store = store
        self.themes = themes
    }

    /// Runs one effect; `applyTheme` also hands back the loaded theme. `suspend` is the screen's, not
    /// the library's: `AppRunner` does it.
    public func run(_ effect: Effect) -> (Message?, Theme?) {
        do {
            switch effect {
            case .loadArticles(let offset, let limit, let leader):
                let names = leader.map { [$0] }
                let rows = try store.summaries(limit: limit, offset: offset, mentioning: names)
                return (.articlesLoaded(rows: rows, offset: offset, total: try store.count(mentioning: names)), nil)
            case .loadArticle(let id, let evidence):
                return (.articleLoaded(try store.article(id: id), evidence: evidence), nil)
            case .openMeeting(let id, let participants):
                let stored = try store.article(id: id)
                let meeting = stored.meetings.first { $0.participants == participants }
                return (.articleLoaded(stored, evidence: meeting.map { $0.evidenceStart..<$0.evidenceEnd }), nil)
            case .loadTimeline(let offset, let limit, let leader):
                let names = leader.map { [$0] }
                let entries = try store.timeline(participants: names, limit: limit, offset: offset)
                let total = try store.timelineCount(participants: names)
                return (.timelineLoaded(entries: entries, offset: offset, total: total), nil)
            case .loadMeeting(let entry):
                return (.meetingLoaded(try store.meetingDetail(entry)), nil)
            case .search(let query):
                return (.searchFinished(query: query, hits: try store.search(query, limit: 500)), nil)
            case .findLeaders(let query):
                return (.leadersFound(query: query, matches: try store.leaders(matching: query, limit: 8)), nil)
            case .markRead(let id):
                try store.markRead(id: id)
                return (nil, nil)
            case .suspend:
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
