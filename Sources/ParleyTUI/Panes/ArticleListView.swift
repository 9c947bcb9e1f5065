import ParleyModel
import ParleyTerminal

/// The article list: date, title and source per row; unread rows bold; the selection highlighted.
enum ArticleListView {
    /// A lede's first sentence standing in for a missing title: the row's style in italics, so it reads as
    /// quoted text rather than a headline.
    static func headlineStyle(_ base: Style) -> Style {
        var style = base
        style.attributes.insert(.italic)
        return style
    }

    static func draw(_ state: AppState, rect: Rect, theme: Theme, into buffer: inout ScreenBuffer) {
        let list = state.list
        let unread = list.total > 0 ? list.unread.map { ", \($0) unread" } ?? "" : ""
        var title = state.unreadOnly ? "Unread articles (\(list.total))" : "Articles (\(list.total)\(unread))"
        if let query = list.searchQuery { title = "Search: \(query) (\(list.total)\(unread))" }
        let content = PaneFrame.draw(title, focused: state.focus == .list, rect: rect, theme: theme, into: &buffer)
        if list.total == 0 {
            buffer.put(
                list.searchQuery == nil ? "No articles. Add some with `parley add PATH`." : "Nothing matches.",
                at: Point(x: content.x, y: content.y), style: theme[.articleMeta], limit: content.maxX)
            return
        }
        for line in 0..<content.height {
            let index = list.scroll + line
            guard index < list.total else { break }
            let y = content.y + line
            guard let row = list.row(at: index) else {
                PaneFrame.row("…", at: y, in: content, style: theme[.articleMeta], into: &buffer)
                continue
            }
            let selected = index == list.selected
            let date = (row.published?.description ?? "undated").padding(toLength: 10, withPad: " ", startingAt: 0)
            let mark = row.isRead ? " " : "●"
            let base =
                selected
                ? PaneFrame.selectedStyle(focused: state.focus == .list, theme: theme)
                : theme[row.isRead ? .listItem : .listItemUnread]
            PaneFrame.row("", at: y, in: content, style: base, into: &buffer)
            var x = buffer.put(mark + " ", at: Point(x: content.x, y: y), style: base, limit: content.maxX)
            x = buffer.put(
                date + " ", at: Point(x: x, y: y), style: selected ? base : theme[.listDate], limit: content.maxX)
            let source = content.width >= 60 ? "  " + row.source : ""
            let titleWidth = max(0, content.maxX - x - DisplayWidth.of(source))
            x = buffer.put(
                DisplayWidth.truncate(row.title, to: titleWidth), at: Point(x: x, y: y),
                style: row.hasTitle ? base : headlineStyle(base), limit: content.maxX)
            if !source.isEmpty {
                buffer.put(
                    DisplayWidth.truncate(source, to: content.maxX - x),
                    at: Point(x: content.maxX - DisplayWidth.of(source), y: y),
                    style: selected ? base : theme[.articleMeta], limit: content.maxX)
            }
        }
    }
}
