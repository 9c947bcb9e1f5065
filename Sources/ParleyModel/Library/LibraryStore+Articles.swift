import Foundation
import GRDB

extension LibraryStore {
    /// Article list rows; every article has a state row (ingest makes it), whose `listKey` orders the list.
    static let summarySQL = """
        SELECT a.id, a.displayTitle, \(headlineColumns), a.source, a.sourceName,
               NULLIF(s.listKey, '') AS effectivePublished, s.isRead AS isRead
        FROM article_state s JOIN article a ON a.id = s.articleId
        """
    /// Whether the article has a title of its own, and for one stored before untitled articles were shown
    /// by their lede (its title "(untitled)"), the start of its body to draw the lede from.
    static let headlineColumns = """
        a.title NOT IN ('', '\(legacyUntitled)') AS titled,
        CASE WHEN a.title = '\(legacyUntitled)' THEN substr(a.displayBody, 1, 600) END AS legacyLede,
        CASE WHEN a.title = '\(legacyUntitled)' THEN a.paragraphKinds END AS legacyKinds
        """
    /// What articles without a title were stored with before they were shown by their lede.
    static let legacyUntitled = "(untitled)"
    /// Newest first, undated last: the order of the `article_state_by_list_key` index.
    static let listOrderSQL = " ORDER BY s.listKey DESC, s.articleId"

    static func summary(_ row: Row) -> ArticleSummary {
        let source: String = row["sourceName"] ?? (row["source"] as String? ?? "")
        var title: String = row["displayTitle"]
        if let body = row["legacyLede"] as String? { title = legacyHeadline(body: body, kinds: row["legacyKinds"]) }
        return ArticleSummary(
            id: row["id"], title: title, source: DisplayText.sanitize(Self.shortSource(source)),
            published: (row["effectivePublished"] as String?).flatMap(CalendarDate.init(iso:)), isRead: row["isRead"],
            hasTitle: row["titled"] ?? true, sourcePath: row["source"] ?? "")
    }

    /// The lede headline of an article stored as "(untitled)", from its (display) body and paragraph kinds.
    static func legacyHeadline(body: String, kinds: String?) -> String {
        let kinds = (kinds ?? "").split(separator: ",").map { Paragraph.Kind(rawValue: String($0)) ?? .body }
        let texts = body.components(separatedBy: "\n\n")
        let paragraphs = texts.enumerated().map { Paragraph($0 < kinds.count ? kinds[$0] : .body, $1) }
        return Headline.lede(of: paragraphs)
    }

    /// "…/seeds/002_x.txt" → "002_x.txt"; a URL → its host.
    static func shortSource(_ source: String) -> String {
        if let url = URL(string: source), let host = url.host, url.scheme?.hasPrefix("http") == true { return host }
        return source.split(separator: "/").last.map(String.init) ?? source
    }

    /// A page of the article list, newest first (undated last), optionally only articles naming `leader`,
    /// and only unread ones (`unreadOnly`, the reader's L).
    public func summaries(
        limit: Int = 100, offset: Int = 0, mentioning names: [String]? = nil, unreadOnly: Bool = false
    ) throws(LibraryError) -> [ArticleSummary] {
        try read { db in
            var sql = Self.summarySQL
            var arguments: StatementArguments = []
            var conditions: [String] = unreadOnly ? ["s.isRead = 0"] : []
            if let names {
                guard !names.isEmpty else { return [] }
                conditions.append(
                    "s.articleId IN (SELECT articleId FROM entity WHERE kind = 'person' AND name IN ("
                        + names.map { _ in "?" }.joined(separator: ",") + "))")
                arguments += StatementArguments(names)
            }
            if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
            sql += Self.listOrderSQL + " LIMIT ? OFFSET ?"
            arguments += [limit, offset]
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.summary)
        }
    }

    /// Number of articles naming any of `names` (all articles when nil).
    public func count(mentioning names: [String]? = nil) throws(LibraryError) -> Int {
        try read { db in
            guard let names else { return try ArticleRecord.fetchCount(db) }
            let marks = names.map { _ in "?" }.joined(separator: ",")
            return try Int.fetchOne(
                db, sql: "SELECT COUNT(DISTINCT articleId) FROM entity WHERE kind = 'person' AND name IN (\(marks))",
                arguments: StatementArguments(names)) ?? 0
        }
    }

    /// The whole article with its entities and meetings.
    public func article(id: String) throws(LibraryError) -> StoredArticle {
        let found: StoredArticle? = try read { db in
            guard let record = try ArticleRecord.fetchOne(db, key: id) else { return nil }
            let state = try Row.fetchOne(db, sql: "SELECT * FROM article_state WHERE articleId = ?", arguments: [id])
            return try Self.stored(record, state: state, in: db)
        }
        guard let found else { throw .unknownArticle(id) }
        return found
    }

    static func stored(_ record: ArticleRecord, state: Row?, in db: Database) throws -> StoredArticle {
        let userDate = (state?["userPublished"] as String?).flatMap(CalendarDate.init(iso:))
        let article = Self.article(record, userDate: userDate)
        let legacy = record.title == legacyUntitled
        return StoredArticle(
            article: article,
            displayTitle: legacy
                ? legacyHeadline(body: record.displayBody, kinds: record.paragraphKinds)
                : record.displayTitle, displayBody: record.displayBody,
            isRead: state?["isRead"] ?? false, dateSetByUser: userDate != nil,
            entities: try entities(articleId: record.id, in: db), meetings: try meetings(articleId: record.id, in: db),
            reference: record.referenceDate.flatMap(CalendarDate.init(iso:)).map {
                PublicationDate(date: $0, basis: record.referenceBasis ?? "")
            })
    }

    /// The article a stored row holds, as read from its file (with a person's date when one was set).
    static func article(_ record: ArticleRecord, userDate: CalendarDate?) -> Article {
        let kinds = record.paragraphKinds.split(separator: ",").map { Paragraph.Kind(rawValue: String($0)) ?? .body }
        let texts = record.body.components(separatedBy: "\n\n")
        let paragraphs = zip(kinds, texts).map { Paragraph($0, $1) }
        var published = record.published.flatMap(CalendarDate.init(iso:)).map {
            PublicationDate(date: $0, basis: record.publishedBasis ?? "")
        }
        if let userDate { published = PublicationDate(date: userDate, basis: "set by you") }
        var article = Article(
            id: record.id, source: record.source, title: record.title == legacyUntitled ? "" : record.title,
            subtitle: record.subtitle, byline: record.byline,
            sourceName: record.sourceName, paragraphs: paragraphs, published: published,
            captured: record.captured.flatMap(CalendarDate.init(iso:)),
            warnings: record.warnings.isEmpty ? [] : record.warnings.components(separatedBy: "\n"))
        article.canonicalURL = record.canonicalURL
        return article
    }

    static func entities(articleId: String, in db: Database) throws -> [Entity] {
        let records = try EntityRecord.filter(Column("articleId") == articleId).order(Column("id")).fetchAll(db)
        let mentions = try MentionRecord.filter(Column("articleId") == articleId).order(Column("start")).fetchAll(db)
        let byEntity = Dictionary(grouping: mentions, by: \.entityId)
        return records.map { record in
            Entity(
                name: record.name, kind: EntityKind(rawValue: record.kind) ?? .event, leader: record.leader,
                role: record.role, country: record.country,
                mentions: (byEntity[record.id ?? -1] ?? []).map { Mention(text: $0.text, start: $0.start, end: $0.end) }
            )
        }
    }

    static func meetings(articleId: String, in db: Database) throws -> [Meeting] {
        try MeetingRecord.filter(Column("articleId") == articleId).order(Column("evidenceStart")).fetchAll(db).map {
            Meeting(
                participants: $0.participants.split(separator: "|").map(String.init), place: $0.place, venue: $0.venue,
                date: $0.date.flatMap(CalendarDate.init(iso:)), dateBasis: $0.dateBasis,
                status: MeetingStatus(rawValue: $0.status) ?? .held, evidence: $0.evidence,
                evidenceStart: $0.evidenceStart, evidenceEnd: $0.evidenceEnd, isCurrent: $0.isCurrent,
                weekday: $0.weekday, ordinal: $0.ordinal)
        }
    }

    /// Sets (or with nil, clears) a person's publication date for an article; kept across re-ingests.
    /// Leaves the article's entities and the timeline as they were: `correctPublicationDate` redoes them.
    public func setPublicationDate(id: String, to date: CalendarDate?) throws(LibraryError) {
        let changed: Bool = try write { db in
            guard try ArticleRecord.exists(db, key: id) else { return false }
            try Self.setPublicationDate(id: id, to: date, in: db)
            return true
        }
        if !changed { throw .unknownArticle(id) }
    }

    static func setPublicationDate(id: String, to date: CalendarDate?, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO article_state (articleId, userPublished) VALUES (?, ?)
                ON CONFLICT(articleId) DO UPDATE SET userPublished = excluded.userPublished
                """, arguments: [id, date?.description])
    }

    /// The ids that start with `prefix`, at most `limit` of them: what a shortened id may mean.
    public func articleIDs(startingWith prefix: String, limit: Int = 10) throws(LibraryError) -> [String] {
        try read { db in
            try String.fetchAll(
                db, sql: "SELECT id FROM article WHERE substr(id, 1, ?) = ? ORDER BY id LIMIT ?",
                arguments: [prefix.count, prefix, limit])
        }
    }

    /// Every article id, in list order.
    public func allArticleIDs() throws(LibraryError) -> [String] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT s.articleId FROM article_state s" + Self.listOrderSQL)
        }
    }
}
