import ParleyModel
import ParleyTerminal

/// The chart's state: the counted timeline, the row under the cursor and that row's meetings, one of
/// which is chosen.
public struct ChartViewState: Sendable, Equatable {
    public var chart: TimelineChart
    /// The leader whose counterparts are the rows (nil: one row per set of participants).
    public var leader: String?
    /// The part of the timeline drawn, when not all of it.
    public var scope: TimelineScope?
    public var cursor = Cursor()
    /// The meetings of the row under the cursor, oldest first and undated last, once loaded.
    public var meetings: [TimelineEntry] = []
    /// Whose meetings `meetings` are (they load after the cursor moves).
    public var meetingsOf: [String]?
    public var meeting = 0
    /// The date the cursor keeps near as it moves between rows.
    public var anchor: CalendarDate?

    public init(chart: TimelineChart, leader: String?, scope: TimelineScope?) {
        self.chart = chart
        self.leader = leader
        self.scope = scope
    }

    /// The chosen meeting, when the row's meetings are loaded.
    public var chosen: TimelineEntry? {
        guard let row = selectedRow, meetingsOf == row.participants, meetings.indices.contains(meeting) else {
            return nil
        }
        return meetings[meeting]
    }

    public var selectedRow: TimelineChart.Row? {
        chart.rows.indices.contains(cursor.selected) ? chart.rows[cursor.selected] : nil
    }
}

/// The timeline drawn against time: one row per counterpart of the filtered leader (or per set of
/// participants), a mark per meeting in its month, quarter or year: ● held, ○ planned, a digit (or +)
/// for several; the chosen meeting is shown reversed and described on the last line.
enum ChartView {
    /// Lines the chart's frame keeps for itself: title, axis, tick labels, the chosen meeting.
    static let chrome = 4

    /// How many rows show at once on a terminal of `size` (the two bars below are the screen's).
    static func visibleRows(_ size: Size) -> Int { max(1, size.height - 2 - chrome) }

    /// The chart's title; `shown`, the rows on screen (counting from 1) when not all of them are.
    static func title(_ state: ChartViewState, axis: ChartAxis?, shown: ClosedRange<Int>? = nil) -> String {
        let part = state.scope?.title ?? ""
        let whose = state.leader.map { "Meetings of \($0)" } ?? "Meetings"
        let total = state.chart.rows.reduce(0) { $0 + $1.total }
        let rows = state.chart.rows.count
        if let shown {
            let noun = state.leader == nil ? "sets of leaders" : "counterparts"
            var title = whose + (part.isEmpty ? "" : " · \(part)")
            title += ": \(noun) \(shown.lowerBound)–\(shown.upperBound) of \(rows), \(counted(total, "meeting"))"
            if state.chart.isCut { title += " (those who met most)" }
            return title + (axis.map { ", by \($0.unit)" } ?? "")
        }
        var title = whose + (part.isEmpty ? "" : " · \(part)") + ": \(counted(total, "meeting"))"
        let noun =
            state.leader == nil
            ? counted(rows, "set of leaders", plural: "sets of leaders") : counted(rows, "counterpart")
        title += state.chart.isCut ? " with the \(noun) who met most" : " with \(noun)"
        if let axis { title += ", by \(axis.unit)" }
        return title
    }

    static func draw(_ state: ChartViewState, rect: Rect, theme: Theme, into buffer: inout ScreenBuffer) {
        let labelWidth = min(24, max(8, rect.width / 4))
        let undatedWidth = state.chart.rows.contains { $0.undated > 0 } ? 5 : 0
        let plotWidth = max(1, rect.width - 2 - labelWidth - 1 - undatedWidth)
        let axis = state.chart.first.flatMap { first in
            state.chart.last.map { ChartAxis(first: first, last: $0, width: plotWidth) }
        }
        // when the rows do not all fit, the title says which show, early: "counterparts 1–18 of 61"
        let fitting = max(1, rect.height - 1 - (chrome - 1))
        let shown =
            fitting < state.chart.rows.count
            ? (state.cursor.scroll + 1)...min(state.chart.rows.count, state.cursor.scroll + fitting) : nil
        let content = PaneFrame.draw(
            DisplayText.sanitize(title(state, axis: axis, shown: shown)), focused: true, rect: rect, theme: theme,
            into: &buffer)
        guard !state.chart.rows.isEmpty else {
            buffer.put("No meetings found.", at: Point(x: content.x, y: content.y), style: theme[.articleMeta])
            return
        }
        let plotX = content.x + labelWidth + 1
        let rows = max(1, content.height - (chrome - 1))
        let labels = TimelineRow.distinctLabels(
            state.chart.rows.map { TimelineRow.names($0.participants, filter: state.leader).map(DisplayText.sanitize) },
            width: labelWidth)
        for line in 0..<rows {
            let index = state.cursor.scroll + line
            guard index < state.chart.rows.count else { break }
            let row = state.chart.rows[index]
            let y = content.y + line
            let selected = index == state.cursor.selected
            let label = labels[index]
            let padded = label + String(repeating: " ", count: max(0, labelWidth - DisplayWidth.of(label)))
            buffer.put(
                padded, at: Point(x: content.x, y: y), style: theme[selected ? .listItemSelected : .listItem],
                limit: content.x + labelWidth)
            let chosen = selected ? state.chosen : nil
            if let axis { drawMarks(row, axis: axis, chosen: chosen, x: plotX, y: y, theme: theme, into: &buffer) }
            if row.undated > 0 {
                let text = "+\(min(row.undated, 999))"
                let style = chosen != nil && chosen?.date == nil ? theme[.listItemSelected] : theme[.articleMeta]
                buffer.put(text, at: Point(x: content.maxX - text.count, y: y), style: style, limit: content.maxX)
            }
        }
        if let axis { drawAxis(axis, x: plotX, y: content.y + rows, theme: theme, into: &buffer) }
        let detail = describe(state, width: content.width)
        buffer.put(
            DisplayText.sanitize(detail), at: Point(x: content.x, y: content.y + rows + 2), style: theme[.articleText],
            limit: content.maxX)
    }

    /// One row's marks: each bucket's meetings as ● (one held), ○ (one planned), 2–9 or + (several).
    private static func drawMarks(
        _ row: TimelineChart.Row, axis: ChartAxis, chosen: TimelineEntry?, x: Int, y: Int, theme: Theme,
        into buffer: inout ScreenBuffer
    ) {
        var cells = [TimelineChart.Tally](repeating: .init(), count: axis.buckets)
        for (month, tally) in row.months {
            guard let date = CalendarDate(iso: month) else { continue }
            let bucket = axis.bucket(of: date)
            guard cells.indices.contains(bucket) else { continue }
            cells[bucket].held += tally.held
            cells[bucket].planned += tally.planned
        }
        let chosenBucket = chosen?.date.map(axis.bucket)
        for (bucket, tally) in cells.enumerated() where tally.total > 0 || bucket == chosenBucket {
            let mark =
                tally.total == 1 ? (tally.held == 1 ? "●" : "○") : tally.total > 9 ? "+" : "\(max(1, tally.total))"
            let role: StyleRole =
                bucket == chosenBucket ? .listItemSelected : tally.held == 0 ? .timelinePlanned : .timelineDate
            buffer.put(mark, at: Point(x: x + bucket * axis.cellWidth, y: y), style: theme[role])
        }
    }

    /// The axis line with a tick under each label, and the labels below it.
    private static func drawAxis(_ axis: ChartAxis, x: Int, y: Int, theme: Theme, into buffer: inout ScreenBuffer) {
        let ticks = axis.ticks()
        var line = Array(repeating: "─", count: axis.width)
        for tick in ticks where tick.column < line.count { line[tick.column] = "┬" }
        buffer.put(line.joined(), at: Point(x: x, y: y), style: theme[.articleMeta])
        for tick in ticks {
            buffer.put(tick.label, at: Point(x: x + tick.column, y: y + 1), style: theme[.timelineDate])
        }
    }

    /// The chosen meeting in words: date, mark, who, where, how many articles, and which of the row's.
    static func describe(_ state: ChartViewState, width: Int) -> String {
        guard let row = state.selectedRow else { return "" }
        guard let entry = state.chosen else { return "\(counted(row.total, "meeting")) · loading…" }
        let date = entry.date?.description ?? "undated"
        let mark = entry.status == .planned ? "○ planned" : "●"
        let tail = "  [\(entry.articles.count)]  \(state.meeting + 1) of \(state.meetings.count)"
        let head = "\(date) \(mark) "
        let who = TimelineRow.text(
            names: entry.participants, place: entry.place,
            width: max(0, width - DisplayWidth.of(head) - DisplayWidth.of(tail)))
        return head + who + tail
    }
}
