import Foundation
import GRDB

extension LibraryStore {
    /// The check a library opened for reading gets before anything is read from it (see `PageCheck`):
    /// damage found is reported as damage, so that no reading command shows part of a library as if it
    /// were whole.
    ///
    /// The file alone is the library only while the write-ahead log holds nothing; with a writer at work
    /// (or one cut off) the check is left out, and SQLite reports the damage a command meets.
    static func quickCheck(_ queue: DatabaseQueue, path: String) throws(LibraryError) {
        let findings: [String]
        do {
            findings = try queue.read { db in
                // this read starts the transaction that keeps a checkpoint from changing the file meanwhile
                let trees = try Row.fetchAll(db, sql: "SELECT name, rootpage FROM sqlite_master WHERE rootpage > 0")
                    .map { PageCheck.Tree(name: $0["name"], root: $0["rootpage"]) }
                let journal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
                guard journal == 0 else { return [] }
                var check = PageCheck(trees: trees)
                // a large library's leaves are read a stretch at a time: each start begins somewhere else
                check.leafStart = Date().timeIntervalSince1970.truncatingRemainder(dividingBy: 97) / 97
                return check.findings(path: path)
            }
        } catch {
            throw failure(error, path: path)
        }
        if !findings.isEmpty {
            throw .damaged(path: path, findings: "the check at start: " + findings.joined(separator: "; "))
        }
    }
}
