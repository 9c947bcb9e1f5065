import ParleyModel

extension AppUpdate {
    /// Keys while the pairs view is open: move, Enter narrows the timeline to the pair under the cursor,
    /// Esc (or P again) closes it. Nil leaves the command to the panes (help, theme, quit).
    static func pairsCommand(_ command: Command, state: inout AppState) -> [Effect]? {
        guard var pairs = state.pairs else { return nil }
        let count = pairs.pairs.count
        let rows = PairsView.visibleRows(state.size)
        if let row = row(after: command, from: pairs.cursor.selected, count: count, visible: rows) {
            pairs.cursor.selected = row
            pairs.cursor.scroll = follow(row, scroll: pairs.cursor.scroll, visible: rows)
            state.pairs = pairs
            return []
        }
        switch command {
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
    }
}
