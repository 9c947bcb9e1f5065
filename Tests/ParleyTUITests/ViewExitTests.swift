import Foundation
import ParleyModel
import ParleyTUI
import ParleyTerminal
import ParleyTestSupport
import Testing

/// Views leave the way they came: q closes the view on top and Q quits from anywhere, Esc in a
/// filtered timeline clears the filter first, and z keeps the reading position both ways.
@Suite struct ViewExitTests {
    func app(_ files: [String: String] = ChartFixtures.files, size: Size = Size(width: 120, height: 40)) throws
        -> AppRunner
    {
        let (store, _) = try Fixtures.library(files)
        let screen = VirtualScreen(size: size, events: [])
        let app = AppRunner(
            state: AppState(size: size), theme: Snapshots.testTheme,
            runner: EffectRunner(store: store, themes: ThemeLibrary(directories: [])), screen: screen)
        app.run()
        return app
    }

    /// Presses `key` as the keymap reads it where the reader is.
    func press(_ key: Key, _ app: AppRunner) {
        guard let command = Keymap.standard.command(for: key, in: app.state.keyContext) else {
            Issue.record("no command for \(key.label) in \(app.state.keyContext)")
            return
        }
        app.send(.command(command))
    }

    @Test func qClosesTheViewOnTopAndOnlyThenQuits() throws {
        let app = try app()
        // the meeting view over the timeline
        press(.character("4"), app)
        press(.enter, app)
        #expect(app.state.meeting != nil)
        press(.character("q"), app)
        #expect(app.state.meeting == nil && !app.state.quit && app.state.focus == .timeline)
        // the chart, and a meeting opened from it: q closes the meeting, then the chart
        press(.character("v"), app)
        #expect(app.state.chart != nil)
        press(.enter, app)
        #expect(app.state.meeting != nil)
        press(.character("q"), app)
        #expect(app.state.meeting == nil && app.state.chart != nil && !app.state.quit)
        press(.character("q"), app)
        #expect(app.state.chart == nil && !app.state.quit)
        // the pairs view and help
        press(.character("P"), app)
        #expect(app.state.pairs != nil)
        press(.character("q"), app)
        #expect(app.state.pairs == nil && !app.state.quit)
        press(.character("?"), app)
        press(.character("q"), app)
        #expect(!app.state.showHelp && !app.state.quit)
        // nothing on top: q quits
        press(.character("q"), app)
        #expect(app.state.quit)
    }

    @Test func capitalQQuitsFromAnyView() throws {
        for opening: [Key] in [[.character("4"), .enter], [.character("v")], [.character("P")], [.character("?")]] {
            let app = try app()
            for key in opening { press(key, app) }
            #expect(app.state.hasOverlay || app.state.showHelp)
            press(.character("Q"), app)
            #expect(app.state.quit, "\(opening.map(\.label))")
        }
    }

    @Test func escapeInAFilteredTimelineClearsTheFilterFirst() throws {
        let app = try app()
        let all = app.state.timelineTotal
        // Given the timeline filtered with /
        press(.character("4"), app)
        press(.character("/"), app)
        for character in "Putin" { app.send(.promptKey(.character(character))) }
        app.send(.promptKey(.enter))
        #expect(app.state.timelineScope != nil && app.state.timelineTotal < all)
        // When Esc is pressed, the filter goes and the timeline keeps the focus
        press(.escape, app)
        #expect(app.state.timelineScope == nil && app.state.timelineTotal == all)
        #expect(app.state.focus == .timeline)
        // and a second Esc moves the focus as before
        press(.escape, app)
        #expect(app.state.focus == .list)
    }

    @Test(arguments: [0, 5, 23, 1_000])
    func zoomKeepsTheReadingPositionBothWays(lines: Int) throws {
        let paragraphs = (1...30).map { index in
            "Paragraph \(index) says that Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed spoke again about the road, the power line and the port, at some length."
        }
        let app = try app(
            ["long.txt": "Long Talks\n\n" + paragraphs.joined(separator: "\n\n") + "\n"],
            size: Size(width: 80, height: 24))
        press(.enter, app)
        press(.character("2"), app)
        app.send(.command(lines >= 1_000 ? .moveToBottom : .moveToTop))
        for _ in 0..<(lines % 1_000) { press(.character("j"), app) }
        /// The first line of text at the top of the reader.
        func top() -> String? {
            app.state.reader.lines[app.state.reader.scroll...].first { !$0.text.isEmpty }?.text
        }
        let before = top()
        press(.character("z"), app)
        #expect(app.state.zoomed)
        // what was at the top still shows
        let rows = app.state.layout.visibleRows(.article)
        let shown = app.state.reader.lines.dropFirst(app.state.reader.scroll).prefix(rows).map(\.text)
        #expect(shown.joined(separator: " ").contains(try #require(before).prefix(20)))
        press(.character("z"), app)
        #expect(!app.state.zoomed)
        #expect(top() == before)
    }
}
