import GRDB

extension LibraryStore {
    /// What is wrong with the library, empty when nothing is: SQLite's integrity check, then whether the
    /// tables agree with each other (every article has its state and search row, every mention count its
    /// mentions, every timeline link a meeting and an article) and whether derived data is up to date.
    public func problems() throws(LibraryError) -> [String] {
        try read { db in
            var found = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            let articleChecks: [(String, String)] = [
                (
                    "articles without their state",
                    "SELECT COUNT(*) FROM article WHERE id NOT IN (SELECT articleId FROM article_state)"
                ),
                (
                    "states of missing articles",
                    "SELECT COUNT(*) FROM article_state WHERE articleId NOT IN (SELECT id FROM article)"
                ),
                (
                    "search rows that differ from the articles",
                    // article_fts holds no rows of its own (its content is the article table): its size
                    // table has one row per article it indexed
                    "SELECT ABS((SELECT COUNT(*) FROM article_fts_docsize) - (SELECT COUNT(*) FROM article))"
                ),
                (
                    "entities whose mention count is wrong",
                    """
                    SELECT COUNT(*) FROM entity e
                    WHERE e.mentionCount <> (SELECT COUNT(*) FROM mention m WHERE m.entityId = e.id)
                    """
                ),
                (
                    "mentions of missing entities",
                    "SELECT COUNT(*) FROM mention WHERE entityId NOT IN (SELECT id FROM entity)"
                ),
            ]
            let timelineChecks: [(String, String)] = [
                (
                    "timeline links to missing meetings",
                    """
                    SELECT COUNT(*) FROM timeline_article
                    WHERE meetingId IS NOT NULL AND meetingId NOT IN (SELECT id FROM meeting)
                    """
                ),
                (
                    "timeline links to missing articles",
                    "SELECT COUNT(*) FROM timeline_article WHERE articleId NOT IN (SELECT id FROM article)"
                ),
                (
                    "timeline entries without articles",
                    "SELECT COUNT(*) FROM timeline_entry WHERE id NOT IN (SELECT entryId FROM timeline_article)"
                ),
            ]
            // A timeline out of date may point at meetings and articles a later batch replaced: that is
            // what being out of date means, and the rebuild mends it, so it is not reported twice.
            let stale = try Self.isStale(db)
            for (name, sql) in articleChecks + (stale ? [] : timelineChecks) {
                let count = try Int.fetchOne(db, sql: sql) ?? 0
                if count > 0 { found.append("\(name): \(count)") }
            }
            if stale {
                found.append("the timeline and lent dates are out of date (the next add or repair finishes them)")
            }
            return found
        }
    }
}
