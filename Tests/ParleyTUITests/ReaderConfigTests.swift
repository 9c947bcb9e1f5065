import Foundation
import ParleyTUI
import ParleyTerminal
import ParleyTestSupport
import Testing

/// The config file: bindings that the keymap, help and key bar follow, and errors with file:line.
@Suite struct ReaderConfigTests {
    @Test func bindAndUnbindChangeTheKeymapItsHelpAndItsBar() {
        let config = ReaderConfig(
            text: "# mine\ntheme light\nbind x quit\nbind Ctrl-F page-down article\nunbind q\nbind F5 reload # now\n",
            file: "config")
        #expect(config.errors.isEmpty)
        #expect(config.theme == "light")
        let keymap = config.keymap
        #expect(keymap.command(for: .character("x"), in: .list) == .quit)
        #expect(keymap.command(for: .character("q"), in: .list) == nil)
        #expect(keymap.command(for: .control("f"), in: .article) == .pageDown)
        #expect(keymap.command(for: .control("f"), in: .list) == nil)
        #expect(keymap.command(for: .function(5), in: .timeline) == .reload)
        // The bar shows x for quit, the key chosen (Q still quits too), and help lists it
        #expect(keymap.hints(in: .list).contains { $0.key == "x" && $0.label == "quit" })
        #expect(HelpView.lines(keymap).contains { $0.keys.contains("x") && $0.label == "quit" })
    }

    @Test func everyProblemIsNamedByFileAndLineAndTheRestStillApplies() {
        let config = ReaderConfig(
            text: "bind x nosuch\nbind Hyper-Q quit\nbind y quit sidebar\nunbind Z\ncolour red\ntheme\nbind z quit\n",
            file: "cfg")
        #expect(
            config.errors.map(\.description) == [
                "cfg:1: unknown command 'nosuch' (see the help, ?, for their names)",
                "cfg:2: unknown key 'Hyper-Q'",
                "cfg:3: unknown context 'sidebar' (global, list, article, entities, timeline, meeting, pairs, chart, help)",
                "cfg:4: 'Z' is not bound there",
                "cfg:5: unknown setting 'colour' (theme, bind, unbind)",
                "cfg:6: theme takes one name: theme NAME",
            ])
        #expect(config.keymap.command(for: .character("z"), in: .list) == .quit)
    }

    @Test func theExampleFileIsClean() throws {
        let url = Fixtures.packageRoot.appendingPathComponent("examples/config")
        let config = ReaderConfig(text: try String(contentsOf: url, encoding: .utf8), file: url.path)
        #expect(config.errors.isEmpty, "\(config.errors)")
        #expect(config.keymap.command(for: .character("N"), in: .list) == .toggleRead)
    }

    @Test func colonRunsCommandsByNameWithCompletion() {
        var state = AppState(size: Size(width: 120, height: 40), themeNames: ["default", "light", "monochrome"])
        _ = AppUpdate.update(&state, .command(.startCommandLine))
        #expect(state.prompt?.kind == .command)
        for c in "th" { _ = AppUpdate.update(&state, .promptKey(.character(c))) }
        // the word it takes comes next: the completion ends with its space
        #expect(state.prompt?.completions == ["theme "])
        for c in "eme l" { _ = AppUpdate.update(&state, .promptKey(.character(c))) }
        #expect(state.prompt?.completions == ["theme light"])
        #expect(AppUpdate.update(&state, .promptKey(.enter)) == [.applyTheme("light")])
        // :leader opens the leader prompt with the name typed and asks for completions (applied when they come)
        _ = AppUpdate.update(&state, .command(.startCommandLine))
        for c in "leader xi" { _ = AppUpdate.update(&state, .promptKey(.character(c))) }
        #expect(AppUpdate.update(&state, .promptKey(.enter)) == [.findLeaders("xi")])
        #expect(state.prompt?.kind == .leader && state.prompt?.editor.string == "xi")
        _ = AppUpdate.update(&state, .promptKey(.escape))
        // Any command by name; unknown ones say so
        _ = AppUpdate.update(&state, .command(.startCommandLine))
        for c in "frob" { _ = AppUpdate.update(&state, .promptKey(.character(c))) }
        _ = AppUpdate.update(&state, .promptKey(.enter))
        #expect(state.message == "no command named 'frob' (Tab completes)" && state.isError)
        _ = AppUpdate.update(&state, .command(.startCommandLine))
        for c in "toggle-help" { _ = AppUpdate.update(&state, .promptKey(.character(c))) }
        _ = AppUpdate.update(&state, .promptKey(.enter))
        #expect(state.showHelp)
        _ = AppUpdate.update(&state, .command(.toggleHelp))
        _ = AppUpdate.update(&state, .command(.startCommandLine))
        _ = AppUpdate.update(&state, .promptKey(.character("q")))
        _ = AppUpdate.update(&state, .promptKey(.enter))
        #expect(state.quit)
    }
}
