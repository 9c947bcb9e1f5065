import ParleyModel

extension AppUpdate {
    /// Keys while the pairs view is open: move, Enter narrows the timeline to the pair under the cursor,
    /// Esc (or P again) closes it. Nil leaves the command to the panes (help, theme, quit).
    static func pairsCommand(_ command: Command, state: inout AppState) -> [Effect]? {
        guard var pairs = state.pairs else { return nil }
        let count = pairs.pairs.count
        let rows = max(1, state.size.height - 5)
        switch command {
        case .moveDown: pairs.cursor.selected = min(max(0, count - 1), pairs.cursor.selected + 1)
        case .moveUp: pairs.cursor.selected = max(0, pairs.cursor.selected - 1)
        case .pageDown: pairs.cursor.selected = min(max(0, count - 1), pairs.cursor.selected + rows)
        case .pageUp: pairs.cursor.selected = max(0, pairs.cursor.selected - rows)
        case .moveToTop: pairs.cursor.selected = 0
        case .moveToBottom: pairs.cursor.selected = max(0, count - 1)
        case .back, .showPairs:
            state.pairs = nil
            return []
        case .open:
            guard pairs.cursor.selected < count else { return [] }
            state.pairs = nil
            return showTimeline(.pair(pairs.pairs[pairs.cursor.selected].participants), state: &state)
        default:
            return nil
        }
        pairs.cursor.scroll = min(pairs.cursor.scroll, pairs.cursor.selected)
        pairs.cursor.scroll = max(pairs.cursor.scroll, pairs.cursor.selected - rows + 1)
        state.pairs = pairs
        return []
    }
}
