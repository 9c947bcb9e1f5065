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
        if let existing = try ArticleRecord.filter(Column("path") == prepared.path).fetchOne(db) {
            if existing.contentHash == prepared.contentHash { return .unchanged(id: existing.id) }
            try store(prepared, id: existing.id, in: db, replacing: true)
            return .updated(id: existing.id)
        }
        if let duplicate = try String.fetchOne(
            db, sql: "SELECT id FROM article WHERE contentHash = ? LIMIT 1", arguments: [prepared.contentHash])
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
        while try ArticleRecord.exists(db, key: candidate) {
            let digest = ContentHash.of(Array("\(path)#\(salt)".utf8))
            candidate = "\(base)-\(digest.prefix(4))"
            salt += 1
        }
        return candidate
    }

    static func store(_ prepared: PreparedArticle, id: String, in db: Database, replacing: Bool) throws {
        let article = prepared.article
        if replacing {
            try db.execute(sql: "DELETE FROM entity WHERE articleId = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM meeting WHERE articleId = ?", arguments: [id])
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
        try db.execute(sql: "INSERT OR IGNORE INTO article_state (articleId) VALUES (?)", arguments: [id])
        try storeAnalysis(prepared.analysis, articleId: id, in: db)
    }

    /// Adds every form of a person's name (canonical, known aliases, as written) to the leader index.
    static func indexName(_ entity: Entity, in db: Database) throws {
        var forms = Set([NameKey.of(entity.name)])
        for mention in entity.mentions where mention.text.first?.isUppercase ?? true {
            forms.insert(NameKey.of(mention.text))
        }
        for alias in KnowledgeBase.bundled.aliases(of: entity.name) { forms.insert(NameKey.of(alias)) }
        for form in forms where !form.isEmpty {
            for word in form.split(separator: " ") {
                try db.execute(
                    sql: "INSERT OR IGNORE INTO person_word (word, name, form) VALUES (?, ?, ?)",
                    arguments: [String(word), entity.name, form])
            }
        }
    }

    static func storeAnalysis(_ found: ArticleAnalysis, articleId: String, in db: Database) throws {
        let analysis = try unifyNames(found, in: db)
        // one prepared statement for every mention: the row-by-row record encoding was the write path's
        // largest cost on pages that name many people
        let insertMention = try db.cachedStatement(
            sql: "INSERT INTO mention (entityId, articleId, text, start, \"end\") VALUES (?, ?, ?, ?, ?)")
        for entity in analysis.entities {
            var record = EntityRecord(
                id: nil, articleId: articleId, name: entity.name, kind: entity.kind.rawValue, leader: entity.leader,
                role: entity.role, country: entity.country, mentionCount: entity.mentions.count)
            try record.insert(db)
            guard let entityId = record.id else { continue }
            for mention in entity.mentions {
                try insertMention.execute(arguments: [entityId, articleId, mention.text, mention.start, mention.end])
            }
            if entity.kind == .person { try indexName(entity, in: db) }
        }
        for meeting in analysis.meetings {
            var record = MeetingRecord(
                id: nil, articleId: articleId, participants: meeting.participants.joined(separator: "|"),
                place: meeting.place, venue: meeting.venue, date: meeting.date?.description,
                precision: meeting.precision.rawValue, dateBasis: meeting.dateBasis, status: meeting.status.rawValue,
                evidence: meeting.evidence, evidenceStart: meeting.evidenceStart, evidenceEnd: meeting.evidenceEnd,
                isCurrent: meeting.isCurrent, weekday: meeting.weekday, ordinal: meeting.ordinal)
            try record.insert(db)
        }
    }
}
