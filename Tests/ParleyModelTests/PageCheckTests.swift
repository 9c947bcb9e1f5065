import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

/// A library opened for reading is checked first: damage anywhere in its tables is reported as damage,
/// even where the command would not have read, and a whole library passes.
@Suite struct PageCheckTests {
    /// A closed library of generated articles.
    static func library(in directory: URL) throws -> String {
        let corpus = directory.appendingPathComponent("corpus")
        _ = try CorpusGenerator(seed: 3).write(count: 30, to: corpus)
        let path = directory.appendingPathComponent("lib.sqlite").path
        _ = try Ingester(store: try LibraryStore(path: path)).ingest(paths: [corpus.path])
        return path
    }

    /// Fills a page of the table or index `tree` (its root, or a leaf in the middle) with `byte`.
    static func overwrite(_ path: String, tree: String, which: String, with byte: UInt8) throws {
        _ = try LibraryRepairTests.python(
            """
            import sqlite3,sys
            c=sqlite3.connect(sys.argv[1])
            leaves=[r[0] for r in c.execute("select pageno from dbstat where name=? and pagetype='leaf' order by path",
                                            (sys.argv[2],))]
            root=c.execute("select rootpage from sqlite_master where name=?", (sys.argv[2],)).fetchone()[0]
            c.close()
            page={'root': root, 'middle leaf': leaves[len(leaves)//2] if leaves else root}[sys.argv[3]]
            f=open(sys.argv[1],'r+b'); f.seek(4096*(page-1)); f.write(bytes([int(sys.argv[4])])*4096); f.close()
            """, path, tree, which, String(byte))
    }

    @Test func aWholeLibraryPassesTheCheck() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Self.library(in: directory)
        let store = try LibraryStore(path: path, access: .readOnly)
        #expect(try store.articleCount() == 30)
    }

    @Test(arguments: [
        ("mention", "middle leaf", UInt8(0)), ("entity_on_name", "middle leaf", 0), ("article", "root", 0),
        ("meeting", "middle leaf", 0x41),
    ])
    func damageWhereNoListReadsIsFoundWhenTheLibraryOpens(tree: String, which: String, byte: UInt8) throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Self.library(in: directory)
        try Self.overwrite(path, tree: tree, which: which, with: byte)
        #expect {
            _ = try LibraryStore(path: path, access: .readOnly).summaries(limit: 100)
        } throws: { error in
            guard case .damaged(let at, let findings) = error as? LibraryError else { return false }
            return at == path && findings.contains("page")
        }
    }
}
