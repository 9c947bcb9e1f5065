import ParleyModel
import ParleyTerminal

/// Every meeting once: date (or "undated"), participants, place, status and how many articles report it.
enum TimelineView {
    static func draw(_ state: AppState, rect: Rect, theme: Theme, into buffer: inout ScreenBuffer) {
        let scope = state.timelineScope?.title ?? state.leaderFilter
        let title = "Timeline (\(state.timelineTotal))" + (scope.map { " · \(DisplayText.sanitize($0))" } ?? "")
        let content = PaneFrame.draw(title, focused: state.focus == .timeline, rect: rect, theme: theme, into: &buffer)
        if state.timelineTotal == 0 {
            buffer.put(
                "No meetings found.", at: Point(x: content.x, y: content.y), style: theme[.articleMeta],
                limit: content.maxX)
            return
        }
        for line in 0..<content.height {
            let index = state.timelineCursor.scroll + line
            guard index < state.timelineTotal else { break }
            guard let entry = state.timelineEntry(at: index) else { continue }  // its page is on its way
            let y = content.y + line
            let selected = index == state.timelineCursor.selected
            let base =
                selected
                ? PaneFrame.selectedStyle(focused: state.focus == .timeline, theme: theme)
                : theme[entry.status == .planned ? .timelinePlanned : .listItem]
            PaneFrame.row("", at: y, in: content, style: base, into: &buffer)
            let date = (entry.date?.description ?? "undated").padding(toLength: 10, withPad: " ", startingAt: 0)
            var x = buffer.put(
                date + " ", at: Point(x: content.x, y: y), style: selected ? base : theme[.timelineDate],
                limit: content.maxX)
            // a planned meeting is marked ○ (the legend is in help)
            x = buffer.put(
                entry.status == .planned ? "○ " : "  ", at: Point(x: x, y: y), style: base, limit: content.maxX)
            let count = "  [\(entry.articles.count)]"
            let names = TimelineRow.names(entry.participants, filter: state.leaderFilter).map(DisplayText.sanitize)
            let text = TimelineRow.text(
                names: names, place: entry.place.map(DisplayText.sanitize),
                width: max(0, content.maxX - x - count.count))
            x = buffer.put(text, at: Point(x: x, y: y), style: base, limit: content.maxX)
            buffer.put(count, at: Point(x: x, y: y), style: selected ? base : theme[.articleMeta], limit: content.maxX)
        }
    }
}
