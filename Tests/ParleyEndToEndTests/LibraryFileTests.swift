import Foundation
import ParleyTestSupport
import Testing

/// Parley never lies about a library and never changes a file it should not.
@Suite struct LibraryFileTests {
    static func python(_ script: String, _ arguments: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    static func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    static func journals(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path + "-wal") || FileManager.default.fileExists(atPath: path + "-shm")
    }

    static func seededLibrary(in directory: URL) throws -> String {
        Fixtures.write(
            "Talks in Accra\n\nGhanaian President John Mahama met Togolese President Faure Gnassingbé in Accra on 2 May 2025.\n",
            to: "in/accra.txt", in: directory)
        let path = directory.appendingPathComponent("lib.sqlite").path
        #expect(try ParleyRun.run(["add", "--library", path, directory.appendingPathComponent("in").path]).status == 0)
        return path
    }

    @Test(.enabled(if: Tmux.binary != nil, "the parley binary is missing"))
    func aLibraryOfTheFirstV5GetsItsVocabularyAndShortChineseSearchesWork() throws {
        let directory = Fixtures.temporaryDirectory("parley-v5")
        defer { try? FileManager.default.removeItem(at: directory) }
        Fixtures.write("外交会谈\n\n两国领导人在北京举行会谈，讨论贸易问题。\n", to: "in/talks.txt", in: directory)
        let path = try Self.seededLibrary(in: directory)
        // as a library made before v5 had its vocabulary table
        try Self.python(
            "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('drop table article_script_vocab'); "
                + "c.execute(\"delete from grdb_migrations where identifier like 'v10:%'\"); c.commit(); c.close()",
            path)
        // the next writer brings it up to date; then a one-letter search in Chinese answers
        #expect(try ParleyRun.run(["repair", "--library", path]).status == 0)
        let search = try ParleyRun.run(["search", "--library", path, "会"])
        #expect(search.status == 0, "\(search.errors)")
        #expect(search.output.contains("talks"))
    }

    @Test(.enabled(if: Tmux.binary != nil, "the parley binary is missing"))
    func anArticleMissingFromTheSearchIndexIsFoundByTheCheck() throws {
        let directory = Fixtures.temporaryDirectory("parley-fts")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Self.seededLibrary(in: directory)
        #expect(try ParleyRun.run(["repair", "--check", "--library", path]).status == 0)
        // the article's words taken out of the full-text index, the article left in place
        try Self.python(
            "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
                + "c.execute(\"insert into article_fts(article_fts, rowid, title, body) "
                + "select 'delete', rowid, title, body from article\"); c.commit(); c.close()",
            path)
        let check = try ParleyRun.run(["repair", "--check", "--library", path])
        #expect(check.status == 3)
        #expect(check.output.contains("search rows that differ from the articles: 1"), "\(check.output)")
    }

    @Test(.enabled(if: Tmux.binary != nil, "the parley binary is missing"))
    func anotherProgramsFilesAreNeverTouched() throws {
        let directory = Fixtures.temporaryDirectory("parley-foreign")
        defer { try? FileManager.default.removeItem(at: directory) }
        // an empty SQLite database of another program, in WAL mode
        let empty = directory.appendingPathComponent("empty.db").path
        try Self.python(
            "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('pragma journal_mode=wal'); c.close()", empty
        )
        // a library written by a newer Parley
        let newer = try Self.seededLibrary(in: directory)
        try Self.python(
            "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"insert into grdb_migrations values ('v99: from the future')\"); c.commit(); c.close()",
            newer)
        for (path, message) in [(empty, "another program"), (newer, "newer Parley")] {
            let before = Self.bytes(path)
            let hadJournals = Self.journals(path)
            for arguments in [
                ["add", "--library", path, directory.appendingPathComponent("in").path], ["list", "--library", path],
                ["repair", "--library", path],
            ] {
                let run = try ParleyRun.run(arguments)
                #expect(run.status == 3, "\(arguments)")
                #expect(run.errors.contains(message), "\(run.errors)")
            }
            #expect(Self.bytes(path) == before)
            // another program's file is not even opened; a newer library is read (its version), and SQLite
            // may leave its shared-memory files beside it, but the library file keeps every byte
            if path == empty { #expect(Self.journals(path) == hadJournals) }
        }
    }

    @Test(.enabled(if: Tmux.binary != nil, "the parley binary is missing"))
    func aDamagedLibraryIsReportedAndRepaired() throws {
        let directory = Fixtures.temporaryDirectory("parley-damaged")
        defer { try? FileManager.default.removeItem(at: directory) }
        for i in 0..<60 {
            Fixtures.write(
                "Visit \(i)\n\nKenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on \(i % 28 + 1) June 2024, their meeting number \(i).\n",
                to: "in/visit-\(i).txt", in: directory)
        }
        let path = directory.appendingPathComponent("lib.sqlite").path
        #expect(try ParleyRun.run(["add", "--library", path, directory.appendingPathComponent("in").path]).status == 0)
        // zero one page of the article table (SQLite's dbstat table says which pages hold it)
        try Self.python(
            """
            import sqlite3,sys
            c=sqlite3.connect(sys.argv[1])
            pages=[r[0] for r in c.execute("select pageno from dbstat where name='article' and pagetype='leaf'")]
            c.close()
            f=open(sys.argv[1],'r+b'); f.seek(4096*(pages[len(pages)//2]-1)); f.write(bytes(4096)); f.close()
            """, path)
        // every reading command says so before it shows anything, also those that would not read the page
        for command in [["list"], ["search", "Ruto"], ["timeline"], ["show", "visit-1"]] {
            let run = try ParleyRun.run(command + ["--library", path])
            #expect(run.status == 3 && run.output.isEmpty, "\(command)")
            #expect(run.errors.contains("damaged") && run.errors.contains("parley repair"), "\(command): \(run.errors)")
        }
        // and the check that reads every page says what SQLite found
        let check = try ParleyRun.run(["repair", "--check", "--library", path])
        #expect(check.status == 3 && check.errors.contains("integrity check"), "\(check.errors)")
        let repair = try ParleyRun.run(["repair", "--library", path])
        #expect(repair.status == 0, "\(repair.errors)")
        // how many came back, of how many there were
        #expect(repair.output.contains("recovered") && repair.output.contains(" of 60 articles"), "\(repair.output)")
        #expect(try ParleyRun.run(["repair", "--check", "--library", path]).status == 0)
        let after = try ParleyRun.run(["list", "--library", path])
        #expect(after.status == 0)
        #expect(after.output.split(separator: "\n").count > 30)
        let kept = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter {
            $0.contains(".damaged-")
        }
        #expect(!kept.isEmpty, "the damaged file was not kept")
    }

    @Test(
        .enabled(
            if: Tmux.binary != nil && geteuid() == 0
                && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
            "needs root and setpriv to read as another user"))
    func aReadOnlyLibraryCanBeListedAndIsNotChanged() throws {
        let directory = Fixtures.temporaryDirectory("parley-readonly")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Self.seededLibrary(in: directory)
        chmod(directory.path, 0o755)
        chmod(path, 0o644)
        let before = Self.bytes(path)
        let binary = try #require(Tmux.binary).path
        let process = Process()
        let pipe = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = [
            "--reuid", "65534", "--regid", "65534", "--clear-groups", binary, "list", "--library", path,
        ]
        process.standardOutput = pipe
        process.standardError = Pipe()
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(output.contains("accra"))
        #expect(Self.bytes(path) == before)
        #expect(!Self.journals(path))
    }

    @Test(
        .enabled(
            if: Tmux.available && geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
            "needs tmux, root and setpriv to browse as another user"))
    func aReadOnlyLibraryCanBeBrowsed() throws {
        let tmux = Tmux()
        defer { tmux.stop() }
        let directory = tmux.directory
        let path = try Self.seededLibrary(in: directory)
        chmod(directory.path, 0o755)
        chmod(path, 0o644)
        let before = Self.bytes(path)
        let binary = try #require(Tmux.binary).path
        tmux.start(
            """
            setpriv --reuid 65534 --regid 65534 --clear-groups \(binary) --library \(path)
            echo "exit status $?"
            sleep 60
            """)
        var (ok, screen) = tmux.wait { $0.contains("Talks in Accra") && $0.contains("(read-only)") }
        #expect(ok, "no list:\n\(screen)")
        // opening an article would store a read mark: on a read-only library that is skipped, not an error
        tmux.keys("Enter")
        let (failed, after) = tmux.wait(seconds: 1.5) { $0.contains("can only be read") }
        #expect(!failed, "opening an article showed an error:\n\(after)")
        tmux.keys("q")
        (ok, screen) = tmux.wait { $0.contains("exit status 0") }
        #expect(ok, "\(screen)")
        #expect(Self.bytes(path) == before)
    }

    @Test(.enabled(if: Tmux.binary != nil, "the parley binary is missing"))
    func onlyTheDefaultLocationFallsBackToTheSamplesAndSaysSo() throws {
        let directory = Fixtures.temporaryDirectory("parley-default")
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try ParleyRun.run(["list"], environment: ["XDG_DATA_HOME": directory.path])
        #expect(run.status == 0)
        #expect(run.errors.contains("embedded sample library"))
        #expect(!run.output.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("parley").path))
    }

    @Test(.enabled(if: Tmux.binary != nil, "the parley binary is missing"))
    func twoAddsIntoANewLibraryAtOnceBothSucceed() throws {
        let directory = Fixtures.temporaryDirectory("parley-together")
        defer { try? FileManager.default.removeItem(at: directory) }
        for i in 0..<40 {
            Fixtures.write(
                "Note \(i)\n\nThe presidents of Peru and Chile met in Lima on \(i % 28 + 1) March 2024.\n",
                to: "a/a-\(i).txt", in: directory)
            Fixtures.write(
                "Note \(i)\n\nThe prime ministers of Spain and Portugal met in Porto on \(i % 28 + 1) April 2024.\n",
                to: "b/b-\(i).txt", in: directory)
        }
        let path = directory.appendingPathComponent("new.sqlite").path
        let first = try ParleyRun.start(["add", "--library", path, directory.appendingPathComponent("a").path])
        let second = try ParleyRun.start(["add", "--library", path, directory.appendingPathComponent("b").path])
        first.waitUntilExit()
        second.waitUntilExit()
        #expect(first.terminationStatus == 0 && second.terminationStatus == 0)
        let list = try ParleyRun.run(["list", "--library", path])
        #expect(list.output.split(separator: "\n").count == 80)
        #expect(try ParleyRun.run(["repair", "--check", "--library", path]).status == 0)
    }
}
