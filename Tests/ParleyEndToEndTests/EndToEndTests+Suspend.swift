import Foundation
import ParleyTestSupport
import Testing

/// Ctrl-Z and `fg` from an interactive shell with job control, as a person uses them.
extension EndToEndTests {
    @Test(.enabled(if: Tmux.available && Tmux.bash != nil, "tmux, bash or the parley binary is missing"))
    func controlZSuspendsAndFgRedrawsTheWholeScreen() throws {
        let tmux = Tmux()
        defer { tmux.stop() }
        let binary = try #require(Tmux.binary).path
        let bash = try #require(Tmux.bash)
        let dir = tmux.directory.path
        tmux.start(
            """
            unset PARLEY_LIBRARY; export XDG_DATA_HOME=\(dir)/data PS1='shell> '
            exec \(bash) --norc --noprofile -i
            """)
        var (ok, screen) = tmux.wait(seconds: 20) { $0.contains("shell>") }
        try #require(ok, "no shell prompt:\n\(screen)")
        tmux.keys("stty -a > \(dir)/before", "Enter")
        #expect(tmux.waitForFile("before") != nil)
        tmux.keys(binary, "Enter")
        (ok, screen) = tmux.wait(seconds: 20) { $0.contains("Articles (") && $0.contains("Timeline (") }
        try #require(ok, "no reader:\n\(screen)")

        // When Ctrl-Z is pressed, the shell reports the job stopped, on its own screen and terminal modes
        tmux.keys("C-z")
        (ok, screen) = tmux.wait(seconds: 20) { $0.contains("Stopped") && Self.endsAtPrompt($0) }
        #expect(ok, "the reader did not stop:\n\(screen)")
        #expect(!tmux.alternateScreen)
        tmux.keys("stty -a > \(dir)/during", "Enter")
        let before = try #require(tmux.waitForFile("before"))
        let during = try #require(tmux.waitForFile("during"))
        #expect(before.split(separator: "\n").dropFirst() == during.split(separator: "\n").dropFirst())

        // When the job is brought back, every pane is drawn again and nothing of the shell shows
        tmux.keys("fg", "Enter")
        (ok, screen) = tmux.wait(seconds: 20) {
            $0.contains("Articles (") && $0.contains("Timeline (") && $0.contains("sample library")
                && !$0.contains("shell>")
        }
        #expect(ok, "the screen was not redrawn:\n\(screen)")
        // and the reader still answers keys
        tmux.keys("q")
        (ok, screen) = tmux.wait(seconds: 20) { Self.endsAtPrompt($0) }
        #expect(ok, "q did not quit:\n\(screen)")
        tmux.keys("echo \"exit=$?\"", "Enter")
        (ok, screen) = tmux.wait { $0.contains("exit=0") }
        #expect(ok, "\(screen)")
    }

    /// Whether the last line on screen is the shell's prompt, waiting for a command.
    static func endsAtPrompt(_ screen: String) -> Bool {
        screen.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("shell>")
    }
}
