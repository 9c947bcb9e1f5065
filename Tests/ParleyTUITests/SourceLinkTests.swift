import Foundation
import ParleyModel
import ParleyTUI
import ParleyTerminal
import ParleyTestSupport
import Testing

/// Which sources reach a browser, as what arguments, and the keys that send them.
@Suite(.serialized) struct SourceLinkTests {
    @Test func webAddressesFilesAndPathsPassWhole() {
        #expect(SourceLink.check("https://example.org/a?b=1&c=2") == .allowed("https://example.org/a?b=1&c=2"))
        #expect(SourceLink.check("HTTP://example.org") == .allowed("HTTP://example.org"))
        #expect(SourceLink.check("/home/me/news/a.md") == .allowed("/home/me/news/a.md"))
        let shell = "file:///tmp/a b;$(touch pwned)`id`|x&y"
        #expect(SourceLink.check(shell) == .allowed(shell))
    }

    @Test func otherSchemesControlsAndLookalikesAreRefused() {
        for hostile in [
            "javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "vbscript:x", "news/a.md", "-n",
            "https://example.org/\na", "https://example.org/\u{1B}]52;c;eA==\u{07}", "https://x.org/\u{202E}gpj",
            "https:evil", "", "file:///tmp/a\rb",
        ] {
            guard case .refused = SourceLink.check(hostile) else {
                Issue.record("allowed: \(hostile.debugDescription)")
                continue
            }
        }
        #expect(
            SourceLink.check("javascript:alert(1)")
                == .refused("javascript: links are not opened (only http, https and files)"))
    }

    @Test func browserVariableGivesTheArgumentList() {
        #expect(BrowserLauncher.arguments(for: "https://a.org", browser: nil) == ["xdg-open", "https://a.org"])
        #expect(BrowserLauncher.arguments(for: "https://a.org", browser: "") == ["xdg-open", "https://a.org"])
        #expect(
            BrowserLauncher.arguments(for: "https://a.org", browser: "w3m -o x=1:lynx")
                == ["w3m", "-o", "x=1", "https://a.org"])
        #expect(
            BrowserLauncher.arguments(for: "a;b", browser: "firefox --new-tab %s") == ["firefox", "--new-tab", "a;b"])
    }

    /// A browser that writes how many arguments it got, then each on its own line.
    static func stubBrowser(in directory: URL) throws -> (script: String, record: URL) {
        let record = directory.appendingPathComponent("calls")
        let script = directory.appendingPathComponent("browser.sh")
        try Data("#!/bin/sh\nprintf '%s\\n' \"$#\" \"$@\" >> '\(record.path)'\n".utf8).write(to: script)
        chmod(script.path, 0o755)
        return (script.path, record)
    }

    @Test func aHostileFileLinkReachesTheBrowserAsOneInertArgument() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (script, record) = try Self.stubBrowser(in: directory)
        let pwned = directory.appendingPathComponent("pwned").path
        let link = "file:///tmp/a b;touch \(pwned);$(touch \(pwned))`touch \(pwned)`"
        #expect(BrowserLauncher.open(link, environment: ["BROWSER": script]) == nil)
        #expect(try String(contentsOf: record, encoding: .utf8) == "1\n\(link)\n")
        #expect(!FileManager.default.fileExists(atPath: pwned))
        #expect(BrowserLauncher.open("javascript:alert(1)", environment: ["BROWSER": script]) != nil)
        #expect(try String(contentsOf: record, encoding: .utf8) == "1\n\(link)\n")
        #expect(BrowserLauncher.open("https://a.org", environment: ["BROWSER": "/nonexistent/browser"]) != nil)
    }

    @Test func oHandsTheTerminalOverAndYCopies() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (script, record) = try Self.stubBrowser(in: directory)
        setenv("BROWSER", script, 1)
        defer { unsetenv("BROWSER") }
        let page =
            "---\ntitle: Talks in Nairobi\nurl: https://example.org/talks?id=7&x=1\n---\n\nKenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi.\n"
        let (store, _) = try Fixtures.library(["talks.md": page])
        let screen = VirtualScreen(
            size: Size(width: 120, height: 40), events: [.key(.character("o")), .key(.character("y"))])
        let app = AppRunner(
            state: AppState(size: screen.size), theme: Snapshots.testTheme,
            runner: EffectRunner(store: store, themes: ThemeLibrary(directories: [])), screen: screen)
        app.run()
        #expect(screen.handOvers == 1)
        #expect(try String(contentsOf: record, encoding: .utf8) == "1\nhttps://example.org/talks?id=7&x=1\n")
        #expect(screen.copied == ["https://example.org/talks?id=7&x=1"])
        // OSC 52 has no answer: the message says where the link went, not that it was copied
        #expect(
            app.state.message
                == "sent to the terminal's clipboard (OSC 52; not confirmed): https://example.org/talks?id=7&x=1")
    }

    @Test func oOnAScriptLinkSaysWhyAndStartsNothing() throws {
        let page =
            "---\ntitle: Talks in Nairobi\nlink: javascript:alert(1)\n---\n\nKenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi.\n"
        let (store, _) = try Fixtures.library(["talks.md": page])
        let (screen, app) = Self.run(store, keys: ["o"])
        #expect(screen.handOvers == 0)
        #expect(app.state.message == "javascript: links are not opened (only http, https and files)")
        #expect(app.state.isError)
    }

    @Test func ySavedPageCopiesItsWebAddressNotTheFile() throws {
        let body = "<p>Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday.</p>"
        for (link, copied) in [
            ("https://example.org/talks?id=7", "https://example.org/talks?id=7"),
            ("javascript:alert(1)", nil),  // not a web address: the saved file is what the page is
        ] {
            let page = "<html><head><link rel=\"canonical\" href=\"\(link)\"></head><body>\(body)</body></html>"
            let (store, _) = try Fixtures.library(["talks.html": page])
            let (screen, _) = Self.run(store, keys: ["y"])
            let file = try store.article(id: "talks").article.source
            #expect(file.hasSuffix("/talks.html"))
            #expect(screen.copied == [copied ?? file])
        }
    }

    /// The reader on `store`, after `keys` are pressed.
    static func run(_ store: LibraryStore, keys: [Character]) -> (VirtualScreen, AppRunner) {
        let screen = VirtualScreen(size: Size(width: 120, height: 40), events: keys.map { .key(.character($0)) })
        let app = AppRunner(
            state: AppState(size: screen.size), theme: Snapshots.testTheme,
            runner: EffectRunner(store: store, themes: ThemeLibrary(directories: [])), screen: screen)
        app.run()
        return (screen, app)
    }
}
