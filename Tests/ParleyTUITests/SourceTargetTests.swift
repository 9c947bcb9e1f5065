import Foundation
import ParleyModel
import ParleyTUI
import ParleyTerminal
import ParleyTestSupport
import Testing

/// `o` and `y` act on the article the cursor is on: the list's selected row, the meeting view's source.
@Suite struct SourceTargetTests {
    static let files: [String: String] = [
        "newer.md": """
        ---
        title: Talks in Nairobi
        url: https://example.org/newer
        published: 2024-05-02
        ---

        Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi.
        """,
        "older.md": """
        ---
        title: Talks in Addis Ababa
        url: https://example.org/older
        published: 2024-05-01
        ---

        Ethiopian Prime Minister Abiy Ahmed met Kenyan President William Ruto in Addis Ababa.
        """,
    ]

    func run(_ store: LibraryStore, _ keys: [TerminalEvent]) -> (VirtualScreen, AppRunner) {
        let screen = VirtualScreen(size: Size(width: 120, height: 40), events: keys)
        let app = AppRunner(
            state: AppState(size: screen.size), theme: Snapshots.testTheme,
            runner: EffectRunner(store: store, themes: ThemeLibrary(directories: [])), screen: screen)
        app.run()
        return (screen, app)
    }

    @Test func yInTheListCopiesTheSelectedRowNotTheArticleShown() throws {
        let (store, _) = try Fixtures.library(Self.files)
        // Given the newer article shown, the cursor moved to the older one
        let (screen, app) = run(store, [.key(.character("j")), .key(.character("y"))])
        #expect(app.state.reader.article?.article.id == "newer")
        #expect(app.state.list.selectedRow?.id == "older")
        // Then y copies the older one's address
        #expect(screen.copied == ["https://example.org/older"])
    }

    @Test func yInTheMeetingViewCopiesTheSourceUnderTheCursor() throws {
        let (store, _) = try Fixtures.library(MeetingViewTests.files)
        // the newest report is shown; the meeting view's cursor starts on the oldest
        let (screen, app) = run(store, [.key(.character("4")), .key(.enter), .key(.character("y"))])
        let meeting = try #require(app.state.meeting)
        let chosen = meeting.detail.sources[meeting.selected].articleId
        #expect(chosen != app.state.reader.article?.article.id)
        #expect(screen.copied == [try store.article(id: chosen).article.source])
        #expect(app.state.meeting != nil)  // the view stays open
    }
}
