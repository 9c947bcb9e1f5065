import Foundation
import GRDB

/// A feed entry read and analysed, with the keys that tell it again on a later fetch.
public struct PreparedEntry: Sendable {
    public var prepared: PreparedArticle
    public var guid: String?
    public var link: String?

    public init(prepared: PreparedArticle, guid: String?, link: String?) {
        self.prepared = prepared
        self.guid = guid
        self.link = link
    }
}

/// What a fetch learnt about a feed beside its entries: the validators of its response and its title.
public struct FeedResponse: Sendable, Equatable {
    public var title: String?
    public var etag: String?
    public var lastModified: String?

    public init(title: String?, etag: String?, lastModified: String?) {
        self.title = title
        self.etag = etag
        self.lastModified = lastModified
    }
}

extension LibraryStore {
    /// What the library already holds of an entry: nothing, the same content, or other content.
    public enum EntryState: Sendable, Equatable {
        case new, unchanged, changed
    }

    /// Looks an entry up by GUID, else link, else its content hash, so that an unchanged entry is not
    /// read and analysed again.
    public func entryState(guid: String?, link: String?, contentHash: String) throws(LibraryError) -> EntryState {
        try read { db in
            if let stored = try Self.storedEntry(guid: guid, link: link, in: db) {
                return stored.contentHash == contentHash ? .unchanged : .changed
            }
            let duplicate = try Bool.fetchOne(
                db.cachedStatement(sql: "SELECT 1 FROM feed_entry WHERE contentHash = ? LIMIT 1"),
                arguments: [contentHash])
            return duplicate == true ? .unchanged : .new
        }
    }

    private static func storedEntry(guid: String?, link: String?, in db: Database) throws -> (
        id: Int64, articleId: String, contentHash: String
    )? {
        for (column, value) in [("guid", guid), ("link", link)] {
            guard let value else { continue }
            if let row = try Row.fetchOne(
                db.cachedStatement(
                    sql: "SELECT id, articleId, contentHash FROM feed_entry WHERE \(column) = ? LIMIT 1"),
                arguments: [value])
            {
                return (row["id"], row["articleId"], row["contentHash"])
            }
        }
        return nil
    }

    /// Stores one fetch of one feed in one transaction: its new and changed entries and its validators.
    /// A fetch cut off before the commit leaves the library as it was, validators included, so the next
    /// fetch asks for the whole feed again.
    public func saveFeed(url: String, response: FeedResponse, entries: [PreparedEntry]) throws(LibraryError)
        -> [IngestOutcome]
    {
        try write { db in
            var outcomes: [IngestOutcome] = []
            for entry in entries {
                outcomes.append(try Self.save(entry, feedURL: url, in: db))
            }
            if outcomes.contains(where: \.changesLibrary) { try Self.markStale(db) }
            try db.execute(
                sql: """
                    UPDATE feed SET title = ?, etag = ?, lastModified = ?, fetchedAt = ?, status = 'ok',
                      retryAfter = NULL
                    WHERE url = ?
                    """,
                arguments: [
                    response.title, response.etag, response.lastModified, Date().timeIntervalSince1970, url,
                ])
            return outcomes
        }
    }

    private static func save(_ entry: PreparedEntry, feedURL: String, in db: Database) throws -> IngestOutcome {
        let hash = entry.prepared.contentHash
        if let stored = try storedEntry(guid: entry.guid, link: entry.link, in: db) {
            guard stored.contentHash != hash else { return .unchanged(id: stored.articleId) }
            try store(entry.prepared, id: stored.articleId, in: db, replacing: true)
            try db.cachedStatement(sql: "UPDATE feed_entry SET contentHash = ?, guid = ?, link = ? WHERE id = ?")
                .execute(arguments: [hash, entry.guid, entry.link, stored.id])
            return .updated(id: stored.articleId)
        }
        if let articleId = try String.fetchOne(
            db.cachedStatement(sql: "SELECT articleId FROM feed_entry WHERE contentHash = ? LIMIT 1"),
            arguments: [hash])
        {
            return .unchanged(id: articleId)
        }
        let outcome = try save(entry.prepared, in: db)
        try db.cachedStatement(
            sql: "INSERT INTO feed_entry (feedUrl, guid, link, contentHash, articleId) VALUES (?, ?, ?, ?, ?)"
        ).execute(arguments: [feedURL, entry.guid, entry.link, hash, outcome.id])
        return outcome
    }
}
