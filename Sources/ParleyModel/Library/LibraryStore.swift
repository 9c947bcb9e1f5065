import Foundation
import GRDB

/// The article library on SQLite: one store owns the database, its migrator and every query.
///
/// Files open in WAL mode; an existing file that is not a Parley library is refused, never changed.
public final class LibraryStore: Sendable {
    let writer: any DatabaseWriter
    /// The file path, or nil for an in-memory library.
    public let path: String?

    /// Opens (creating when absent) the library at `path`.
    public init(path: String) throws(LibraryError) {
        self.path = path
        let url = URL(fileURLWithPath: path)
        let existed = FileManager.default.fileExists(atPath: path)
        if existed {
            try Self.checkHeader(path: path)
            try Self.checkOwner(path: path)
        }
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw .cannotOpen(path: path, reason: error.localizedDescription)
        }
        let pool: DatabasePool
        do {
            pool = try Self.openPool(path: path)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .notADatabase(path: path)
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
        writer = pool
        try prepare(existed: existed)
    }

    /// Opens the pool, waiting while another process holds the file: switching a new file to WAL takes
    /// a lock that SQLite's busy timeout does not wait for, so a second `parley` started at that moment
    /// (a `list` beside an `add`) retries for up to 10 s instead of failing with "database is locked".
    private static func openPool(path: String) throws -> DatabasePool {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(5)
        let deadline = Date().addingTimeInterval(10)
        var pause = 0.01
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
                Thread.sleep(forTimeInterval: pause)
                pause = min(pause * 2, 0.2)
            }
        }
    }

    /// Tables other than GRDB's own list of migrations: a new library's first command creates that list
    /// in a transaction of its own, before the one that creates Parley's tables and marks the file as
    /// Parley's, so a file holding it alone is a library being created (or whose creation was cut off).
    static let countTables = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name <> 'grdb_migrations'"

    /// A library that lives in memory only: `parley export PATH…` and tests.
    public init() throws(LibraryError) {
        path = nil
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            writer = try DatabaseQueue(configuration: configuration)
        } catch {
            throw .cannotOpen(path: ":memory:", reason: "\(error)")
        }
        try prepare(existed: false)
    }

    /// Refuses files that are not SQLite before GRDB touches them (it would not overwrite, but a
    /// clear message beats an SQLite error code).
    private static func checkHeader(path: String) throws(LibraryError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .cannotOpen(path: path, reason: "permission denied")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if header.isEmpty { return }  // an empty file becomes a new library
        if header != Data("SQLite format 3\u{0}".utf8) { throw .notADatabase(path: path) }
    }

    /// Reads an existing database without writing to it (opening a pool would switch it to WAL) and
    /// refuses one that another program owns.
    private static func checkOwner(path: String) throws(LibraryError) {
        do {
            var configuration = Configuration()
            configuration.readonly = true
            configuration.busyMode = .timeout(5)
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            let (applicationID, tableCount) = try queue.read { db in
                (
                    try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                    try Int.fetchOne(db, sql: Self.countTables) ?? 0
                )
            }
            try queue.close()
            if applicationID != Self.applicationID, tableCount > 0 { throw LibraryError.notAParleyLibrary(path: path) }
        } catch let error as LibraryError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .notADatabase(path: path)
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
    }

    private func prepare(existed: Bool) throws(LibraryError) {
        let label = path ?? ":memory:"
        do {
            let (applicationID, tableCount) = try writer.read { db in
                (
                    try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                    try Int.fetchOne(db, sql: Self.countTables) ?? 0
                )
            }
            if applicationID != Self.applicationID, tableCount > 0 { throw LibraryError.notAParleyLibrary(path: label) }
            let migrator = Self.migrator
            if try writer.read({ try migrator.hasBeenSuperseded($0) }) { throw LibraryError.newerVersion(path: label) }
            do {
                try migrator.migrate(writer)
            } catch {
                // another parley created the same new library at that moment, and its migration won
                guard try writer.read({ try migrator.hasCompletedMigrations($0) }) else { throw error }
            }
        } catch let error as LibraryError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .notADatabase(path: label)
        } catch {
            throw .cannotOpen(path: label, reason: "\(error)")
        }
    }

    /// Runs a read and maps database failures to `LibraryError`.
    func read<T: Sendable>(_ body: @Sendable (Database) throws -> T) throws(LibraryError) -> T {
        do {
            return try writer.read(body)
        } catch let error as LibraryError {
            throw error
        } catch {
            throw .cannotOpen(path: path ?? ":memory:", reason: "\(error)")
        }
    }

    /// Runs a write transaction and maps database failures to `LibraryError`.
    func write<T: Sendable>(_ body: @Sendable (Database) throws -> T) throws(LibraryError) -> T {
        do {
            return try writer.write(body)
        } catch let error as LibraryError {
            throw error
        } catch {
            throw .cannotOpen(path: path ?? ":memory:", reason: "\(error)")
        }
    }

    /// Number of articles in the library.
    public func articleCount() throws(LibraryError) -> Int {
        try read { try ArticleRecord.fetchCount($0) }
    }
}
