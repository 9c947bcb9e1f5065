import ParleyTerminal

/// The title line every pane has, in the focused style when it has focus.
enum PaneFrame {
    /// Draws the title and clears the pane; returns the content rectangle below the title.
    static func draw(_ title: String, focused: Bool, rect: Rect, theme: Theme, into buffer: inout ScreenBuffer) -> Rect
    {
        buffer.fill(rect, style: theme[.articleText])
        let (top, content) = rect.splitTop(1)
        let style = theme[focused ? .paneTitleFocused : .paneTitle]
        buffer.fill(top, style: style)
        buffer.put(
            " " + DisplayWidth.truncate(title, to: max(0, top.width - 2)), at: Point(x: top.x, y: top.y), style: style,
            limit: top.maxX)
        return Rect(x: content.x + 1, y: content.y, width: content.width - 2, height: content.height)
    }

    /// One list row: padded to the width, in the row's style.
    static func row(_ text: String, at y: Int, in rect: Rect, style: Style, into buffer: inout ScreenBuffer) {
        buffer.fill(Rect(x: rect.x - 1, y: y, width: rect.width + 2, height: 1), style: style)
        buffer.put(
            DisplayWidth.truncate(text, to: rect.width), at: Point(x: rect.x, y: y), style: style, limit: rect.maxX)
    }

    static func selectedStyle(focused: Bool, theme: Theme) -> Style {
        theme[focused ? .listItemSelected : .listItemSelectedUnfocused]
    }
}
