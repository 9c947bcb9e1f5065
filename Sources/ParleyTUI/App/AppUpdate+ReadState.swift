import ParleyModel

/// Read marks: the toggle, the jumps to unread articles, marking all shown read, and their results.
extension AppUpdate {
    /// The article the read keys act on: the row under the cursor in the list, else the open article.
    static func readTarget(_ state: AppState) -> (id: String, isRead: Bool)? {
        if state.focus == .list, let row = state.list.selectedRow { return (row.id, row.isRead) }
        guard let open = state.reader.article else { return nil }
        let id = open.article.id
        return (id, state.list.rows.first { $0.id == id }?.isRead ?? open.isRead)
    }

    static func toggleRead(_ state: inout AppState) -> [Effect] {
        guard let target = readTarget(state) else { return [] }
        state.message = target.isRead ? "marked unread" : "marked read"
        return [.setRead(target.id, !target.isRead)]
    }

    /// Moves to the nearest unread article in the list and opens it; the library is asked when the
    /// loaded page has none in that direction but the list goes on.
    static func stepUnread(forward: Bool, state: inout AppState) -> [Effect] {
        let list = state.list
        let loaded = list.offset..<(list.offset + list.rows.count)
        let step = forward ? 1 : -1
        var index = list.selected + step
        while loaded.contains(index) {
            if let row = list.row(at: index), !row.isRead { return jumpToUnread(index, id: row.id, state: &state) }
            index += step
        }
        let more = forward ? loaded.upperBound < list.total : loaded.lowerBound > 0
        // the library counts positions in the whole list: within the unread-only one, the loaded page is all
        if list.searchQuery == nil, more, !loaded.isEmpty, !state.unreadOnly {
            return [.findUnread(after: list.selected, forward: forward, leader: state.leaderFilter)]
        }
        state.message = forward ? "no unread article below" : "no unread article above"
        return []
    }

    static func jumpToUnread(_ index: Int, id: String, state: inout AppState) -> [Effect] {
        state.list.selected = index
        clampAll(&state)
        return pageIfNeeded(&state) + [.loadArticle(id: id, evidence: nil), .markRead(id)]
    }

    /// Limits the list to the unread articles (L), or shows all again; the open article stays open.
    static func toggleUnreadOnly(_ state: inout AppState) -> [Effect] {
        state.unreadOnly.toggle()
        state.message = state.unreadOnly ? "only unread articles (L shows all)" : "all articles"
        guard state.list.searchQuery == nil else { return [] }  // it applies once the search is left
        state.list.selected = 0
        state.list.scroll = 0
        state.list.followOpenArticle = true
        return [
            .loadArticles(offset: 0, limit: pageSize, leader: state.leaderFilter, unreadOnly: state.unreadOnly)
        ]
    }

    static func markAllShownRead(_ state: inout AppState) -> [Effect] {
        guard state.list.total > 0 else { return [] }
        if state.list.searchQuery != nil { return [.markAllRead(ids: state.list.rows.map(\.id), leader: nil)] }
        return [.markAllRead(ids: nil, leader: state.leaderFilter)]
    }

    static func receiveReadState(_ message: Message, state: inout AppState) -> [Effect] {
        switch message {
        case .readMarked(let id, let isRead, let changed):
            let index = state.list.rows.firstIndex { $0.id == id }
            if let index { state.list.rows[index].isRead = isRead }
            if state.reader.article?.article.id == id { state.reader.article?.isRead = isRead }
            // The count follows when the article is known to be in the list: shown, or the list is whole.
            let inList = index != nil || (state.leaderFilter == nil && state.list.searchQuery == nil)
            if changed, inList, let unread = state.list.unread {
                state.list.unread = max(0, unread + (isRead ? -1 : 1))
            }
        case .allMarkedRead(let changed):
            for index in state.list.rows.indices { state.list.rows[index].isRead = true }
            state.reader.article?.isRead = true
            state.list.unread = 0
            state.message = "marked " + counted(changed, "article") + " read"
        case .unreadFound(let position, let id):
            guard let position, let id else {
                state.message = "no more unread articles"
                return []
            }
            return jumpToUnread(position, id: id, state: &state)
        default:
            break
        }
        return []
    }
}
