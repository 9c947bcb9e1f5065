/// A news feed as parsed from its bytes: its own title and its entries, newest first as the feed lists them.
public struct Feed: Sendable, Equatable {
    public var title: String?
    /// The site the feed belongs to (RSS `<channel><link>`, Atom `<link rel="alternate">`).
    public var link: String?
    public var entries: [FeedEntry]

    public init(title: String? = nil, link: String? = nil, entries: [FeedEntry] = []) {
        self.title = title
        self.link = link
        self.entries = entries
    }
}

/// One item of a feed (RSS `<item>`, Atom `<entry>`), with its content still as the HTML the feed carried.
public struct FeedEntry: Sendable, Equatable {
    /// RSS `<guid>`, RDF `rdf:about`, Atom `<id>`.
    public var guid: String?
    public var link: String?
    public var title: String
    public var published: CalendarDate?
    public var author: String?
    /// HTML: content:encoded, else Atom content, else description or summary.
    public var content: String
    /// True when the feed gave only a summary (no content:encoded, no Atom content): `fetch --full`
    /// reads the linked page instead.
    public var isSummary: Bool

    public init(
        guid: String? = nil, link: String? = nil, title: String, published: CalendarDate? = nil,
        author: String? = nil, content: String, isSummary: Bool
    ) {
        self.guid = guid
        self.link = link
        self.title = title
        self.published = published
        self.author = author
        self.content = content
        self.isSummary = isSummary
    }
}

/// Why a feed could not be read; `description` is the one line a person sees.
public enum FeedError: Error, Equatable, CustomStringConvertible {
    case malformed(reason: String)
    case notAFeed(root: String)
    case tooLarge(bytes: Int, limit: Int)

    public var description: String {
        switch self {
        case .malformed(let reason): "not well-formed XML: \(reason)"
        case .notAFeed(let root): "not an RSS or Atom feed (the document is <\(root)>)"
        case .tooLarge(let bytes, let limit):
            "too large for a feed (\(bytes / 1_048_576) MB; the limit is \(limit / 1_048_576) MB)"
        }
    }
}
