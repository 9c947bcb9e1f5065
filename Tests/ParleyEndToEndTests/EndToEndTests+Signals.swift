import Foundation
import Glibc
import ParleyTestSupport
import Testing

/// Signals sent to a running reader: the terminal comes back as it was, and the exit status says which
/// signal ended it, as a shell reports it (128 + the signal number).
extension EndToEndTests {
    @Test(
        .enabled(if: Tmux.available, "tmux or the parley binary is missing"),
        arguments: zip([SIGTERM, SIGHUP, SIGINT, SIGQUIT], [143, 129, 130, 131] as [Int32]))
    func signalRestoresTheTerminalAndSetsTheExitStatus(_ signal: Int32, _ status: Int32) throws {
        let tmux = Tmux()
        defer { tmux.stop() }
        let binary = try #require(Tmux.binary).path
        let dir = tmux.directory.path
        tmux.start(
            """
            unset PARLEY_LIBRARY; export XDG_DATA_HOME=\(dir)/data
            stty -a > \(dir)/before
            sh -c 'echo $$ > \(dir)/pid; exec \(binary)'
            echo "exit=$?" > \(dir)/status.tmp && mv \(dir)/status.tmp \(dir)/status
            stty -a > \(dir)/after
            echo DONE
            sleep 60
            """)
        // Given the reader on screen
        var (ok, screen) = tmux.wait(seconds: 20) { $0.contains("Articles (") && $0.contains("sample library") }
        try #require(ok, "no article list:\n\(screen)")
        let pidText = tmux.waitForFile("pid")?.trimmingCharacters(in: .whitespacesAndNewlines)
        let pid = try #require(pidText.flatMap { Int32($0) })
        // When the signal arrives
        kill(pid, signal)
        // Then the reader ends with 128 + the signal, and the shell has its screen and terminal modes back
        (ok, screen) = tmux.wait(seconds: 20) { $0.contains("DONE") }
        #expect(ok, "the reader did not end:\n\(screen)")
        #expect(tmux.waitForFile("status")?.trimmingCharacters(in: .whitespacesAndNewlines) == "exit=\(status)")
        #expect(!tmux.alternateScreen)
        #expect(!screen.contains("Articles ("), "the reader's screen is still shown:\n\(screen)")
        // Nothing (a crash report, say) was printed over the screen or after it
        #expect(!screen.contains("Backtrace") && !screen.contains("rash"), "\(screen)")
        let before = try String(contentsOfFile: "\(dir)/before", encoding: .utf8)
        let after = try String(contentsOfFile: "\(dir)/after", encoding: .utf8)
        #expect(before.split(separator: "\n").dropFirst() == after.split(separator: "\n").dropFirst())
    }
}
