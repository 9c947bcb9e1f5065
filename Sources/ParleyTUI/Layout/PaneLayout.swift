import ParleyTerminal

/// Where each visible pane goes for a terminal size: all four at 100×30 and wider; two side by side
/// (articles and the focused other pane) on medium terminals; one on narrow ones, with a tab bar.
public struct PaneLayout: Sendable, Equatable {
    public static let minimum = Size(width: 40, height: 10)

    public var panes: [Pane: Rect]
    public var tabBar: Rect?
    public var statusBar: Rect
    public var hintBar: Rect
    public var tooSmall: Bool

    /// `zoomed`: the article alone, over every pane (the full-screen reading view).
    public static func layout(_ size: Size, focus: Pane, zoomed: Bool = false) -> PaneLayout {
        let full = Rect(x: 0, y: 0, width: size.width, height: size.height)
        if size.width < minimum.width || size.height < minimum.height {
            return PaneLayout(
                panes: [:], tabBar: nil, statusBar: full, hintBar: Rect(x: 0, y: 0, width: 0, height: 0), tooSmall: true
            )
        }
        let (body, hints) = full.splitBottom(1)
        let (content, status) = body.splitBottom(1)
        if zoomed {
            return PaneLayout(
                panes: [.article: content], tabBar: nil, statusBar: status, hintBar: hints, tooSmall: false)
        }
        if size.width >= 100, size.height >= 30 {
            let (left, right) = content.splitLeft(content.width * 2 / 5)
            let (list, entities) = left.splitTop(left.height * 3 / 5)
            let (article, timeline) = right.splitTop(right.height * 3 / 5)
            return PaneLayout(
                panes: [.list: list, .entities: entities, .article: article, .timeline: timeline], tabBar: nil,
                statusBar: status, hintBar: hints, tooSmall: false)
        }
        let (tabs, rest) = content.splitTop(1)
        if size.width >= 80 {
            let other = focus == .list ? Pane.article : focus
            let (left, right) = rest.splitLeft(rest.width * 2 / 5)
            return PaneLayout(
                panes: [.list: left, other: right], tabBar: tabs, statusBar: status, hintBar: hints, tooSmall: false)
        }
        return PaneLayout(panes: [focus: rest], tabBar: tabs, statusBar: status, hintBar: hints, tooSmall: false)
    }

    /// The pane under a screen point.
    public func pane(at point: Point) -> Pane? {
        panes.first { $0.value.contains(point) }?.key
    }

    /// Rows of content a pane shows (its rectangle less the title line).
    public func visibleRows(_ pane: Pane) -> Int {
        max(1, (panes[pane]?.height ?? 2) - 1)
    }

    /// Columns of content a pane shows.
    public func contentWidth(_ pane: Pane) -> Int {
        max(1, (panes[pane]?.width ?? 2) - 2)
    }
}
