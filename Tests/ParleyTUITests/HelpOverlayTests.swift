import Foundation
import ParleyModel
import ParleyTUI
import ParleyTerminal
import ParleyTestSupport
import Testing

/// The `?` overlay: it hides the panes, scrolls within its lines, fits small terminals, names the mouse.
@Suite struct HelpOverlayTests {
    func helpShown(_ size: Size) -> AppState {
        var state = AppState(size: size, libraryLabel: "test library")
        let rows = (0..<30).map {
            ArticleSummary(
                id: "a\($0)", title: "Pane text \($0) \(String(repeating: "x", count: 90))", source: "s",
                published: nil, isRead: false)
        }
        _ = AppUpdate.update(&state, .articlesLoaded(rows: rows, offset: 0, total: 30))
        _ = AppUpdate.update(&state, .command(.toggleHelp))
        return state
    }

    func check(_ name: String, _ state: AppState) {
        let (buffer, _) = AppView.render(state, theme: Snapshots.testTheme)
        if let difference = Snapshots.check(Snapshots.render(buffer), named: name, directory: ReaderTests.snapshots) {
            Issue.record(Comment(rawValue: difference))
        }
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func overlayCoversEverythingAboveTheBars(_ width: Int, _ height: Int) {
        let state = helpShown(Size(width: width, height: height))
        let (buffer, _) = AppView.render(state, theme: Snapshots.testTheme)
        for y in 0..<(height - 2) {
            #expect(!buffer.row(y).contains("Pane text"), "row \(y) shows the list beneath")
        }
        check("help-\(width)x\(height)", state)
    }

    @Test func scrollingStopsAtTheLastLine() {
        var state = helpShown(Size(width: 80, height: 24))
        let length = HelpView.lines(.standard).count
        let shown = 24 - 3
        #expect(length > shown)
        _ = AppUpdate.update(&state, .command(.moveToBottom))
        #expect(state.helpScroll == length - shown)
        _ = AppUpdate.update(&state, .command(.moveDown))
        _ = AppUpdate.update(&state, .command(.pageDown))
        #expect(state.helpScroll == length - shown)
        let (buffer, _) = AppView.render(state, theme: Snapshots.testTheme)
        #expect(buffer.row(21).contains(HelpView.lines(.standard).last?.label ?? "?"))
        _ = AppUpdate.update(&state, .command(.pageUp))
        #expect(state.helpScroll == max(0, length - shown - (shown - 1)))
        _ = AppUpdate.update(&state, .command(.moveToTop))
        #expect(state.helpScroll == 0)
        _ = AppUpdate.update(&state, .scrolled(Point(x: 10, y: 10), down: true))
        #expect(state.helpScroll == 3 && state.focus == .list)
        _ = AppUpdate.update(&state, .clicked(Point(x: 100, y: 10)))
        #expect(state.showHelp && state.focus == .list)
    }

    @Test func everyLineFitsAnEightyColumnTerminal() {
        for line in HelpView.lines(.standard) {
            #expect(DisplayWidth.of(line.keys) <= 18, "\(line.keys)")
            #expect(DisplayWidth.of(line.label) <= 80 - 18 - 5, "\(line.label)")
        }
        let labels = HelpView.lines(.standard).map(\.keys)
        #expect(labels.contains("click") && labels.contains("wheel"))
    }

    @Test func unboundKeysSayHowToFindTheRightOne() {
        var state = helpShown(Size(width: 80, height: 24))
        _ = AppUpdate.update(&state, .command(.toggleHelp))
        _ = AppUpdate.update(&state, .unboundKey(.character("z")))
        #expect(state.message == "no command for z (? for help)")
        _ = AppUpdate.update(&state, .command(.moveDown))
        #expect(state.message == nil)
    }

    @Test func anUnboundKeyOnTheReaderShowsTheHint() throws {
        let (app, screen) = try ReaderTests().app(Size(width: 120, height: 40), events: [.key(.character("x"))])
        app.run()
        #expect(try #require(screen.lastFrame).textSnapshot().contains("no command for x (? for help)"))
    }
}
