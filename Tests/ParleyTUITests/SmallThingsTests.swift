import Foundation
import ParleyModel
import ParleyTUI
import ParleyTerminal
import ParleyTestSupport
import Testing

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
