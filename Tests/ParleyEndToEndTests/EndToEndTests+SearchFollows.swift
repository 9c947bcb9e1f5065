import Foundation
import ParleyTestSupport
import Testing

extension EndToEndTests {
    @Test(.enabled(if: Tmux.available, "tmux or the parley binary is missing"))
    func aSearchResultOpensAtItsMatchesAndTheArticleGoesFullScreen() throws {
        let tmux = Tmux()
        defer { tmux.stop() }
        let binary = try #require(Tmux.binary).path
        let dir = tmux.directory.path
        tmux.start(
            """
            unset PARLEY_LIBRARY
            export XDG_DATA_HOME=\(dir)/data
            \(binary)
            echo DONE
            sleep 60
            """)
        var (ok, screen) = tmux.wait { $0.contains("Articles (") && $0.contains("sample library") }
        #expect(ok, "no article list:\n\(screen)")
        // When the library is searched and a result opened
        tmux.keys("/")
        tmux.keys("-l", "ramaphosa")
        tmux.keys("Enter")
        (ok, screen) = tmux.wait { $0.contains(" match") && $0.contains("'ramaphosa'") }
        #expect(ok, "no search results:\n\(screen)")
        tmux.keys("Enter")
        (ok, screen) = tmux.wait { $0.contains("search: ramaphosa") && $0.contains("match 1/") }
        #expect(ok, "the search did not follow into the article:\n\(screen)")
        // Then n steps through the matches
        tmux.keys("n")
        (ok, screen) = tmux.wait { $0.contains("match 2/") }
        #expect(ok, "n did not move to the next match:\n\(screen)")
        // And z gives the article the whole screen, with the reading position
        tmux.keys("z")
        (ok, screen) = tmux.wait { !$0.contains("Search: ramaphosa") && $0.contains("Article") && $0.contains("line ") }
        #expect(ok, "no full-screen article:\n\(screen)")
        tmux.keys("Escape")
        (ok, screen) = tmux.wait { $0.contains("Search: ramaphosa") }
        #expect(ok, "the panes did not come back:\n\(screen)")
        tmux.keys("q")
        (ok, screen) = tmux.wait { $0.contains("DONE") }
        #expect(ok, "did not quit:\n\(screen)")
    }
}
