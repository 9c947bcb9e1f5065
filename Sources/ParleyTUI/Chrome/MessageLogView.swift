import ParleyModel
import ParleyTerminal

/// The message log (`:messages`): the latest status messages whole, wrapped to the screen's width, in
/// the help overlay's place; the newest last.
public enum MessageLogView {
    /// How many messages the log keeps.
    public static let limit = 100

    /// Adds a message to the log, dropping the oldest past `limit`.
    static func record(_ message: String, in log: inout [String]) {
        log.append(message)
        if log.count > limit { log.removeFirst(log.count - limit) }
    }

    /// The log's screen lines for an overlay `width` wide: each message terminal-safe and wrapped, its
    /// first line marked.
    static func lines(_ log: [String], width: Int) -> [String] {
        let room = max(1, width - 6)
        var lines: [String] = []
        for message in log {
            let text = DisplayText.sanitize(message).replacingOccurrences(of: "\n", with: " ")
            for (index, piece) in TextWrapper.wrap(text, width: room).enumerated() {
                lines.append((index == 0 ? "• " : "  ") + piece.text)
            }
        }
        return lines.isEmpty ? ["No messages yet."] : lines
    }

    static func draw(_ state: AppState, theme: Theme, into buffer: inout ScreenBuffer) {
        let rect = HelpView.area(state.size)
        buffer.fill(rect, style: theme[.overlay])
        let lines = lines(state.messageLog, width: rect.width)
        let shown = HelpView.visibleRows(state.size)
        let scroll = min(state.helpScroll, HelpView.maxScroll(lines: lines.count, size: state.size))
        let count = counted(state.messageLog.count, "message")
        let title = "Messages (\(count), the latest last) j/k PgDn/PgUp scroll, Esc closes"
        buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: theme[.paneTitleFocused])
        buffer.put(
            " " + DisplayWidth.truncate(title, to: max(0, rect.width - 2)), at: Point(x: rect.x, y: rect.y),
            style: theme[.paneTitleFocused], limit: rect.maxX)
        for row in 0..<shown {
            let index = scroll + row
            guard index < lines.count else { break }
            buffer.put(
                lines[index], at: Point(x: rect.x + 2, y: rect.y + 1 + row), style: theme[.overlay],
                limit: rect.maxX - 1)
        }
    }
}
