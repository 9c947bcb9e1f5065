import ParleyModel
import ParleyTerminal

extension AppUpdate {
    /// Results of effects coming back.
    static func receive(_ message: Message, state: inout AppState) -> [Effect] {
        switch message {
        case .articlesLoaded(let rows, let offset, let total):
            state.list.rows = rows
            state.list.offset = offset
            state.list.total = total
            if state.list.selected >= total { state.list.selected = max(0, total - 1) }
            clampAll(&state)
            if state.reader.article == nil, let first = rows.first, offset == 0 {
                return [.loadArticle(id: first.id, evidence: nil)]
            }
        case .articleLoaded(let stored, let evidence):
            state.reader = ArticleTextState(article: stored, evidence: evidence)
            state.entities = Cursor()
            relayoutReader(&state)
            if let evidence {
                reveal(evidence.lowerBound, state: &state)
                state.focus = .article
            }
            if let index = state.list.rows.firstIndex(where: { $0.id == stored.article.id }) {
                state.list.rows[index].isRead = true
            }
        case .meetingLoaded(let detail):
            state.meeting = MeetingViewState(detail: detail)
        case .timelineLoaded(let entries, let offset, let total):
            state.timeline = entries
            state.timelineOffset = offset
            state.timelineTotal = total
            if state.timelineCursor.selected >= total { state.timelineCursor = Cursor() }
            clampAll(&state)
        case .searchFinished(let query, let hits):
            guard state.list.searchQuery == query else { return [] }
            state.list.rows = hits.map(\.summary)
            state.list.snippets = Dictionary(hits.map { ($0.summary.id, $0.snippet) }) { a, _ in a }
            state.list.offset = 0
            state.list.total = hits.count
            state.list.selected = 0
            state.list.scroll = 0
            state.message = hits.isEmpty ? "nothing matches '\(query)'" : "\(hits.count) articles match '\(query)'"
            state.isError = hits.isEmpty
        case .leadersFound(let query, let matches):
            guard var prompt = state.prompt, prompt.kind == .leader,
                prompt.editor.string.trimmingCharacters(in: .whitespaces) == query
            else { return [] }
            prompt.completions = matches.map(\.name)
            prompt.completionIndex = 0
            state.prompt = prompt
        case .themesListed(let names):
            state.themeNames = names
        case .themeApplied(let name):
            state.themeName = name
            state.message = "theme: \(name)"
        case .libraryFailed(let text):
            state.message = text
            state.isError = true
        default:
            break
        }
        return []
    }
}
