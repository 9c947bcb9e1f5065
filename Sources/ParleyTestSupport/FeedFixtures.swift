import Foundation

/// Feeds and pages of invented outlets about invented diplomacy, for the feed tests and the benchmark.
public enum FeedFixtures {
    /// One entry of a generated feed.
    public struct Item: Sendable {
        public var guid: String
        public var link: String
        public var title: String
        public var paragraphs: [String]
        public var date: String

        public init(guid: String, link: String, title: String, paragraphs: [String], date: String) {
            self.guid = guid
            self.link = link
            self.title = title
            self.paragraphs = paragraphs
            self.date = date
        }
    }

    static let capitals = ["Oslo", "Santiago", "Nairobi", "Hanoi", "Lisbon", "Ottawa", "Canberra", "Accra"]
    static let ministers = [
        "Ingrid Solberg", "Tomas Arriaga", "Wanjiru Kamau", "Le Thi Mai", "Rui Carvalho", "Claire Dubois",
        "Fiona Hartley", "Kwame Mensah",
    ]

    /// `count` entries for feed number `feed`, each with a distinct GUID, link and text.
    public static func items(feed: Int, count: Int, base: String = "https://harbour-courier.example") -> [Item] {
        (0..<count).map { index in
            let host = capitals[(feed + index) % capitals.count]
            let guest = ministers[(feed * 3 + index) % ministers.count]
            let day = index % 28 + 1
            return Item(
                guid: "urn:harbour-courier:\(feed)-\(index)",
                link: "\(base)/\(feed)/talks-\(feed)-\(index).html",
                title: "\(guest) holds talks in \(host) (\(feed)-\(index))",
                paragraphs: [
                    "\(guest) met her counterpart in \(host) on Tuesday to discuss fishing rights and a new "
                        + "ferry link, dispatch \(feed)-\(index) of the Harbour Courier reports.",
                    "Officials said the two delegations agreed to meet again before the end of the year.",
                ],
                date: String(format: "Tue, %02d Nov 2026 09:30:00 +0000", day))
        }
    }

    /// An RSS 2.0 feed with content:encoded bodies.
    public static func rss(title: String = "Harbour Courier", items: [Item]) -> String {
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" "#
                + #"xmlns:dc="http://purl.org/dc/elements/1.1/">"#,
            "<channel><title>\(title)</title><link>https://harbour-courier.example/</link>",
            "<description>Ports, ferries and the people who negotiate them</description>",
        ]
        for item in items {
            let html = item.paragraphs.map { "<p>\($0)</p>" }.joined()
            lines += [
                "<item>",
                "<title>\(escape(item.title))</title>",
                "<link>\(item.link)</link>",
                #"<guid isPermaLink="false">\#(item.guid)</guid>"#,
                "<pubDate>\(item.date)</pubDate>",
                "<dc:creator>Desk of the Harbour Courier</dc:creator>",
                "<description>\(escape(item.paragraphs.first ?? ""))</description>",
                "<content:encoded><![CDATA[\(html)]]></content:encoded>",
                "</item>",
            ]
        }
        lines += ["</channel></rss>"]
        return lines.joined(separator: "\n")
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }

    /// An Atom feed: one entry with HTML content, one with XHTML content, one with a summary only.
    public static let atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title type="text">Lakeside Monitor</title>
          <link rel="alternate" href="https://lakeside-monitor.example/"/>
          <link rel="self" href="https://lakeside-monitor.example/atom.xml"/>
          <id>urn:lakeside-monitor</id>
          <updated>2026-11-20T08:00:00Z</updated>
          <entry>
            <title>Envoys agree on a river commission</title>
            <link rel="alternate" type="text/html" href="https://lakeside-monitor.example/river-commission"/>
            <id>urn:lakeside-monitor:river</id>
            <published>2026-11-18T16:45:00+01:00</published>
            <updated>2026-11-19T09:00:00Z</updated>
            <author><name>Petra Lindqvist</name></author>
            <content type="html">&lt;h2&gt;A commission at last&lt;/h2&gt;&lt;p&gt;Envoys from three river states \
        signed the charter in Geneva.&lt;/p&gt;&lt;script&gt;trackReader()&lt;/script&gt;&lt;ul&gt;\
        &lt;li&gt;Water quotas&lt;/li&gt;&lt;li&gt;Flood warnings&lt;/li&gt;&lt;/ul&gt;</content>
          </entry>
          <entry>
            <title type="html">Ministers &lt;em&gt;tour&lt;/em&gt; the dam</title>
            <link href="https://lakeside-monitor.example/dam-tour"/>
            <id>urn:lakeside-monitor:dam</id>
            <updated>2026-11-17T10:00:00Z</updated>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The ministers walked the \
        crest of the dam.</p><p>They promised a joint inspection every spring.</p></div></content>
          </entry>
          <entry>
            <title>Summit dates announced</title>
            <link href="https://lakeside-monitor.example/summit-dates"/>
            <id>urn:lakeside-monitor:summit</id>
            <updated>2026-11-16</updated>
            <summary>The lake states will meet in March.</summary>
          </entry>
        </feed>
        """

    /// An RSS 1.0 (RDF) feed of two items.
    public static let rdf = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://steppe-gazette.example/">
            <title>Steppe Gazette</title>
            <link>https://steppe-gazette.example/</link>
          </channel>
          <item rdf:about="https://steppe-gazette.example/grain-corridor">
            <title>Grain corridor talks resume</title>
            <link>https://steppe-gazette.example/grain-corridor</link>
            <description>&lt;p&gt;Negotiators returned to the table in Astana.&lt;/p&gt;</description>
            <dc:date>2026-10-02T11:00:00+05:00</dc:date>
            <dc:creator>Aigerim Bekova</dc:creator>
          </item>
          <item rdf:about="https://steppe-gazette.example/rail-link">
            <title>Rail link approved</title>
            <link>https://steppe-gazette.example/rail-link</link>
            <description>Two governments approved the rail link.</description>
            <dc:date>2026-10-01</dc:date>
          </item>
        </rdf:RDF>
        """

    /// A page for `fetch --full` and `add URL`: a title, chrome to drop and a body to keep.
    public static func page(title: String, paragraphs: [String]) -> String {
        """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>\(title)</title>
        <style>body { font-family: serif }</style><script>var ads = 1;</script></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>\(title)</h1>
        \(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        </article>
        <footer>Copyright the Lakeside Monitor</footer></body></html>
        """
    }
}
