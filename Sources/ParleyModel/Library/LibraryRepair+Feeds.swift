import GRDB

extension LibraryRepair {
    /// The feeds followed and the entries stored, as far as they read back: carried into the rebuilt
    /// library so that a repair forgets neither the subscriptions nor which entries it already holds.
    struct FeedRows {
        var feeds: [FeedSubscription] = []
        var entries: [(feedUrl: String, guid: String?, link: String?, contentHash: String, articleId: String)] = []
    }

    static func salvageFeeds(path: String) -> FeedRows {
        var configuration = Configuration()
        configuration.readonly = true
        var rows = FeedRows()
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return rows }
        defer { try? queue.close() }
        // a library from before v7 has neither table: nothing to carry
        try? queue.read { db in rows.feeds = try FeedSubscription.fetchAll(db) }
        try? queue.read { db in
            let cursor = try Row.fetchCursor(
                db, sql: "SELECT feedUrl, guid, link, contentHash, articleId FROM feed_entry")
            while let row = try cursor.next() {
                rows.entries.append((row["feedUrl"], row["guid"], row["link"], row["contentHash"], row["articleId"]))
            }
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
