import ParleyModel
import ParleyTUI
import ParleyTerminal
import ParleyTestSupport
import Testing

/// The list cursor and the open article agree after a timeline jump, a filter and a search.
@Suite struct ListCursorTests {
    static func summary(_ i: Int) -> ArticleSummary {
        ArticleSummary(id: "a\(i)", title: "Article \(i)", source: "s", published: nil, isRead: false)
    }

    /// A stored article with id `a<i>`, read back from a small library.
    static func stored(_ i: Int) throws -> StoredArticle {
        let (store, _) = try Fixtures.library([
            "a\(i).txt":
                "Talks \(i)\n\nKenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi."
        ])
        return try store.article(id: "a\(i)")
    }

    func loaded(rows: [Int] = Array(0..<50)) -> AppState {
        var state = AppState(size: Size(width: 120, height: 40))
        _ = AppUpdate.update(&state, .articlesLoaded(rows: rows.map(Self.summary), offset: 0, total: rows.count))
        return state
    }

    @Test func anArticleOpenedFromTheTimelineMovesTheListCursorToIt() throws {
        // Given the list on its first row
        var state = loaded()
        #expect(state.list.selected == 0)
        // When the timeline opens article 30
        _ = AppUpdate.update(&state, .articleLoaded(try Self.stored(30), evidence: 0..<5))
        // Then the list cursor is on it, and it shows
        #expect(state.list.selected == 30)
        let visible = PaneLayout.layout(state.size, focus: state.focus).visibleRows(.list)
        #expect((state.list.scroll..<state.list.scroll + visible).contains(30))
    }

    /// The list of 50 with article 7 open.
    func openSeven() throws -> AppState {
        var state = loaded()
        _ = AppUpdate.update(&state, .articleLoaded(try Self.stored(7), evidence: nil))
        return state
    }

    /// Filters by a leader through the prompt; the library answers with `rows`. Returns that answer's effects.
    func filterByLeader(_ state: inout AppState, leaving rows: [Int]) -> [Effect] {
        _ = AppUpdate.update(&state, .command(.startLeaderFilter))
        _ = AppUpdate.update(&state, .promptKey(.character("r")))
        let match = LeaderMatch(name: "William Ruto", articleCount: rows.count, isLeader: true)
        _ = AppUpdate.update(&state, .leadersFound(query: "r", matches: [match]))
        _ = AppUpdate.update(&state, .promptKey(.enter))
        return AppUpdate.update(&state, .articlesLoaded(rows: rows.map(Self.summary), offset: 0, total: rows.count))
    }

    @Test func aFilterThatKeepsTheOpenArticleMovesTheCursorToIt() throws {
        // Given article 7 open
        var state = try openSeven()
        // When a leader filter leaves articles 3, 7 and 9
        let effects = filterByLeader(&state, leaving: [3, 7, 9])
        // Then the cursor is on the open article and nothing else opens
        #expect(state.list.selectedRow?.id == "a7")
        #expect(effects.isEmpty)
    }

    @Test func aFilterThatHidesTheOpenArticleOpensTheFirstItShows() throws {
        // Given article 7 open
        var state = try openSeven()
        // When a leader filter leaves articles 2 and 4
        let effects = filterByLeader(&state, leaving: [2, 4])
        // Then the first article shown opens, under the cursor
        #expect(state.list.selected == 0)
        #expect(effects == [.loadArticle(id: "a2", evidence: nil), .markRead("a2")])
    }

    @Test func searchResultsWithoutTheOpenArticleOpenTheFirstHit() throws {
        var state = try openSeven()
        _ = AppUpdate.update(&state, .command(.startSearch))
        for c in "nairobi" { _ = AppUpdate.update(&state, .promptKey(.character(c))) }
        _ = AppUpdate.update(&state, .promptKey(.enter))
        let hits = [5, 7].map { SearchHit(summary: Self.summary($0), snippet: "") }
        #expect(AppUpdate.update(&state, .searchFinished(query: "nairobi", hits: hits)).isEmpty)
        #expect(state.list.selectedRow?.id == "a7")
        let other = [SearchHit(summary: Self.summary(5), snippet: "")]
        _ = AppUpdate.update(&state, .command(.startSearch))
        for c in "ruto" { _ = AppUpdate.update(&state, .promptKey(.character(c))) }
        _ = AppUpdate.update(&state, .promptKey(.enter))
        #expect(
            AppUpdate.update(&state, .searchFinished(query: "ruto", hits: other)) == [
                .loadArticle(id: "a5", evidence: nil), .markRead("a5"),
            ])
    }
}
