import Foundation
import ParleyTestSupport
import Testing

extension EndToEndTests {
    @Test(.enabled(if: Tmux.available, "tmux or the parley binary is missing"))
    func anArticleAddedFromAnotherShellAppearsWhileTheReaderIsOpen() throws {
        let tmux = Tmux()
        defer { tmux.stop() }
        let binary = try #require(Tmux.binary).path
        let dir = tmux.directory.path
        let lead = "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed"
        try Data("Talks in Nairobi\n\nPublished: 2024-05-01\n\n\(lead) in Nairobi.\n".utf8).write(
            to: URL(fileURLWithPath: "\(dir)/first.txt"))
        try Data("Second Round in Addis Ababa\n\nPublished: 2024-06-01\n\n\(lead) in Addis Ababa.\n".utf8).write(
            to: URL(fileURLWithPath: "\(dir)/second.txt"))
        // Given the reader open on a library of one article, the cursor on it
        tmux.start(
            """
            export PARLEY_LIBRARY=\(dir)/lib.sqlite
            \(binary) add \(dir)/first.txt > /dev/null
            \(binary)
            echo DONE
            sleep 60
            """)
        var (ok, screen) = tmux.wait { $0.contains("Articles (1,") && $0.contains("Talks in Nairobi") }
        #expect(ok, "no article list:\n\(screen)")
        // When a second shell adds a newer article
        tmux.tmux([
            "new-window", "-d",
            "env PARLEY_LIBRARY=\(dir)/lib.sqlite \(binary) add \(dir)/second.txt > \(dir)/added 2>&1",
        ])
        // Then it appears on its own, first in the list, and the cursor stays on the article it was on
        (ok, screen) = tmux.wait { $0.contains("Articles (2,") && $0.contains("Second Round in Addis Ababa") }
        #expect(ok, "the new article did not appear:\n\(screen)")
        tmux.keys("Enter")
        (ok, screen) = tmux.wait { $0.contains("Published 2024-05-01") }
        #expect(ok, "the cursor left its article:\n\(screen)")
        tmux.keys("q")
        (ok, screen) = tmux.wait { $0.contains("DONE") }
        #expect(ok, "did not quit:\n\(screen)")
    }
}
