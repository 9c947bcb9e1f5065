import Foundation
import ParleyModel
import ParleyTerminal
import ParleyTestSupport
import Testing

@testable import ParleyTUI

/// Small things a person notices: `:` and Tab list the commands, help's key column is whole, a theme
/// that is not there is named without a made-up line number.
@Suite struct SmallThingsTests {
    @Test func colonThenTabListsEveryCommand() {
        var state = AppState(size: Size(width: 120, height: 40), themeNames: ["default", "light"])
        _ = AppUpdate.update(&state, .command(.startCommandLine))
        let completions = state.prompt?.completions ?? []
        #expect(completions.count > 20)
        #expect(completions.prefix(3) == ["theme ", "leader ", "messages"])
        _ = AppUpdate.update(&state, .promptKey(.tab))
        #expect(state.prompt?.editor.string == "theme ")
        let bar = AppView.render(state, theme: Snapshots.testTheme).0.row(39)
        #expect(bar.contains("→ theme"), "\(bar)")
    }

    @Test(arguments: [(50, 12), (80, 24), (120, 40)])
    func helpShowsEveryKeyOfALineWhole(_ width: Int, _ height: Int) {
        var state = AppState(size: Size(width: width, height: height))
        _ = AppUpdate.update(&state, .command(.toggleHelp))
        let keys = HelpView.lines(.standard).first { $0.label == "page down" }?.keys ?? ""
        #expect(keys.contains("Ctrl-D"))
        let screen = AppView.render(state, theme: Snapshots.testTheme).0.textSnapshot()
        #expect(screen.contains(keys), "\(keys)")
    }

    @Test func aMissingThemeIsNamedWithoutALineNumber() {
        let themes = ThemeLibrary(directories: [])
        #expect(throws: ThemeError.self) { try themes.load("nope") }
        do {
            _ = try themes.load("nope")
        } catch {
            #expect(error.description == "no theme named 'nope'")
        }
    }
}

/// `:leader NAME` applies the leader the library finds for it, with no second Enter.
@Suite struct ColonLeaderTests {
    @Test func colonLeaderWithANameAppliesItWhenTheLibraryAnswers() {
        var state = AppState(size: Size(width: 120, height: 40))
        _ = AppUpdate.update(&state, .command(.startCommandLine))
        for character in "leader xi" { _ = AppUpdate.update(&state, .promptKey(.character(character))) }
        #expect(AppUpdate.update(&state, .promptKey(.enter)) == [.findLeaders("xi")])
        let effects = AppUpdate.update(
            &state,
            .leadersFound(query: "xi", matches: [LeaderMatch(name: "Xi Jinping", articleCount: 3, isLeader: true)]))
        #expect(state.prompt == nil)
        #expect(state.leaderFilter == "Xi Jinping")
        #expect(effects.contains(.loadArticles(offset: 0, limit: 200, leader: "Xi Jinping")))
    }

    @Test func squareBracketsMoveBetweenPanes() {
        var state = AppState(size: Size(width: 120, height: 40))
        _ = AppUpdate.update(&state, .command(Keymap.standard.command(for: .character("]"), in: .list) ?? .quit))
        #expect(state.focus == .article)
        _ = AppUpdate.update(&state, .command(Keymap.standard.command(for: .character("["), in: .article) ?? .quit))
        #expect(state.focus == .list)
    }
}

/// The order and the words a person reads: a meeting's sources by date, and which search n steps through.
@Suite struct ReadingOrderTests {
    @Test func aMeetingsSourcesComeOldestFirstAndTheUndatedLast() throws {
        let (store, _) = try Fixtures.library([
            "a-late.txt":
                "Talks Late\n\nPublished: 2024-04-20\n\nChilean President Gabriel Boric met Argentine President Javier Milei in Santiago on April 15, 2024.\n",
            "b-early.txt":
                "Talks Early\n\nPublished: 2024-04-16\n\nChilean President Gabriel Boric met Argentine President Javier Milei in Santiago on April 15, 2024.\n",
            "c-none.txt":
                "Talks Undated\n\nChilean President Gabriel Boric met Argentine President Javier Milei in Santiago on April 15, 2024.\n",
        ])
        let entry = try #require(try store.timeline().first)
        let sources = try store.meetingDetail(entry).sources
        #expect(sources.count == 3)
        #expect(sources.map(\.articleId) == ["b-early", "a-late", "c-none"])
    }

    @Test func theStatusBarNamesTheSearchThatNSteps() {
        var state = AppState(size: Size(width: 120, height: 40))
        state.focus = .article
        state.list.searchQuery = "minsk"
        state.reader.searchQuery = "xi"
        state.reader.matches = [0..<2, 5..<7]
        state.reader.lines = [WrappedLine(kind: .body, text: "xi and xi", bodyStart: 0)]
        #expect(StatusBarView.readingPosition(state).contains("match 1/2 'xi'"))
    }
}
