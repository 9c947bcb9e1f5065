import GRDB

extension LibraryRepair {
    /// The feeds followed and the entries stored, as far as they read back: carried into the rebuilt
    /// library so that a repair forgets neither the subscriptions nor which entries it already holds.
    struct FeedRows {
        var feeds: [FeedSubscription] = []
        var entries: [(feedUrl: String, guid: String?, link: String?, contentHash: String, articleId: String)] = []
    }

    static func salvageFeeds(path: String) -> FeedRows {
        var rows = FeedRows()
        guard let reader = SalvageReader(path: path) else { return rows }
        defer { reader.close() }
        // a library from before v9 has neither table: nothing to carry
        for row in reader.rows(of: "feed").rows.sorted(by: { $0.key < $1.key }) {
            if let feed = try? FeedSubscription(row: row.value) { rows.feeds.append(feed) }
        }
        let entries = reader.rows(of: "feed_entry", columns: "feedUrl, guid, link, contentHash, articleId")
        for (_, row) in entries.rows.sorted(by: { $0.key < $1.key }) {
            guard let feedUrl = row["feedUrl"] as String?, let contentHash = row["contentHash"] as String?,
                let articleId = row["articleId"] as String?
            else { continue }
            rows.entries.append((feedUrl, row["guid"], row["link"], contentHash, articleId))
        }
        return rows
    }

    /// Writes what `salvageFeeds` read; entries of articles that did not survive are left out.
    static func restore(_ rows: FeedRows, in db: Database) throws {
        for feed in rows.feeds { try feed.insert(db, onConflict: .ignore) }
        for entry in rows.entries {
            try db.execute(
                sql: """
                    INSERT INTO feed_entry (feedUrl, guid, link, contentHash, articleId)
                    SELECT ?, ?, ?, ?, id FROM article WHERE id = ?
                    """,
                arguments: [entry.feedUrl, entry.guid, entry.link, entry.contentHash, entry.articleId])
        }
    }
}
