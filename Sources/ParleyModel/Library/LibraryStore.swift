import Foundation
import GRDB

/// The article library on SQLite: one store owns the database, its migrator and every query.
///
/// Files open in WAL mode; an existing file that is not a Parley library is refused, never changed.
/// Reading commands open the file read-only.
public enum LibraryAccess: Sendable {
    case readWrite, readOnly
}

public final class LibraryStore: Sendable {
    let writer: any DatabaseWriter
    /// The file path, or nil for an in-memory library.
    public let path: String?

    /// Whether the library was opened for reading only: reading commands never write to the file.
    public let isReadOnly: Bool

    /// Held while the library is open for writing (see `WriterLock`).
    private let writerLock: WriterLock?

    /// Opens the library at `path`: for writing (creating it when absent, upgrading an older schema and
    /// finishing derived data an interrupted command left stale), or for reading only.
    ///
    /// Nothing is written before the file is known to be a Parley library of a version this build reads;
    /// another program's file is refused without opening it. A reader never writes: it upgrades an older
    /// schema through a short writing open when the file can be written, and reads stale derived data as
    /// it is (`isStale` says so; the next writing command finishes it). A reader first runs the quick
    /// check of the file's pages (`quickCheck`), unless `checkAtStart` is false (a caller about to run
    /// SQLite's full check).
    public init(path: String, access: LibraryAccess = .readWrite, checkAtStart: Bool = true) throws(LibraryError) {
        guard !path.isEmpty else { throw .emptyPath }
        self.path = path
        if access == .readWrite { LibraryFile.removeAbandonedDrafts(of: path) }
        switch try LibraryFile.inspect(path) {
        case .notSQLite: throw .notADatabase(path: path)
        case .foreign: throw .notAParleyLibrary(path: path)
        case .missing where access == .readOnly, .empty where access == .readOnly: throw .missing(path: path)
        case .missing: try LibraryFile.create(at: path, replacingEmpty: false)
        case .empty: try LibraryFile.create(at: path, replacingEmpty: true)
        case .parley: break
        }
        let state = try Self.inspectSchema(path: path)
        if state.superseded { throw .newerVersion(path: path) }
        if access == .readOnly {
            if state.pending && Self.canWrite(path) {
                _ = try LibraryStore(path: path, access: .readWrite)
            } else if state.pending {
                throw .needsUpgrade(path: path)
            }
            let reader = try Self.openReader(path: path)
            if checkAtStart { try Self.quickCheck(reader, path: path) }
            writer = reader
            isReadOnly = true
            writerLock = nil
            return
        }
        writerLock = WriterLock(path: path)
        do {
            writer = try Self.openPool(path: path)
        } catch let error as DatabaseError {
            throw Self.failure(error, path: path)
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
        isReadOnly = false
        do {
            try Self.migrator.migrate(writer)
        } catch {
            throw Self.failure(error, path: path)
        }
        // left stale by a command that was cut off, not by one still running beside this one
        if writerLock?.isAlone == true { try refreshIfStale() }
    }

    /// Opens the pool, waiting while another process holds the file (SQLite's busy timeout does not cover
    /// every lock taken while a connection starts), for up to 10 s instead of failing with "locked".
    private static func openPool(path: String) throws -> DatabasePool {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
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

    /// A read-only connection. SQLite reads a WAL library through a shared-memory file beside it; where
    /// that file cannot be made (a read-only folder) and no unfinished journal is waiting, the file is
    /// opened as immutable, which needs neither.
    private static func openReader(path: String) throws(LibraryError) -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            // the shared-memory file is made on the first read, so that is where a read-only folder shows
            try queue.read { _ = try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM sqlite_master") }
            return queue
        } catch let error as DatabaseError
            where error.resultCode == .SQLITE_CANTOPEN || error.resultCode == .SQLITE_READONLY
        {
            let journal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
            guard journal == 0 else {
                throw .cannotOpen(
                    path: path,
                    reason: "it has unsaved changes in \(path)-wal and cannot be written; "
                        + "open it once with write permission")
            }
            do {
                return try DatabaseQueue(path: immutableURI(path), configuration: configuration)
            } catch {
                throw failure(error, path: path)
            }
        } catch {
            throw failure(error, path: path)
        }
    }

    private static func immutableURI(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).path
        let allowed = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "?#%"))
        return "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute) + "?immutable=1"
    }

    public static func canWrite(_ path: String) -> Bool {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return access(path, W_OK) == 0 && access(directory, W_OK) == 0
    }

    /// The schema's state, read without writing: newer than this build, or older.
    private static func inspectSchema(path: String) throws(LibraryError) -> (superseded: Bool, pending: Bool) {
        do {
            let queue = try openReader(path: path)
            defer { try? queue.close() }
            return try queue.read { db in
                let migrator = Self.migrator
                return (try migrator.hasBeenSuperseded(db), !(try migrator.hasCompletedMigrations(db)))
            }
        } catch let error as LibraryError {
            throw error
        } catch {
            throw failure(error, path: path)
        }
    }

    /// A library that lives in memory only: `parley export PATH…` and tests.
    public init() throws(LibraryError) {
        path = nil
        isReadOnly = false
        writerLock = nil
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            writer = try DatabaseQueue(configuration: configuration)
            try Self.migrator.migrate(writer)
        } catch {
            throw .cannotOpen(path: ":memory:", reason: "\(error)")
        }
    }

    /// The `LibraryError` a database failure means: a damaged file is reported with SQLite's own check.
    static func failure(_ error: any Error, path: String) -> LibraryError {
        if let error = error as? LibraryError { return error }
        guard let error = error as? DatabaseError else { return .cannotOpen(path: path, reason: "\(error)") }
        switch error.resultCode {
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return .damaged(path: path, findings: "SQLite's integrity check: " + integrityFindings(path: path))
        case .SQLITE_READONLY: return .readOnly(path: path)
        case .SQLITE_FULL: return .diskFull(path: path)
        default: return .cannotOpen(path: path, reason: error.message ?? "\(error)")
        }
    }

    /// The first lines of `PRAGMA integrity_check`, read through a connection of its own.
    static func integrityFindings(path: String) -> String {
        var configuration = Configuration()
        configuration.readonly = true
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            return (error as? DatabaseError)?.message ?? "the file cannot be opened as a database"
        }
        defer { try? queue.close() }
        do {
            let lines = try queue.read { try String.fetchAll($0, sql: "PRAGMA integrity_check(5)") }
            return lines.joined(separator: "; ")
        } catch {
            return (error as? DatabaseError)?.message ?? "\(error)"
        }
    }

    /// Runs a read and maps database failures to `LibraryError`.
    func read<T: Sendable>(_ body: @Sendable (Database) throws -> T) throws(LibraryError) -> T {
        do {
            return try writer.read(body)
        } catch {
            throw Self.failure(error, path: path ?? ":memory:")
        }
    }

    /// Runs a write transaction and maps database failures to `LibraryError`.
    func write<T: Sendable>(_ body: @Sendable (Database) throws -> T) throws(LibraryError) -> T {
        do {
            return try writer.write(body)
        } catch {
            throw Self.failure(error, path: path ?? ":memory:")
        }
    }

    /// Number of articles in the library.
    public func articleCount() throws(LibraryError) -> Int {
        try read { try ArticleRecord.fetchCount($0) }
    }
}
