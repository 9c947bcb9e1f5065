import Foundation
import ParleyModel
import ParleyTerminal
import ParleyTestSupport
import Testing

@testable import ParleyTUI

/// `F` fetches the feeds off the loop, with progress in the status bar.
@Suite struct FeedFetchKeyTests {
    @Test func fIsBoundToFetchingTheFeeds() {
        #expect(Keymap.standard.command(for: .character("F"), in: .global) == .fetchFeeds)
    }

    @Test func aSecondFetchIsRefusedWhileOneRunsAndProgressShowsInTheStatusBar() {
        var state = AppState(size: Size(width: 120, height: 40))
        #expect(AppUpdate.update(&state, .command(.fetchFeeds)) == [.fetchFeeds])
        #expect(state.isFetchingFeeds)
        #expect(AppUpdate.update(&state, .command(.fetchFeeds)).isEmpty)
        #expect(state.message == "the feeds are being fetched")
        _ = AppUpdate.update(&state, .feedsProgressed(done: 2, total: 5))
        #expect(state.message == "fetching the feeds: 2/5")
        let effects = AppUpdate.update(
            &state, .feedsFetched(summary: "5 feeds: 9 added", failures: ["http://a.example/feed: HTTP 404 not found"]))
        #expect(!state.isFetchingFeeds)
        #expect(state.isError)
        #expect(state.message == "5 feeds: 9 added; http://a.example/feed: HTTP 404 not found")
        #expect(effects.contains(.loadArticles(offset: 0, limit: AppUpdate.pageSize, leader: nil)))
    }

    @Test func theKeyFetchesTheFeedsAndTheListShowsTheirArticlesByFeedName() throws {
        let rss = FeedFixtures.rss(title: "Harbour Courier", items: FeedFixtures.items(feed: 7, count: 3))
        let server = try LoopbackServer { request in
            request.path == "/rss"
                ? .response(status: 200, headers: ["Content-Type": "application/rss+xml"], body: Data(rss.utf8))
                : .response(status: 404)
        }
        defer { server.stop() }
        let store = try LibraryStore()
        try store.addFeed(url: server.baseURL + "/rss", name: nil)
        let size = Size(width: 120, height: 30)
        let screen = VirtualScreen(size: size, events: [.key(.character("F"))])
        let themes = ThemeLibrary(directories: [Fixtures.packageRoot.appendingPathComponent("themes")])
        let app = AppRunner(
            state: AppState(size: size, libraryLabel: "test library"), theme: Snapshots.testTheme,
            runner: EffectRunner(store: store, themes: themes), screen: screen)
        app.run()
        #expect(app.state.list.total == 3)
        #expect(app.state.message == "1 feed: 3 added, 0 updated, 0 unchanged, 0 failed")
        #expect(app.state.list.rows.allSatisfy { $0.source == "Harbour Courier" })
        let frame = try #require(screen.lastFrame).textSnapshot()
        #expect(frame.contains("Harbour Courier"))
    }
}

extension FeedFetchKeyTests {
    @Test func withNoFeedsTheKeySaysHowToFollowOne() throws {
        let themes = ThemeLibrary(directories: [Fixtures.packageRoot.appendingPathComponent("themes")])
        let runner = EffectRunner(store: try LibraryStore(), themes: themes)
        guard case .feedsFetched(let summary, let failures) = runner.fetchFeeds(progress: { _ in }) else {
            Issue.record("the fetch did not end")
            return
        }
        #expect(summary == "no feeds followed (`parley feed add URL` follows one)")
        #expect(failures.isEmpty)
    }
}
