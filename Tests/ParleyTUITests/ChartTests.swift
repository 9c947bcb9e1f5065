import ParleyModel
import ParleyTerminal
import ParleyTestSupport
import Testing

@testable import ParleyTUI

/// The timeline as a chart: v draws it, j/k move between counterparts, h/l along their meetings, Enter
/// opens the meeting, Esc comes back; the axis picks months or years from the span.
@Suite struct ChartTests {
    /// Runs effects and feeds their messages back until none is left.
    static func settle(_ effects: [Effect], _ state: inout AppState, _ runner: EffectRunner) {
        var pending = effects
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            if let message = runner.run(effect).0 { pending += AppUpdate.update(&state, message) }
        }
    }

    func opened(leader: String? = "Xi Jinping", size: Size = Size(width: 80, height: 24)) throws -> (
        AppState, EffectRunner
    ) {
        let (store, _) = try Fixtures.library(ChartFixtures.files)
        let runner = EffectRunner(store: store, themes: ThemeLibrary(directories: []))
        var state = AppState(size: size)
        state.leaderFilter = leader
        let effects = AppUpdate.update(&state, .command(.toggleChart))
        #expect(effects == [.loadChart(leader: leader, scope: nil)])
        Self.settle(effects, &state, runner)
        return (state, runner)
    }

    @Test func theAxisTakesTheFinestBucketThatFitsTheWidth() {
        let months = ChartAxis(
            first: CalendarDate(year: 2023, month: 3), last: CalendarDate(year: 2024, month: 7), width: 60)
        #expect(months.unit == "month" && months.buckets == 17 && months.cellWidth == 3)
        #expect(months.ticks().map(\.label) == ["Mar 2023", "Jun", "Aug", "Oct", "2024", "Mar", "May", "Jul"])
        let narrow = ChartAxis(
            first: CalendarDate(year: 2023, month: 3), last: CalendarDate(year: 2024, month: 7), width: 10)
        #expect(narrow.unit == "2 months" && narrow.buckets == 9 && narrow.cellWidth == 1)
        let decades = ChartAxis(first: CalendarDate(year: 1991), last: CalendarDate(year: 2024, month: 12), width: 40)
        #expect(decades.unit == "year" && decades.buckets == 34 && decades.cellWidth == 1)
        #expect(decades.bucket(of: CalendarDate(year: 2000, month: 6, day: 1)) == 9)
        #expect(decades.ticks().first?.label == "1991")
        let labels = decades.ticks()
        for (a, b) in zip(labels, labels.dropFirst()) { #expect(a.column + a.label.count < b.column) }
    }

    @Test func rowsAreCounterpartsMostMetFirstWithHeldAndPlannedApart() throws {
        let (state, _) = try opened()
        let chart = try #require(state.chart?.chart)
        #expect(
            chart.rows.map(\.participants.first) == [
                "Vladimir Putin", "Alexander Lukashenko", "Luiz Inácio Lula da Silva",
            ])
        #expect(chart.rows[0].months["2024-07"] == TimelineChart.Tally(held: 0, planned: 1))
        #expect(chart.rows[1].months["2023-03"] == TimelineChart.Tally(held: 1, planned: 0))
        #expect(chart.first == CalendarDate(year: 2023, month: 3) && chart.last == CalendarDate(year: 2024, month: 7))
        let (everyone, runner) = try opened(leader: nil)
        #expect(everyone.chart?.chart.rows.count == 4 && everyone.chart?.chart.isCut == false)
        // a large library keeps the busiest rows only, and says so
        let busiest = try runner.store.timelineChart(leader: nil, scope: nil, limit: 2)
        #expect(busiest.isCut && busiest.rows.map(\.participants.first) == ["Vladimir Putin", "Alexander Lukashenko"])
        let beijing = try runner.store.timelineChart(leader: nil, scope: .place("Beijing"), limit: 1)
        #expect(beijing.isCut && beijing.rows.map(\.total) == [2])
    }

    @Test func theCursorMovesAlongMeetingsAndBetweenRows() throws {
        var (state, runner) = try opened()
        #expect(state.keyContext == .chart)
        #expect(Keymap.standard.hints(in: .chart).map(\.label).contains("later meeting"))
        // no timeline cursor to start from: the busiest row, at its latest meeting (the planned visit)
        #expect(state.chart?.chosen?.status == .planned)
        _ = AppUpdate.update(&state, .command(.nextMeeting))
        #expect(state.message == "the last meeting of this row")
        _ = AppUpdate.update(&state, .command(.previousMeeting))
        #expect(state.chart?.chosen?.date?.description == "2024-05-14")
        // down to Lukashenko: the meeting nearest in time is chosen
        Self.settle(AppUpdate.update(&state, .command(.moveDown)), &state, runner)
        #expect(state.chart?.chosen?.participants == ["Alexander Lukashenko", "Xi Jinping"])
        #expect(state.chart?.chosen?.date?.description == "2024-02-06")
        _ = AppUpdate.update(&state, .command(.previousMeeting))
        let entry = try #require(state.chart?.chosen)
        #expect(entry.date?.description == "2023-07-04")
        #expect(AppUpdate.update(&state, .command(.open)) == [.loadMeeting(entry)])
    }

    @Test func theWheelMovesBetweenRowsAndClicksDoNotReachThePanesUnderneath() throws {
        var (state, runner) = try opened()
        let focus = state.focus
        Self.settle(AppUpdate.update(&state, .scrolled(Point(x: 10, y: 5), down: true)), &state, runner)
        #expect(state.chart?.cursor.selected == 1 && state.chart?.chosen != nil)
        _ = AppUpdate.update(&state, .clicked(Point(x: 70, y: 20)))
        #expect(state.focus == focus && state.chart != nil)
        // a terminal made smaller keeps the chosen row in view
        Self.settle(AppUpdate.update(&state, .command(.moveToBottom)), &state, runner)
        _ = AppUpdate.update(&state, .resized(Size(width: 40, height: 7)))
        let view = try #require(state.chart)
        #expect(view.cursor.scroll <= view.cursor.selected)
        #expect(view.cursor.selected < view.cursor.scroll + ChartView.visibleRows(state.size))
    }

    @Test func aMeetingOpenedFromTheChartLeadsToItsSourcesAndBack() throws {
        var (state, runner) = try opened()
        Self.settle(AppUpdate.update(&state, .command(.moveDown)), &state, runner)
        _ = AppUpdate.update(&state, .command(.previousMeeting))
        _ = AppUpdate.update(&state, .command(.previousMeeting))
        #expect(state.chart?.chosen?.date?.description == "2023-03-07")
        Self.settle(AppUpdate.update(&state, .command(.open)), &state, runner)
        #expect(state.keyContext == .meeting)
        #expect(state.meeting?.detail.sources.count == 2)
        // Esc in the meeting view: back to the chart, on the same meeting
        _ = AppUpdate.update(&state, .command(.back))
        #expect(state.keyContext == .chart && state.chart?.chosen?.date?.description == "2023-03-07")
        // the second source opens at its sentence; Esc there comes back to the meeting over the chart
        Self.settle(AppUpdate.update(&state, .command(.open)), &state, runner)
        _ = AppUpdate.update(&state, .command(.nextSource))
        let second = try #require(state.meeting?.detail.sources[1])
        Self.settle(AppUpdate.update(&state, .command(.open)), &state, runner)
        #expect(state.meeting == nil && state.chart == nil)
        #expect(state.reader.article?.article.id == second.articleId && state.focus == .article)
        #expect(state.reader.evidence != nil)
        _ = AppUpdate.update(&state, .command(.back))
        #expect(state.meeting?.selected == 1 && state.chart != nil)
        _ = AppUpdate.update(&state, .command(.back))
        _ = AppUpdate.update(&state, .command(.toggleChart))
        #expect(state.chart == nil && state.keyContext == .timeline)
    }

    @Test func slashInTheTimelineFiltersIt() throws {
        let (store, _) = try Fixtures.library(ChartFixtures.files)
        let runner = EffectRunner(store: store, themes: ThemeLibrary(directories: []))
        var state = AppState(size: Size(width: 80, height: 24))
        Self.settle(AppUpdate.start(state), &state, runner)
        #expect(state.timelineTotal == 9)
        state.focus = .timeline
        _ = AppUpdate.update(&state, .command(.startSearch))
        #expect(state.prompt?.kind == .filterTimeline)
        for key in "putin beij" { _ = AppUpdate.update(&state, .promptKey(.character(key))) }
        Self.settle(AppUpdate.update(&state, .promptKey(.enter)), &state, runner)
        #expect(state.timeline.map { $0.date?.description } == ["2023-10-17", "2024-05-14"])
        #expect(state.timelineScope?.title == "/putin beij/")
        // a filter on a place the entities led to narrows that part further; c clears both
        Self.settle(AppUpdate.showTimeline(.place("Beijing"), state: &state), &state, runner)
        #expect(state.timelineTotal == 5)
        _ = AppUpdate.update(&state, .command(.startSearch))
        for key in "2023" { _ = AppUpdate.update(&state, .promptKey(.character(key))) }
        Self.settle(AppUpdate.update(&state, .promptKey(.enter)), &state, runner)
        #expect(state.timelineTotal == 3 && state.timelineScope?.title == "in Beijing /2023/")
        // the chart draws the part shown
        Self.settle(AppUpdate.update(&state, .command(.toggleChart)), &state, runner)
        #expect(state.chart?.chart.rows.reduce(0) { $0 + $1.total } == 3)
        _ = AppUpdate.update(&state, .command(.back))
        Self.settle(AppUpdate.update(&state, .command(.clearFilter)), &state, runner)
        #expect(state.timelineTotal == 9 && state.timelineScope == nil)
        // wildcards are taken as text
        #expect(try store.timelineCount(leader: nil, scope: .matching("%")) == 0)
    }

    @Test(arguments: [(120, 40), (80, 24), (40, 12)])
    func theChartAtEachSize(_ width: Int, _ height: Int) throws {
        var (state, runner) = try opened(size: Size(width: width, height: height))
        Self.settle(AppUpdate.update(&state, .command(.moveDown)), &state, runner)
        let (buffer, _) = AppView.render(state, theme: Snapshots.testTheme)
        if let difference = Snapshots.check(
            Snapshots.render(buffer), named: "chart-\(width)x\(height)", directory: ReaderTests.snapshots)
        {
            Issue.record(Comment(rawValue: difference))
        }
        let text = buffer.textSnapshot()
        #expect(text.contains("Meetings of Xi Jinping"))
        #expect(text.contains("○") && text.contains("●"))
        if width >= 80 { #expect(text.contains("Lukashenko") && text.contains("2024")) }
    }

    @Test func monochromeTellsTheChosenMeetingAndPlannedOnesApart() throws {
        var (state, _) = try opened(size: Size(width: 80, height: 24))
        _ = AppUpdate.update(&state, .command(.previousMeeting))
        let themes = ThemeLibrary(directories: [Fixtures.packageRoot.appendingPathComponent("themes")])
        // the shipped monochrome theme, and the default theme on a terminal without colours (NO_COLOR)
        for theme in [try themes.load("monochrome"), try themes.load("default").monochrome] {
            let (buffer, _) = AppView.render(state, theme: theme)
            #expect(buffer.textSnapshot().contains("○"))  // the planned visit, by its shape alone
            let reversed = (0..<buffer.size.height).flatMap { y in
                (0..<buffer.size.width).filter { buffer[$0, y].style.attributes.contains(.reverse) }.map { _ in y }
            }
            // the chosen row's label and the chosen meeting's mark, on the same chart row
            let chosenRow = try #require((1..<20).first { y in buffer.row(y).contains("Putin") })
            #expect(reversed.filter { $0 == chosenRow }.count >= 2, "\(theme.name)")
        }
    }
}
