import Foundation
import GRDB

/// `parley repair`: rebuilds a damaged library from what can still be read of it.
///
/// Every article row that reads back whole is analysed again into a new library, with the person's own
/// marks (read, a corrected date); entities, meetings and the timeline are derived anew, so only the
/// articles matter. The damaged file is kept beside the new one, renamed, never deleted.
public enum LibraryRepair {
    public struct Report: Sendable, Equatable {
        /// Articles carried into the new library.
        public var recovered: Int
        /// Articles the damaged file says it held, when it can still count them.
        public var expected: Int?
        /// Where the damaged file was moved.
        public var keptAt: String
    }

    public static func repair(path: String, analyzer: ArticleAnalyzer = .shared) throws(LibraryError) -> Report {
        switch try LibraryFile.inspect(path) {
        case .missing, .empty: throw .missing(path: path)
        case .foreign: throw .notAParleyLibrary(path: path)
        case .notSQLite, .parley: break
        }
        let (records, states, expected) = salvage(path: path)
        let feeds = salvageFeeds(path: path)
        if records.isEmpty, expected != 0 {
            throw .cannotOpen(
                path: path,
                reason: "no article can be read from it, so it was left as it is; "
                    + "move it aside and add your files again with `parley add`")
        }
        let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "")
        let draft = path + ".repairing-\(getpid())"
        let kept = path + ".damaged-\(stamp)"
        LibraryFile.removeDatabaseFiles(draft)
        do {
            let store = try LibraryStore(path: draft)
            try store.write { db in
                for record in records {
                    let article = LibraryStore.article(record, userDate: nil)
                    let prepared = PreparedArticle(
                        article: article, analysis: analyzer.analyze(article), path: record.path,
                        contentHash: record.contentHash)
                    _ = try LibraryStore.save(prepared, in: db)
                }
                for state in states {
                    try db.execute(
                        sql: """
                            UPDATE article_state SET isRead = ?, userPublished = ? WHERE articleId = ?
                            """, arguments: [state.isRead, state.userPublished, state.id])
                    // the meetings of an article a person dated are read against that date, as `date` does
                    if state.userPublished != nil {
                        try LibraryStore.reanalyze(id: state.id, analyzer: analyzer, in: db)
                    }
                }
                try restore(feeds, in: db)
                try LibraryStore.markStale(db)
            }
            try store.refreshDerived(analyzer: analyzer)
        }
        for suffix in ["-wal", "-shm", ""] { rename(path + suffix, kept + suffix) }
        guard rename(draft, path) == 0 else {
            throw .cannotOpen(
                path: path, reason: "the rebuilt library is at \(draft): \(String(cString: strerror(errno)))")
        }
        return Report(recovered: records.count, expected: expected, keptAt: kept)
    }

    struct State {
        var id: String
        var isRead: Bool
        var userPublished: String?
    }

    /// The rows that read back, walking the table from both ends: damage in the middle of a table stops
    /// a walk, so the rows past it are reached from the other side.
    static func salvage(path: String) -> ([ArticleRecord], [State], Int?) {
        var configuration = Configuration()
        configuration.readonly = true
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return ([], [], nil) }
        defer { try? queue.close() }
        var records: [String: ArticleRecord] = [:]
        var states: [String: State] = [:]
        var expected: Int?
        for order in ["ASC", "DESC"] {
            try? queue.read { db in
                let cursor = try ArticleRecord.fetchCursor(db, sql: "SELECT * FROM article ORDER BY rowid \(order)")
                while let record = try cursor.next() { records[record.id] = record }
            }
            try? queue.read { db in
                let rows = try Row.fetchCursor(
                    db, sql: "SELECT articleId, isRead, userPublished FROM article_state ORDER BY rowid \(order)")
                while let row = try rows.next() {
                    let id: String = row["articleId"]
                    states[id] = State(id: id, isRead: row["isRead"] ?? false, userPublished: row["userPublished"])
                }
            }
        }
        try? queue.read { db in expected = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") }
        let kept = records.values.sorted { $0.id < $1.id }
        return (kept, states.values.filter { records[$0.id] != nil }, expected)
    }
}
