import Foundation
import ParleyTestSupport
import Testing

extension EndToEndTests {
    @Test(.enabled(if: Tmux.available, "tmux or the parley binary is missing"))
    func aKeyBoundInTheConfigWorksAndABadLineIsNamed() throws {
        let tmux = Tmux()
        defer { tmux.stop() }
        let binary = try #require(Tmux.binary).path
        let dir = tmux.directory.path
        // Given a config that moves quit to x, takes q away, and has one line it cannot use
        try FileManager.default.createDirectory(atPath: "\(dir)/config/parley", withIntermediateDirectories: true)
        try Data("bind x quit\nunbind q\nbind y nosuch\n".utf8).write(
            to: URL(fileURLWithPath: "\(dir)/config/parley/config"))
        tmux.start(
            """
            unset PARLEY_LIBRARY
            export XDG_DATA_HOME=\(dir)/data XDG_CONFIG_HOME=\(dir)/config
            \(binary) config check > \(dir)/check 2>&1
            echo "check $?" >> \(dir)/check
            \(binary)
            echo DONE
            sleep 60
            """)
        // Then the bad line is named at start, and the key bar shows x for quit
        var (ok, screen) = tmux.wait { $0.contains("config:3: unknown command 'nosuch'") && $0.contains("x quit") }
        #expect(ok, "no config error or no rebound hint:\n\(screen)")
        // And q does nothing any more, while x quits
        tmux.keys("q")
        (ok, screen) = tmux.wait { $0.contains("no command for q") }
        #expect(ok, "q was not unbound:\n\(screen)")
        tmux.keys("x")
        (ok, screen) = tmux.wait { $0.contains("DONE") }
        #expect(ok, "x did not quit:\n\(screen)")
        let check = try String(contentsOfFile: "\(dir)/check", encoding: .utf8)
        #expect(check.contains("config:3: unknown command 'nosuch'") && check.contains("check 4"))
    }
}
