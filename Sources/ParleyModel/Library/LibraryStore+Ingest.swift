import Foundation
import GRDB

extension LibraryStore {
    /// A file the library holds: its article id and the hash of the bytes it was read from.
    public struct StoredFile: Sendable, Equatable {
        public var id: String
        public var contentHash: String
    }

    /// Every stored file by path, so an ingest can pass over unchanged files without reading them again.
    public func storedFiles() throws(LibraryError) -> [String: StoredFile] {
        try read { db in
            var files: [String: StoredFile] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT path, id, contentHash FROM article")
            while let row = try rows.next() {
                files[row["path"]] = StoredFile(id: row["id"], contentHash: row["contentHash"])
            }
            return files
        }
    }

    /// Stores a batch of articles in one transaction: all of it lands, or none of it.
    ///
    /// A file already stored under the same path keeps its id: unchanged content is skipped, changed
    /// content replaces the old row in place. Content already stored from another path is skipped too.
    public func save(_ batch: [PreparedArticle]) throws(LibraryError) -> [IngestOutcome] {
        try write { db in
            var outcomes: [IngestOutcome] = []
            for prepared in batch {
                outcomes.append(try Self.save(prepared, in: db))
            }
            if outcomes.contains(where: \.changesLibrary) { try Self.markStale(db) }
            return outcomes
        }
    }

    static func save(_ prepared: PreparedArticle, in db: Database) throws -> IngestOutcome {
        if let existing = try ArticleRecord.fetchOne(
            db.cachedStatement(sql: "SELECT * FROM article WHERE path = ? LIMIT 1"), arguments: [prepared.path])
        {
            if existing.contentHash == prepared.contentHash { return .unchanged(id: existing.id) }
            try store(prepared, id: existing.id, in: db, replacing: true)
            return .updated(id: existing.id)
        }
        if let duplicate = try String.fetchOne(
            db.cachedStatement(sql: "SELECT id FROM article WHERE contentHash = ? LIMIT 1"),
            arguments: [prepared.contentHash])
        {
            return .unchanged(id: duplicate)
        }
        let id = try freeID(for: prepared.article.id, path: prepared.path, in: db)
        try store(prepared, id: id, in: db, replacing: false)
        return .added(id: id)
    }

    /// The file name id, or with a short suffix from its path when another file took that name.
    private static func freeID(for base: String, path: String, in db: Database) throws -> String {
        var candidate = base.isEmpty ? "article" : base
        var salt = 0
        let taken = try db.cachedStatement(sql: "SELECT 1 FROM article WHERE id = ? LIMIT 1")
        while try Bool.fetchOne(taken, arguments: [candidate]) == true {
            let digest = ContentHash.of(Array("\(path)#\(salt)".utf8))
            candidate = "\(base)-\(digest.prefix(4))"
            salt += 1
        }
        return candidate
    }

    static func store(_ prepared: PreparedArticle, id: String, in db: Database, replacing: Bool) throws {
        let article = prepared.article
        if replacing {
            try db.cachedStatement(sql: "DELETE FROM entity WHERE articleId = ?").execute(arguments: [id])
            try db.cachedStatement(sql: "DELETE FROM meeting WHERE articleId = ?").execute(arguments: [id])
            try db.execute(
                sql: "UPDATE article SET referenceDate = NULL, referenceBasis = NULL WHERE id = ?", arguments: [id])
        }
        let record = ArticleRecord(
            id: id, path: prepared.path, source: article.source, contentHash: prepared.contentHash,
            title: article.title, subtitle: article.subtitle, byline: article.byline, sourceName: article.sourceName,
            body: article.text, paragraphKinds: article.paragraphs.map(\.kind.rawValue).joined(separator: ","),
            displayTitle: DisplayText.sanitize(article.headline), displayBody: DisplayText.sanitize(article.text),
            published: article.published.map { $0.date.description }, publishedBasis: article.published?.basis,
            captured: article.captured?.description, warnings: article.warnings.joined(separator: "\n"),
            ingestedAt: Date().timeIntervalSince1970, canonicalURL: article.canonicalURL)
        if replacing { try record.update(db) } else { try record.insert(db) }
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO article_state (articleId) VALUES (?)")
            .execute(arguments: [id])
        try storeAnalysis(prepared.analysis, articleId: id, in: db)
    }

    /// Adds every form of a person's name (canonical, known aliases, as written) to the leader index.
    static func indexName(_ entity: Entity, in db: Database) throws {
        var forms = Set([NameKey.of(entity.name)])
        for mention in entity.mentions where mention.text.first?.isUppercase ?? true {
            forms.insert(NameKey.of(mention.text))
        }
        for alias in KnowledgeBase.bundled.aliases(of: entity.name) { forms.insert(NameKey.of(alias)) }
        // compiled once per connection: this runs for every word of every form of every person stored
        let insert = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO person_word (word, name, form) VALUES (?, ?, ?)")
        for form in forms where !form.isEmpty {
            for word in form.split(separator: " ") {
                try insert.execute(arguments: [String(word), entity.name, form])
            }
        }
    }

    static func storeAnalysis(_ found: ArticleAnalysis, articleId: String, in db: Database) throws {
        let analysis = try unifyNames(found, in: db)
        // one prepared statement for every mention: the row-by-row record encoding was the write path's
        // largest cost on pages that name many people
        let insertMention = try db.cachedStatement(
            sql: "INSERT INTO mention (entityId, articleId, text, start, \"end\") VALUES (?, ?, ?, ?, ?)")
        // prepared once per connection too: a record's own insert compiles its statement every time
        let insertEntity = try db.cachedStatement(
            sql: """
                INSERT INTO entity (articleId, name, kind, leader, role, country, mentionCount)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
        for entity in analysis.entities {
            try insertEntity.execute(arguments: [
                articleId, entity.name, entity.kind.rawValue, entity.leader, entity.role, entity.country,
                entity.mentions.count,
            ])
            let entityId = db.lastInsertedRowID
            for mention in entity.mentions {
                try insertMention.execute(arguments: [entityId, articleId, mention.text, mention.start, mention.end])
            }
            if entity.kind == .person { try indexName(entity, in: db) }
        }
        let insertMeeting = try db.cachedStatement(
            sql: """
                INSERT INTO meeting (articleId, participants, place, venue, date, precision, dateBasis, status,
                  evidence, evidenceStart, evidenceEnd, isCurrent, weekday, ordinal)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for meeting in analysis.meetings {
            try insertMeeting.execute(arguments: [
                articleId, meeting.participants.joined(separator: "|"), meeting.place, meeting.venue,
                meeting.date?.description, meeting.precision.rawValue, meeting.dateBasis, meeting.status.rawValue,
                meeting.evidence, meeting.evidenceStart, meeting.evidenceEnd, meeting.isCurrent, meeting.weekday,
                meeting.ordinal,
            ])
        }
    }
}
