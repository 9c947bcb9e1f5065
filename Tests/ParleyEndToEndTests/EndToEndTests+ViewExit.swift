import Foundation
import ParleyTestSupport
import Testing

extension EndToEndTests {
    /// A person opening views one over another and leaving with q, as in tig or lazygit: each q closes
    /// the view on top, Q leaves from any of them, and Esc in a filtered timeline clears the filter.
    @Test(.enabled(if: Tmux.available, "tmux or the parley binary is missing"))
    func qClosesTheViewOnTopAndQQuitsFromAnyView() throws {
        let tmux = Tmux()
        defer { tmux.stop() }
        let binary = try #require(Tmux.binary).path
        let dir = tmux.directory.path
        try FileManager.default.createDirectory(atPath: "\(dir)/news", withIntermediateDirectories: true)
        for (name, text) in Self.chartArticles {
            try Data(text.utf8).write(to: URL(fileURLWithPath: "\(dir)/news/\(name)"))
        }
        tmux.start(
            """
            export PARLEY_LIBRARY=\(dir)/lib.sqlite
            \(binary) add \(dir)/news > /dev/null
            \(binary)
            echo "exit status $?"
            echo DONE
            sleep 60
            """, width: 80, height: 24)
        var (ok, screen) = tmux.wait { $0.contains("Articles (4,") }
        #expect(ok, "no article list:\n\(screen)")
        // the chart, a meeting over it: q closes the meeting, then the chart, and the reader stays
        tmux.keys("v")
        (ok, screen) = tmux.wait { $0.contains("Meetings:") || $0.contains("Meetings of") }
        #expect(ok, "no chart:\n\(screen)")
        tmux.keys("Enter")
        (ok, screen) = tmux.wait { $0.contains("Sources (") }
        #expect(ok, "no meeting view:\n\(screen)")
        tmux.keys("q")
        (ok, screen) = tmux.wait {
            !$0.contains("Sources (") && ($0.contains("Meetings:") || $0.contains("Meetings of"))
        }
        #expect(ok, "q did not go back to the chart:\n\(screen)")
        tmux.keys("q")
        (ok, screen) = tmux.wait {
            !$0.contains("Meetings:") && !$0.contains("Meetings of") && $0.contains("Articles (4,")
        }
        #expect(ok, "q did not close the chart:\n\(screen)")
        // the timeline filtered with /: Esc clears the filter and stays in the timeline
        tmux.keys("4", "/")
        tmux.keys("-l", "Putin")
        tmux.keys("Enter")
        (ok, screen) = tmux.wait { $0.contains("Timeline (1)") }
        #expect(ok, "no filtered timeline:\n\(screen)")
        tmux.keys("Escape")
        (ok, screen) = tmux.wait { $0.contains("Timeline (3)") && $0.contains("timeline filter") }
        #expect(ok, "Esc did not clear the filter:\n\(screen)")
        // Q from the meeting view leaves the reader at once
        tmux.keys("Enter")
        (ok, screen) = tmux.wait { $0.contains("Sources (") }
        #expect(ok, "no meeting view:\n\(screen)")
        tmux.keys("Q")
        (ok, screen) = tmux.wait { $0.contains("DONE") }
        #expect(ok, "Q did not quit:\n\(screen)")
        #expect(screen.contains("exit status 0"))
    }
}
