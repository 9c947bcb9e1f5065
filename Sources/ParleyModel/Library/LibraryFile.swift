import Foundation
import GRDB

/// What lies at a library path, told from the file's first 100 bytes (SQLite's database header) without
/// opening it: a foreign database is refused before any connection could leave a journal beside it.
enum LibraryFile: Equatable {
    case missing
    /// A file of zero bytes: `touch library.sqlite` before the first `add`.
    case empty
    case notSQLite
    /// An SQLite database whose application id is not Parley's: another program's, never touched.
    case foreign
    case parley

    static func inspect(_ path: String) throws(LibraryError) -> LibraryFile {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .missing }
        if isDirectory.boolValue { throw .cannotOpen(path: path, reason: "it is a directory") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .cannotOpen(path: path, reason: "permission denied")
        }
        defer { try? handle.close() }
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        if header.isEmpty { return .empty }
        guard header.count == 100, header.starts(with: Array("SQLite format 3\u{0}".utf8)) else { return .notSQLite }
        // the application id is a big-endian 32-bit number at offset 68 of the header
        let applicationID = header[68..<72].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        return Int32(bitPattern: applicationID) == LibraryStore.applicationID ? .parley : .foreign
    }

    /// Creates a complete library at `path`, or finds that another process just did.
    ///
    /// The schema is built in a hidden file beside the target and moved into place only when whole, so an
    /// interrupted first command leaves either nothing or a finished library, never a half-made file that
    /// looks like another program's. Two processes creating the same library race on the final link:
    /// one wins, the other drops its copy and opens the winner's.
    static func create(at path: String, replacingEmpty: Bool) throws(LibraryError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotOpen(path: path, reason: "cannot create its folder: \(error.localizedDescription)")
        }
        let draft = directory.appendingPathComponent(draftPrefix(for: url.lastPathComponent) + "\(getpid())").path
        defer { removeDatabaseFiles(draft) }
        removeDatabaseFiles(draft)
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            let pool = try DatabasePool(path: draft, configuration: configuration)
            try LibraryStore.migrator.migrate(pool)
            try pool.close()  // the last connection folds the journal into the file and removes it
        } catch {
            throw .cannotOpen(path: path, reason: "cannot create the library: \(error)")
        }
        if replacingEmpty {
            // only while the target is still the empty file seen before
            if (try? inspect(path)) == .empty { _ = rename(draft, path) }
        } else if link(draft, path) != 0, errno != EEXIST {
            throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
    }

    private static func draftPrefix(for name: String) -> String { ".\(name).creating-" }

    /// The rebuilt library `repair` writes beside the damaged one before moving it into place.
    static func repairDraft(of path: String, pid: Int32 = getpid()) -> String { path + ".repairing-\(pid)" }

    /// Drafts left by a process killed while it made the library (`.NAME.creating-PID`) or rebuilt it
    /// (`NAME.repairing-PID`), with their journals; a draft of a process still running is left to it.
    ///
    /// A repair killed between moving the damaged file aside and moving its finished draft into place
    /// leaves no library but a whole draft: that draft is moved into place instead of removed.
    static func removeAbandonedDrafts(of path: String) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let name = url.lastPathComponent
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        var dead: Set<String> = []
        for prefix in [draftPrefix(for: name), name + ".repairing-"] {
            for file in names where file.hasPrefix(prefix) {
                var rest = file.dropFirst(prefix.count)
                for suffix in journalSuffixes where rest.hasSuffix(suffix) { rest = rest.dropLast(suffix.count) }
                guard let pid = Int32(rest), kill(pid, 0) != 0, errno == ESRCH else { continue }
                dead.insert(directory.appendingPathComponent(prefix + String(rest)).path)
            }
        }
        for draft in dead.sorted() {
            let finishedRepair = draft.hasPrefix(path + ".repairing-") && !FileManager.default.fileExists(atPath: path)
            if finishedRepair, !FileManager.default.fileExists(atPath: draft + "-wal"), rename(draft, path) == 0 {
                continue
            }
            removeDatabaseFiles(draft)
        }
    }

    private static let journalSuffixes = ["-journal", "-wal", "-shm"]

    /// Removes a database file and every journal SQLite may have left beside it.
    static func removeDatabaseFiles(_ path: String) {
        for suffix in [""] + journalSuffixes { unlink(path + suffix) }
    }
}
