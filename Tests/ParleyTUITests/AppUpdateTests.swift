import ParleyModel
import ParleyTUI
import ParleyTerminal
import Testing

/// `update` alone: each command's effect on the whole state, no terminal, no library.
@Suite struct AppUpdateTests {
    static func summary(_ i: Int) -> ArticleSummary {
        ArticleSummary(id: "a\(i)", title: "Article \(i)", source: "s", published: nil, isRead: false)
    }

    func loaded(total: Int = 50) -> AppState {
        var state = AppState(size: Size(width: 120, height: 40))
        _ = AppUpdate.update(
            &state, .articlesLoaded(rows: (0..<min(total, 200)).map(Self.summary), offset: 0, total: total))
        return state
    }

    @Test func startLoadsTheFirstPageAndTheTimeline() {
        let state = AppState(size: Size(width: 120, height: 40))
        #expect(
            AppUpdate.start(state) == [
                .loadArticles(offset: 0, limit: 200, leader: nil), .loadTimeline(offset: 0, limit: 200, leader: nil),
            ])
    }

    @Test func firstPageOpensTheFirstArticle() {
        var state = AppState(size: Size(width: 120, height: 40))
        let effects = AppUpdate.update(&state, .articlesLoaded(rows: [Self.summary(0)], offset: 0, total: 1))
        #expect(effects == [.loadArticle(id: "a0", evidence: nil)])
        #expect(state.list.total == 1)
    }

    @Test func selectionMovesAndStaysVisibleWhenScrolling() {
        var state = loaded()
        _ = AppUpdate.update(&state, .command(.moveDown))
        #expect(state.list.selected == 1)
        for _ in 0..<40 { _ = AppUpdate.update(&state, .command(.moveDown)) }
        #expect(state.list.selected == 41)
        let visible = PaneLayout.layout(state.size, focus: .list).visibleRows(.list)
        #expect(state.list.scroll == 41 - visible + 1)
        _ = AppUpdate.update(&state, .command(.moveToBottom))
        #expect(state.list.selected == 49)
        _ = AppUpdate.update(&state, .command(.moveToTop))
        #expect(state.list.selected == 0 && state.list.scroll == 0)
        _ = AppUpdate.update(&state, .command(.moveUp))
        #expect(state.list.selected == 0)
    }

    @Test func leavingTheLoadedWindowPagesFromTheLibrary() {
        var state = loaded(total: 100_000)
        let effects = AppUpdate.update(&state, .command(.moveToBottom))
        #expect(state.list.selected == 99_999)
        #expect(effects == [.loadArticles(offset: 99_899, limit: 200, leader: nil)])
    }

    static func entry(_ i: Int) -> TimelineEntry {
        TimelineEntry(
            participants: ["Leader \(i)", "Guest \(i)"], place: nil, date: nil, dateBasis: "",
            status: .held, articles: ["a\(i)"])
    }

    @Test func timelinePagesAsTheSelectionMovesThroughALargeLibrary() {
        // Given the first page of a timeline of 5,000 meetings, focused
        var state = loaded()
        _ = AppUpdate.update(
            &state, .timelineLoaded(entries: (0..<200).map(Self.entry), offset: 0, total: 5_000))
        _ = AppUpdate.update(&state, .command(.focusTimeline))
        #expect(state.timelineTotal == 5_000 && state.timelineOffset == 0)
        // When the selection jumps to the last meeting
        let effects = AppUpdate.update(&state, .command(.moveToBottom))
        // Then the cursor is there and a page around what shows is asked for
        #expect(state.timelineCursor.selected == 4_999)
        let firstShown = state.timelineCursor.scroll
        #expect(firstShown == 5_000 - PaneLayout.layout(state.size, focus: .timeline).visibleRows(.timeline))
        #expect(effects == [.loadTimeline(offset: firstShown - 100, limit: 200, leader: nil)])
        #expect(AppUpdate.update(&state, .command(.open)).isEmpty)  // not loaded yet: nothing to open
        // When that page arrives, Enter opens the last meeting
        _ = AppUpdate.update(
            &state,
            .timelineLoaded(entries: (firstShown - 100..<5_000).map(Self.entry), offset: firstShown - 100, total: 5_000)
        )
        #expect(state.timelineEntry(at: 4_999)?.articles == ["a4999"])
        #expect(AppUpdate.update(&state, .command(.open)) == [.loadMeeting(Self.entry(4_999))])
        // And moving within the loaded page asks for nothing
        #expect(AppUpdate.update(&state, .command(.moveUp)).isEmpty)
    }

    @Test func enterOpensAndMarksRead() {
        var state = loaded()
        _ = AppUpdate.update(&state, .command(.moveDown))
        #expect(AppUpdate.update(&state, .command(.open)) == [.loadArticle(id: "a1", evidence: nil), .markRead("a1")])
    }

    @Test func focusCyclesAndNumbersJump() {
        var state = loaded()
        _ = AppUpdate.update(&state, .command(.focusNext))
        #expect(state.focus == .article)
        _ = AppUpdate.update(&state, .command(.focusPrevious))
        _ = AppUpdate.update(&state, .command(.focusPrevious))
        #expect(state.focus == .timeline)
        _ = AppUpdate.update(&state, .command(.focusEntities))
        #expect(state.focus == .entities)
        _ = AppUpdate.update(&state, .command(.back))
        #expect(state.focus == .list)
    }

    @Test func helpOpensClosesAndQuitClosesItFirstNot() {
        var state = loaded()
        _ = AppUpdate.update(&state, .command(.toggleHelp))
        #expect(state.showHelp)
        _ = AppUpdate.update(&state, .command(.back))
        #expect(!state.showHelp && !state.quit)
        _ = AppUpdate.update(&state, .command(.quit))
        #expect(state.quit)
    }

    @Test func leaderPromptCompletesAndFilters() {
        var state = loaded()
        _ = AppUpdate.update(&state, .command(.startLeaderFilter))
        #expect(state.prompt?.kind == .leader)
        #expect(AppUpdate.update(&state, .promptKey(.character("x"))) == [.findLeaders("x")])
        #expect(AppUpdate.update(&state, .promptKey(.character("i"))) == [.findLeaders("xi")])
        _ = AppUpdate.update(&state, .leadersFound(query: "x", matches: []))  // stale answer ignored
        _ = AppUpdate.update(
            &state,
            .leadersFound(query: "xi", matches: [LeaderMatch(name: "Xi Jinping", articleCount: 3, isLeader: true)]))
        #expect(state.prompt?.completions == ["Xi Jinping"])
        let effects = AppUpdate.update(&state, .promptKey(.enter))
        #expect(state.prompt == nil)
        #expect(state.leaderFilter == "Xi Jinping")
        #expect(
            effects == [
                .loadArticles(offset: 0, limit: 200, leader: "Xi Jinping"),
                .loadTimeline(offset: 0, limit: 200, leader: "Xi Jinping"),
            ])
        #expect(state.leaderHistory == ["xi"])
        // Esc clears it
        let cleared = AppUpdate.update(&state, .command(.back))
        #expect(state.leaderFilter == nil)
        #expect(
            cleared == [
                .loadArticles(offset: 0, limit: 200, leader: nil), .loadTimeline(offset: 0, limit: 200, leader: nil),
            ])
    }

    @Test func promptLineEditing() {
        var editor = LineEditor(history: ["older", "newer"])
        for c in "hello world" { _ = editor.handle(.character(c)) }
        _ = editor.handle(.control("w"))
        #expect(editor.string == "hello ")
        _ = editor.handle(.control("a"))
        _ = editor.handle(.character(">"))
        #expect(editor.string == ">hello ")
        _ = editor.handle(.control("e"))
        _ = editor.handle(.backspace)
        #expect(editor.string == ">hello")
        _ = editor.handle(.left)
        _ = editor.handle(.control("u"))
        #expect(editor.string == "o")
        _ = editor.handle(.up)
        #expect(editor.string == "newer")
        _ = editor.handle(.up)
        #expect(editor.string == "older")
        _ = editor.handle(.down)
        _ = editor.handle(.down)
        #expect(editor.string == "")
    }

    @Test func librarySearchAndEscapeBack() {
        var state = loaded()
        _ = AppUpdate.update(&state, .command(.startSearch))
        #expect(state.prompt?.kind == .searchLibrary)
        for c in "minsk" { _ = AppUpdate.update(&state, .promptKey(.character(c))) }
        #expect(AppUpdate.update(&state, .promptKey(.enter)) == [.search("minsk")])
        let hit = SearchHit(summary: Self.summary(7), snippet: "[Minsk]")
        _ = AppUpdate.update(&state, .searchFinished(query: "minsk", hits: [hit]))
        #expect(state.list.rows.map(\.id) == ["a7"] && state.list.total == 1)
        #expect(AppUpdate.update(&state, .command(.back)) == [.loadArticles(offset: 0, limit: 200, leader: nil)])
        #expect(state.list.searchQuery == nil)
    }

    @Test func resultOfAnEarlierSearchIsDropped() {
        // Given a search for "minsk" submitted after one for "min" that has not answered yet
        var state = loaded()
        _ = AppUpdate.update(&state, .command(.startSearch))
        for c in "minsk" { _ = AppUpdate.update(&state, .promptKey(.character(c))) }
        _ = AppUpdate.update(&state, .promptKey(.enter))
        #expect(state.message == "searching for 'minsk'…")
        // When the older search answers, the list stays as it was
        let old = SearchHit(summary: Self.summary(3), snippet: "[Min]")
        _ = AppUpdate.update(&state, .searchFinished(query: "min", hits: [old]))
        #expect(state.list.rows.count == 50 && state.message == "searching for 'minsk'…")
        // Then the current one replaces the list
        let hit = SearchHit(summary: Self.summary(7), snippet: "[Minsk]")
        _ = AppUpdate.update(&state, .searchFinished(query: "minsk", hits: [hit]))
        #expect(state.list.rows.map(\.id) == ["a7"])
    }

    @Test func tooSmallTerminalOnlyQuits() {
        var state = loaded()
        _ = AppUpdate.update(&state, .resized(Size(width: 30, height: 8)))
        #expect(PaneLayout.layout(state.size, focus: state.focus).tooSmall)
        _ = AppUpdate.update(&state, .resized(Size(width: 120, height: 40)))
        #expect(!PaneLayout.layout(state.size, focus: state.focus).tooSmall)
    }

    @Test func everyCommandIsBoundAndInHelp() {
        let help = Keymap.standard.helpRows().map(\.label)
        for command in Command.allCases {
            #expect(help.contains(command.label), "\(command) has no key")
        }
    }
}
