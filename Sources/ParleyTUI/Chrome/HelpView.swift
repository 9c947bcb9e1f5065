import ParleyTerminal

/// One line of help: the keys (or the mouse gesture) and what they do.
public struct HelpLine: Sendable, Equatable {
    public var keys: String
    public var label: String
}

/// The help overlay, generated from the keymap so every binding shows, then the mouse. It covers
/// everything above the two bars, and scrolls when the terminal is shorter than the list.
public enum HelpView {
    /// Every line of help, in the keymap's order; the help context's own keys are named in the title.
    public static func lines(_ keymap: Keymap) -> [HelpLine] {
        var lines = keymap.helpRows().filter { $0.context != .help }.map { row in
            HelpLine(keys: row.keys, label: row.label + (row.context == .global ? "" : " (\(row.context))"))
        }
        lines.append(HelpLine(keys: "click", label: "focus the pane, select the row"))
        lines.append(HelpLine(keys: "wheel", label: "scroll the pane under the pointer"))
        // what the marks on screen mean
        lines.append(HelpLine(keys: "●", label: "an unread article (list)"))
        lines.append(HelpLine(keys: "[3]", label: "how many articles report the meeting (timeline)"))
        lines.append(HelpLine(keys: "○", label: "a planned meeting, not yet held (timeline)"))
        lines.append(HelpLine(keys: "undated", label: "no date could be read for the meeting (timeline)"))
        lines.append(HelpLine(keys: "▸", label: "the chosen source (meeting view)"))
        lines.append(HelpLine(keys: "● ○", label: "one meeting held, one planned (chart)"))
        lines.append(HelpLine(keys: "2–9 +", label: "several meetings in that month, quarter or year (chart)"))
        lines.append(HelpLine(keys: "+3 at the end", label: "meetings without a date (chart)"))
        lines.append(HelpLine(keys: "underline", label: "the sentence a meeting was read from (article)"))
        return lines
    }

    /// The area the overlay covers: the whole screen but the status and key-hint bars.
    static func area(_ size: Size) -> Rect {
        Rect(x: 0, y: 0, width: size.width, height: max(0, size.height - 2))
    }

    /// How many help lines show at once on a terminal of `size`.
    public static func visibleRows(_ size: Size) -> Int { max(1, area(size).height - 1) }

    /// The furthest the help can scroll with `count` lines.
    public static func maxScroll(lines count: Int, size: Size) -> Int { max(0, count - visibleRows(size)) }

    static func draw(_ state: AppState, keymap: Keymap, theme: Theme, into buffer: inout ScreenBuffer) {
        if state.helpTopic == .messages {
            MessageLogView.draw(state, theme: theme, into: &buffer)
            return
        }
        let rect = area(state.size)
        buffer.fill(rect, style: theme[.overlay])
        let lines = lines(keymap)
        let shown = visibleRows(state.size)
        let scroll = min(state.helpScroll, maxScroll(lines: lines.count, size: state.size))
        let range = lines.count > shown ? " \(scroll + 1)–\(min(lines.count, scroll + shown)) of \(lines.count);" : ""
        let title = "Keys\(range) j/k PgDn/PgUp scroll, ? or Esc closes"
        let top = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
        buffer.fill(top, style: theme[.paneTitleFocused])
        buffer.put(
            " " + DisplayWidth.truncate(title, to: max(0, rect.width - 2)), at: Point(x: rect.x, y: rect.y),
            style: theme[.paneTitleFocused], limit: rect.maxX)
        // the key column as wide as its widest keys, up to half the screen
        let keyWidth = min(lines.map { DisplayWidth.of($0.keys) }.max() ?? 8, max(8, rect.width / 2))
        for row in 0..<shown {
            let index = scroll + row
            guard index < lines.count else { break }
            let y = rect.y + 1 + row
            let keys = DisplayWidth.truncate(lines[index].keys, to: keyWidth)
            buffer.put(keys, at: Point(x: rect.x + 2, y: y), style: theme[.keyHintKey], limit: rect.maxX - 1)
            buffer.put(
                DisplayWidth.truncate(lines[index].label, to: max(0, rect.width - keyWidth - 5)),
                at: Point(x: rect.x + 3 + keyWidth, y: y), style: theme[.overlay], limit: rect.maxX - 1)
        }
    }
}
