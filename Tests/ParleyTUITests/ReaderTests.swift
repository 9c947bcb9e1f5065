import Foundation
import ParleyModel
import ParleyTUI
import ParleyTerminal
import ParleyTestSupport
import Testing

/// The reader run on a virtual screen against a real (in-memory) library; views checked by snapshots.
@Suite struct ReaderTests {
    static let files: [String: String] = [
        "minsk.txt": """
        Lukashenko Meets Xi in Beijing

        Published: March 1, 2023

        Belarusian President Alexander Lukashenko met Chinese President Xi Jinping at the Great Hall of the People in Beijing on Wednesday. The two leaders signed agreements on trade and industry, and Xi said China valued its partnership with Minsk.

        Lukashenko (left) and Xi in Beijing. Photo: pool
        """,
        "cjk.txt": """
        习近平会见卢卡申科 Talks in Beijing

        Published: 2023-12-04

        Chinese President Xi Jinping (习近平) met Belarusian President Alexander Lukashenko (卢卡申科) at the Diaoyutai State Guesthouse on Monday, where the two leaders discussed trade corridors across Eurasia in detail.
        """,
        "long.txt": """
        A Very Long Word

        Published: 2022-01-10

        Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi. Pneumonoultramicroscopicsilicovolcanoconiosisandthensomemorelettersthatneverstopatall is a word that must wrap without breaking the layout.
        """,
    ]

    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Snapshots")

    func app(_ size: Size, files: [String: String] = files, events: [TerminalEvent] = []) throws -> (
        AppRunner, VirtualScreen
    ) {
        let (store, _) = try Fixtures.library(files)
        let screen = VirtualScreen(size: size, events: events)
        let themes = ThemeLibrary(directories: [Fixtures.packageRoot.appendingPathComponent("themes")])
        let runner = AppRunner(
            state: AppState(size: size, libraryLabel: "test library"), theme: Snapshots.testTheme,
            runner: EffectRunner(store: store, themes: themes), screen: screen)
        return (runner, screen)
    }

    func check(_ name: String, _ screen: VirtualScreen) throws {
        let frame = try #require(screen.lastFrame)
        if let difference = Snapshots.check(Snapshots.render(frame), named: name, directory: Self.snapshots) {
            Issue.record(Comment(rawValue: difference))
        }
    }

    @Test(arguments: [(120, 40), (80, 24), (40, 12)])
    func wholeScreenAtEachSize(_ width: Int, _ height: Int) throws {
        let (app, screen) = try app(Size(width: width, height: height))
        app.run()
        try check("screen-\(width)x\(height)", screen)
        let text = try #require(screen.lastFrame).textSnapshot()
        #expect(text.contains("Articles") || width < 80)
    }

    @Test func cjkArticleLinesUp() throws {
        let (app, screen) = try app(Size(width: 120, height: 40), events: [.key(.character("j")), .key(.enter)])
        app.run()
        try check("reader-cjk", screen)
        let frame = try #require(screen.lastFrame)
        for y in 0..<frame.size.height { #expect(DisplayWidth.of(frame.row(y)) == 120, "row \(y)") }
    }

    @Test func longUnbrokenWordWraps() throws {
        let (app, screen) = try app(
            Size(width: 80, height: 24), events: [.key(.character("G")), .key(.enter), .key(.tab)])
        app.run()
        try check("reader-long-word", screen)
        #expect(try #require(screen.lastFrame).textSnapshot().contains("Pneumono"))
    }

    @Test func emptyLibraryAndTooSmall() throws {
        let (app, screen) = try app(Size(width: 80, height: 24), files: [:])
        app.run()
        try check("empty-library", screen)
        #expect(try #require(screen.lastFrame).textSnapshot().contains("No articles"))
        let (small, smallScreen) = try self.app(Size(width: 30, height: 8))
        small.run()
        #expect(try #require(smallScreen.lastFrame).textSnapshot().contains("too small"))
    }

    @Test func timelineEntryOpensItsArticleAtTheEvidence() throws {
        // Enter opens the meeting view, Enter again its first source at the sentence
        let (app, screen) = try app(
            Size(width: 120, height: 40), events: [.key(.character("4")), .key(.enter), .key(.enter)])
        app.run()
        #expect(app.state.meeting == nil)
        #expect(app.state.focus == .article)
        let evidence = try #require(app.state.reader.evidence)
        let body = try #require(app.state.reader.article?.displayBody)
        let sentence = String(String.UnicodeScalarView(Array(body.unicodeScalars)[evidence]))
        #expect(sentence.contains("met"))
        try check("timeline-opened", screen)
    }

    @Test func leaderFilterThroughThePrompt() throws {
        let keys: [TerminalEvent] = [.key(.character("l"))] + "lukash".map { .key(.character($0)) } + [.key(.enter)]
        let (app, _) = try app(Size(width: 120, height: 40), events: keys)
        app.run()
        #expect(app.state.leaderFilter == "Alexander Lukashenko")
        #expect(app.state.list.total == 2)
        #expect(app.state.timeline.allSatisfy { $0.participants.contains("Alexander Lukashenko") })
    }

    @Test func findInArticleHighlightsMatches() throws {
        let keys: [TerminalEvent] =
            [.key(.enter), .key(.tab), .key(.character("/"))] + "president".map { .key(.character($0)) }
            + [.key(.enter), .key(.character("n"))]
        let (app, _) = try app(Size(width: 120, height: 40), events: keys)
        app.run()
        #expect(app.state.reader.matches.count >= 2)
        #expect(app.state.reader.currentMatch == 1)
    }

    @Test func controlZSuspendsFromTheListAPromptAndHelp() throws {
        // Given Ctrl-Z pressed in the list, in an open search prompt and in help
        let keys: [TerminalEvent] = [
            .key(.control("z")), .key(.character("/")), .key(.character("x")), .key(.control("z")), .key(.escape),
            .key(.character("?")), .key(.control("z")), .suspend,
        ]
        let (app, screen) = try app(Size(width: 120, height: 40), events: keys)
        app.run()
        // Then the screen was asked to suspend each time (and once for SIGTSTP), and nothing else changed
        #expect(screen.suspensions == 4)
        #expect(app.state.showHelp && !app.state.quit)
        #expect(try #require(screen.lastFrame).textSnapshot().contains("suspend (fg resumes)"))
    }

    @Test func librarySearchAnswersFromTheBackground() throws {
        let keys: [TerminalEvent] = [.key(.character("/"))] + "minsk".map { .key(.character($0)) } + [.key(.enter)]
        let (app, screen) = try app(Size(width: 120, height: 40), events: keys)
        app.run()
        #expect(app.state.list.searchQuery == "minsk")
        #expect(app.state.list.rows.map(\.title) == ["Lukashenko Meets Xi in Beijing"])
        #expect(try #require(screen.lastFrame).textSnapshot().contains("1 article matches 'minsk'"))
    }

    @Test func resizeKeepsTheReadingPosition() throws {
        let (app, _) = try app(
            Size(width: 120, height: 40),
            events: [.key(.enter), .key(.tab), .key(.character("j")), .key(.character("j")), .key(.character("j"))])
        app.run()
        let top = app.state.reader.lines[app.state.reader.scroll].bodyStart ?? 0
        app.send(.resized(Size(width: 90, height: 30)))
        let after = app.state.reader.lines[app.state.reader.scroll].bodyStart ?? 0
        #expect(after <= top)
        #expect(top - after < 90)
    }

    @Test func everyShippedThemeLoadsWithEveryRole() throws {
        let themes = ThemeLibrary(directories: [Fixtures.packageRoot.appendingPathComponent("themes")])
        let names = themes.names()
        for required in ["default", "light", "solarized-dark", "high-contrast", "monochrome"] {
            #expect(names.contains(required))
        }
        for name in names {
            let theme = try themes.load(name)
            #expect(Set(theme.styles.keys) == Set(StyleRole.allCases), "\(name)")
        }
        let mono = try themes.load("monochrome")
        #expect(mono.styles.values.allSatisfy { $0.foreground == .default && $0.background == .default })
        #expect(mono[.listItemSelected] != mono[.listItem])
        #expect(mono[.paneTitleFocused] != mono[.paneTitle])
    }

    @Test func badThemeLinesNameFileAndLine() {
        let themes = ThemeLibrary(directories: [])
        #expect(throws: ThemeError(file: "x.theme", line: 2, reason: "unknown colour 'mauve'")) {
            try themes.load(text: "# a theme\nlistItem mauve default\n", name: "x", file: "x.theme")
        }
        #expect(
            throws: ThemeError(
                file: "x.theme", line: 1, reason: "unknown attribute 'blink' (bold, underline, reverse, dim, italic)")
        ) {
            try themes.load(text: "listItem red default blink\n", name: "x", file: "x.theme")
        }
        #expect(throws: ThemeError.self) {
            try themes.load(text: "nosuchRole red default\n", name: "x", file: "x.theme")
        }
    }
}
