import GRDB

extension LibraryStore {
    /// Full-text search over titles and bodies, best match first, with a marked snippet.
    ///
    /// Each word of `query` must appear (accents and case ignored); the last word matches as a prefix,
    /// so results come while a person is still typing.
    public func search(_ query: String, limit: Int = 50) throws(LibraryError) -> [SearchHit] {
        guard let pattern = Self.ftsPattern(query) else { return [] }
        return try read { db in
            let sql = """
                SELECT a.id, a.displayTitle, a.source, a.sourceName,
                       COALESCE(s.userPublished, a.published) AS effectivePublished, COALESCE(s.isRead, 0) AS isRead,
                       snippet(article_fts, 1, '[', ']', '…', 12) AS snippet
                FROM article_fts
                JOIN article a ON a.rowid = article_fts.rowid
                LEFT JOIN article_state s ON s.articleId = a.id
                WHERE article_fts MATCH ?
                ORDER BY bm25(article_fts, 5.0, 1.0)
                LIMIT ?
                """
            return try Row.fetchAll(db, sql: sql, arguments: [pattern, limit]).map {
                SearchHit(summary: Self.summary($0), snippet: DisplayText.sanitize(($0["snippet"] as String?) ?? ""))
            }
        }
    }

    /// A safe FTS5 query from free text: each word quoted, the last one a prefix. Nil when no words.
    static func ftsPattern(_ query: String) -> String? {
        let words = NameKey.of(query).split(separator: " ")
        guard !words.isEmpty else { return nil }
        return words.enumerated().map { index, word in
            "\"\(word)\"" + (index == words.count - 1 ? "*" : "")
        }.joined(separator: " ")
    }
}
