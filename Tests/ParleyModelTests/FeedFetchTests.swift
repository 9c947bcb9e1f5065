import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

/// `fetch` against a server on 127.0.0.1 that behaves as live servers do.
@Suite struct FeedFetchTests {
    /// A server answering from a table of paths, with ETag and Last-Modified validators on feeds.
    static func server(_ routes: [String: LoopbackServer.Reply]) throws -> LoopbackServer {
        try LoopbackServer { request in routes[request.path] ?? .response(status: 404) }
    }

    static func feedReply(_ text: String, etag: String = "\"v1\"", type: String = "application/rss+xml")
        -> LoopbackServer.Reply
    {
        .response(
            status: 200,
            headers: ["Content-Type": type, "ETag": etag, "Last-Modified": "Tue, 01 Dec 2026 10:00:00 GMT"],
            body: Data(text.utf8))
    }

    func fetcher(_ store: LibraryStore, timeout: Double = 10, maxBytes: Int = 20 * 1_048_576) -> FeedFetcher {
        FeedFetcher(store: store, http: HTTPFetcher(limits: .init(timeout: timeout, maxBytes: maxBytes)))
    }

    @Test func aSecondFetchSendsValidatorsAndStoresNothingTwice() throws {
        let rss = FeedFixtures.rss(items: FeedFixtures.items(feed: 1, count: 3))
        let server = try LoopbackServer { request in
            guard request.path == "/rss" else { return .response(status: 404) }
            if request.headers["if-none-match"] == "\"v1\"" { return .response(status: 304) }
            return Self.feedReply(rss)
        }
        defer { server.stop() }
        let store = try LibraryStore()
        try store.addFeed(url: server.baseURL + "/rss", name: nil)

        let first = try fetcher(store).fetchAll()
        #expect(first.added == 3)
        #expect(try store.articleCount() == 3)
        #expect(try store.feeds().first?.title == "Harbour Courier")

        let second = try fetcher(store).fetchAll()
        #expect(second.notModified == 1 && second.added == 0 && second.failures.isEmpty)
        let requests = server.log.map(\.request)
        #expect(requests.count == 2)
        #expect(requests[1].headers["if-none-match"] == "\"v1\"")
        #expect(requests[1].headers["if-modified-since"] == "Tue, 01 Dec 2026 10:00:00 GMT")
        #expect(server.log.map(\.status) == [200, 304])
        #expect(try store.articleCount() == 3)
    }

    @Test func storedEntriesAreArticlesWhoseSourceIsTheirLinkAndWhoseFeedIsNamed() throws {
        let server = try Self.server(["/atom": Self.feedReply(FeedFixtures.atom, type: "application/atom+xml")])
        defer { server.stop() }
        let store = try LibraryStore()
        try store.addFeed(url: server.baseURL + "/atom", name: "Lake news")
        #expect(try fetcher(store).fetchAll().added == 3)
        let article = try store.article(id: "river-commission")
        #expect(article.article.source == "https://lakeside-monitor.example/river-commission")
        #expect(article.article.title == "Envoys agree on a river commission")
        #expect(try store.feedNames()["river-commission"] == "Lake news")
        #expect(try store.isStale() == false)
    }

    @Test func entriesAreDeduplicatedByGUIDLinkAndContent() throws {
        let items = FeedFixtures.items(feed: 2, count: 2)
        var changed = items
        changed[0].paragraphs[1] = "Officials later said a second round is planned for January."
        var copied = items[1]
        copied.guid = "urn:elsewhere:copy"
        copied.link = "https://elsewhere.example/copy"
        let mirror = FeedFixtures.rss(title: "Mirror", items: [changed[0], copied])
        let server = try LoopbackServer { request in
            switch request.path {
            // unchanged since the first fetch: answered 304, so only the mirror is read the second time
            case "/a" where request.headers["if-none-match"] == "\"v1\"": .response(status: 304)
            case "/a": Self.feedReply(FeedFixtures.rss(items: items))
            // the first entry under its GUID with other words; the second one's words at another address
            case "/b": Self.feedReply(mirror)
            default: .response(status: 404)
            }
        }
        defer { server.stop() }
        let store = try LibraryStore()
        try store.addFeed(url: server.baseURL + "/a", name: nil)
        #expect(try fetcher(store).fetchAll().added == 2)
        try store.addFeed(url: server.baseURL + "/b", name: nil)
        let report = try fetcher(store).fetchAll()
        #expect(report.added == 0)
        #expect(report.updated == 1)
        #expect(report.unchanged == 1)
        #expect(try store.articleCount() == 2)
        #expect(try store.article(id: "talks-2-0").article.text.contains("second round is planned"))
    }

    @Test func eachFailedFeedIsNamedAndTheOthersAreStillStored() throws {
        let server = try Self.server([
            "/good": Self.feedReply(FeedFixtures.rss(items: FeedFixtures.items(feed: 3, count: 2))),
            "/broken": .response(status: 500),
            "/malformed": Self.feedReply("<rss><channel><title>Cut off"),
            "/loop": .response(status: 302, headers: ["Location": "/loop"]),
        ])
        defer { server.stop() }
        let store = try LibraryStore()
        for path in ["/good", "/missing", "/broken", "/malformed", "/loop"] {
            try store.addFeed(url: server.baseURL + path, name: nil)
        }
        let report = try fetcher(store).fetchAll()
        #expect(report.added == 2)
        let failures = report.failures.sorted()
        #expect(failures.count == 4)
        #expect(
            failures.contains("\(server.baseURL)/broken: HTTP 500 internal server error")
                || failures.contains {
                    $0.hasPrefix("\(server.baseURL)/broken: HTTP 500")
                })
        #expect(failures.contains { $0.hasPrefix("\(server.baseURL)/missing: HTTP 404") })
        #expect(failures.contains { $0.hasPrefix("\(server.baseURL)/malformed: not well-formed XML") })
        #expect(failures.contains { $0 == "\(server.baseURL)/loop: more than 5 redirects (a redirect loop?)" })
        // a failed feed keeps what it had: no validators, so the next fetch asks for the whole feed
        let broken = try #require(try store.feeds().first { $0.url.hasSuffix("/broken") })
        #expect(broken.etag == nil && broken.status?.hasPrefix("HTTP 500") == true)
    }

    @Test func chunkedBodiesAndRedirectsWithinTheLimitAreFollowed() throws {
        let rss = Data(FeedFixtures.rss(items: FeedFixtures.items(feed: 6, count: 2)).utf8)
        let server = try Self.server([
            "/chunked": .chunked(headers: ["Content-Type": "application/rss+xml"], body: rss, size: 700)
        ])
        defer { server.stop() }
        let moved = try LoopbackServer { request in
            switch request.path {
            case "/a": .response(status: 301, headers: ["Location": "/b"])
            case "/b": .response(status: 307, headers: ["Location": "\(server.baseURL)/chunked"])
            default: .response(status: 404)
            }
        }
        defer { moved.stop() }
        let store = try LibraryStore()
        try store.addFeed(url: server.baseURL + "/chunked", name: nil)
        try store.addFeed(url: moved.baseURL + "/a", name: nil)
        let report = try fetcher(store).fetchAll()
        #expect(report.failures.isEmpty)
        // the same two entries by both roads: stored once
        #expect(report.added == 2 && report.unchanged == 2)
        #expect(moved.log.map(\.request.path) == ["/a", "/b"])
    }

    @Test func aServerThatStallsIsGivenUpAfterTheTimeout() throws {
        let server = try Self.server(["/slow": .stall])
        defer { server.stop() }
        let store = try LibraryStore()
        try store.addFeed(url: server.baseURL + "/slow", name: nil)
        let start = Date()
        let report = try fetcher(store, timeout: 1).fetchAll()
        #expect(report.failures == ["\(server.baseURL)/slow: no answer within 1 s"])
        #expect(Date().timeIntervalSince(start) < 8)
    }

    @Test func aGzipBodyAndAWrongCharsetHeaderAreReadAsTheFeedWasWritten() throws {
        var item = FeedFixtures.items(feed: 4, count: 1)[0]
        item.paragraphs = ["Talks in Zürich and Bogotá ended with a communiqué."]
        let rss = Data(FeedFixtures.rss(items: [item]).utf8)
        let server = try Self.server([
            "/gzip": .response(
                status: 200, headers: ["Content-Type": "application/rss+xml", "Content-Encoding": "gzip"],
                body: Gzip.stored(rss)),
            "/charset": .response(
                status: 200, headers: ["Content-Type": "application/rss+xml; charset=ISO-8859-1"],
                body: rss),
        ])
        defer { server.stop() }
        for path in ["/gzip", "/charset"] {
            let store = try LibraryStore()
            try store.addFeed(url: server.baseURL + path, name: nil)
            let report = try fetcher(store).fetchAll()
            #expect(report.added == 1, "\(path): \(report.failures)")
            #expect(try store.article(id: "talks-4-0").article.text == item.paragraphs[0], "\(path)")
        }
    }

    @Test func aHugeBodyIsCutOffWithoutBeingHeldInMemory() throws {
        let server = try Self.server([
            "/declared": .endless(bytes: 50 * 1_048_576, declared: true),
            "/undeclared": .endless(bytes: 50 * 1_048_576, declared: false),
        ])
        defer { server.stop() }
        let store = try LibraryStore()
        try store.addFeed(url: server.baseURL + "/declared", name: nil)
        try store.addFeed(url: server.baseURL + "/undeclared", name: nil)
        let report = try fetcher(store, maxBytes: 2 * 1_048_576).fetchAll()
        #expect(
            report.failures.sorted() == [
                "\(server.baseURL)/declared: the response is larger than 2 MB; cut off",
                "\(server.baseURL)/undeclared: the response is larger than 2 MB; cut off",
            ])
        #expect(server.log.count == 2)
        // the client hung up at the limit: the server could send no more than that and what socket
        // buffers hold (the declared one, refused on its length, not even that)
        let sent = server.endlessReplies(2)
        #expect(sent.count == 2 && sent.allSatisfy { $0 < 12 * 1_048_576 }, "bytes sent: \(sent)")
    }

    @Test func aFeedFileThatCannotBeReadIsNamedOnceAndAsAFeed() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // larger than the feed limit and than an article may be; and a feed file that is gone
        let huge = Fixtures.write(
            "<rss><channel><title>Huge</title>" + String(repeating: " ", count: 9 * 1_048_576) + "</channel></rss>",
            to: "huge.xml", in: directory)
        let gone = Fixtures.write("<rss/>", to: "gone.xml", in: directory)
        try FileManager.default.removeItem(at: gone)
        let store = try LibraryStore()
        try store.addFeed(url: huge.path, name: nil)
        try store.addFeed(url: gone.path, name: nil)
        let report = try fetcher(store, maxBytes: 2 * 1_048_576).fetchAll()
        #expect(
            report.failures.sorted() == [
                "\(gone.path): no such file or directory",
                "\(huge.path): too large for a feed (9 MB; the limit is 2 MB)",
            ])
    }

    @Test func aServerAskingToWaitIsLeftAloneUntilThen() throws {
        let server = try Self.server(["/busy": .response(status: 429, headers: ["Retry-After": "3600"])])
        defer { server.stop() }
        let store = try LibraryStore()
        try store.addFeed(url: server.baseURL + "/busy", name: nil)
        let first = try fetcher(store).fetchAll()
        #expect(first.failures.isEmpty)
        #expect(first.waiting.count == 1 && first.waiting[0].contains("HTTP 429: the server asks to wait until"))
        let second = try fetcher(store).fetchAll()
        #expect(second.waiting.count == 1 && second.waiting[0].contains("skipped"))
        #expect(server.log.count == 1)
    }

    @Test func onlyWebAddressesAreFollowed() {
        #expect(throws: FetchError.unsupportedScheme("ftp")) { try HTTPFetcher.webURL("ftp://files.example/feed") }
        #expect(throws: FetchError.unsupportedScheme("file")) { try HTTPFetcher.webURL("file:///etc/hosts") }
        #expect(throws: FetchError.unsupportedScheme("javascript")) { try HTTPFetcher.webURL("javascript:alert(1)") }
    }

    @Test func fullFetchReadsTheLinkedPageOfASummaryOnlyEntry() throws {
        let page = FeedFixtures.page(
            title: "Summit dates announced", paragraphs: ["The lake states will meet in Kisumu in March."])
        let server = try LoopbackServer { request in
            switch request.path {
            case "/atom":
                let atom = FeedFixtures.atom.replacingOccurrences(
                    of: "https://lakeside-monitor.example/summit-dates",
                    with: "http://127.0.0.1:\(request.headers["host"]?.split(separator: ":").last ?? "0")/summit-dates")
                return Self.feedReply(atom)
            case "/summit-dates":
                return .response(status: 200, headers: ["Content-Type": "text/html"], body: Data(page.utf8))
            default: return .response(status: 404)
            }
        }
        defer { server.stop() }
        let store = try LibraryStore()
        try store.addFeed(url: server.baseURL + "/atom", name: nil)
        var fetcher = fetcher(store)
        fetcher.full = true
        #expect(try fetcher.fetchAll().added == 3)
        let summit = try store.article(id: "summit-dates").article
        #expect(summit.text.contains("meet in Kisumu in March"))
        #expect(server.log.map(\.request.path).sorted() == ["/atom", "/summit-dates"])
    }
}
