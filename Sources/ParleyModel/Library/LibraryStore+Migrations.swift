import GRDB

extension LibraryStore {
    /// "PRLY": marks a file as a Parley library, so another program's database is never touched.
    static let applicationID: Int32 = 0x5052_4C59

    /// The schema, one registered migration per change; never edit a shipped migration.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: articles, entities, meetings, timeline") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.create(table: "article") { t in
                t.column("id", .text).primaryKey()
                t.column("path", .text).notNull().indexed()
                t.column("source", .text).notNull()
                t.column("contentHash", .text).notNull().indexed()
                t.column("title", .text).notNull()
                t.column("subtitle", .text)
                t.column("byline", .text)
                t.column("sourceName", .text)
                t.column("body", .text).notNull()
                t.column("paragraphKinds", .text).notNull()
                t.column("displayTitle", .text).notNull()
                t.column("displayBody", .text).notNull()
                t.column("published", .text)
                t.column("publishedBasis", .text)
                t.column("captured", .text)
                // A reference date borrowed from another article's report of the same meeting.
                t.column("referenceDate", .text)
                t.column("referenceBasis", .text)
                t.column("warnings", .text).notNull().defaults(to: "")
                t.column("ingestedAt", .double).notNull()
            }
            try db.create(index: "article_by_published", on: "article", columns: ["published", "id"])
            try db.create(virtualTable: "article_fts", using: FTS5()) { t in
                t.synchronize(withTable: "article")
                t.tokenizer = .unicode61(diacritics: .remove)
                t.column("title")
                t.column("body")
            }
            // What a person added: kept when the article's file is ingested again.
            try db.create(table: "article_state") { t in
                t.column("articleId", .text).primaryKey().references("article", onDelete: .cascade)
                t.column("isRead", .boolean).notNull().defaults(to: false)
                t.column("userPublished", .text)
            }
            try db.create(table: "entity") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("articleId", .text).notNull().indexed().references("article", onDelete: .cascade)
                t.column("name", .text).notNull().indexed()
                t.column("kind", .text).notNull()
                t.column("leader", .boolean).notNull()
                t.column("role", .text)
                t.column("country", .text)
                t.column("mentionCount", .integer).notNull()
            }
            try db.create(table: "mention") { t in
                t.column("entityId", .integer).notNull().indexed().references("entity", onDelete: .cascade)
                t.column("articleId", .text).notNull().indexed()
                t.column("text", .text).notNull()
                t.column("start", .integer).notNull()
                t.column("end", .integer).notNull()
            }
            try db.create(table: "meeting") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("articleId", .text).notNull().indexed().references("article", onDelete: .cascade)
                t.column("participants", .text).notNull().indexed()
                t.column("place", .text)
                t.column("venue", .text)
                t.column("date", .text)
                t.column("precision", .text).notNull()
                t.column("dateBasis", .text).notNull()
                t.column("status", .text).notNull()
                t.column("evidence", .text).notNull()
                t.column("evidenceStart", .integer).notNull()
                t.column("evidenceEnd", .integer).notNull()
                t.column("isCurrent", .boolean).notNull()
                t.column("weekday", .integer)
                t.column("ordinal", .integer)
            }
            // Leader search: every word of every name form (canonical, alias, as written) of every person,
            // normalised, so a prefix query is an index range.
            try db.create(table: "person_word") { t in
                t.column("word", .text).notNull()
                t.column("name", .text).notNull()
                t.column("form", .text).notNull()
                t.primaryKey(["word", "name", "form"])
            }
            try db.create(table: "timeline_entry") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("participants", .text).notNull()
                t.column("place", .text)
                t.column("date", .text)
                t.column("precision", .text).notNull()
                t.column("dateBasis", .text).notNull()
                t.column("status", .text).notNull()
                t.column("sortKey", .text).notNull().indexed()
            }
            try db.create(table: "timeline_article") { t in
                t.column("entryId", .integer).notNull().references("timeline_entry", onDelete: .cascade)
                t.column("articleId", .text).notNull()
                t.column("meetingId", .integer)
                t.primaryKey(["entryId", "articleId"])
            }
            try db.create(table: "timeline_participant") { t in
                t.column("entryId", .integer).notNull().references("timeline_entry", onDelete: .cascade)
                t.column("name", .text).notNull().indexed()
            }
        }
        return migrator
    }
}
