import CLibXML2
import Foundation

/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds from bytes with libxml2.
///
/// Feeds come from strangers, so the parser is told never to reach the network (`XML_PARSE_NONET`) and
/// is not given `XML_PARSE_NOENT`, `XML_PARSE_DTDLOAD`, `XML_PARSE_DTDATTR` or `XML_PARSE_HUGE`: no
/// external DTD or entity is ever loaded, entities stay references in the tree (the walk below skips
/// them instead of expanding them), and libxml2's own limits on entity amplification and node sizes hold.
public struct FeedParser: Sendable {
    /// Bigger feeds are refused before parsing: real feeds are well under a megabyte.
    public static let sizeLimit = 20 * 1_048_576

    public init() {}

    public func parse(_ data: Data) throws(FeedError) -> Feed {
        let document = try Self.document(data)
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw .malformed(reason: "the document is empty") }
        let node = XMLNode(root)
        var feed: Feed
        switch (node.name, node.namespace) {
        case ("rss", _):
            guard let channel = node.child("channel") else { return Feed() }
            feed = rss(channel, items: channel.children("item"))
        case ("RDF", Namespace.rdf?):
            let channel = node.child("channel")
            feed = rss(channel ?? node, items: node.children("item"))
        case ("feed", Namespace.atom?):
            feed = atom(node, document: document)
        default:
            throw .notAFeed(root: node.name)
        }
        let base = feed.link.flatMap { URL(string: $0) }
        feed.link = feed.link.flatMap { Self.webLink($0, base: nil) }
        for index in feed.entries.indices {
            feed.entries[index].link = feed.entries[index].link.flatMap { Self.webLink($0, base: base) }
        }
        return feed
    }

    /// An entry's link as an absolute http(s) address (a relative one read against the site's), or nil:
    /// the link becomes the article's source, which the reader's `o` hands to a browser, so a feed must
    /// not point it at a local file or a script.
    static func webLink(_ link: String, base: URL?) -> String? {
        guard let url = URL(string: link.trimmed, relativeTo: base)?.absoluteURL,
            let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil
        else { return nil }
        return url.absoluteString
    }

    /// The XML document in `data`, read with the options above; the caller frees it.
    static func document(_ data: Data) throws(FeedError) -> xmlDocPtr {
        guard data.count <= Self.sizeLimit else { throw .tooLarge(bytes: data.count, limit: Self.sizeLimit) }
        _ = XMLParsing.ready
        guard let context = xmlNewParserCtxt() else { throw .malformed(reason: "the XML parser could not start") }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_NOCDATA.rawValue)
        // no encoding is passed: the document's own BOM and declaration decide, whatever a server's
        // Content-Type header claimed
        let document = data.withUnsafeBytes { bytes -> xmlDocPtr? in
            guard let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            return xmlCtxtReadMemory(context, base, Int32(bytes.count), nil, nil, options)
        }
        guard let document, context.pointee.wellFormed != 0 else {
            if let document { xmlFreeDoc(document) }
            throw .malformed(reason: Self.lastError(context))
        }
        return document
    }

    private static func lastError(_ context: xmlParserCtxtPtr) -> String {
        let error = context.pointee.lastError
        guard let message = error.message else { return "unreadable" }
        let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        return error.line > 0 ? "line \(error.line): \(text)" : text
    }

    /// RSS 2.0 and RSS 1.0 share their item vocabulary; 1.0 adds Dublin Core for dates and authors.
    private func rss(_ channel: XMLNode, items: [XMLNode]) -> Feed {
        let entries = items.map { item -> FeedEntry in
            let encoded = item.child("encoded", in: Namespace.content)?.text
            let description = item.child("description")?.text
            let guid = item.child("guid")?.text.trimmed ?? item.attribute("about", in: Namespace.rdf)
            let date = item.child("pubDate")?.text ?? item.child("date", in: Namespace.dc)?.text
            let author = item.child("creator", in: Namespace.dc)?.text ?? item.child("author")?.text
            return FeedEntry(
                guid: guid.nonEmpty, link: item.child("link")?.text.trimmed.nonEmpty,
                title: item.child("title")?.text.trimmed ?? "", published: date.flatMap(FeedDate.parse),
                author: author?.trimmed.nonEmpty, content: encoded.nonEmpty ?? description ?? "",
                isSummary: encoded.nonEmpty == nil)
        }
        return Feed(
            title: channel.child("title")?.text.trimmed.nonEmpty, link: channel.child("link")?.text.trimmed.nonEmpty,
            entries: entries)
    }

    private func atom(_ feed: XMLNode, document: xmlDocPtr) -> Feed {
        let entries = feed.children("entry", in: Namespace.atom).map { entry -> FeedEntry in
            let content = entry.child("content", in: Namespace.atom).map { Self.atomHTML($0, document: document) }
            let summary = entry.child("summary", in: Namespace.atom).map { Self.atomHTML($0, document: document) }
            let date = (entry.child("published", in: Namespace.atom) ?? entry.child("updated", in: Namespace.atom))?
                .text
            let title = entry.child("title", in: Namespace.atom).map { Self.atomHTML($0, document: document) }
            return FeedEntry(
                guid: entry.child("id", in: Namespace.atom)?.text.trimmed.nonEmpty, link: Self.atomLink(entry),
                title: title.map(FeedText.plain) ?? "", published: date.flatMap(FeedDate.parse),
                author: entry.child("author", in: Namespace.atom)?.child("name", in: Namespace.atom)?.text.trimmed
                    .nonEmpty,
                content: content.nonEmpty ?? summary ?? "", isSummary: content.nonEmpty == nil)
        }
        let title = feed.child("title", in: Namespace.atom).map { Self.atomHTML($0, document: document) }
        return Feed(title: title.map(FeedText.plain)?.nonEmpty, link: Self.atomLink(feed), entries: entries)
    }

    /// The `alternate` link (the default relation), else the first link with an address.
    private static func atomLink(_ node: XMLNode) -> String? {
        let links = node.children("link", in: Namespace.atom)
        let alternate = links.first { ($0.attribute("rel") ?? "alternate") == "alternate" } ?? links.first
        return alternate?.attribute("href")?.trimmed.nonEmpty
    }

    /// An Atom text construct as HTML: `html` as it is, `xhtml` serialised, `text` escaped.
    private static func atomHTML(_ node: XMLNode, document: xmlDocPtr) -> String {
        switch node.attribute("type") ?? "text" {
        case "html", "text/html": node.text
        case "xhtml", "application/xhtml+xml": node.innerMarkup(document: document)
        default: OPML.escape(node.text)
        }
    }
}

/// The namespaces feeds are written in.
enum Namespace {
    static let atom = "http://www.w3.org/2005/Atom"
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let dc = "http://purl.org/dc/elements/1.1/"
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
    /// Nil for a blank string.
    var nonEmpty: String? { trimmed.isEmpty ? nil : self }
}

extension Optional where Wrapped == String {
    /// Nil for an absent or blank string.
    var nonEmpty: String? {
        guard let self, !self.trimmed.isEmpty else { return nil }
        return self
    }
}
