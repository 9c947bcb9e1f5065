import Foundation
import ParleyTestSupport
import Testing

/// Terminals that cannot move the cursor get a one-line explanation and a failing status, not a broken screen.
extension EndToEndTests {
    /// A terminfo entry with a size and a bell but no cursor addressing, compiled with tic(1).
    static let terminfoWithoutCursorAddressing = """
        parley-nocup|a test terminal that cannot address the cursor,
        \tam, cols#80, lines#24, bel=^G, cr=\\r, cud1=\\n, ind=\\n,
        """

    @Test(
        .enabled(if: Tmux.available, "tmux or the parley binary is missing"),
        arguments: ["dumb", "parley-nocup"])
    func terminalWithoutCursorAddressingIsRefusedWithAHint(_ term: String) throws {
        let tmux = Tmux()
        defer { tmux.stop() }
        let binary = try #require(Tmux.binary).path
        let dir = tmux.directory.path
        Fixtures.write(Self.terminfoWithoutCursorAddressing, to: "nocup.src", in: tmux.directory)
        tmux.start(
            """
            unset PARLEY_LIBRARY; export XDG_DATA_HOME=\(dir)/data TERMINFO=\(dir)/terminfo
            tic -o \(dir)/terminfo \(dir)/nocup.src
            TERM=\(term) \(binary) 2> \(dir)/stderr
            echo "exit=$?" > \(dir)/status.tmp && mv \(dir)/status.tmp \(dir)/status
            echo DONE
            sleep 60
            """)
        // The reader stops at once instead of drawing
        let (ok, screen) = tmux.wait(seconds: 20) { $0.contains("DONE") }
        #expect(ok, "the reader did not refuse TERM=\(term):\n\(screen)")
        let status = tmux.waitForFile("status")?.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(status != nil && status != "exit=0", "\(status ?? "no status")")
        // and says why in one line, with what to do instead
        let stderr = try String(contentsOfFile: "\(dir)/stderr", encoding: .utf8)
        let lines = stderr.split(separator: "\n").filter { !$0.contains("sample library") }
        #expect(lines.count == 1, "\(stderr)")
        let message = lines.first ?? ""
        #expect(message.contains("'\(term)'") && message.contains("cannot move the cursor"), "\(message)")
        #expect(message.contains("set TERM") && message.contains("parley list"), "\(message)")
    }
}
