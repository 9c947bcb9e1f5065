import Foundation
import GRDB

/// A feed the library follows, with what its last fetch learnt.
public struct FeedSubscription: Sendable, Equatable, Codable {
    public var url: String
    /// The name a person gave it (`--name`, an OPML title); else the feed's own title is shown.
    public var name: String?
    /// The feed's own title, from its last successful fetch.
    public var title: String?
    public var etag: String?
    public var lastModified: String?
    public var fetchedAt: Double?
    /// "ok", "not modified", or why the last fetch failed.
    public var status: String?
    /// The server asked not to be fetched again before this time (seconds since 1970).
    public var retryAfter: Double?
    public var addedAt: Double

    public init(url: String, name: String? = nil, addedAt: Double = Date().timeIntervalSince1970) {
        self.url = url
        self.name = name
        self.addedAt = addedAt
    }

    /// The name shown for the feed: the person's, else the feed's, else its address.
    public var displayName: String { name ?? title ?? url }
}

extension FeedSubscription: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "feed"
}

extension LibraryStore {
    /// Every feed, in the order they were added.
    public func feeds() throws(LibraryError) -> [FeedSubscription] {
        try read { try FeedSubscription.order(Column("addedAt"), Column("url")).fetchAll($0) }
    }

    /// Follows a feed; false when it was already followed (its name is then updated if one is given).
    @discardableResult
    public func addFeed(url: String, name: String?) throws(LibraryError) -> Bool {
        try write { db in
            if var existing = try FeedSubscription.fetchOne(db, key: url) {
                if let name, existing.name != name {
                    existing.name = name
                    try existing.update(db)
                }
                return false
            }
            try FeedSubscription(url: url, name: name).insert(db)
            return true
        }
    }

    /// Stops following the feed with this address or name; its articles stay. Nil when none matches.
    public func removeFeed(_ urlOrName: String) throws(LibraryError) -> FeedSubscription? {
        try write { db in
            let all = try FeedSubscription.fetchAll(db)
            guard
                let feed = all.first(where: { $0.url == urlOrName })
                    ?? all.first(where: { $0.displayName == urlOrName })
            else { return nil }
            try feed.delete(db)
            return feed
        }
    }

    /// Records a fetch that stored nothing: not modified, failed, or asked to wait.
    public func recordFetch(of url: String, status: String, retryAfter: Double? = nil) throws(LibraryError) {
        try write { db in
            try db.execute(
                sql: "UPDATE feed SET status = ?, fetchedAt = ?, retryAfter = ? WHERE url = ?",
                arguments: [status, Date().timeIntervalSince1970, retryAfter, url])
        }
    }

    /// The feed name of each article that came from a feed, by article id.
    public func feedNames() throws(LibraryError) -> [String: String] {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT e.articleId, COALESCE(f.name, f.title, e.feedUrl) AS name
                    FROM feed_entry e LEFT JOIN feed f ON f.url = e.feedUrl
                    """)
            return Dictionary(rows.map { ($0["articleId"], $0["name"]) }, uniquingKeysWith: { first, _ in first })
        }
    }
}
