import GRDB

/// Derived data (dates lent between reports of one meeting, the merged timeline) is computed from the
/// stored articles. Every write that changes articles marks it stale in the same transaction, and one
/// transaction recomputes it and clears the mark: a command cut off between the two leaves a mark that
/// the next command opening the library for writing acts on, so no interruption leaves a timeline that
/// silently misses meetings or points at deleted ones.
extension LibraryStore {
    /// True when an interrupted command left the timeline and lent dates to be recomputed.
    public func isStale() throws(LibraryError) -> Bool {
        try read { try Self.isStale($0) }
    }

    static func isStale(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT 1 FROM library_state WHERE key = 'derived'") ?? false
    }

    static func markStale(_ db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO library_state (key, value) VALUES ('derived', 'stale')")
    }

    /// Lends dates and rebuilds the timeline in one transaction, and clears the stale mark with them.
    public func refreshDerived(analyzer: ArticleAnalyzer = .shared) throws(LibraryError) {
        try write { db in try Self.refreshDerived(analyzer: analyzer, in: db) }
    }

    /// Rebuilds what is derived when it is marked out of date, looked at and done in one transaction, so
    /// two writers finishing at once do not both rebuild.
    public func refreshIfStale(analyzer: ArticleAnalyzer = .shared) throws(LibraryError) {
        try write { db in if try Self.isStale(db) { try Self.refreshDerived(analyzer: analyzer, in: db) } }
    }

    static func refreshDerived(analyzer: ArticleAnalyzer, in db: Database) throws {
        try lendDates(analyzer: analyzer, in: db)
        try rebuildTimeline(in: db)
        try db.execute(sql: "DELETE FROM library_state WHERE key = 'derived'")
    }

    /// Sets (or with nil, clears) a person's publication date, reads the article again against it and
    /// recomputes what depends on it, all in one transaction.
    public func correctPublicationDate(id: String, to date: CalendarDate?, analyzer: ArticleAnalyzer = .shared)
        throws(LibraryError)
    {
        let found = try write { db -> Bool in
            guard try ArticleRecord.exists(db, key: id) else { return false }
            try Self.setPublicationDate(id: id, to: date, in: db)
            try Self.reanalyze(id: id, analyzer: analyzer, in: db)
            try Self.refreshDerived(analyzer: analyzer, in: db)
            return true
        }
        if !found { throw .unknownArticle(id) }
    }

    /// Runs extraction again on a stored article, against its borrowed date unless a person set one.
    static func reanalyze(id: String, analyzer: ArticleAnalyzer, in db: Database) throws {
        guard let record = try ArticleRecord.fetchOne(db, key: id) else { return }
        let state = try Row.fetchOne(db, sql: "SELECT * FROM article_state WHERE articleId = ?", arguments: [id])
        let stored = try stored(record, state: state, in: db)
        let analysis = analyzer.analyze(stored.article, reference: stored.dateSetByUser ? nil : stored.reference)
        try db.execute(sql: "DELETE FROM entity WHERE articleId = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM meeting WHERE articleId = ?", arguments: [id])
        try storeAnalysis(analysis, articleId: id, in: db)
    }
}
