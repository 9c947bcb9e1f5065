import Foundation
import ParleyTestSupport
import Testing

extension EndToEndTests {
    /// Four articles, newest first, whose front matter links are a web address, a script, a file path
    /// full of shell syntax and a web address carrying an escape sequence.
    static func linkedPages(pwned: String) -> [(name: String, link: String)] {
        [
            ("a-web.md", "https://example.org/talks?id=7&x=1"),
            ("b-script.md", "javascript:alert(document.cookie)"),
            ("c-shell.md", "file:///tmp/a b;touch \(pwned);$(touch \(pwned))`touch \(pwned)`"),
            ("d-escape.md", "https://example.org/\u{1B}]52;c;cHduZWQ=\u{07}x"),
        ]
    }

    @Test(.enabled(if: Tmux.available, "tmux or the parley binary is missing"))
    func openingSourcesHandsTheTerminalToTheBrowserWithOneInertArgument() throws {
        let tmux = Tmux()
        defer { tmux.stop() }
        let binary = try #require(Tmux.binary).path
        let dir = tmux.directory.path
        let pwned = "\(dir)/pwned"
        // Given a stub browser that records its arguments, and articles dated so the list order is known
        let browser = "#!/bin/sh\nprintf '%s\\n' \"$#\" \"$@\" >> \(dir)/calls\necho opened >> \(dir)/done\n"
        try Data(browser.utf8).write(to: URL(fileURLWithPath: "\(dir)/browser.sh"))
        chmod("\(dir)/browser.sh", 0o755)
        for (day, page) in Self.linkedPages(pwned: pwned).enumerated() {
            let text =
                "---\ntitle: Linked \(page.name)\npublished: 2024-05-\(10 - day)\nurl: \(page.link)\n---\n\n"
                + "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi.\n"
            try Data(text.utf8).write(to: URL(fileURLWithPath: "\(dir)/\(page.name)"))
        }
        tmux.start(
            """
            export PARLEY_LIBRARY=\(dir)/lib.sqlite BROWSER=\(dir)/browser.sh
            \(binary) add \(dir)/a-web.md \(dir)/b-script.md \(dir)/c-shell.md \(dir)/d-escape.md > /dev/null
            \(binary)
            echo DONE
            sleep 60
            """)
        var (ok, screen) = tmux.wait { $0.contains("Linked a-web.md") && $0.contains("Published") }
        #expect(ok, "no article:\n\(screen)")
        // When o is pressed on the web address, the browser gets it whole and the reader comes back
        tmux.keys("o")
        (ok, screen) = tmux.wait { $0.contains("opened https://example.org/talks?id=7&x=1") }
        #expect(ok, "not opened:\n\(screen)")
        #expect(tmux.alternateScreen)
        // The script link is refused with a message
        tmux.keys("j", "Enter")
        (ok, screen) = tmux.wait { $0.contains("Linked b-script.md") && $0.contains("Published") }
        tmux.keys("o")
        (ok, screen) = tmux.wait { $0.contains("javascript: links are not opened") }
        #expect(ok, "script link not refused:\n\(screen)")
        // The file link with shell syntax is passed as one argument, and no shell ever reads it
        tmux.keys("j", "Enter")
        (ok, screen) = tmux.wait { $0.contains("Linked c-shell.md") && $0.contains("Published") }
        tmux.keys("o")
        (ok, screen) = tmux.wait { $0.contains("opened file:///tmp/a b;touch") }
        #expect(ok, "file link not opened:\n\(screen)")
        // The address with an escape sequence is refused
        tmux.keys("j", "Enter")
        (ok, screen) = tmux.wait { $0.contains("Linked d-escape.md") && $0.contains("Published") }
        tmux.keys("o")
        (ok, screen) = tmux.wait { $0.contains("control characters; not opened") }
        #expect(ok, "escape link not refused:\n\(screen)")
        tmux.keys("q")
        (ok, screen) = tmux.wait { $0.contains("DONE") }
        #expect(ok, "did not quit:\n\(screen)")
        // Then the browser ran twice, each time with exactly the one link
        let calls = try String(contentsOfFile: "\(dir)/calls", encoding: .utf8)
        let pages = Self.linkedPages(pwned: pwned)
        #expect(calls == "1\n\(pages[0].link)\n1\n\(pages[2].link)\n")
        #expect(!FileManager.default.fileExists(atPath: pwned))
    }
}
