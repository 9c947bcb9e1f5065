import ParleyModel
import ParleyTUI
import ParleyTerminal
import Testing

/// Changes another process makes to the library: the panes read again, the cursor stays on its article.
@Suite struct LiveLibraryTests {
    static func summary(_ i: Int) -> ArticleSummary {
        ArticleSummary(id: "a\(i)", title: "Article \(i)", source: "s", published: nil, isRead: false)
    }

    @Test func aChangeReadsTheShownPagesAgainAndKeepsTheCursorOnItsArticle() {
        // Given the cursor on article 5
        var state = AppState(size: Size(width: 120, height: 40))
        _ = AppUpdate.update(&state, .articlesLoaded(rows: (0..<10).map(Self.summary), offset: 0, total: 10))
        for _ in 0..<5 { _ = AppUpdate.update(&state, .command(.moveDown)) }
        // When another process adds an article that sorts first
        let effects = AppUpdate.update(&state, .libraryChanged)
        #expect(
            effects == [
                .loadArticles(offset: 0, limit: 200, leader: nil), .loadTimeline(offset: 0, limit: 200, leader: nil),
            ])
        _ = AppUpdate.update(
            &state, .articlesLoaded(rows: ([99] + Array(0..<10)).map(Self.summary), offset: 0, total: 11, unread: 11))
        // Then the new article shows, and the cursor is still on article 5
        #expect(state.list.total == 11 && state.list.unread == 11)
        #expect(state.list.selectedRow?.id == "a5" && state.list.selected == 6)
    }

    @Test func rReloadsNowButLeavesSearchHitsAlone() {
        var state = AppState(size: Size(width: 120, height: 40))
        _ = AppUpdate.update(&state, .articlesLoaded(rows: (0..<10).map(Self.summary), offset: 0, total: 10))
        _ = AppUpdate.update(&state, .command(.focusTimeline))
        #expect(AppUpdate.update(&state, .command(.reload)).count == 2)
        #expect(state.message == "reloaded")
        state.list.searchQuery = "x"
        #expect(AppUpdate.update(&state, .command(.reload)) == [.loadTimeline(offset: 0, limit: 200, leader: nil)])
    }
}
