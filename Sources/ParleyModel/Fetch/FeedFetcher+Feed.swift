import Foundation

extension FeedFetcher {
    /// Fetches, reads and stores one feed. Only a library failure is thrown: everything the web does
    /// wrong is an outcome, reported and skipped.
    func fetch(_ feed: FeedSubscription) throws(LibraryError) -> FeedOutcome {
        let now = Date()
        if let until = feed.retryAfter, until > now.timeIntervalSince1970 {
            let time = FetchError.time(Date(timeIntervalSince1970: until))
            return .waiting("the server asked to wait until \(time); skipped")
        }
        let body: Data
        var response = FeedResponse(title: nil, etag: nil, lastModified: nil)
        if feed.url.hasPrefix("/") {
            // a feed file has the size limit of a feed fetched from the web; the caller names the feed
            do {
                body = try ArticleReading.load(RawPath(bytes: Array(feed.url.utf8)), limit: http.limits.maxBytes)
            } catch .tooLarge(_, let bytes, let limit) {
                return try failed(
                    feed, "too large for a feed (\(bytes / 1_048_576) MB; the limit is \(limit / 1_048_576) MB)")
            } catch {
                return try failed(feed, error.reason)
            }
        } else {
            let fetched: HTTPResponse
            do {
                fetched = try http.get(feed.url, etag: feed.etag, lastModified: feed.lastModified)
            } catch {
                if case .rateLimited(_, let until) = error {
                    try store.recordFetch(
                        of: feed.url, status: error.description, retryAfter: until.timeIntervalSince1970)
                    return .waiting(error.description)
                }
                return try failed(feed, error.description)
            }
            if fetched.status == 304 {
                try store.recordFetch(of: feed.url, status: "not modified")
                return .notModified
            }
            body = fetched.body
            response.etag = fetched.etag
            response.lastModified = fetched.lastModified
        }
        let parsed: Feed
        do {
            parsed = try FeedParser().parse(body)
        } catch {
            return try failed(feed, error.description)
        }
        response.title = parsed.title
        let name = feed.name ?? parsed.title
        var fresh: [(entry: FeedEntry, article: Article, hash: String)] = []
        var unchanged = 0
        for entry in parsed.entries {
            // the words alone, not the link: the same story syndicated under another address is one article
            let hash = ContentHash.of(Array("\(entry.title)\n\(entry.content)".utf8))
            switch try store.entryState(guid: entry.guid, link: entry.link, contentHash: hash) {
            case .unchanged:
                unchanged += 1
                continue
            case .new, .changed:
                break
            }
            // one entry's page at a time (with --full): a server is asked politely
            fresh.append((entry, self.article(for: entry, feedName: name, feedURL: feed.url), hash))
        }
        // the analysis of a long feed's entries on every core, in the feed's order
        let slots = SlotArray<PreparedEntry>(count: fresh.count)
        let analyzer = self.analyzer
        let toAnalyze = fresh
        let feedURL = feed.url
        DispatchQueue.concurrentPerform(iterations: toAnalyze.count) { i in
            let (entry, article, hash) = toAnalyze[i]
            let prepared = PreparedArticle(
                article: article, analysis: analyzer.analyze(article),
                path: entry.link ?? entry.guid ?? "\(feedURL)#\(hash)", contentHash: hash)
            slots[i] = PreparedEntry(prepared: prepared, guid: entry.guid, link: entry.link)
        }
        let entries = slots.values
        var added = 0
        var updated = 0
        for outcome in try store.saveFeed(url: feed.url, response: response, entries: entries) {
            switch outcome {
            case .added: added += 1
            case .updated: updated += 1
            case .unchanged: unchanged += 1
            }
        }
        return .stored(added: added, updated: updated, unchanged: unchanged)
    }

    private func failed(_ feed: FeedSubscription, _ reason: String) throws(LibraryError) -> FeedOutcome {
        // validators stay as they were: the next fetch asks again
        try store.recordFetch(of: feed.url, status: reason)
        return .failed(reason)
    }

    /// The entry as an article; with `full`, a summary-only entry's linked page is read instead.
    func article(for entry: FeedEntry, feedName: String?, feedURL: String) -> Article {
        let id = ArticleSlug.of(entry.link ?? entry.guid ?? entry.title, fallback: feedName ?? "entry")
        if full, entry.isSummary, let link = entry.link, let page = try? http.get(link), page.status == 200 {
            return entry.article(id: id, feedName: feedName, feedURL: feedURL, page: page.body)
        }
        return entry.article(id: id, feedName: feedName, feedURL: feedURL)
    }
}

/// Article ids for things from the web: the last words of the address, as a file name would be.
public enum ArticleSlug {
    /// `of("https://news.example/2026/12/talks-in-oslo.html")` is "talks-in-oslo".
    public static func of(_ address: String, fallback: String) -> String {
        var path = address
        if let range = path.range(of: "://") { path = String(path[range.upperBound...]) }
        if let query = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<query]) }
        let parts = path.split(separator: "/").map(String.init)
        var last = parts.count > 1 ? parts.last ?? "" : ""
        if let dot = last.lastIndex(of: "."), dot != last.startIndex { last = String(last[..<dot]) }
        let slug = clean(last)
        return slug.isEmpty ? clean(fallback).isEmpty ? "entry" : clean(fallback) : slug
    }

    private static func clean(_ text: String) -> String {
        let words = text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) })
        return String(words.joined(separator: "-").prefix(60))
    }
}
