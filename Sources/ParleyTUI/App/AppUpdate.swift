import ParleyModel
import ParleyTerminal

/// The only code that changes `AppState`: pure, synchronous, no I/O. It returns the effects to run.
public enum AppUpdate {
    public static let pageSize = 200

    /// The effects that fill a fresh state.
    public static func start(_ state: AppState) -> [Effect] {
        [
            .loadArticles(offset: 0, limit: pageSize, leader: nil),
            .loadTimeline(offset: 0, limit: pageSize, leader: nil),
        ]
    }

    public static func update(_ state: inout AppState, _ message: Message) -> [Effect] {
        let before = state.message
        let effects = dispatch(&state, message)
        // a command starts with no message: one it leaves is new, even when worded as the last
        var isNew = state.message != before
        if case .command(let command) = message, command != .suspend { isNew = true }
        if isNew, let text = state.message { MessageLogView.record(text, in: &state.messageLog) }
        return effects
    }

    static func dispatch(_ state: inout AppState, _ message: Message) -> [Effect] {
        switch message {
        case .command(let command): return perform(command, on: &state)
        case .promptKey(let key): return editPrompt(key, state: &state)
        case .unboundKey(let key):
            state.message = "no command for \(key.label) (? for help)"
            state.isError = false
            return []
        case .resized(let size):
            state.size = size
            relayoutReader(&state)
            clampAll(&state)
            state.helpScroll = min(state.helpScroll, HelpView.maxScroll(lines: state.helpLineCount, size: size))
            return []
        case .clicked(let point):
            // the panes under a view drawn over them take no clicks
            return state.showHelp || state.hasOverlay ? [] : click(point, state: &state)
        case .scrolled(let point, let down):
            if state.showHelp {
                scrollHelp(by: down ? 3 : -3, state: &state)
                return []
            }
            if state.hasOverlay { return perform(down ? .moveDown : .moveUp, on: &state) }
            let layout = state.layout
            guard let pane = layout.pane(at: point) else { return [] }
            let previous = state.focus
            state.focus = pane
            let effects = move(by: down ? 3 : -3, state: &state)
            state.focus = previous
            return effects
        default:
            return receive(message, state: &state)
        }
    }

    static func perform(_ command: Command, on state: inout AppState) -> [Effect] {
        if command == .suspend { return [.suspend] }
        state.message = nil
        state.isError = false
        if state.showHelp {
            let page = max(1, HelpView.visibleRows(state.size) - 1)
            switch command {
            case .toggleHelp, .back: state.showHelp = false
            case .moveDown: scrollHelp(by: 1, state: &state)
            case .moveUp: scrollHelp(by: -1, state: &state)
            case .pageDown: scrollHelp(by: page, state: &state)
            case .pageUp: scrollHelp(by: -page, state: &state)
            case .moveToTop: state.helpScroll = 0
            case .moveToBottom: state.helpScroll = HelpView.maxScroll(lines: state.helpLineCount, size: state.size)
            case .quit: state.quit = true
            default: break
            }
            return []
        }
        // the view on top takes its keys first (keyContext knows which is on top)
        let overlay: [Effect]? =
            switch state.keyContext {
            case .meeting: meetingCommand(command, state: &state)
            case .chart: chartCommand(command, state: &state)
            case .pairs: pairsCommand(command, state: &state)
            default: nil
            }
        if let overlay { return overlay }
        if state.zoomed, command == .back || focusCommands.contains(command) {
            // Leaving the full-screen article: Esc just leaves it; a pane key goes on to its pane.
            setZoom(false, state: &state)
            if command == .back { return [] }
        }
        switch command {
        case .moveDown: return move(by: 1, state: &state)
        case .moveUp: return move(by: -1, state: &state)
        case .pageDown: return move(by: page(state), state: &state)
        case .pageUp: return move(by: -page(state), state: &state)
        case .moveToTop: return move(by: Int.min / 2, state: &state)
        case .moveToBottom: return move(by: Int.max / 2, state: &state)
        case .open: return open(&state)
        case .back: return back(&state)
        case .focusNext: state.focus = Pane(rawValue: (state.focus.rawValue + 1) % 4) ?? .list
        case .focusPrevious: state.focus = Pane(rawValue: (state.focus.rawValue + 3) % 4) ?? .list
        case .focusList: state.focus = .list
        case .focusArticle: state.focus = .article
        case .focusEntities: state.focus = .entities
        case .focusTimeline: state.focus = .timeline
        case .startSearch:
            let kind: PromptKind =
                state.focus == .article && state.reader.article != nil
                ? .searchArticle : state.focus == .timeline ? .filterTimeline : .searchLibrary
            state.prompt = PromptState(kind: kind, editor: LineEditor(history: state.searchHistory))
        case .nextMatch: stepMatch(1, state: &state)
        case .previousMatch: stepMatch(-1, state: &state)
        case .startLeaderFilter:
            state.prompt = PromptState(kind: .leader, editor: LineEditor(history: state.leaderHistory))
        case .clearFilter: return clearFilter(&state)
        case .toggleRead: return toggleRead(&state)
        case .nextUnread: return stepUnread(forward: true, state: &state)
        case .previousUnread: return stepUnread(forward: false, state: &state)
        case .markAllRead: return markAllShownRead(&state)
        case .reload:
            state.message = "reloaded"
            return reload(&state)
        case .startCommandLine:
            state.prompt = PromptState(kind: .command, editor: LineEditor(history: state.commandHistory))
            // Tab at once goes through every command
            state.prompt?.completions = ColonCommand.completions("", themes: state.themeNames)
        case .toggleZoom:
            guard state.reader.article != nil || state.zoomed else {
                state.message = "no article is open"
                return []
            }
            setZoom(!state.zoomed, state: &state)
        case .openSource, .copySourceLink:
            return sourceAction(copy: command == .copySourceLink, state: &state)
        case .toggleHelp:
            state.showHelp = true
            state.helpTopic = .keys
            state.helpScroll = 0
        case .cycleTheme:
            guard !state.themeNames.isEmpty else { return [] }
            let index = state.themeNames.firstIndex(of: state.themeName).map { ($0 + 1) % state.themeNames.count } ?? 0
            return [.applyTheme(state.themeNames[index])]
        case .suspend: return [.suspend]
        case .quit: state.quit = true
        case .nextSource, .previousSource, .nextMeeting, .previousMeeting: break  // only in their views
        case .showPairs: return [.loadPairs(leader: state.leaderFilter)]
        case .toggleChart: return toggleChart(&state)
        case .fetchFeeds: return fetchFeeds(&state)
        case .toggleUnreadOnly: return toggleUnreadOnly(&state)
        }
        return []
    }

    /// Reads the shown page of the list and of the timeline again, keeping the cursor on its article.
    /// A search's hits stay as they were until the search is left.
    static func reload(_ state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        if state.list.searchQuery == nil {
            state.list.keepSelected = state.list.selectedRow?.id
            effects.append(
                .loadArticles(
                    offset: state.list.offset, limit: pageSize, leader: state.leaderFilter, unreadOnly: state.unreadOnly
                ))
        }
        effects.append(
            .loadTimeline(
                offset: state.timelineOffset, limit: pageSize, leader: state.leaderFilter, scope: state.timelineScope))
        return effects
    }

    static let focusCommands: Set<Command> = [
        .focusNext, .focusPrevious, .focusList, .focusEntities, .focusTimeline,
    ]

    /// Enters or leaves the full-screen article, rewrapping it for the new width.
    static func setZoom(_ zoomed: Bool, state: inout AppState) {
        state.zoomed = zoomed
        if zoomed { state.focus = .article }
        relayoutReader(&state)
        clampAll(&state)
    }

    /// Scrolls the help by `delta` lines, no further than its last line at the bottom.
    static func scrollHelp(by delta: Int, state: inout AppState) {
        let limit = HelpView.maxScroll(lines: state.helpLineCount, size: state.size)
        state.helpScroll = clamp(state.helpScroll + delta, 0, limit)
    }

    static func page(_ state: AppState) -> Int {
        max(1, state.layout.visibleRows(state.focus) - 1)
    }

    static func open(_ state: inout AppState) -> [Effect] {
        switch state.focus {
        case .list:
            guard let row = state.list.selectedRow else { return [] }
            return [.loadArticle(id: row.id, evidence: nil), .markRead(row.id)]
        case .article:
            return []
        case .entities:
            let rows = EntityRow.rows(for: state.reader.article)
            guard state.entities.selected < rows.count, case .entity(let entity) = rows[state.entities.selected] else {
                return []
            }
            if entity.kind == .person { return applyLeader(entity.name, state: &state) }
            if let scope = timelineScope(for: entity) { return showTimeline(scope, state: &state) }
            state.list.searchQuery = entity.name
            state.focus = .list
            state.message = "searching for '\(entity.name)'…"
            return [.search(entity.name)]
        case .timeline:
            guard let entry = state.timelineEntry(at: state.timelineCursor.selected) else { return [] }
            return [.loadMeeting(entry)]
        }
    }

    static func back(_ state: inout AppState) -> [Effect] {
        if state.focus == .article, let point = state.returnTo, state.reader.article?.article.id == point.articleId {
            // back to the meeting the article was opened from (and the chart under it)
            state.returnTo = nil
            state.meeting = point.meeting
            state.chart = point.chart
            return []
        }
        if state.focus == .timeline, state.timelineScope != nil {
            // a filtered timeline: Esc clears its filter first, and the next one moves on
            state.timelineScope = nil
            state.timelineCursor = Cursor()
            state.message = "timeline filter cleared"
            return [.loadTimeline(offset: 0, limit: pageSize, leader: state.leaderFilter)]
        }
        if state.focus != .list {
            state.focus = .list
            return []
        }
        if state.list.searchQuery != nil {
            state.list.searchQuery = nil
            state.list.snippets = [:]
            state.list.selected = 0
            state.list.scroll = 0
            state.list.followOpenArticle = true
            return [.loadArticles(offset: 0, limit: pageSize, leader: state.leaderFilter, unreadOnly: state.unreadOnly)]
        }
        if state.leaderFilter != nil || state.timelineScope != nil { return clearFilter(&state) }
        return []
    }

    static func clearFilter(_ state: inout AppState) -> [Effect] {
        guard state.leaderFilter != nil || state.list.searchQuery != nil || state.timelineScope != nil else {
            return []
        }
        state.leaderFilter = nil
        state.timelineScope = nil
        state.list.searchQuery = nil
        state.list.snippets = [:]
        state.list.selected = 0
        state.list.scroll = 0
        state.timelineCursor = Cursor()
        state.list.followOpenArticle = true
        state.message = "filter cleared"
        return [
            .loadArticles(offset: 0, limit: pageSize, leader: nil, unreadOnly: state.unreadOnly),
            .loadTimeline(offset: 0, limit: pageSize, leader: nil),
        ]
    }

    static func applyLeader(_ name: String, state: inout AppState) -> [Effect] {
        state.leaderFilter = name
        state.timelineScope = nil
        state.list.searchQuery = nil
        state.list.snippets = [:]
        state.list.selected = 0
        state.list.scroll = 0
        state.timelineCursor = Cursor()
        state.list.followOpenArticle = true
        state.focus = .list
        return [
            .loadArticles(offset: 0, limit: pageSize, leader: name, unreadOnly: state.unreadOnly),
            .loadTimeline(offset: 0, limit: pageSize, leader: name),
        ]
    }
}
