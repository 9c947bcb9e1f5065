import Foundation
import ParleyModel
import ParleyTestSupport
import Testing

@Suite struct FeedParserTests {
    func parse(_ text: String) throws -> Feed { try FeedParser().parse(Data(text.utf8)) }

    @Test func rss20EntriesKeepTheirKeysDatesAuthorsAndFullContent() throws {
        let items = FeedFixtures.items(feed: 1, count: 2)
        let feed = try parse(FeedFixtures.rss(items: items))
        #expect(feed.title == "Harbour Courier")
        #expect(feed.entries.count == 2)
        let entry = try #require(feed.entries.first)
        #expect(entry.guid == "urn:harbour-courier:1-0")
        #expect(entry.link == "https://harbour-courier.example/1/talks-1-0.html")
        #expect(entry.title == items[0].title)
        #expect(entry.published == CalendarDate(year: 2026, month: 11, day: 1))
        #expect(entry.author == "Desk of the Harbour Courier")
        // content:encoded wins over the one-paragraph description
        #expect(!entry.isSummary)
        #expect(entry.content.contains("agreed to meet again"))
    }

    @Test func atomEntriesReadHTMLAndXHTMLContentAndFallBackToTheSummary() throws {
        let feed = try parse(FeedFixtures.atom)
        #expect(feed.title == "Lakeside Monitor")
        #expect(feed.link == "https://lakeside-monitor.example/")
        #expect(
            feed.entries.map(\.guid) == [
                "urn:lakeside-monitor:river", "urn:lakeside-monitor:dam", "urn:lakeside-monitor:summit",
            ])
        let river = feed.entries[0]
        #expect(river.link == "https://lakeside-monitor.example/river-commission")
        #expect(river.published == CalendarDate(year: 2026, month: 11, day: 18))  // published beats updated
        #expect(river.author == "Petra Lindqvist")
        #expect(river.content.contains("<h2>A commission at last</h2>"))
        let dam = feed.entries[1]
        #expect(dam.title == "Ministers tour the dam")
        #expect(dam.content.contains("<p>They promised a joint inspection every spring.</p>"))
        #expect(dam.published == CalendarDate(year: 2026, month: 11, day: 17))
        let summit = feed.entries[2]
        #expect(summit.isSummary)
        #expect(summit.content == "The lake states will meet in March.")
        #expect(summit.published == CalendarDate(year: 2026, month: 11, day: 16))
    }

    @Test func rdfItemsUseTheirAboutAsGUIDAndDublinCoreForDateAndAuthor() throws {
        let feed = try parse(FeedFixtures.rdf)
        #expect(feed.title == "Steppe Gazette")
        #expect(feed.entries.count == 2)
        #expect(feed.entries[0].guid == "https://steppe-gazette.example/grain-corridor")
        #expect(feed.entries[0].published == CalendarDate(year: 2026, month: 10, day: 2))
        #expect(feed.entries[0].author == "Aigerim Bekova")
        #expect(feed.entries[0].isSummary)
        #expect(feed.entries[1].published == CalendarDate(year: 2026, month: 10, day: 1))
    }

    @Test func entryContentBecomesParagraphsWithHeadingsAndWithoutScripts() throws {
        let river = try parse(FeedFixtures.atom).entries[0]
        let article = river.article(id: "river", feedName: "Lakeside Monitor", feedURL: "https://x.example/feed")
        #expect(
            article.paragraphs == [
                Paragraph(.heading, "A commission at last"),
                Paragraph(.body, "Envoys from three river states signed the charter in Geneva."),
                Paragraph(.body, "Water quotas"), Paragraph(.body, "Flood warnings"),
            ])
        #expect(article.source == "https://lakeside-monitor.example/river-commission")
        #expect(article.sourceName == "Lakeside Monitor")
        #expect(article.byline == "Petra Lindqvist")
        #expect(article.published?.date == CalendarDate(year: 2026, month: 11, day: 18))
    }

    @Test func aPageLosesItsChromeAndKeepsItsTitleAndParagraphs() {
        let html = FeedFixtures.page(title: "Ferry talks", paragraphs: ["First point.", "Second point."])
        let article = HTMLArticleReader().read(html: Data(html.utf8), id: "ferry", source: "https://x.example/ferry")
        #expect(article.title == "Ferry talks")
        #expect(article.text == "First point.\n\nSecond point.")
    }

    @Test(arguments: [
        ("Thu, 03 Dec 2026 09:30:00 +0000", "2026-12-03"), ("3 Dec 26 09:30 GMT", "2026-12-03"),
        ("2026-12-03T23:30:00-05:00", "2026-12-03"), ("2026-12-03", "2026-12-03"),
        ("Sat, 31 Feb 2026 10:00:00 GMT", nil), ("next Tuesday", nil),
    ])
    func feedDatesAreReadInBothForms(text: String, expected: String?) throws {
        let rss = """
            <rss version="2.0"><channel><title>T</title><item><title>A</title>\
            <pubDate>\(text)</pubDate></item></channel></rss>
            """
        #expect(try parse(rss).entries.first?.published?.description == expected)
    }

    @Test func malformedXMLIsReportedWithWhereItBroke() {
        #expect {
            try parse("<rss version=\"2.0\"><channel><title>Broken</channel></rss>")
        } throws: { error in
            guard case .malformed(let reason) = error as? FeedError else { return false }
            return reason.contains("line 1")
        }
        #expect(throws: FeedError.notAFeed(root: "html")) { try parse("<html><body>hi</body></html>") }
    }

    @Test func anExternalEntityIsNeverRead() throws {
        let directory = Fixtures.temporaryDirectory("parley-xxe")
        defer { try? FileManager.default.removeItem(at: directory) }
        let secret = Fixtures.write("the embassy safe code is 4471", to: "secret.txt", in: directory)
        let feed = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY leak SYSTEM "file://\(secret.path)">]>
            <rss version="2.0"><channel><title>Leak &leak;</title>
            <item><title>Item &leak;</title><description>Body &leak; end</description></item>
            </channel></rss>
            """
        let parsed = try parse(feed)
        let everything = [parsed.title ?? ""] + parsed.entries.flatMap { [$0.title, $0.content] }
        #expect(!everything.joined().contains("4471"))
        #expect(parsed.entries.first?.content == "Body  end")
    }

    @Test func aBillionLaughsIsRefusedOrLeftUnexpanded() {
        var declarations = #"<!ENTITY lol0 "lol lol lol lol lol lol lol lol lol lol">"#
        for level in 1...9 {
            let refs = String(repeating: "&lol\(level - 1);", count: 10)
            declarations += #"<!ENTITY lol\#(level) "\#(refs)">"#
        }
        let feed = """
            <?xml version="1.0"?><!DOCTYPE rss [\(declarations)]>
            <rss version="2.0"><channel><title>Laughs</title>
            <item><title>t</title><description>&lol9;</description></item></channel></rss>
            """
        let start = Date()
        let result = Result { try parse(feed) }
        #expect(Date().timeIntervalSince(start) < 5)
        if case .success(let parsed) = result {
            #expect(parsed.entries.allSatisfy { $0.content.count < 1000 })
        }
    }

    @Test func opmlOutlinesAreReadAtAnyDepthAndWrittenBack() throws {
        let opml = """
            <?xml version="1.0"?>
            <opml version="2.0"><head><title>mine</title></head><body>
              <outline text="Diplomacy">
                <outline type="rss" text="Harbour Courier" xmlUrl="https://harbour-courier.example/rss"/>
                <outline type="rss" title="Steppe &amp; Gazette" text="ignored" xmlUrl="https://steppe-gazette.example/rdf"/>
              </outline>
              <outline type="rss" xmlUrl="https://lakeside-monitor.example/atom.xml"/>
            </body></opml>
            """
        let outlines = try OPML.parse(Data(opml.utf8))
        let expected = [
            OPML.Outline(url: "https://harbour-courier.example/rss", name: "Harbour Courier"),
            OPML.Outline(url: "https://steppe-gazette.example/rdf", name: "Steppe & Gazette"),
            OPML.Outline(url: "https://lakeside-monitor.example/atom.xml", name: nil),
        ]
        #expect(outlines == expected)
        let again = try OPML.parse(Data(OPML.document(outlines).utf8))
        #expect(again.map(\.url) == expected.map(\.url))
        #expect(again[1].name == "Steppe & Gazette")
    }
}

extension FeedParserTests {
    @Test func entryLinksAreAbsoluteWebAddressesOrNothing() throws {
        let rss = """
            <rss version="2.0"><channel><title>T</title><link>https://harbour-courier.example/news/</link>
            <item><title>a</title><link>/2026/ferry.html</link></item>
            <item><title>b</title><link>file:///etc/passwd</link></item>
            <item><title>c</title><link>javascript:alert(1)</link></item>
            <item><title>d</title><link>http://other.example/x</link></item>
            </channel></rss>
            """
        let links = try parse(rss).entries.map(\.link)
        #expect(links == ["https://harbour-courier.example/2026/ferry.html", nil, nil, "http://other.example/x"])
    }
}
