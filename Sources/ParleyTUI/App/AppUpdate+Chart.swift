import ParleyModel

extension AppUpdate {
    /// Opens the chart of the timeline part shown (v), or closes it.
    static func toggleChart(_ state: inout AppState) -> [Effect] {
        if state.chart != nil {
            state.chart = nil
            return []
        }
        state.pairs = nil
        return [.loadChart(leader: state.leaderFilter, scope: state.timelineScope)]
    }

    /// The chart arrived: the cursor starts on the meeting the timeline's cursor was on, else on the row
    /// of most meetings at its latest.
    static func receiveChart(_ chart: TimelineChart, state: inout AppState) -> [Effect] {
        var view = ChartViewState(chart: chart, leader: state.leaderFilter, scope: state.timelineScope)
        if let entry = state.timelineEntry(at: state.timelineCursor.selected),
            let row = chart.rows.firstIndex(where: { $0.participants == entry.participants })
        {
            view.cursor.selected = row
            view.anchor = entry.date
        }
        state.chart = view
        clampAll(&state)
        return loadChartRow(state)
    }

    /// A row's meetings arrived: the chosen one is the nearest to the date the cursor keeps.
    static func receiveChartRow(_ participants: [String], _ entries: [TimelineEntry], state: inout AppState) {
        guard var view = state.chart, view.selectedRow?.participants == participants else { return }
        view.meetings = entries
        view.meetingsOf = participants
        if let anchor = view.anchor {
            let target = ChartAxis.monthNumber(anchor)
            let distance = { (i: Int) in entries[i].date.map { abs(ChartAxis.monthNumber($0) - target) } ?? Int.max }
            view.meeting = entries.indices.min { distance($0) < distance($1) } ?? 0
        } else {
            view.meeting = entries.lastIndex { $0.date != nil } ?? max(0, entries.count - 1)
        }
        state.chart = view
    }

    /// Keys while the chart is open: j/k between rows, h/l (←/→) along the row's meetings, Enter opens the
    /// chosen meeting, Esc or v closes. Nil leaves the command to the panes (help, theme, quit).
    static func chartCommand(_ command: Command, state: inout AppState) -> [Effect]? {
        guard var view = state.chart else { return nil }
        let count = view.chart.rows.count
        if let row = row(
            after: command, from: view.cursor.selected, count: count, visible: ChartView.visibleRows(state.size))
        {
            guard row != view.cursor.selected else { return [] }
            if let entry = view.chosen { view.anchor = entry.date ?? view.anchor }
            view.cursor.selected = row
            state.chart = view
            clampAll(&state)
            return loadChartRow(state)
        }
        switch command {
        case .nextMeeting, .previousMeeting:
            guard view.chosen != nil else { return [] }
            let step = command == .nextMeeting ? 1 : -1
            guard view.meetings.indices.contains(view.meeting + step) else {
                state.message = step > 0 ? "the last meeting of this row" : "the first meeting of this row"
                return []
            }
            view.meeting += step
            view.anchor = view.meetings[view.meeting].date ?? view.anchor
            state.chart = view
            return []
        case .open:
            guard let entry = view.chosen else { return [] }
            return [.loadMeeting(entry)]
        case .back, .toggleChart:
            state.chart = nil
            return []
        default:
            return nil
        }
    }

    /// Asks for the meetings of the row under the chart's cursor.
    private static func loadChartRow(_ state: AppState) -> [Effect] {
        guard let view = state.chart, let row = view.selectedRow else { return [] }
        return [.loadChartRow(row.participants, leader: view.leader, scope: view.scope)]
    }
}
