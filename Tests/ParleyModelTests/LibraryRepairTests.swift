import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

/// `repair` brings back every article SQLite can still read, wherever the damage is, and says how many
/// came back of how many there were.
@Suite struct LibraryRepairTests {
    static let articles = 40

    /// Runs a Python script (its standard library speaks SQLite) and returns what it printed.
    static func python(_ script: String, _ arguments: String...) throws -> String {
        let process = Process()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// How many article rows stock SQLite reads, asking for each rowid alone (with `writable_schema` on, as
    /// it must be to read a file shorter than its header says).
    static func stockReadable(_ path: String) throws -> Int {
        let count = try python(
            """
            import sqlite3,sys
            c=sqlite3.connect('file:'+sys.argv[1]+'?mode=ro',uri=True); c.execute('pragma writable_schema=on')
            n=0
            for r in range(1,int(sys.argv[2])+1):
                try: n+=c.execute('select * from article where rowid=?',(r,)).fetchone() is not None
                except sqlite3.DatabaseError: pass
            print(n)
            """, path, String(articles))
        return try #require(Int(count))
    }

    /// A library of generated articles, closed, with its journal folded into the file.
    static func library(in directory: URL) throws -> String {
        let corpus = directory.appendingPathComponent("corpus")
        _ = try CorpusGenerator(seed: 21).write(count: articles, to: corpus)
        let path = directory.appendingPathComponent("lib.sqlite").path
        let report = try Ingester(store: try LibraryStore(path: path)).ingest(paths: [corpus.path])
        #expect(report.added.count == articles)
        return path
    }

    @Test func pagesZeroedAtTheStartMiddleAndEndCostOnlyTheirOwnArticles() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Self.library(in: directory)
        // zero the second, a middle and the last leaf page of the article table
        _ = try Self.python(
            """
            import sqlite3,sys
            c=sqlite3.connect(sys.argv[1])
            p=[r[0] for r in c.execute("select pageno from dbstat where name='article' and pagetype='leaf' order by path")]
            c.close()
            f=open(sys.argv[1],'r+b')
            for n in [p[1], p[len(p)//2], p[-1]]: f.seek(4096*(n-1)); f.write(bytes(4096))
            """, path)
        let readable = try Self.stockReadable(path)
        #expect(readable < Self.articles && readable > Self.articles / 2, "the damage is not what the test means")

        let report = try LibraryRepair.repair(path: path)
        #expect(report.recovered == readable)
        #expect(report.expected == Self.articles)
        #expect(try LibraryStore(path: path, access: .readOnly).articleCount() == readable)
    }

    @Test func aTruncatedFileGivesBackTheArticlesInWhatIsLeft() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Self.library(in: directory)
        // the last third of the file cut off, as by a full disk or a copy that stopped
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(truncate(path, off_t(size / 3 * 2 / 4096 * 4096)) == 0)
        let readable = try Self.stockReadable(path)
        #expect(readable > 0 && readable < Self.articles, "the cut is not what the test means")

        let report = try LibraryRepair.repair(path: path)
        #expect(report.recovered == readable)
        #expect(report.expected.map { $0 >= readable } == true)
        #expect(try LibraryStore(path: path, access: .readOnly).articleCount() == readable)
    }

    @Test func aLibraryOfANewerParleyIsRefusedAndLeftAsItIs() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("lib.sqlite").path
        _ = try LibraryStore(path: path)
        _ = try Self.python(
            """
            import sqlite3,sys; c=sqlite3.connect(sys.argv[1])
            c.execute("insert into grdb_migrations values ('v99: from the future')"); c.commit(); c.close()
            """, path)
        let before = FileManager.default.contents(atPath: path)
        #expect(throws: LibraryError.newerVersion(path: path)) { try LibraryRepair.repair(path: path) }
        #expect(FileManager.default.contents(atPath: path) == before)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(!names.contains { $0.contains(".damaged-") }, "\(names)")
    }
}
