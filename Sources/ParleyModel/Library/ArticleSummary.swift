/// One row of the article list: enough to draw it without loading the body.
public struct ArticleSummary: Sendable, Equatable, Identifiable {
    public var id: String
    /// Terminal-safe text the article is shown by: its title, or its lede's first sentence (`hasTitle` false).
    public var title: String
    /// Where it came from, short and terminal-safe: the site's name, a web address's host, a file's name.
    public var source: String
    /// Where it came from, whole: the path or URL, as `show` and the export give it.
    public var sourcePath: String
    public var published: CalendarDate?
    public var isRead: Bool
    /// False when the article has no title and `title` is drawn from its lede.
    public var hasTitle: Bool

    public init(
        id: String, title: String, source: String, published: CalendarDate?, isRead: Bool, hasTitle: Bool = true,
        sourcePath: String? = nil
    ) {
        self.id = id
        self.title = title
        self.source = source
        self.sourcePath = sourcePath ?? source
        self.published = published
        self.isRead = isRead
        self.hasTitle = hasTitle
    }
}

/// A stored article with what the library knows of it.
public struct StoredArticle: Sendable, Equatable {
    public var article: Article
    /// Terminal-safe forms of the title (the lede's headline when it has none) and body (same scalar
    /// offsets as the original).
    public var displayTitle: String
    public var displayBody: String
    public var isRead: Bool
    /// True when the publication date was set by a person (`parley date`).
    public var dateSetByUser: Bool
    public var entities: [Entity]
    public var meetings: [Meeting]
    /// A date borrowed from another article's report of the same meeting, against which this article's
    /// relative dates were read (when it has no publication date of its own).
    public var reference: PublicationDate?
}

/// A full-text search hit: the article and a snippet with the match marked by `[` `]`.
public struct SearchHit: Sendable, Equatable {
    public var summary: ArticleSummary
    public var snippet: String

    public init(summary: ArticleSummary, snippet: String) {
        self.summary = summary
        self.snippet = snippet
    }
}
