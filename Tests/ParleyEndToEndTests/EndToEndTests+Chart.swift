import Foundation
import ParleyTestSupport
import Testing

extension EndToEndTests {
    /// Three meetings of one pair over a year (the first reported twice) and one with another leader.
    static let chartArticles: [(name: String, text: String)] = [
        (
            "one.txt",
            "Spring talks\n\nPublished: 2023-03-07\n\n"
                + "Chinese President Xi Jinping met Belarusian President Alexander Lukashenko in Beijing on Tuesday.\n"
        ),
        (
            "two.txt",
            "Rail deal signed\n\nPublished: 2023-03-07\n\n"
                + "Belarusian President Alexander Lukashenko held talks with Chinese President Xi Jinping in Beijing "
                + "on Tuesday, and the two signed a plan for freight trains.\n"
        ),
        (
            "three.txt",
            "Summer visit\n\nPublished: 2023-07-04\n\n"
                + "Chinese President Xi Jinping met Belarusian President Alexander Lukashenko in Minsk on Tuesday.\n"
        ),
        (
            "four.txt",
            "Moscow talks\n\nPublished: 2023-12-12\n\n"
                + "Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Tuesday.\n"
        ),
    ]

    @Test(.enabled(if: Tmux.available, "tmux or the parley binary is missing"))
    func aLeadersMeetingsAreFollowedOnTheChartToTheirSources() throws {
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
            echo DONE
            sleep 60
            """)
        var (ok, screen) = tmux.wait { $0.contains("Articles (4,") }
        #expect(ok, "no article list:\n\(screen)")
        // Given a leader filter
        tmux.keys("l")
        tmux.keys("-l", "xi jin")
        (ok, screen) = tmux.wait { $0.contains("Xi Jinping") && $0.contains("Leader: xi jin") }
        tmux.keys("Enter")
        (ok, screen) = tmux.wait { $0.contains("leader: Xi Jinping") }
        #expect(ok, "no leader filter:\n\(screen)")
        // When the chart is opened: one row per counterpart, the busiest first
        tmux.keys("v")
        (ok, screen) = tmux.wait { $0.contains("Meetings of Xi Jinping: 3 meetings with 2 counterparts") }
        #expect(ok, "no chart:\n\(screen)")
        #expect(screen.contains("Alexander Lukashenko") && screen.contains("Vladimir Putin"))
        // the cursor starts on the meeting the timeline's cursor was on; l and h move along the row
        (ok, screen) = tmux.wait { $0.contains("2023-03-07 ●") && $0.contains("1 of 2") }
        #expect(ok, "the chosen meeting is not described:\n\(screen)")
        tmux.keys("l")
        (ok, screen) = tmux.wait { $0.contains("2023-07-04 ●") && $0.contains("2 of 2") }
        #expect(ok, "l did not move to the later meeting:\n\(screen)")
        tmux.keys("h")
        (ok, screen) = tmux.wait { $0.contains("2023-03-07 ●") && $0.contains("[2]") }
        #expect(ok, "h did not move to the earlier meeting:\n\(screen)")
        // Then Enter opens the meeting with both sources, and the second opens at its sentence
        tmux.keys("Enter")
        (ok, screen) = tmux.wait { $0.contains("Sources (2)") && $0.contains("Where   Beijing") }
        #expect(ok, "no meeting view:\n\(screen)")
        tmux.keys("j")
        (ok, screen) = tmux.wait { $0.contains("▸ 2023-03-07  Spring talks") || $0.contains("▸ 2023-03-07  Rail deal") }
        let second = screen.contains("▸ 2023-03-07  Rail deal") ? "Rail deal signed" : "Spring talks"
        tmux.keys("Enter")
        (ok, screen) = tmux.wait { $0.contains("Esc back to the meeting") && $0.contains(second) }
        #expect(ok, "the second source did not open:\n\(screen)")
        // And Esc comes back: to the meeting, to the chart, to the timeline
        tmux.keys("Escape")
        (ok, screen) = tmux.wait { $0.contains("Sources (2)") }
        #expect(ok, "Esc did not return to the meeting:\n\(screen)")
        tmux.keys("Escape")
        (ok, screen) = tmux.wait { $0.contains("Meetings of Xi Jinping") && $0.contains("2023-03-07 ●") }
        #expect(ok, "Esc did not return to the chart where it was:\n\(screen)")
        tmux.keys("Escape")
        (ok, screen) = tmux.wait { $0.contains("Timeline (3)") && !$0.contains("Meetings of Xi Jinping") }
        #expect(ok, "the chart did not close:\n\(screen)")
        tmux.keys("q")
        (ok, screen) = tmux.wait { $0.contains("DONE") }
        #expect(ok, "did not quit:\n\(screen)")
    }
}
