import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

/// What a writer killed with `kill -9` leaves beside the library is cleared by the next writer, journals
/// and all, unless the process that left it still runs.
@Suite struct LibraryLeftoversTests {
    /// A process number no process has: pid numbers wrap far below it.
    static let deadPID = "999999999"

    static func names(in directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    @Test func aKilledCreatorsDraftGoesWithItsJournal() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for suffix in ["", "-journal"] {
            Fixtures.write("half made", to: ".lib.sqlite.creating-\(Self.deadPID)\(suffix)", in: directory)
        }
        // a journal whose database file is gone already (removed by an earlier run that missed the journal)
        Fixtures.write("half made", to: ".lib.sqlite.creating-999999998-journal", in: directory)
        _ = try LibraryStore(path: directory.appendingPathComponent("lib.sqlite").path)
        #expect(try Self.names(in: directory) == ["lib.sqlite"])
    }

    @Test func aKilledRepairsDraftGoesWithItsWALWhenTheNextWriterOpens() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("lib.sqlite").path
        _ = try LibraryStore(path: path)
        for suffix in ["", "-wal", "-shm"] {
            Fixtures.write("rebuilding", to: "lib.sqlite.repairing-\(Self.deadPID)\(suffix)", in: directory)
        }
        // a repair still running beside this one keeps its draft
        let running = "lib.sqlite.repairing-\(getpid())"
        Fixtures.write("rebuilding", to: running, in: directory)
        _ = try LibraryStore(path: path)
        #expect(try Self.names(in: directory) == ["lib.sqlite", running])
    }

    @Test func theNextRepairClearsAKilledRepairsDraft() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("lib.sqlite").path
        _ = try LibraryStore(path: path)
        for suffix in ["", "-wal", "-shm"] {
            Fixtures.write("rebuilding", to: "lib.sqlite.repairing-\(Self.deadPID)\(suffix)", in: directory)
        }
        try LibraryRepair.prepare(path)
        let names = try Self.names(in: directory)
        #expect(!names.contains { $0.contains(".repairing-") }, "\(names)")
    }

    @Test func aRepairKilledJustBeforeItsLastMoveIsFinishedByTheNextWriter() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("lib.sqlite").path
        // the rebuilt library is whole and closed, the damaged file already moved aside
        let input = Fixtures.write(
            "Talks in Lima\n\nThe presidents of Peru and Chile met in Lima.\n", to: "in/talks.txt", in: directory)
        _ = try Ingester(store: try LibraryStore(path: path + ".repairing-\(Self.deadPID)")).ingest(paths: [input.path])
        try FileManager.default.removeItem(at: input.deletingLastPathComponent())
        #expect(try LibraryStore(path: path).articleCount() == 1)
        #expect(try Self.names(in: directory) == ["lib.sqlite"])
    }
}
