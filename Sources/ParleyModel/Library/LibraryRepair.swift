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
        /// Articles the damaged file held, as far as it can still count them.
        public var expected: Int?
        /// False when part of the file is lost so that `expected` counts only the articles still listed.
        public var expectedIsExact: Bool
        /// Where the damaged file was moved.
        public var keptAt: String
    }

    public static func repair(path: String, analyzer: ArticleAnalyzer = .shared) throws(LibraryError) -> Report {
        try prepare(path)
        let salvage = salvage(path: path)
        let (records, states) = (salvage.records, salvage.states)
        let feeds = salvageFeeds(path: path)
        if records.isEmpty, salvage.expected != 0 {
            throw .cannotOpen(
                path: path,
                reason: "no article can be read from it, so it was left as it is; "
                    + "move it aside and add your files again with `parley add`")
        }
        let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "")
        let draft = LibraryFile.repairDraft(of: path)
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
        return Report(
            recovered: records.count, expected: salvage.expected, expectedIsExact: salvage.expectedIsExact,
            keptAt: kept)
    }

    /// Clears what a repair killed before it finished left beside the library, then throws what keeps a
    /// repair from starting, before anything opens the file: no library there, another program's
    /// database, a file or folder that cannot be written, a newer Parley's schema.
    public static func prepare(_ path: String) throws(LibraryError) {
        LibraryFile.removeAbandonedDrafts(of: path)
        switch try LibraryFile.inspect(path) {
        case .missing, .empty: throw .missing(path: path)
        case .foreign: throw .notAParleyLibrary(path: path)
        case .notSQLite, .parley: break
        }
        // refused as every other command refuses it, and left as it is
        guard LibraryStore.canWrite(path) else { throw .readOnly(path: path) }
        if SalvageReader(path: path)?.hasNewerSchema() == true { throw .newerVersion(path: path) }
    }

    struct State {
        var id: String
        var isRead: Bool
        var userPublished: String?
    }

    /// What `salvage` read: the articles that read back whole, the person's marks on them, and how many
    /// articles the file held as far as its indexes still tell.
    struct Salvage {
        var records: [ArticleRecord] = []
        var states: [State] = []
        var expected: Int?
        var expectedIsExact = false
    }

    /// The rows that read back, found by rowid past every damaged page (see `SalvageReader`).
    static func salvage(path: String) -> Salvage {
        var salvage = Salvage()
        guard let reader = SalvageReader(path: path) else { return salvage }
        defer { reader.close() }
        // the search index keeps one size row per article, keyed by the article's rowid, in pages of its own
        let indexed = reader.rows(of: "article_fts_docsize", columns: "id")
        let census = reader.census(of: "article", extra: indexed)
        let articles = reader.rows(of: "article", known: census.rowids)
        var records: [String: ArticleRecord] = [:]
        for row in articles.rows.values {
            if let record = try? ArticleRecord(row: row) { records[record.id] = record }
        }
        var states: [String: State] = [:]
        for row in reader.rows(of: "article_state", columns: "articleId, isRead, userPublished").rows.values {
            guard let id = row["articleId"] as String?, records[id] != nil else { continue }
            states[id] = State(id: id, isRead: row["isRead"] ?? false, userPublished: row["userPublished"])
        }
        salvage.records = records.values.sorted { $0.id < $1.id }
        salvage.states = states.values.sorted { $0.id < $1.id }
        let known = census.rowids.union(articles.rows.keys)
        salvage.expected = known.isEmpty && !(census.isWhole || articles.isWhole) ? nil : known.count
        salvage.expectedIsExact = census.isWhole || articles.isWhole
        return salvage
    }
}
