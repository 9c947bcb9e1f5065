import ParleyModel
import ParleyTUI
import ParleyTerminal
import ParleyTestSupport
import Testing

/// The read keys in `update`: toggle, next and previous unread, mark all shown read, and the counts.
@Suite struct ReadStateUpdateTests {
    static func summary(_ i: Int, read: Bool = false) -> ArticleSummary {
        ArticleSummary(id: "a\(i)", title: "Article \(i)", source: "s", published: nil, isRead: read)
    }

    /// A list of `total` articles whose first page is loaded; those in `read` are read.
    func loaded(total: Int = 10, read: Set<Int> = []) -> AppState {
        var state = AppState(size: Size(width: 120, height: 40))
        let rows = (0..<min(total, 200)).map { Self.summary($0, read: read.contains($0)) }
        _ = AppUpdate.update(
            &state, .articlesLoaded(rows: rows, offset: 0, total: total, unread: total - read.count))
        return state
    }

    @Test func theArticleShownAtStartIsNotMarkedReadUntilOpened() throws {
        // Given the reader starting: the top article is shown
        var state = AppState(size: Size(width: 120, height: 40))
        let effects = AppUpdate.update(&state, .articlesLoaded(rows: [Self.summary(0)], offset: 0, total: 1, unread: 1))
        #expect(effects == [.loadArticle(id: "a0", evidence: nil)])
        let (store, _) = try Fixtures.library(["a0.txt": "Talks\n\nKenyan President William Ruto met Abiy Ahmed.\n"])
        _ = AppUpdate.update(&state, .articleLoaded(try store.article(id: "a0"), evidence: nil))
        // Then it is still unread, in the list and in its count
        #expect(state.list.rows[0].isRead == false && state.list.unread == 1)
        // When it is opened, it is marked read
        #expect(AppUpdate.update(&state, .command(.open)) == [.loadArticle(id: "a0", evidence: nil), .markRead("a0")])
    }

    @Test func uTogglesTheRowUnderTheCursorAndTheCountFollows() {
        var state = loaded(read: [1])
        _ = AppUpdate.update(&state, .command(.moveDown))
        #expect(AppUpdate.update(&state, .command(.toggleRead)) == [.setRead("a1", false)])
        #expect(state.message == "marked unread")
        _ = AppUpdate.update(&state, .readMarked(id: "a1", isRead: false, changed: true))
        #expect(state.list.rows[1].isRead == false && state.list.unread == 10)
        #expect(AppUpdate.update(&state, .command(.toggleRead)) == [.setRead("a1", true)])
        _ = AppUpdate.update(&state, .readMarked(id: "a1", isRead: true, changed: true))
        #expect(state.list.unread == 9)
        // A read-only library changes nothing, so the count stays
        _ = AppUpdate.update(&state, .readMarked(id: "a2", isRead: true, changed: false))
        #expect(state.list.unread == 9)
    }

    @Test func nextAndPreviousUnreadOpenTheNearestInTheLoadedPage() {
        var state = loaded(read: [0, 1, 2, 4, 5])
        #expect(
            AppUpdate.update(&state, .command(.nextUnread)) == [.loadArticle(id: "a3", evidence: nil), .markRead("a3")])
        #expect(state.list.selected == 3)
        _ = AppUpdate.update(&state, .readMarked(id: "a3", isRead: true, changed: true))
        #expect(AppUpdate.update(&state, .command(.nextUnread)).first == .loadArticle(id: "a6", evidence: nil))
        // a3 is read now, so nothing above a6 is unread
        #expect(AppUpdate.update(&state, .command(.previousUnread)).isEmpty)
        #expect(state.message == "no unread article above")
    }

    @Test func nextUnreadBeyondTheLoadedPageAsksTheLibrary() {
        // Given 1,000 articles whose loaded first page is all read
        var state = loaded(total: 1_000, read: Set(0..<200))
        // When n is pressed, the library is asked from the cursor on, in the list as filtered
        #expect(
            AppUpdate.update(&state, .command(.nextUnread)) == [.findUnread(after: 0, forward: true, leader: nil)])
        // Then its answer moves the cursor there, pages, and opens it
        let effects = AppUpdate.update(&state, .unreadFound(position: 640, id: "a640"))
        #expect(state.list.selected == 640)
        #expect(effects.contains(.loadArticle(id: "a640", evidence: nil)) && effects.contains(.markRead("a640")))
        _ = AppUpdate.update(&state, .unreadFound(position: nil, id: nil))
        #expect(state.message == "no more unread articles")
    }

    @Test func markAllShownReadCoversTheFilterOrTheSearchHits() {
        var state = loaded()
        #expect(AppUpdate.update(&state, .command(.markAllRead)) == [.markAllRead(ids: nil, leader: nil)])
        _ = AppUpdate.update(&state, .allMarkedRead(changed: 10))
        #expect(state.list.unread == 0 && state.list.rows.allSatisfy(\.isRead))
        #expect(state.message == "marked 10 articles read")
        state.list.searchQuery = "x"
        _ = AppUpdate.update(
            &state, .searchFinished(query: "x", hits: [SearchHit(summary: Self.summary(4), snippet: "")]))
        #expect(state.list.unread == 1)
        #expect(AppUpdate.update(&state, .command(.markAllRead)) == [.markAllRead(ids: ["a4"], leader: nil)])
        _ = AppUpdate.update(&state, .allMarkedRead(changed: 1))
        #expect(state.message == "marked 1 article read")
    }

    @Test func theListTitleCountsUnread() {
        let state = loaded(read: [1, 2])
        let (buffer, _) = AppView.render(state, theme: .init(name: "plain", styles: [:]))
        #expect(buffer.row(0).contains("Articles (10, 8 unread)"))
    }
}
