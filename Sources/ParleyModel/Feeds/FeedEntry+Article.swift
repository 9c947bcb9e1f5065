import CLibXML2
import Foundation

/// The one place where HTML from the web (a feed entry's content, a page fetched by `fetch --full` or
/// `add URL`) becomes an `Article`: through the HTML page reader, as a saved page is read.
extension FeedEntry {
    /// The article this entry becomes: its content read as HTML, the feed's name as the article's
    /// publication, the entry's link as its source (what the reader's `o` opens).
    public func article(id: String, feedName: String?, feedURL: String) -> Article {
        let html = Data(content.utf8)
        // the entry's title goes in as the page's, so a heading that repeats it is taken off, as on a page
        let page =
            "<html><head><meta charset=\"utf-8\"><title>\(FeedText.escaped(FeedText.plain(title)))</title>"
            + "</head><body>\(content)</body></html>"
        var body = HTMLArticleReader().read(html: Data(page.utf8), id: id, source: link ?? feedURL).paragraphs
        // a summary of a line or two is no article to the page reader's eyes, but it is all the entry has
        if body.isEmpty { body = HTMLFragment.paragraphs(html: html, isUTF8: true) }
        return Article(
            id: id, source: link ?? feedURL, title: title.contains("<") ? FeedText.plain(title) : title,
            byline: author, sourceName: feedName, paragraphs: body,
            published: published.map { PublicationDate(date: $0, basis: "feed entry date") })
    }

    /// The article from the entry's linked page (`fetch --full`), keeping what the feed said about the
    /// entry where the page says nothing.
    public func article(id: String, feedName: String?, feedURL: String, page: Data) -> Article {
        var article = HTMLArticleReader().read(html: page, id: id, source: link ?? feedURL)
        let fromFeed = self.article(id: id, feedName: feedName, feedURL: feedURL)
        if article.paragraphs.isEmpty { article.paragraphs = fromFeed.paragraphs }
        if !fromFeed.title.isEmpty { article.title = fromFeed.title }
        article.byline = article.byline ?? fromFeed.byline
        article.sourceName = feedName ?? article.sourceName
        article.published = fromFeed.published ?? article.published
        return article
    }
}

/// Every block of text in a fragment of HTML, nothing judged: for the short HTML of entry summaries and
/// titles, which the page reader, looking for an article among furniture, may find too slight.
enum HTMLFragment {
    static func paragraphs(html: Data, isUTF8: Bool) -> [Paragraph] {
        var title = ""
        return paragraphs(html: html, isUTF8: isUTF8, title: &title)
    }

    private static func paragraphs(html: Data, isUTF8: Bool, title: inout String) -> [Paragraph] {
        guard !html.isEmpty else { return [] }
        _ = XMLParsing.ready
        let options = Int32(
            HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_RECOVER.rawValue)
        // UTF-8 bytes are read as UTF-8 whatever the page's meta or the server claimed; other bytes are
        // left to the page's own declaration
        let document = html.withUnsafeBytes { bytes -> htmlDocPtr? in
            guard let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            return htmlReadMemory(base, Int32(bytes.count), nil, isUTF8 ? "UTF-8" : nil, options)
        }
        guard let document else { return [] }
        defer { xmlFreeDoc(document) }
        var walker = BlockWalker()
        walker.walk(xmlDocGetRootElement(document))
        walker.flush(.body)
        title = walker.title
        return walker.paragraphs
    }
}

/// Collects block elements' text into paragraphs, in document order.
private struct BlockWalker {
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    static let blocks: Set<String> = [
        "p", "li", "blockquote", "div", "section", "article", "main", "pre", "td", "th", "dd", "dt", "tr",
        "ul", "ol", "table", "body", "br", "hr", "figure",
    ]
    /// Never text a reader wants: code, styling, and the page's own chrome.
    static let dropped: Set<String> = [
        "script", "style", "noscript", "template", "iframe", "svg", "head", "nav", "footer", "aside", "form",
        "button", "select",
    ]

    var paragraphs: [Paragraph] = []
    var title = ""
    private var current: [UInt8] = []

    mutating func walk(_ first: xmlNodePtr?) {
        var node = first
        while let current = node {
            visit(current)
            node = current.pointee.next
        }
    }

    private mutating func visit(_ node: xmlNodePtr) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content {
                current.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
            }
        case XML_ELEMENT_NODE:
            let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            if name == "title", title.isEmpty {
                title = Self.collapse(XMLNode(node).text)
                return
            }
            if name == "head" {
                walk(node.pointee.children)  // for its <title>; head text is never body
                current = []
                return
            }
            if Self.dropped.contains(name) { return }
            if Self.headings.contains(name) {
                flush(.body)
                walk(node.pointee.children)
                flush(.heading)
            } else if name == "figcaption" {
                flush(.body)
                walk(node.pointee.children)
                flush(.caption)
            } else if Self.blocks.contains(name) {
                flush(.body)
                walk(node.pointee.children)
                flush(.body)
            } else {
                walk(node.pointee.children)
            }
        default:
            break
        }
    }

    mutating func flush(_ kind: Paragraph.Kind) {
        let text = Self.collapse(String(decoding: current, as: UTF8.self))
        current = []
        if !text.isEmpty { paragraphs.append(Paragraph(kind, text)) }
    }

    /// Runs of white space as one space, none at the ends.
    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// Text helpers for the markup feeds carry in titles and text constructs.
enum FeedText {
    /// Plain text as HTML that shows it as written.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// The text of an HTML fragment, on one line.
    static func plain(_ html: String) -> String {
        HTMLFragment.paragraphs(html: Data(html.utf8), isUTF8: true).map(\.text).joined(separator: " ")
    }
}

extension String {
    /// The string the bytes spell when they are valid UTF-8.
    init?(validatingUTF8Data data: Data) {
        guard let text = String(bytes: data, encoding: .utf8) else { return nil }
        self = text
    }
}
