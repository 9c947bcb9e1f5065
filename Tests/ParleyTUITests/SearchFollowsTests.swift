import ParleyModel
import ParleyTUI
import ParleyTerminal
import ParleyTestSupport
import Testing

/// A library search carried into the article it opens, and the full-screen article with its position.
@Suite struct SearchFollowsTests {
    static let body =
        (1...40).map { "Paragraph \($0) is about trade." }.joined(separator: "\n\n")
        + "\n\nKenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi to talk about Water."

    static func stored() throws -> StoredArticle {
        let (store, _) = try Fixtures.library(["a7.txt": "Water Talks\n\n" + body])
        return try store.article(id: "a7")
    }

    static func summary(_ i: Int) -> ArticleSummary {
        ArticleSummary(id: "a\(i)", title: "Article \(i)", source: "s", published: nil, isRead: false)
    }

    /// A search for "water ruto" whose hits are articles 3 and 7, with article 7 loaded from the list.
    func searched() throws -> AppState {
        var state = AppState(size: Size(width: 120, height: 40))
        _ = AppUpdate.update(&state, .articlesLoaded(rows: (0..<10).map(Self.summary), offset: 0, total: 10))
        _ = AppUpdate.update(&state, .command(.startSearch))
        for c in "water ruto" { _ = AppUpdate.update(&state, .promptKey(.character(c))) }
        _ = AppUpdate.update(&state, .promptKey(.enter))
        let hits = [3, 7].map { SearchHit(summary: Self.summary($0), snippet: "") }
        _ = AppUpdate.update(&state, .searchFinished(query: "water ruto", hits: hits))
        _ = AppUpdate.update(&state, .command(.moveDown))
        #expect(AppUpdate.update(&state, .command(.open)) == [.loadArticle(id: "a7", evidence: nil), .markRead("a7")])
        _ = AppUpdate.update(&state, .articleLoaded(try Self.stored(), evidence: nil))
        return state
    }

    @Test func aSearchResultOpensAtItsFirstMatchWithEveryMatchMarked() throws {
        var state = try searched()
        // Then every word of the search is found in the body, the first shows, and the article has focus for n/N
        let body = Array(try #require(state.reader.article).displayBody.unicodeScalars)
        let texts = state.reader.matches.map { String(String.UnicodeScalarView(body[$0])) }
        #expect(texts == ["Ruto", "Water"])
        #expect(state.focus == .article && state.reader.currentMatch == 0)
        let firstLine = try #require(
            state.reader.lines.lastIndex { ($0.bodyStart ?? .max) <= state.reader.matches[0].lowerBound })
        let visible = state.layout.visibleRows(.article)
        #expect((state.reader.scroll..<state.reader.scroll + visible).contains(firstLine))
        // When n is pressed twice and N once, the status bar follows
        _ = AppUpdate.update(&state, .command(.nextMatch))
        _ = AppUpdate.update(&state, .command(.nextMatch))
        _ = AppUpdate.update(&state, .command(.previousMatch))
        #expect(state.reader.currentMatch == 1)
        let (buffer, _) = AppView.render(state, theme: Snapshots.testTheme)
        #expect(buffer.row(38).contains("match 2/2"))
    }

    @Test func zTogglesTheFullScreenArticleWithItsPosition() throws {
        var state = try searched()
        _ = AppUpdate.update(&state, .command(.focusList))
        let narrow = state.reader.width
        // When z is pressed, the article takes the screen, rewrapped, with focus
        _ = AppUpdate.update(&state, .command(.toggleZoom))
        #expect(state.zoomed && state.focus == .article)
        #expect(Array(state.layout.panes.keys) == [.article])
        #expect(state.reader.width == 118 && state.reader.width > narrow)
        _ = AppUpdate.update(&state, .command(.moveToTop))
        for _ in 0..<11 { _ = AppUpdate.update(&state, .command(.moveDown)) }
        let (buffer, _) = AppView.render(state, theme: Snapshots.testTheme)
        let count = state.reader.lines.count
        #expect(buffer.row(38).contains("line 12/\(count), \(1200 / count)%"))
        #expect(!buffer.row(0).contains("Articles"))
        // When Esc is pressed, the panes come back; a pane key also leaves and goes to its pane
        _ = AppUpdate.update(&state, .command(.back))
        #expect(!state.zoomed && state.focus == .article && state.reader.width == narrow)
        _ = AppUpdate.update(&state, .command(.toggleZoom))
        _ = AppUpdate.update(&state, .command(.focusTimeline))
        #expect(!state.zoomed && state.focus == .timeline)
    }
}
