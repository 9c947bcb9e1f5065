import Foundation
import ParleyTestSupport
import Testing

/// A library search that takes a while must not freeze the reader.
extension EndToEndTests {
    @Test(.enabled(if: Tmux.available, "tmux or the parley binary is missing"))
    func readerAnswersKeysAndQuitsWhileASearchRuns() throws {
        let tmux = Tmux()
        defer { tmux.stop() }
        let binary = try #require(Tmux.binary)
        let dir = tmux.directory.path
        // Given a library of a few hundred articles, where a search for 400 common words is slow
        let corpus = "\(dir)/corpus"
        let library = "\(dir)/lib.sqlite"
        #expect(try Self.run(binary, ["bench", "generate", "--articles", "300", corpus]) == 0)
        #expect(try Self.run(binary, ["add", "--library", library, corpus]) == 0)
        tmux.start(
            """
            \(binary.path) --library \(library)
            echo "exit=$?" > \(dir)/status.tmp && mv \(dir)/status.tmp \(dir)/status
            echo DONE
            sleep 60
            """)
        var (ok, screen) = tmux.wait(seconds: 20) { $0.contains("Articles (300") }
        try #require(ok, "no article list:\n\(screen)")

        // When the search is submitted
        tmux.keys("/")
        (ok, screen) = tmux.wait { $0.contains("Search articles:") }
        try #require(ok, "no search prompt:\n\(screen)")
        tmux.keys("-l", String(repeating: "the ", count: 399) + "and")
        // (the prompt shows the start of a long line: a mark typed there shows that every key was read)
        tmux.keys("C-a", "#")
        (ok, screen) = tmux.wait(seconds: 60) { $0.contains("Search articles: #the") }
        try #require(ok, "the query was not typed:\n\(screen)")
        tmux.keys("BSpace", "Enter")
        // Then keys still work at once: help opens and closes
        tmux.keys("?")
        (ok, screen) = tmux.wait(seconds: 5) { $0.contains("? or Esc closes") }
        #expect(ok, "help did not open while the search ran:\n\(screen)")
        tmux.keys("Escape")
        (ok, screen) = tmux.wait(seconds: 5) { !$0.contains("? or Esc closes") }
        #expect(ok, "help did not close while the search ran:\n\(screen)")
        // and q quits without waiting for the search
        tmux.keys("q")
        (ok, screen) = tmux.wait(seconds: 5) { $0.contains("DONE") }
        #expect(ok, "q did not quit while the search ran:\n\(screen)")
        #expect(tmux.waitForFile("status")?.trimmingCharacters(in: .whitespacesAndNewlines) == "exit=0")
    }

    /// Runs the parley binary to its end, its output discarded; returns the exit status.
    static func run(_ binary: URL, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
