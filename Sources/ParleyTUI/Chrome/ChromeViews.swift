import ParleyTerminal

/// The status bar: library, filter, counts and the latest message.
enum StatusBarView {
    static func draw(_ state: AppState, rect: Rect, theme: Theme, into buffer: inout ScreenBuffer) {
        buffer.fill(rect, style: theme[.statusBar])
        var parts = [state.libraryLabel]
        if let leader = state.leaderFilter { parts.append("leader: \(leader) (Esc clears)") }
        if let query = state.list.searchQuery { parts.append("search: \(query)") }
        parts.append(counted(state.list.total, "article") + " · " + counted(state.timelineTotal, "meeting"))
        if state.focus == .article, state.reader.article != nil { parts += readingPosition(state) }
        let left = " " + parts.filter { !$0.isEmpty }.joined(separator: " │ ")
        buffer.put(left, at: Point(x: rect.x, y: rect.y), style: theme[.statusBar], limit: rect.maxX)
        if let message = state.message {
            // the news of the moment goes over the library's label rather than be cut beside it
            var text = " " + message + " "
            if DisplayWidth.of(text) > rect.width {
                // cut even so: the whole message is in the log
                let hint = " (:messages) "
                text = " " + DisplayWidth.truncate(message, to: max(0, rect.width - 1 - DisplayWidth.of(hint))) + hint
            }
            let start = max(rect.x, rect.maxX - DisplayWidth.of(text))
            buffer.put(
                text, at: Point(x: start, y: rect.y), style: state.isError ? theme[.error] : theme[.statusBar],
                limit: rect.maxX)
        }
    }
}

extension StatusBarView {
    /// Where the reader is in the open article: "line 12/40, 30%", and "match 2/5" while a search is on.
    static func readingPosition(_ state: AppState) -> [String] {
        let reader = state.reader
        let count = max(1, reader.lines.count)
        let line = min(reader.scroll + 1, count)
        var parts = ["line \(line)/\(count), \(line * 100 / count)%"]
        if !reader.matches.isEmpty {
            // which search n and N step through: not the list's, when that is another
            let query = reader.searchQuery.map { " '\($0)'" } ?? ""
            parts.append("match \(reader.currentMatch + 1)/\(reader.matches.count)\(query)")
        }
        return parts
    }
}

/// The key-hint bar, from the keymap (htop's function bar), or the open prompt.
enum KeyHintBarView {
    static func draw(_ state: AppState, keymap: Keymap, rect: Rect, theme: Theme, into buffer: inout ScreenBuffer)
        -> Point?
    {
        buffer.fill(rect, style: theme[.keyHintLabel])
        if let prompt = state.prompt {
            buffer.fill(rect, style: theme[.prompt])
            var x = buffer.put(prompt.label, at: Point(x: rect.x, y: rect.y), style: theme[.prompt], limit: rect.maxX)
            let before = String(prompt.editor.text.prefix(prompt.editor.cursor))
            let cursorX = x + DisplayWidth.of(before)
            x = buffer.put(prompt.editor.string, at: Point(x: x, y: rect.y), style: theme[.prompt], limit: rect.maxX)
            if !prompt.completions.isEmpty {
                let list = "  → " + prompt.completions.prefix(5).joined(separator: " · ") + "  (Tab)"
                buffer.put(list, at: Point(x: x, y: rect.y), style: theme[.articleMeta], limit: rect.maxX)
            }
            return Point(x: min(cursorX, rect.maxX - 1), y: rect.y)
        }
        var x = rect.x
        var hints = keymap.hints(in: state.keyContext)
        if state.returnTo != nil, state.focus == .article, state.keyContext == .article {
            // the way back to the meeting this article was opened from
            let back = keymap.bindings.first { $0.command == .back && $0.context == .global }?.key.label ?? "Esc"
            hints.insert((back, "back to the meeting"), at: 0)
        }
        for hint in hints {
            x = buffer.put(" \(hint.key) ", at: Point(x: x, y: rect.y), style: theme[.keyHintKey], limit: rect.maxX)
            x = buffer.put("\(hint.label) ", at: Point(x: x, y: rect.y), style: theme[.keyHintLabel], limit: rect.maxX)
        }
        return nil
    }
}

/// The tab bar on terminals too narrow for every pane.
enum TabBarView {
    static func draw(_ state: AppState, layout: PaneLayout, rect: Rect, theme: Theme, into buffer: inout ScreenBuffer) {
        buffer.fill(rect, style: theme[.tabBar])
        var x = rect.x
        for pane in Pane.allCases {
            let shown = layout.panes[pane] != nil
            let style = pane == state.focus ? theme[.tabActive] : theme[shown ? .paneTitle : .tabBar]
            x = buffer.put(
                " \(pane.rawValue + 1) \(pane.title) ", at: Point(x: x, y: rect.y), style: style, limit: rect.maxX)
        }
    }
}
