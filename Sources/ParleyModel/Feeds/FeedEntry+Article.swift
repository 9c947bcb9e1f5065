import Foundation

/// The one place where HTML from the web (a feed entry's content, a page fetched by `fetch --full` or
/// `add URL`) becomes an `Article`: through the HTML page reader, as a saved page is read.
extension FeedEntry {
    /// The article this entry becomes: its content read as HTML, the feed's name as the article's
    /// publication, the entry's link as its source (what the reader's `o` opens).
    public func article(id: String, feedName: String?, feedURL: String) -> Article {
        let plainTitle = self.plainTitle
        // the entry's title goes in as the page's, so a heading that repeats it is taken off, as on a page
        let page =
            "<html><head><meta charset=\"utf-8\"><title>\(OPML.escape(plainTitle))</title>"
            + "</head><body>\(content)</body></html>"
        var body = HTMLArticleReader().read(html: Data(page.utf8), id: id, source: link ?? feedURL).paragraphs
        // a summary of a line or two is no article to the page reader's eyes, but it is all the entry has
        if body.isEmpty { body = HTMLArticleReader.allText(html: Data(content.utf8)) }
        return Article(
            id: id, source: link ?? feedURL, title: plainTitle, byline: author, sourceName: feedName,
            paragraphs: body, published: publication)
    }

    /// The article from the entry's linked page (`fetch --full`), keeping what the feed said about the
    /// entry where the page says nothing.
    public func article(id: String, feedName: String?, feedURL: String, page: Data) -> Article {
        var article = HTMLArticleReader().read(html: page, id: id, source: link ?? feedURL)
        if article.paragraphs.isEmpty {
            article.paragraphs = self.article(id: id, feedName: feedName, feedURL: feedURL).paragraphs
        }
        if !title.isEmpty { article.title = plainTitle }
        article.byline = (article.byline ?? author).map(Article.withoutByPrefix)
        article.sourceName = feedName ?? article.sourceName
        article.published = publication ?? article.published
        return article
    }

    /// The title without markup a feed may put in it.
    private var plainTitle: String { title.contains("<") ? FeedText.plain(title) : title }

    /// The entry's date as an article's publication date.
    private var publication: PublicationDate? { published.map { PublicationDate(date: $0, basis: "feed entry date") } }
}

/// Text helpers for the markup feeds carry in titles and text constructs.
enum FeedText {
    /// The text of an HTML fragment, on one line.
    static func plain(_ html: String) -> String {
        HTMLArticleReader.allText(html: Data(html.utf8)).map(\.text).joined(separator: " ")
    }
}
