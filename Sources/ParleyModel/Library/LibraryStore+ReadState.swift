import GRDB

/// Read marks: kept in `article_state`, which outlives re-adding an article's file.
extension LibraryStore {
    /// Marks an article read (the list stops showing it as new), or unread again; true when the mark
    /// changed. A library opened read-only keeps no read marks: the reader still works, and says it is
    /// read-only.
    @discardableResult
    public func markRead(id: String, _ isRead: Bool = true) throws(LibraryError) -> Bool {
        if isReadOnly { return false }
        return try write { db in
            let before = try Bool.fetchOne(
                db, sql: "SELECT isRead FROM article_state WHERE articleId = ?", arguments: [id])
            try db.execute(
                sql: """
                    INSERT INTO article_state (articleId, isRead) VALUES (?, ?)
                    ON CONFLICT(articleId) DO UPDATE SET isRead = excluded.isRead
                    """, arguments: [id, isRead])
            return before != isRead
        }
    }

    /// Marks read every article in `ids`, or when nil every article naming any of `names` (all articles
    /// when both are nil); returns how many marks changed.
    @discardableResult
    public func markAllRead(ids: [String]? = nil, mentioning names: [String]? = nil) throws(LibraryError) -> Int {
        if isReadOnly { return 0 }
        return try write { db in
            var sql = "UPDATE article_state SET isRead = 1 WHERE isRead = 0"
            var arguments: StatementArguments = []
            if let ids {
                sql += " AND articleId IN (" + ids.map { _ in "?" }.joined(separator: ",") + ")"
                arguments += StatementArguments(ids)
            } else if let names {
                sql += " AND articleId IN (SELECT articleId FROM entity WHERE kind = 'person' AND name IN ("
                sql += names.map { _ in "?" }.joined(separator: ",") + "))"
                arguments += StatementArguments(names)
            }
            if ids?.isEmpty == true || names?.isEmpty == true { return 0 }
            try db.execute(sql: sql, arguments: arguments)
            return db.changesCount
        }
    }

    /// How many articles naming any of `names` (all when nil) are unread.
    public func unreadCount(mentioning names: [String]? = nil) throws(LibraryError) -> Int {
        try read { db in
            var sql = "SELECT COUNT(*) FROM article_state s WHERE s.isRead = 0"
            var arguments: StatementArguments = []
            if let names {
                guard !names.isEmpty else { return 0 }
                sql += " AND s.articleId IN (SELECT articleId FROM entity WHERE kind = 'person' AND name IN ("
                sql += names.map { _ in "?" }.joined(separator: ",") + "))"
                arguments += StatementArguments(names)
            }
            return try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0
        }
    }

    /// The nearest unread article after (or, backwards, before) list position `position`, in list order,
    /// among articles naming any of `names` (all when nil): its position and id.
    public func unread(after position: Int, forward: Bool = true, mentioning names: [String]? = nil)
        throws(LibraryError) -> (position: Int, id: String)?
    {
        try read { db in
            var filter = ""
            var arguments: StatementArguments = []
            if let names {
                guard !names.isEmpty else { return nil }
                filter = " WHERE s.articleId IN (SELECT articleId FROM entity WHERE kind = 'person' AND name IN ("
                filter += names.map { _ in "?" }.joined(separator: ",") + "))"
                arguments += StatementArguments(names)
            }
            let sql = """
                SELECT position, articleId FROM (
                  SELECT ROW_NUMBER() OVER (ORDER BY s.listKey DESC, s.articleId) - 1 AS position, s.articleId, s.isRead
                  FROM article_state s\(filter))
                WHERE isRead = 0 AND position \(forward ? ">" : "<") ?
                ORDER BY position \(forward ? "ASC" : "DESC") LIMIT 1
                """
            arguments += [position]
            guard let row = try Row.fetchOne(db, sql: sql, arguments: arguments) else { return nil }
            return (row["position"], row["articleId"])
        }
    }
}
