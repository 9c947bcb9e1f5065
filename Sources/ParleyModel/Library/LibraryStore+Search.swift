import GRDB

extension LibraryStore {
    /// How many of the newest matches are ranked when a query matches very many articles.
    public static let searchRankWindow = 5_000

    /// Full-text search over titles and bodies, best match first, with a marked snippet.
    ///
    /// Each word of `query` must appear (accents and case ignored); the last word matches as a prefix,
    /// so results come while a person is still typing. When more than `searchRankWindow` articles match,
    /// the best of the most recently added `searchRankWindow` are listed: ranking every match of a common
    /// word in a large library would take longer than a key press may.
    public func search(_ query: String, limit: Int = 50, rankWindow: Int = searchRankWindow) throws(LibraryError)
        -> [SearchHit]
    {
        let words = NameKey.of(query).split(separator: " ").map(String.init)
        guard let pattern = Self.ftsPattern(words) else { return [] }
        return try read { db in
            let floor =
                try Int64.fetchOne(
                    db,
                    sql: "SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                    arguments: [pattern, max(1, rankWindow) - 1]) ?? 0
            let sql = """
                SELECT a.id, a.displayTitle, a.source, a.sourceName, NULLIF(s.listKey, '') AS effectivePublished,
                       s.isRead AS isRead, a.displayBody
                FROM (SELECT rowid AS hit, bm25(article_fts, 5.0, 1.0) AS score FROM article_fts
                      WHERE article_fts MATCH ? AND rowid >= ? ORDER BY score LIMIT ?) AS ranked
                JOIN article a ON a.rowid = ranked.hit
                JOIN article_state s ON s.articleId = a.id
                ORDER BY ranked.score
                """
            return try Row.fetchAll(db, sql: sql, arguments: [pattern, floor, limit]).map { row in
                let body: String = row["displayBody"] ?? ""
                return SearchHit(
                    summary: Self.summary(row), snippet: SearchSnippet.make(text: body, words: words, prefixLast: true))
            }
        }
    }

    /// A safe FTS5 query from a query's `NameKey` words: each quoted, the last one a prefix. Nil when none.
    static func ftsPattern(_ words: [String]) -> String? {
        guard !words.isEmpty else { return nil }
        return words.enumerated().map { index, word in
            "\"\(word)\"" + (index == words.count - 1 ? "*" : "")
        }.joined(separator: " ")
    }
}
