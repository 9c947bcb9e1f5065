import ParleyModel
import ParleyTerminal

extension AppUpdate {
    /// Results of effects coming back.
    static func receive(_ message: Message, state: inout AppState) -> [Effect] {
        switch message {
        case .articlesLoaded(let rows, let offset, let total, let unread):
            state.list.rows = rows
            state.list.offset = offset
            state.list.total = total
            if let unread { state.list.unread = unread }
            if let keep = state.list.keepSelected {
                state.list.keepSelected = nil
                if let index = rows.firstIndex(where: { $0.id == keep }) { state.list.selected = offset + index }
            }
            if state.list.selected >= total { state.list.selected = max(0, total - 1) }
            clampAll(&state)
            if state.reader.article == nil, let first = rows.first, offset == 0 {
                // shown to start with, not read: it is marked read when it is opened
                return [.loadArticle(id: first.id, evidence: nil)]
            }
            if state.list.followOpenArticle, offset == 0 {
                state.list.followOpenArticle = false
                return followOpenArticle(&state, filtered: state.leaderFilter != nil)
            }
        case .articleLoaded(let stored, let evidence):
            if state.returnTo?.articleId != stored.article.id { state.returnTo = nil }
            state.reader = ArticleTextState(article: stored, evidence: evidence)
            state.entities = Cursor()
            relayoutReader(&state)
            if let evidence {
                reveal(evidence.lowerBound, state: &state)
                state.focus = .article
            } else if let query = state.list.searchQuery,
                state.list.rows.contains(where: { $0.id == stored.article.id })
            {
                // A search result opens at its first match, every match marked, n and N ready.
                findInArticle(terms: searchWords(query), label: query, state: &state)
                state.focus = .article
            }
            if let index = state.list.rows.firstIndex(where: { $0.id == stored.article.id }) {
                // the read mark follows `readMarked`: an article shown is not yet one read
                state.list.selected = state.list.offset + index
                clampAll(&state)
            }
        case .pairsLoaded(let leader, let pairs):
            state.pairs = PairsViewState(leader: leader, pairs: pairs)
        case .meetingLoaded(let detail):
            state.meeting = MeetingViewState(detail: detail)
        case .chartLoaded(let chart):
            return receiveChart(chart, state: &state)
        case .chartRowLoaded(let participants, let entries):
            receiveChartRow(participants, entries, state: &state)
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
            state.list.unread = hits.filter { !$0.summary.isRead }.count
            state.list.selected = 0
            state.list.scroll = 0
            let effects = followOpenArticle(&state, filtered: true)
            if effects.isEmpty, let open = state.reader.article?.article.id,
                hits.contains(where: { $0.summary.id == open })
            {
                // The open article is a hit: its matches are marked where it is.
                let scroll = state.reader.scroll
                findInArticle(terms: searchWords(query), label: query, state: &state)
                state.reader.scroll = scroll
            }
            state.message =
                hits.isEmpty
                ? "nothing matches '\(query)'"
                : counted(hits.count, "article") + (hits.count == 1 ? " matches" : " match") + " '\(query)'"
            state.isError = hits.isEmpty
            return effects
        case .leadersFound(let query, let matches):
            guard var prompt = state.prompt, prompt.kind == .leader,
                prompt.editor.string.trimmingCharacters(in: .whitespaces) == query
            else { return [] }
            prompt.completions = matches.map(\.name)
            prompt.completionIndex = 0
            state.prompt = prompt
            if prompt.submitsOnAnswer {
                state.prompt = nil
                return submit(prompt, state: &state)
            }
        case .themesListed(let names):
            state.themeNames = names
        case .themeApplied(let name):
            state.themeName = name
            state.message = "theme: \(name)"
        case .readMarked, .allMarkedRead, .unreadFound:
            return receiveReadState(message, state: &state)
        case .sourceOpened(let link, let problem):
            state.message = problem ?? "opened \(link)"
            state.isError = problem != nil
        case .sourceFound(let source, let copy):
            return sourceLink(source, copy: copy, state: &state)
        case .linkCopied(let link, let copied):
            // OSC 52 has no answer: the terminal may keep the link or drop it, so "copied" would be a guess
            state.message =
                copied
                ? "sent to the terminal's clipboard (OSC 52; not confirmed): \(link)"
                : "this terminal cannot take a copy (no OSC 52): \(link)"
        case .libraryChanged:
            return reload(&state)
        case .feedsProgressed, .feedsFetched:
            return receiveFeeds(message, state: &state)
        case .libraryFailed(let text):
            state.message = text
            state.isError = true
        default:
            break
        }
        return []
    }

    /// After the list changed under a filter, a search or its clearing: the cursor goes to the open
    /// article when the list shows it; when a filter hides it, the first article shown opens instead.
    static func followOpenArticle(_ state: inout AppState, filtered: Bool) -> [Effect] {
        guard let open = state.reader.article?.article.id else { return [] }
        if let index = state.list.rows.firstIndex(where: { $0.id == open }) {
            state.list.selected = state.list.offset + index
            clampAll(&state)
            return []
        }
        guard filtered, let first = state.list.rows.first else { return [] }
        state.list.selected = state.list.offset
        clampAll(&state)
        return [.loadArticle(id: first.id, evidence: nil), .markRead(first.id)]
    }
}
