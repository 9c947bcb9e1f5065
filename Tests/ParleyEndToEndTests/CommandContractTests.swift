import Foundation
import ParleyTestSupport
import Testing

/// What scripts rely on: exit statuses, the export's JSON names in every command, failed writes seen,
/// and untrusted names made inert wherever they are printed.
@Suite struct CommandContractTests {
    /// A library of two short articles of my own, one dated and one not.
    static func library() throws -> (directory: URL, path: String) {
        let directory = Fixtures.temporaryDirectory("parley-contract")
        Fixtures.write(
            "Lisbon, 3 March 2021\n\nPortuguese Prime Minister António Costa met Spanish Prime Minister Pedro Sánchez in Lisbon on Wednesday to talk about water.\n",
            to: "articles/costa.txt", in: directory)
        Fixtures.write(
            "Ministers compare notes\n\nThe foreign ministers of Norway and Chile spoke briefly by phone about fisheries.\n",
            to: "articles/fish.txt", in: directory)
        let path = directory.appendingPathComponent("lib.sqlite").path
        let add = try ParleyRun.run(["add", "--library", path, directory.appendingPathComponent("articles").path])
        #expect(add.status == 0, "\(add.errors)")
        return (directory, path)
    }

    static func json(_ run: ParleyRun) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(run.output.utf8))
    }

    @Test(.enabled(if: Tmux.binary != nil, "the parley binary is missing"))
    func exitStatusesFollowOneScheme() throws {
        let (directory, library) = try Self.library()
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = directory.appendingPathComponent("typo.sqlite").path
        let cases: [([String], [String: String], Int32, String)] = [
            (["bogus"], [:], 2, "unknown command 'bogus'"),
            (["list", "--library", missing], [:], 3, "no library at"),
            (["list", "--library", ""], [:], 2, "empty"),
            (["list"], ["PARLEY_LIBRARY": ""], 2, "PARLEY_LIBRARY is set but empty"),
            (["search", "--library", library, "zanzibar"], [:], 1, "no articles match"),
            (["list", "--library", library, "--leader", "zzzz"], [:], 1, "no person"),
            (["timeline", "--library", library, "--from", "2024", "--to", "2023-06"], [:], 2, "after --to"),
            (["date", "--library", library, "costa", "someday"], [:], 2, "not a date"),
            (["show", "--library", library, "nosuch"], [:], 1, "no article with id"),
            (["bench", "extract", directory.appendingPathComponent("nowhere").path], [:], 4, "no article files"),
            (["list", "--library", library], [:], 0, ""),
        ]
        for (arguments, environment, status, message) in cases {
            let run = try ParleyRun.run(arguments, environment: environment)
            #expect(run.status == status, "\(arguments): \(run.status) \(run.errors)")
            #expect(message.isEmpty || run.errors.contains(message), "\(arguments): \(run.errors)")
        }
        // a typed library path is never created by a reading command
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test(.enabled(if: Tmux.binary != nil, "the parley binary is missing"))
    func everyJSONSpeaksTheExportFormat() throws {
        let (directory, library) = try Self.library()
        defer { try? FileManager.default.removeItem(at: directory) }
        let export = try #require(
            try Self.json(try ParleyRun.run(["export", "--json", "--library", library])) as? [String: Any])
        let articles = try #require(export["articles"] as? [[String: Any]])
        let costa = try #require(articles.first { $0["id"] as? String == "costa" })

        let shown = try #require(
            try Self.json(try ParleyRun.run(["show", "--json", "--library", library, "costa"])) as? [String: Any])
        #expect(Set(shown.keys) == Set(costa.keys))

        let entities = try #require(
            try Self.json(try ParleyRun.run(["entities", "--json", "--library", library, "costa"])) as? [[String: Any]])
        #expect(entities.allSatisfy { $0["type"] is String && $0["kind"] == nil })
        #expect(Set(entities.flatMap(\.keys)) == Set((costa["entities"] as? [[String: Any]] ?? []).flatMap(\.keys)))

        let meetings = try #require(
            try Self.json(try ParleyRun.run(["meetings", "--json", "--library", library, "costa"])) as? [[String: Any]])
        #expect(meetings.count == 1)
        #expect(Set(meetings.flatMap(\.keys)) == Set((costa["meetings"] as? [[String: Any]] ?? []).flatMap(\.keys)))

        let timeline = try #require(
            try Self.json(try ParleyRun.run(["timeline", "--json", "--library", library])) as? [[String: Any]])
        #expect(Set(timeline.flatMap(\.keys)) == Set((export["timeline"] as? [[String: Any]] ?? []).flatMap(\.keys)))

        let listed = try #require(
            try Self.json(try ParleyRun.run(["list", "--json", "--library", library])) as? [[String: Any]])
        let undated = try #require(listed.first { $0["id"] as? String == "fish" })
        #expect(undated["published"] is NSNull)
        #expect((listed.first { $0["id"] as? String == "costa" })?["published"] as? String == "2021-03-03")

        let hits = try #require(
            try Self.json(try ParleyRun.run(["search", "--json", "--library", library, "water"])) as? [[String: Any]])
        let snippet = try #require(hits.first?["snippet"] as? String)
        #expect(!snippet.contains("[") && !snippet.contains("\n"))
        #expect(hits.first?["matched"] as? [String] == ["water"])
    }

    @Test(.enabled(if: Tmux.binary != nil, "the parley binary is missing"))
    func outputThatCannotBeWrittenFails() throws {
        let (directory, library) = try Self.library()
        defer { try? FileManager.default.removeItem(at: directory) }
        // a full disk
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let onFullDisk = try ParleyRun.run(["export", "--json", "--library", library], standardOutput: full)
        #expect(onFullDisk.status == 5)
        #expect(onFullDisk.errors.contains("could not be written"))
        // help, and a command that prints one line at its end
        let corpus = directory.appendingPathComponent("corpus").path
        for arguments in [["--help"], ["list", "--help"], ["bench", "generate", "--articles", "2", corpus]] {
            let run = try ParleyRun.run(arguments, standardOutput: full)
            #expect(run.status == 5, "\(arguments)")
            #expect(run.errors.contains("could not be written"), "\(arguments): \(run.errors)")
        }
        // a pipe whose reader has gone
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let closed = try ParleyRun.run(["list", "--library", library], standardOutput: pipe.fileHandleForWriting)
        #expect(closed.status == 5)
        // but quietly, as `git log | head` does: the reader chose to stop
        #expect(closed.errors.isEmpty, "\(closed.errors)")
    }

    @Test(.enabled(if: Tmux.binary != nil, "the parley binary is missing"))
    func escapesAndLineBreaksInFileNamesAreInert() throws {
        let directory = Fixtures.temporaryDirectory("parley-names")
        defer { try? FileManager.default.removeItem(at: directory) }
        Fixtures.write(
            "Talks\n\nThe presidents of Ghana and Togo met in Accra.\n", to: "in/red\u{1B}[31mline\nbreak.txt",
            in: directory)
        let library = directory.appendingPathComponent("lib.sqlite").path
        let add = try ParleyRun.run(["add", "--library", library, directory.appendingPathComponent("in").path])
        #expect(add.status == 0)
        let list = try ParleyRun.run(["list", "--library", library])
        #expect(!list.output.contains("\u{1B}"))
        #expect(list.output.split(separator: "\n").count == 1, "a line break in a name split the row: \(list.output)")
        let missing = try ParleyRun.run(["add", "--library", library, "gone\u{1B}]0;title\u{07}.txt"])
        #expect(missing.status == 4)
        #expect(!missing.errors.contains("\u{1B}") && !missing.errors.contains("\u{07}"))
    }

    @Test(.enabled(if: Tmux.binary != nil, "the parley binary is missing"))
    func controlCharactersInAnArticleReachJSONEscaped() throws {
        let directory = Fixtures.temporaryDirectory("parley-c1")
        defer { try? FileManager.default.removeItem(at: directory) }
        // a C1 control (CSI) and DEL in the text: JSON may carry them raw, a terminal must not see them so
        Fixtures.write(
            "Talks\n\nThe presidents of Ghana\u{9B}31m and Togo\u{7F} met in Accra.\n", to: "in/c1.txt", in: directory)
        let library = directory.appendingPathComponent("lib.sqlite").path
        #expect(
            try ParleyRun.run(["add", "--library", library, directory.appendingPathComponent("in").path]).status == 0)
        for arguments in [["show", "c1", "--json"], ["export", "--json"]] {
            let run = try ParleyRun.run(arguments + ["--library", library])
            #expect(run.status == 0, "\(arguments): \(run.errors)")
            #expect(!run.output.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) }, "\(arguments)")
            #expect(run.output.contains("\\u009b") && run.output.contains("\\u007f"), "\(arguments)")
            // and a JSON reader gets the text back as it was
            #expect(String(describing: try Self.json(run)).contains("Ghana\u{9B}31m"), "\(arguments)")
        }
    }

    @Test(.enabled(if: Tmux.binary != nil, "the parley binary is missing"))
    func aFileNameThatIsNotUTF8CanBeGivenOnTheCommandLine() throws {
        let directory = Fixtures.temporaryDirectory("parley-rawname")
        defer { try? FileManager.default.removeItem(at: directory) }
        let binary = try #require(Tmux.binary).path
        // the shell makes the name's bytes (0xFF is never UTF-8); Foundation could not pass them
        let script = """
            cd "$1" && name="$(printf 'talks\\377.txt')" \
              && printf 'Talks\\n\\nThe presidents of Ghana and Togo met in Accra.\\n' > "$name" \
              && "$2" add --library lib.sqlite "$name" && "$2" list --library lib.sqlite
            """
        let process = Process()
        let pipe = Pipe()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, "sh", directory.path, binary]
        process.standardOutput = pipe
        process.standardError = Pipe()
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
        #expect(output.contains("1 added"))
        #expect(output.contains("talks\\xFF"), "\(output)")
    }

    @Test(.enabled(if: Tmux.binary != nil, "the parley binary is missing"))
    func aLibraryPathThatIsNotUTF8IsRefusedNotReplaced() throws {
        let directory = Fixtures.temporaryDirectory("parley-rawlibrary")
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = Fixtures.write(
            "Talks\n\nThe presidents of Ghana and Togo met in Accra.\n", to: "talks.txt", in: directory)
        // the shell makes the bytes (0xFF is never UTF-8), given as an option's value and in the environment
        let given = #"exec "$0" "$@" --library "$(printf '%s/lib\377.sqlite' "$DIR")""#
        let joined = #"exec "$0" "$@" "--library=$(printf '%s/lib\377.sqlite' "$DIR")""#
        let inEnvironment = #"PARLEY_LIBRARY="$(printf '%s/lib\377.sqlite' "$DIR")" exec "$0" "$@""#
        for script in [given, joined, inEnvironment] {
            for arguments in [["add", input.path], ["list"]] {
                let run = try ParleyRun.run(
                    arguments, environment: ["DIR": directory.path], through: ["/bin/sh", "-c", script])
                #expect(run.status == 2, "\(arguments) \(script): \(run.errors)")
                #expect(run.errors.contains("lib\\xFF.sqlite") && run.errors.contains("not UTF-8"), "\(run.errors)")
            }
        }
        // no library was made under another name
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["talks.txt"])
    }

    @Test(.enabled(if: Tmux.binary != nil, "the parley binary is missing"))
    func completionsKnowEveryCommand() throws {
        for shell in ["bash", "zsh", "fish"] {
            let run = try ParleyRun.run(["--generate-completion-script", shell])
            #expect(run.status == 0)
            for command in ["add", "timeline", "repair", "export"] { #expect(run.output.contains(command), "\(shell)") }
        }
    }

    @Test(.enabled(if: Tmux.binary != nil, "the parley binary is missing"))
    func theSameFilesExportTheSameBytesInEveryRun() throws {
        // several people calling on one each, the case whose meetings once came out in the order of a
        // hash set, which changes from one process to the next
        let directory = Fixtures.temporaryDirectory("parley-same-export")
        defer { try? FileManager.default.removeItem(at: directory) }
        Fixtures.write(
            """
            Nairobi, 14 October 2025

            Ghanaian President John Mahama arrived in Nairobi on Monday. Kenyan President William Ruto, Ugandan President Yoweri Museveni, Rwandan President Paul Kagame and Burundian President Évariste Ndayishimiye will separately call on him on Tuesday.

            """, to: "visit.txt", in: directory)
        var exports: Set<String> = []
        for run in 0..<4 {
            let library = directory.appendingPathComponent("lib\(run).sqlite").path
            let file = directory.appendingPathComponent("visit.txt").path
            let export = try ParleyRun.run(["export", "--json", "--library", library, file])
            #expect(export.status == 0, "\(export.errors)")
            exports.insert(export.output)
        }
        #expect(exports.count == 1)
    }

    @Test(.enabled(if: Tmux.binary != nil, "the parley binary is missing"))
    func theManualHasTheReadersKeysFilesEnvironmentAndExitStatus() throws {
        let run = try ParleyRun.run(["manual-sections"])
        #expect(run.status == 0, "\(run.errors)")
        let lines = run.output.split(separator: "\n").map(String.init)
        for section in [".Sh \"READER KEYS\"", ".Sh FILES", ".Sh ENVIRONMENT", ".Sh \"EXIT STATUS\""] {
            #expect(lines.contains(section), "\(section) missing")
        }
        // the keys come from the keymap: a key a person presses is there with what it does
        for (keys, label) in [
            (".It Sy \\&q \\&Q \\&Ctrl\\-C", "quit"), (".It Sy \\&L", "only unread articles, or all again"),
        ] {
            let at = try #require(lines.firstIndex(of: keys), "\(keys) missing")
            #expect(lines[at + 1] == label)
        }
        // every line of text is text to roff, not a request it would misread
        #expect(!lines.contains { !$0.hasPrefix(".") && $0.hasPrefix("'") })
        // the hidden command stays out of the help people read
        #expect(!(try ParleyRun.run(["--help"])).output.contains("manual-sections"))
    }
}
