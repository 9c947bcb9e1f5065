import Foundation
import ParleyTestSupport
import Testing

/// A few journeys through the real binary in a real terminal (tmux).
@Suite(.serialized) struct EndToEndTests {
    @Test(.enabled(if: Tmux.available, "tmux or the parley binary is missing"))
    func browseFilterOpenResizeQuitRestoresTheTerminal() throws {
        let tmux = Tmux()
        defer { tmux.stop() }
        let binary = try #require(Tmux.binary).path
        let dir = tmux.directory.path
        tmux.start(
            """
            stty -a > \(dir)/before
            env -u PARLEY_LIBRARY XDG_DATA_HOME=\(dir)/data \(binary)
            echo "exit status $?"
            stty -a > \(dir)/after
            echo DONE
            sleep 60
            """)
        // Starts on the sample library
        var (ok, screen) = tmux.wait { $0.contains("Articles (") && $0.contains("sample library") }
        #expect(ok, "no article list:\n\(screen)")
        // Opens an article
        tmux.keys("j", "Enter")
        (ok, screen) = tmux.wait { $0.contains("Published") }
        #expect(ok, "no article:\n\(screen)")
        // Filters by a leader through the prompt
        tmux.keys("l")
        tmux.keys("-l", "putin")
        (ok, screen) = tmux.wait { $0.contains("Vladimir Putin") && $0.contains("Leader:") }
        #expect(ok, "no completion:\n\(screen)")
        tmux.keys("Enter")
        (ok, screen) = tmux.wait { $0.contains("leader: Vladimir Putin") }
        #expect(ok, "no filter:\n\(screen)")
        // Opens a timeline entry's meeting, goes back to the timeline, opens it again and then its source
        tmux.keys("4", "Enter")
        (ok, screen) = tmux.wait { $0.contains("Meeting: ") && $0.contains("Sources (") }
        #expect(ok, "no meeting view:\n\(screen)")
        tmux.keys("Escape")
        (ok, screen) = tmux.wait { !$0.contains("Meeting: ") && $0.contains("Timeline (") }
        #expect(ok, "did not return to the timeline:\n\(screen)")
        tmux.keys("Enter")
        (ok, screen) = tmux.wait { $0.contains("Meeting: ") }
        #expect(ok)
        tmux.keys("Enter")
        (ok, screen) = tmux.wait { $0.contains("Putin") && $0.contains("Published") && !$0.contains("Meeting: ") }
        #expect(ok, "no source article:\n\(screen)")
        // Resizes
        tmux.tmux(["resize-window", "-x", "70", "-y", "20"])
        (ok, screen) = tmux.wait { $0.contains("1 Articles") }
        #expect(ok, "no tab bar after resize:\n\(screen)")
        tmux.tmux(["resize-window", "-x", "30", "-y", "8"])
        (ok, screen) = tmux.wait { $0.contains("too small") }
        #expect(ok)
        tmux.tmux(["resize-window", "-x", "120", "-y", "40"])
        (ok, screen) = tmux.wait { $0.contains("Timeline (") }
        #expect(ok, "no full layout after growing again:\n\(screen)")
        // Quits, and the shell is back with the terminal as it was
        tmux.keys("q")
        (ok, screen) = tmux.wait { $0.contains("DONE") }
        #expect(ok, "did not quit:\n\(screen)")
        #expect(screen.contains("exit status 0"))
        let before = try String(contentsOfFile: "\(dir)/before", encoding: .utf8)
        let after = try String(contentsOfFile: "\(dir)/after", encoding: .utf8)
        // every terminal mode as before (the first line also holds the window size)
        #expect(before.split(separator: "\n").dropFirst() == after.split(separator: "\n").dropFirst())
    }

    @Test(.enabled(if: Tmux.available, "tmux or the parley binary is missing"))
    func escapeSequencesInAnArticleStayInert() throws {
        let tmux = Tmux()
        defer { tmux.stop() }
        let binary = try #require(Tmux.binary).path
        let dir = tmux.directory.path
        let evil =
            "Spoofed Title \u{1B}]0;pwned\u{07}Here\n\nKenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi. "
            + "\u{1B}]52;c;ZXZpbA==\u{07}Copy this \u{1B}[31mRED\u{1B}[0m and \u{1B}]8;;http://x.invalid\u{07}link\u{1B}]8;;\u{07} "
            + "with a carriage\rreturn and a \u{202E}reversed\u{202C} phrase, plus C1 \u{9B}31m too.\n"
        try Data(evil.utf8).write(to: URL(fileURLWithPath: "\(dir)/evil.txt"))
        tmux.start(
            """
            export PARLEY_LIBRARY=\(dir)/lib.sqlite
            \(binary) add \(dir)/evil.txt
            script -q -c "\(binary)" \(dir)/raw.bin
            echo DONE
            sleep 60
            """)
        var (ok, screen) = tmux.wait { $0.contains("Articles (1,") }
        #expect(ok, "\(screen)")
        tmux.keys("Enter")
        (ok, screen) = tmux.wait { $0.contains("Copy this") }
        #expect(ok, "\(screen)")
        #expect(screen.contains("␛"))
        #expect(!screen.contains("pwned\n"))
        tmux.keys("q")
        (ok, screen) = tmux.wait { $0.contains("DONE") }
        #expect(ok)
        let raw = try Data(contentsOf: URL(fileURLWithPath: "\(dir)/raw.bin"))
        let bytes = [UInt8](raw)
        func contains(_ needle: String) -> Bool {
            let n = [UInt8](needle.utf8)
            return bytes.count >= n.count
                && (0...(bytes.count - n.count)).contains { Array(bytes[$0..<$0 + n.count]) == n }
        }
        #expect(!contains("\u{1B}]52"))
        #expect(!contains("\u{1B}]0;pwned"))
        #expect(!contains("\u{1B}]8;;http"))
        #expect(!contains("\u{1B}[31mRED"))
        #expect(!contains("\u{C2}\u{9B}"))
        #expect(!contains("\u{E2}\u{80}\u{AE}"))  // U+202E
        #expect(contains("RED"))
    }

    @Test(.enabled(if: Tmux.available, "tmux or the parley binary is missing"))
    func killedIngestLeavesALibraryThatOpens() throws {
        let tmux = Tmux()
        defer { tmux.stop() }
        let binary = try #require(Tmux.binary)
        let dir = tmux.directory
        for i in 0..<1_500 {
            Fixtures.write(
                "Talks \(i)\n\nKenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday for the \(i)th time, and the two leaders discussed regional power lines and trade.\n",
                to: "corpus/talks-\(i).txt", in: dir)
        }
        let library = dir.appendingPathComponent("lib.sqlite").path
        let process = Process()
        process.executableURL = binary
        process.arguments = ["add", "--library", library, dir.appendingPathComponent("corpus").path]
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        try process.run()
        // Kill only once a batch is committed (the library lists some of these articles), however slow
        // the build: a fixed sleep could kill before anything was written and prove nothing.
        let deadline = Date().addingTimeInterval(120)
        var committed = 0
        while process.isRunning, committed == 0, Date() < deadline {
            committed = try Self.listedTalks(binary: binary, library: library).count
            if committed == 0 { Thread.sleep(forTimeInterval: 0.05) }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let listed = try Self.listedTalks(binary: binary, library: library)
        #expect(listed.status == 0)
        #expect(listed.count > 0, "nothing was committed before the kill")
        #expect(listed.count % 200 == 0 || listed.count == 1_500, "a batch was half written: \(listed.count) articles")
    }

    /// How many of the test's articles `parley list` shows, and its exit status.
    static func listedTalks(binary: URL, library: String) throws -> (count: Int, status: Int32) {
        let list = Process()
        let pipe = Pipe()
        list.executableURL = binary
        list.arguments = ["list", "--library", library]
        list.standardOutput = pipe
        list.standardError = Pipe()
        try list.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        list.waitUntilExit()
        return (output.split(separator: "\n").filter { $0.hasPrefix("talks-") }.count, list.terminationStatus)
    }
}

/// `parley bench` runs end to end on a small corpus and prints every figure (no timing is asserted).
@Suite struct BenchCommandTests {
    @Test(.enabled(if: Tmux.binary != nil, "the parley binary is missing"))
    func benchPrintsEveryFigure() throws {
        // Given a folder of two articles to time as real text
        let real = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-real-\(UUID())")
        defer { try? FileManager.default.removeItem(at: real) }
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        try "President Amara Okafor met Prime Minister Jonas Lindqvist in Lagos on Tuesday.\n".write(
            to: real.appendingPathComponent("r1.txt"), atomically: true, encoding: .utf8)
        try "“We spoke frankly,” Lindqvist told reporters after the talks, which ran late.\n".write(
            to: real.appendingPathComponent("r2.txt"), atomically: true, encoding: .utf8)
        let process = Process()
        let pipe = Pipe()
        process.executableURL = try #require(Tmux.binary)
        process.arguments = ["bench", "--articles", "200", "--runs", "1", "--json", "--real", real.path]
        process.standardOutput = pipe
        process.standardError = Pipe()
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let results = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(results.map { $0["articles"] as? Int } == [20, 200])
        for result in results {
            let names = Set(((result["figures"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String })
            for figure in [
                "extraction (1 core)", "extraction / grep -c", "ingest rate", "open library to first page",
                "key: open meeting view", "key: open pairs view",
                "full-text search", "leader query", "timeline, all leaders (page)", "timeline, one leader",
                "reader first frame", "key: move down", "leader prompt: slowest key", "leader filter applied",
                "peak RSS while ingesting", "peak RSS browsing",
            ] {
                #expect(names.contains(figure), "missing \(figure)")
            }
        }
        // The real text's figures come once, with the larger corpus
        let last = Set(((results.last?["figures"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String })
        #expect(last.contains("extraction, real text (1 core)") && last.contains("extraction / grep -c, real"))
    }

    /// Runs the parley binary and returns its standard output and exit status.
    static func parley(_ arguments: [String]) throws -> (output: String, status: Int32) {
        let run = try ParleyRun.run(arguments)
        return (run.output, run.status)
    }

    @Test(.enabled(if: Tmux.binary != nil, "the parley binary is missing"))
    func benchMeasuresExtractionAndAnExistingLibrary() throws {
        // Given a small generated corpus, ingested into a library
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bench-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let corpus = directory.appendingPathComponent("corpus").path
        let library = directory.appendingPathComponent("library.sqlite").path
        #expect(try Self.parley(["bench", "generate", "--articles", "40", corpus]).status == 0)
        #expect(try Self.parley(["add", "--library", library, corpus]).status == 0)

        // When extraction alone is timed on the corpus
        let extract = try Self.parley(["bench", "extract", "--runs", "1", corpus])
        // Then it reads every article and reports a rate
        #expect(extract.status == 0)
        #expect(extract.output.hasPrefix("40 articles"), "\(extract.output)")
        #expect(extract.output.contains("MB/s"))

        // When the library's queries and the reader are measured
        let measured = try Self.parley(["bench", "--library", library, "--runs", "1", "--json"])
        #expect(measured.status == 0)
        let results = try #require(
            try JSONSerialization.jsonObject(with: Data(measured.output.utf8)) as? [[String: Any]])
        // Then the figures are those of that library, with no corpus generated or ingested
        #expect(results.map { $0["articles"] as? Int } == [40])
        let names = Set(((results.first?["figures"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String })
        #expect(names.contains("full-text search") && names.contains("leader filter applied"))
        #expect(!names.contains("ingest rate") && !names.contains("generate corpus"))
    }
}
