import Foundation
import ParleyTestSupport
import Testing

/// `parley feed …`, `parley fetch` and `parley add URL` as a script runs them, against a loopback server.
@Suite struct FeedCommandTests {
    static func feedReply(_ text: String, etag: String) -> LoopbackServer.Reply {
        .response(status: 200, headers: ["Content-Type": "application/rss+xml", "ETag": etag], body: Data(text.utf8))
    }

    @Test(.enabled(if: Tmux.binary != nil, "the parley binary is missing"))
    func aSubscriptionListComesInAndGoesOutAsOPML() throws {
        let directory = Fixtures.temporaryDirectory("parley-opml")
        defer { try? FileManager.default.removeItem(at: directory) }
        let library = directory.appendingPathComponent("lib.sqlite").path
        let opml = Fixtures.write(
            """
            <?xml version="1.0"?>
            <opml version="2.0"><head><title>from newsboat</title></head><body>
              <outline type="rss" text="Harbour Courier" xmlUrl="https://harbour-courier.example/rss"/>
              <outline type="rss" text="Steppe Gazette" xmlUrl="https://steppe-gazette.example/rdf"/>
              <outline type="rss" text="Old archive" xmlUrl="ftp://archive.example/feed"/>
            </body></opml>
            """, to: "subscriptions.opml", in: directory)

        let imported = try ParleyRun.run(["feed", "import", "--library", library, opml.path])
        #expect(imported.status == 4)
        #expect(imported.output.contains("2 feeds added, 0 already followed, 1 skipped"))
        #expect(imported.errors.contains("ftp://archive.example/feed: not an http or https address; skipped"))

        let list = try ParleyRun.run(["feed", "list", "--json", "--library", library])
        let feeds = try #require(try JSONSerialization.jsonObject(with: Data(list.output.utf8)) as? [[String: Any]])
        #expect(feeds.map { $0["name"] as? String } == ["Harbour Courier", "Steppe Gazette"])
        #expect(feeds.allSatisfy { $0["status"] is NSNull })
        // snake_case like every other JSON Parley writes
        #expect(feeds.allSatisfy { $0.keys.contains("fetched_at") && $0.keys.contains("retry_after") })
        #expect(!list.output.contains("fetchedAt") && !list.output.contains("retryAfter"))

        let removed = try ParleyRun.run(["feed", "remove", "--library", library, "Steppe Gazette"])
        #expect(removed.status == 0 && removed.output.contains("stopped following Steppe Gazette"))
        #expect(try ParleyRun.run(["feed", "remove", "--library", library, "Steppe Gazette"]).status == 1)

        let exported = try ParleyRun.run(["feed", "export", "--library", library])
        #expect(exported.status == 0)
        #expect(exported.output.contains(#"xmlUrl="https://harbour-courier.example/rss""#))
        #expect(!exported.output.contains("steppe"))
        // what was exported imports again as the same list
        let again = Fixtures.write(exported.output, to: "again.opml", in: directory)
        let other = directory.appendingPathComponent("other.sqlite").path
        #expect(try ParleyRun.run(["feed", "import", "--library", other, again.path]).status == 0)
        #expect(try ParleyRun.run(["feed", "list", "--library", other]).output.contains("Harbour Courier"))
    }

    @Test(.enabled(if: Tmux.binary != nil, "the parley binary is missing"))
    func onlyWebAddressesAndFilesAreFollowed() throws {
        let directory = Fixtures.temporaryDirectory("parley-scheme")
        defer { try? FileManager.default.removeItem(at: directory) }
        let library = directory.appendingPathComponent("lib.sqlite").path
        let refused = try ParleyRun.run(["feed", "add", "--library", library, "gopher://news.example/feed"])
        #expect(refused.status == 2)
        #expect(refused.errors.contains("gopher: addresses are not followed (only http and https)"))
        let missing = try ParleyRun.run(["feed", "add", "--library", library, "no-such-feed.xml"])
        #expect(missing.status == 4)
        let page = try ParleyRun.run(["add", "--library", library, "ftp://files.example/page.html"])
        #expect(page.status == 4)
        #expect(page.errors.contains("ftp://files.example/page.html: ftp: addresses are not followed"))
    }

    @Test(.enabled(if: Tmux.binary != nil, "the parley binary is missing"))
    func fetchNamesEachFailedFeedAndASecondFetchTransfersOnly304s() throws {
        let feeds = (0..<3).map {
            FeedFixtures.rss(title: "Courier \($0)", items: FeedFixtures.items(feed: $0, count: 4))
        }
        let server = try LoopbackServer { request in
            switch request.path {
            case "/0", "/1", "/2":
                let index = Int(request.path.dropFirst()) ?? 0
                let etag = "\"feed-\(index)\""
                if request.headers["if-none-match"] == etag { return .response(status: 304) }
                return Self.feedReply(feeds[index], etag: etag)
            default: return .response(status: 404)
            }
        }
        defer { server.stop() }
        let directory = Fixtures.temporaryDirectory("parley-fetch")
        defer { try? FileManager.default.removeItem(at: directory) }
        let library = directory.appendingPathComponent("lib.sqlite").path
        for path in ["/0", "/1", "/gone", "/2"] {
            #expect(try ParleyRun.run(["feed", "add", "--library", library, server.baseURL + path]).status == 0)
        }

        // Given a piped fetch, When one feed is missing, Then it is named, the rest stored, status 4
        let first = try ParleyRun.run(["fetch", "--library", library])
        #expect(first.status == 4)
        #expect(first.errors.contains("parley: error: \(server.baseURL)/gone: HTTP 404"))
        #expect(first.output.contains("\(server.baseURL)/1: 4 added, 0 updated, 0 unchanged"))
        #expect(first.output.contains("4 feeds: 12 added, 0 updated, 0 unchanged, 1 failed"))
        let list = try ParleyRun.run(["list", "--library", library])
        #expect(list.output.split(separator: "\n").count == 12)

        // a second fetch sends the validators and is answered with 304s only
        let before = server.log.count
        let second = try ParleyRun.run(["fetch", "--library", library])
        let answers = server.log.dropFirst(before).filter { $0.request.path != "/gone" }
        #expect(answers.map(\.status) == [304, 304, 304])
        #expect(second.output.contains("3 not modified"))
        #expect(try ParleyRun.run(["list", "--library", library]).output.split(separator: "\n").count == 12)
    }

    @Test(.enabled(if: Tmux.binary != nil, "the parley binary is missing"))
    func addReadsAPageFromTheWebAndItsSourceIsItsAddress() throws {
        let page = FeedFixtures.page(
            title: "Ferry talks resume",
            paragraphs: ["Norway and Iceland reopened talks on a ferry link in Reykjavik on Monday."])
        let server = try LoopbackServer { request in
            request.path == "/world/ferry-talks.html"
                ? .response(status: 200, headers: ["Content-Type": "text/html"], body: Data(page.utf8))
                : .response(status: 404)
        }
        defer { server.stop() }
        let directory = Fixtures.temporaryDirectory("parley-addurl")
        defer { try? FileManager.default.removeItem(at: directory) }
        let library = directory.appendingPathComponent("lib.sqlite").path
        let address = server.baseURL + "/world/ferry-talks.html"
        let add = try ParleyRun.run(["add", "--library", library, address])
        #expect(add.status == 0, "\(add.errors)")
        #expect(add.output.contains("1 added"))
        let show = try ParleyRun.run(["show", "--library", library, "ferry-talks"])
        #expect(show.output.contains("reopened talks on a ferry link"))
        #expect(!show.output.contains("Copyright"))
        let json = try ParleyRun.run(["show", "--json", "--library", library, "ferry-talks"])
        #expect(json.output.contains(#""source" : "\#(address)""#))
        // the same page again changes nothing
        #expect(try ParleyRun.run(["add", "--library", library, address]).output.contains("1 unchanged"))
    }
}

extension FeedCommandTests {
    @Test(.enabled(if: Tmux.binary != nil, "the parley binary is missing"))
    func aFeedsOwnTextReachesTheTerminalInert() throws {
        // U+009B is a C1 control some terminals read as the start of an escape sequence; XML allows it
        let directory = Fixtures.temporaryDirectory("parley-inert")
        defer { try? FileManager.default.removeItem(at: directory) }
        let library = directory.appendingPathComponent("lib.sqlite").path
        let feed = Fixtures.write(
            """
            <rss version="2.0"><channel><title>Courier&#x9B;2J</title>
            <item><title>Talks&#x9B;31m resume</title><link>https://courier.example/talks</link>
            <description>Envoys met in Oslo.</description></item></channel></rss>
            """, to: "feed.xml", in: directory)
        #expect(try ParleyRun.run(["feed", "add", "--library", library, feed.path]).status == 0)
        #expect(try ParleyRun.run(["fetch", "--library", library]).status == 0)
        for arguments in [["feed", "list"], ["list"], ["show", "talks"]] {
            let run = try ParleyRun.run(arguments + ["--library", library])
            #expect(run.status == 0, "\(arguments): \(run.errors)")
            #expect(!run.output.unicodeScalars.contains("\u{9B}"), "\(arguments): \(run.output)")
            #expect(run.output.contains(arguments == ["feed", "list"] ? "Courier" : "Talks"), "\(arguments)")
        }
    }
}
