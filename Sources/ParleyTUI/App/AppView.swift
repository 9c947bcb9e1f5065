import ParleyTerminal

/// Draws the whole frame for a state: panes where the layout puts them, chrome, overlays.
public enum AppView {
    /// Draws into a fresh buffer; also returns where the cursor should show (in a prompt).
    public static func render(_ state: AppState, theme: Theme, keymap: Keymap = .standard) -> (ScreenBuffer, Point?) {
        var buffer = ScreenBuffer(size: state.size)
        let layout = state.layout
        if layout.tooSmall {
            let text =
                "Terminal too small: \(state.size.width)×\(state.size.height); Parley needs \(PaneLayout.minimum.width)×\(PaneLayout.minimum.height). q quits."
            buffer.fill(Rect(x: 0, y: 0, width: state.size.width, height: state.size.height), style: theme[.error])
            for (row, piece) in TextWrapper.wrap(text, width: max(1, state.size.width)).prefix(state.size.height)
                .enumerated()
            {
                buffer.put(piece.text, at: Point(x: 0, y: row), style: theme[.error])
            }
            return (buffer, nil)
        }
        // a view over the panes hides them: only the one on top is drawn
        let area = HelpView.area(state.size)
        if let meeting = state.meeting {
            MeetingView.draw(meeting, rect: area, theme: theme, into: &buffer)
        } else if let chart = state.chart {
            ChartView.draw(chart, rect: area, theme: theme, into: &buffer)
        } else if let pairs = state.pairs {
            PairsView.draw(pairs, rect: area, theme: theme, into: &buffer)
        } else {
            for (pane, rect) in layout.panes {
                switch pane {
                case .list: ArticleListView.draw(state, rect: rect, theme: theme, into: &buffer)
                case .article: ArticleTextView.draw(state, rect: rect, theme: theme, into: &buffer)
                case .entities: EntitiesView.draw(state, rect: rect, theme: theme, into: &buffer)
                case .timeline: TimelineView.draw(state, rect: rect, theme: theme, into: &buffer)
                }
            }
            if let tabs = layout.tabBar {
                TabBarView.draw(state, layout: layout, rect: tabs, theme: theme, into: &buffer)
            }
        }
        StatusBarView.draw(state, rect: layout.statusBar, theme: theme, into: &buffer)
        let cursor = KeyHintBarView.draw(state, keymap: keymap, rect: layout.hintBar, theme: theme, into: &buffer)
        if state.showHelp {
            HelpView.draw(state, keymap: keymap, theme: theme, into: &buffer)
        }
        return (buffer, cursor)
    }
}
