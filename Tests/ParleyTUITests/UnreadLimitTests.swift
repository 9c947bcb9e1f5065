import Foundation
import ParleyModel
import ParleyTUI
import ParleyTerminal
import ParleyTestSupport
import Testing

/// L limits the list to the unread articles, as mutt's "limit to new" does, and shows all again.
@Suite struct UnreadLimitTests {
    static func summary(_ i: Int) -> ArticleSummary {
        ArticleSummary(id: "a\(i)", title: "Article \(i)", source: "s", published: nil, isRead: false)
    }

    @Test func lLimitsTheListAndItsPagesToUnreadArticlesAndLAgainShowsAll() {
        var state = AppState(size: Size(width: 120, height: 40))
        _ = AppUpdate.update(&state, .articlesLoaded(rows: (0..<200).map(Self.summary), offset: 0, total: 5_000))
        let command = Keymap.standard.command(for: .character("L"), in: .list)
        #expect(command == .toggleUnreadOnly)
        let effects = AppUpdate.update(&state, .command(.toggleUnreadOnly))
        #expect(state.unreadOnly)
        #expect(effects == [.loadArticles(offset: 0, limit: 200, leader: nil, unreadOnly: true)])
        // the pages that follow keep to the limit
        let paged = AppUpdate.update(&state, .command(.moveToBottom))
        #expect(paged.allSatisfy { if case .loadArticles(_, _, _, let unread) = $0 { unread } else { true } })
        #expect(!paged.isEmpty)
        #expect(
            AppUpdate.update(&state, .command(.toggleUnreadOnly)) == [.loadArticles(offset: 0, limit: 200, leader: nil)]
        )
        #expect(!state.unreadOnly)
    }

    @Test func theLibraryListsAndCountsOnlyUnreadArticlesUnderTheLimit() throws {
        let (store, _) = try Fixtures.library([
            "one.txt": "Talks One\n\nKenyan President William Ruto met Abiy Ahmed in Nairobi.\n",
            "two.txt": "Talks Two\n\nKenyan President William Ruto met Abiy Ahmed in Addis Ababa.\n",
        ])
        _ = try store.markRead(id: "one")
        let runner = EffectRunner(store: store, themes: ThemeLibrary(directories: []))
        let (reply, _) = runner.run(.loadArticles(offset: 0, limit: 200, leader: nil, unreadOnly: true))
        guard case .articlesLoaded(let rows, _, let total, _) = reply else {
            Issue.record("no page: \(String(describing: reply))")
            return
        }
        #expect(rows.map(\.id) == ["two"] && total == 1)
        var state = AppState(size: Size(width: 120, height: 40))
        state.unreadOnly = true
        _ = AppUpdate.update(&state, reply ?? .libraryChanged)
        #expect(AppView.render(state, theme: Snapshots.testTheme).0.textSnapshot().contains("Unread articles (1)"))
    }
}
