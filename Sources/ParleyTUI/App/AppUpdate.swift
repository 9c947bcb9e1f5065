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
        switch message {
        case .command(let command): return perform(command, on: &state)
        case .promptKey(let key): return editPrompt(key, state: &state)
        case .resized(let size):
            state.size = size
            relayoutReader(&state)
            clampAll(&state)
            return []
        case .clicked(let point): return click(point, state: &state)
        case .scrolled(let point, let down):
            let layout = PaneLayout.layout(state.size, focus: state.focus)
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
            switch command {
            case .toggleHelp, .back: state.showHelp = false
            case .moveDown: state.helpScroll += 1
            case .moveUp: state.helpScroll = max(0, state.helpScroll - 1)
            case .quit: state.quit = true
            default: break
            }
            return []
        }
        if state.meeting != nil, let effects = meetingCommand(command, state: &state) { return effects }
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
                state.focus == .article && state.reader.article != nil ? .searchArticle : .searchLibrary
            state.prompt = PromptState(kind: kind, editor: LineEditor(history: state.searchHistory))
        case .nextMatch: stepMatch(1, state: &state)
        case .previousMatch: stepMatch(-1, state: &state)
        case .startLeaderFilter:
            state.prompt = PromptState(kind: .leader, editor: LineEditor(history: state.leaderHistory))
        case .clearFilter: return clearFilter(&state)
        case .toggleHelp:
            state.showHelp = true
            state.helpScroll = 0
        case .cycleTheme:
            guard !state.themeNames.isEmpty else { return [] }
            let index = state.themeNames.firstIndex(of: state.themeName).map { ($0 + 1) % state.themeNames.count } ?? 0
            return [.applyTheme(state.themeNames[index])]
        case .suspend: return [.suspend]
        case .quit: state.quit = true
        case .nextSource, .previousSource: break  // only in the meeting view
        }
        return []
    }

    static func page(_ state: AppState) -> Int {
        max(1, PaneLayout.layout(state.size, focus: state.focus).visibleRows(state.focus) - 1)
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
        if state.focus != .list {
            state.focus = .list
            return []
        }
        if state.list.searchQuery != nil {
            state.list.searchQuery = nil
            state.list.snippets = [:]
            state.list.selected = 0
            state.list.scroll = 0
            return [.loadArticles(offset: 0, limit: pageSize, leader: state.leaderFilter)]
        }
        if state.leaderFilter != nil { return clearFilter(&state) }
        return []
    }

    static func clearFilter(_ state: inout AppState) -> [Effect] {
        guard state.leaderFilter != nil || state.list.searchQuery != nil else { return [] }
        state.leaderFilter = nil
        state.list.searchQuery = nil
        state.list.snippets = [:]
        state.list.selected = 0
        state.list.scroll = 0
        state.timelineCursor = Cursor()
        state.message = "filter cleared"
        return [
            .loadArticles(offset: 0, limit: pageSize, leader: nil),
            .loadTimeline(offset: 0, limit: pageSize, leader: nil),
        ]
    }

    static func applyLeader(_ name: String, state: inout AppState) -> [Effect] {
        state.leaderFilter = name
        state.list.searchQuery = nil
        state.list.snippets = [:]
        state.list.selected = 0
        state.list.scroll = 0
        state.timelineCursor = Cursor()
        state.focus = .list
        return [
            .loadArticles(offset: 0, limit: pageSize, leader: name),
            .loadTimeline(offset: 0, limit: pageSize, leader: name),
        ]
    }
}
