import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

@Suite struct BadInputTests {
    let good = """
        Summit in Accra

        The presidents of Ghana and Togo met in Accra to sign an agreement on cross-border trade and security cooperation along their shared frontier, officials said after the talks.
        """

    /// Ingests a folder with one good file and `bad` files; returns the report.
    func ingest(_ prepare: (URL) throws -> [String]) throws -> (IngestReport, LibraryStore) {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = Fixtures.write(good, to: "good.txt", in: directory)
        let extra = try prepare(directory)
        let store = try LibraryStore()
        let report = try Ingester(store: store).ingest(paths: [good.path] + extra)
        return (report, store)
    }

    @Test func binaryFileFailsAloneWithItsName() throws {
        let (report, store) = try ingest { dir in
            let url = dir.appendingPathComponent("photo.txt")
            try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02, 0x00]).write(to: url)
            return [url.path]
        }
        #expect(report.added == ["good"])
        #expect(report.failures.count == 1)
        #expect(report.failures[0].contains("photo.txt") && report.failures[0].contains("binary"))
        #expect(try store.articleCount() == 1)
    }

    @Test func invalidUTF8IsReadAsWindows1252AndSaid() throws {
        let (report, store) = try ingest { dir in
            let url = dir.appendingPathComponent("latin1.txt")
            var bytes = Data("Talks in Bogot".utf8)
            bytes.append(0xE1)  // 'á' in Latin-1: not UTF-8
            bytes.append(
                Data(
                    "\n\nColombian and Venezuelan officials met in the capital to reopen the border bridge that had been closed for years, and agreed on customs rules.\n"
                        .utf8))
            try bytes.write(to: url)
            return [url.path]
        }
        #expect(report.failures.isEmpty)
        #expect(report.warnings.count == 1)
        #expect(report.warnings[0].contains("latin1.txt") && report.warnings[0].contains("decoded as Windows-1252"))
        #expect(try store.article(id: "latin1").article.title == "Talks in Bogotá")
    }

    @Test func emptyFileFails() throws {
        let (report, _) = try ingest { dir in [Fixtures.write("  \n\n", to: "empty.md", in: dir).path] }
        #expect(report.failures == ["\(report.failures.first?.split(separator: ":").first ?? ""): the file is empty"])
        #expect(report.failures[0].hasSuffix("empty.md: the file is empty"))
    }

    @Test func hugeFileIsRefused() throws {
        let (report, _) = try ingest { dir in
            let url = dir.appendingPathComponent("huge.txt")
            FileManager.default.createFile(atPath: url.path, contents: nil)
            let handle = try FileHandle(forWritingTo: url)
            try handle.truncate(atOffset: 50 * 1_048_576)
            try handle.close()
            return [url.path]
        }
        #expect(report.failures.count == 1)
        #expect(report.failures[0].contains("huge.txt") && report.failures[0].contains("too large"))
        #expect(report.added == ["good"])
    }

    @Test func unreadableFileFails() throws {
        // Root reads any mode, so an unreadable file is one the kernel refuses to read.
        let (report, _) = try ingest { _ in ["/proc/self/mem"] }
        #expect(report.failures.count == 1)
        #expect(report.failures[0].contains("/proc/self/mem"))
        #expect(report.added == ["good"])
    }

    @Test func missingPathFails() throws {
        let (report, _) = try ingest { dir in [dir.appendingPathComponent("nowhere.txt").path] }
        #expect(report.failures.count == 1)
        #expect(report.failures[0].contains("nowhere.txt: no such file"))
    }

    @Test func fileThatIsNotADatabaseIsRefusedAndUntouched() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = Fixtures.write("these are my notes, not a database\n", to: "notes.sqlite", in: directory)
        #expect(throws: LibraryError.notADatabase(path: url.path)) { try LibraryStore(path: url.path) }
        #expect(try String(contentsOf: url, encoding: .utf8) == "these are my notes, not a database\n")
    }

    @Test func anotherProgramsDatabaseIsRefusedAndUntouched() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("other.sqlite").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('create table t(x)'); c.commit()", path,
        ]
        try process.run()
        process.waitUntilExit()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: LibraryError.notAParleyLibrary(path: path)) { try LibraryStore(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
