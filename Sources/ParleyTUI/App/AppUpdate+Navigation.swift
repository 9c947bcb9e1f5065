import ParleyModel
import ParleyTerminal

extension AppUpdate {
    /// Moves the focused pane's selection (or the reader's scroll) by `delta` rows, clamped.
    static func move(by delta: Int, state: inout AppState) -> [Effect] {
        let layout = state.layout
        let visible = layout.visibleRows(state.focus)
        switch state.focus {
        case .list:
            let count = state.list.searchQuery == nil ? state.list.total : state.list.rows.count
            guard count > 0 else { return [] }
            state.list.selected = clamp(state.list.selected.addingClamped(delta), 0, count - 1)
            state.list.scroll = follow(state.list.selected, scroll: state.list.scroll, visible: visible)
            return pageIfNeeded(&state)
        case .article:
            let maxScroll = max(0, state.reader.lines.count - visible)
            state.reader.anchor = nil
            state.reader.scroll = clamp(state.reader.scroll.addingClamped(delta), 0, maxScroll)
        case .entities:
            let count = EntityRow.rows(for: state.reader.article).count
            guard count > 0 else { return [] }
            state.entities.selected = clamp(state.entities.selected.addingClamped(delta), 0, count - 1)
            state.entities.scroll = follow(state.entities.selected, scroll: state.entities.scroll, visible: visible)
        case .timeline:
            guard state.timelineTotal > 0 else { return [] }
            state.timelineCursor.selected = clamp(
                state.timelineCursor.selected.addingClamped(delta), 0, state.timelineTotal - 1)
            state.timelineCursor.scroll = follow(
                state.timelineCursor.selected, scroll: state.timelineCursor.scroll, visible: visible)
            return timelinePageIfNeeded(&state)
        }
        return []
    }

    /// Asks for the page of the timeline around the selection when what shows leaves the loaded page.
    static func timelinePageIfNeeded(_ state: inout AppState) -> [Effect] {
        let cursor = state.timelineCursor
        let loaded = state.timelineOffset..<(state.timelineOffset + state.timeline.count)
        let visibleEnd = cursor.scroll + state.layout.visibleRows(.timeline)
        if loaded.contains(cursor.selected), loaded.contains(cursor.scroll),
            loaded.contains(min(visibleEnd, state.timelineTotal) - 1)
        {
            return []
        }
        let offset = max(0, min(cursor.selected, cursor.scroll) - pageSize / 2)
        return [.loadTimeline(offset: offset, limit: pageSize, leader: state.leaderFilter, scope: state.timelineScope)]
    }

    /// Asks for the page of rows around the selection when it leaves the loaded window.
    static func pageIfNeeded(_ state: inout AppState) -> [Effect] {
        guard state.list.searchQuery == nil else { return [] }
        let list = state.list
        let loaded = list.offset..<(list.offset + list.rows.count)
        let visibleEnd = list.scroll + state.layout.visibleRows(.list)
        if loaded.contains(list.selected), loaded.contains(min(visibleEnd, list.total) - 1) || list.rows.isEmpty {
            return []
        }
        let offset = max(0, list.selected - pageSize / 2)
        return [
            .loadArticles(offset: offset, limit: pageSize, leader: state.leaderFilter, unreadOnly: state.unreadOnly)
        ]
    }

    static func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int { min(max(value, low), max(low, high)) }

    /// The scroll that keeps `selected` in view.
    static func follow(_ selected: Int, scroll: Int, visible: Int) -> Int {
        if selected < scroll { return selected }
        if selected >= scroll + visible { return selected - visible + 1 }
        return scroll
    }

    /// The row a movement key takes a list of `count` rows to, `visible` at a time; nil for other keys.
    static func row(after command: Command, from selected: Int, count: Int, visible: Int) -> Int? {
        let target: Int
        switch command {
        case .moveDown: target = selected + 1
        case .moveUp: target = selected - 1
        case .pageDown: target = selected + visible
        case .pageUp: target = selected - visible
        case .moveToTop: target = 0
        case .moveToBottom: target = count - 1
        default: return nil
        }
        return clamp(target, 0, count - 1)
    }

    static func clampAll(_ state: inout AppState) {
        let layout = state.layout
        // the views over the panes keep their cursor rows in view too (a smaller terminal)
        if var pairs = state.pairs {
            pairs.cursor.scroll = follow(
                pairs.cursor.selected, scroll: pairs.cursor.scroll, visible: PairsView.visibleRows(state.size))
            state.pairs = pairs
        }
        if var chart = state.chart {
            chart.cursor.scroll = follow(
                chart.cursor.selected, scroll: chart.cursor.scroll, visible: ChartView.visibleRows(state.size))
            state.chart = chart
        }
        state.list.scroll = follow(state.list.selected, scroll: state.list.scroll, visible: layout.visibleRows(.list))
        state.timelineCursor.scroll = follow(
            state.timelineCursor.selected, scroll: state.timelineCursor.scroll, visible: layout.visibleRows(.timeline))
        state.entities.scroll = follow(
            state.entities.selected, scroll: state.entities.scroll, visible: layout.visibleRows(.entities))
        state.reader.scroll = clamp(
            state.reader.scroll, 0, max(0, state.reader.lines.count - layout.visibleRows(.article)))
    }

    /// Wraps the open article for the reader's width, keeping the line being read at the top.
    static func relayoutReader(_ state: inout AppState) {
        guard let article = state.reader.article else { return }
        let width = PaneLayout.layout(state.size, focus: .article, zoomed: state.zoomed).contentWidth(.article)
        guard width != state.reader.width else { return }
        let anchor = readingAnchor(state.reader, rows: state.size.height)
        state.reader.lines = TextWrapper.lines(for: article, width: width)
        state.reader.width = width
        guard let anchor, state.reader.scroll > 0 else { return }
        let line = state.reader.lines.lastIndex { ($0.bodyStart ?? -1) <= anchor.offset && $0.bodyStart != nil } ?? 0
        state.reader.scroll = max(0, line - anchor.linesAbove)
        state.reader.anchor = anchor.offset
    }

    /// What a rewrap keeps at the top: the body offset kept by the last rewrap while it still shows (within
    /// `rows` lines of the top), else the first body line's at or below the top, with how many lines
    /// without body text (a blank, the credits) sit above it.
    static func readingAnchor(_ reader: ArticleTextState, rows: Int) -> (offset: Int, linesAbove: Int)? {
        let lines = reader.lines
        guard lines.indices.contains(reader.scroll) else { return nil }
        let shown = lines[reader.scroll..<min(lines.count, reader.scroll + max(1, rows))]
        guard let first = shown.firstIndex(where: { $0.bodyStart != nil }), let top = lines[first].bodyStart else {
            return nil
        }
        let bottom = shown.last { $0.bodyStart != nil }.map { ($0.bodyStart ?? 0) + $0.text.unicodeScalars.count }
        if let kept = reader.anchor, kept >= top, kept <= bottom ?? top { return (kept, 0) }
        return (top, first - reader.scroll)
    }

    /// Scrolls the reader so body offset `offset` shows, a couple of lines below the top.
    static func reveal(_ offset: Int, state: inout AppState) {
        guard let line = state.reader.lines.lastIndex(where: { ($0.bodyStart ?? Int.max) <= offset }) else { return }
        state.reader.anchor = nil
        state.reader.scroll = max(0, line - 2)
        clampAll(&state)
    }

    static func click(_ point: Point, state: inout AppState) -> [Effect] {
        let layout = state.layout
        guard let pane = layout.pane(at: point), let rect = layout.panes[pane] else { return [] }
        state.focus = pane
        let row = point.y - rect.y - 1
        guard row >= 0 else { return [] }
        switch pane {
        case .list:
            let index = state.list.scroll + row
            let count = state.list.searchQuery == nil ? state.list.total : state.list.rows.count
            if index < count { state.list.selected = index }
            return pageIfNeeded(&state)
        case .entities:
            let index = state.entities.scroll + row
            if index < EntityRow.rows(for: state.reader.article).count { state.entities.selected = index }
        case .timeline:
            let index = state.timelineCursor.scroll + row
            if index < state.timelineTotal { state.timelineCursor.selected = index }
            return timelinePageIfNeeded(&state)
        case .article:
            break
        }
        return []
    }

    static func stepMatch(_ step: Int, state: inout AppState) {
        guard !state.reader.matches.isEmpty else {
            state.message = "no search in this article (press / to find text)"
            return
        }
        let count = state.reader.matches.count
        state.reader.currentMatch = ((state.reader.currentMatch + step) % count + count) % count
        reveal(state.reader.matches[state.reader.currentMatch].lowerBound, state: &state)
    }
}

extension Int {
    /// Addition that stops at the bounds instead of trapping.
    func addingClamped(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? Int.max : Int.min) : sum
    }
}
