import Foundation

/// Reads saved web pages (`.html`, `.htm`, and either gzip-compressed) with libxml2's HTML parser: the
/// page's own metadata for headline, credits, date and address; the main text found by `MainTextFinder`;
/// then the same cleaning as every article.
public struct HTMLArticleReader: ArticleReader {
    public let extensions: Set<String> = ["html", "htm", "xhtml"]

    public init() {}

    /// Reads a page given as text (already decoded), as the other readers do.
    public func read(_ text: String, id: String, source: String) -> Article {
        read(html: Data(text.utf8), id: id, source: source)
    }

    public func read(data: Data, id: String, source: String) -> Article {
        read(html: data, id: id, source: source)
    }

    /// Reads a page from its bytes: the character set from a byte order mark, else the page's `<meta
    /// charset>`, else UTF-8 when the bytes are UTF-8, else Windows-1252. A feed entry's HTML content can be
    /// read through here too.
    public func read(html data: Data, id: String, source: String) -> Article {
        let (document, parseWarnings) = Self.parse(data)
        var warnings = parseWarnings
        var finder = MainTextFinder(document)
        let roots = finder.contentRoots()
        let metadata = HTMLMetadata(document: document)
        let title = metadata.title.flatMap { LineShape.isJunk($0) ? nil : $0 }
        var blocks = HTMLBlockWriter.paragraphs(of: roots, finder: finder)
        var page = TextCleaner().clean(paragraphs: blocks.paragraphs, knownTitle: title)
        if page.paragraphs.isEmpty {
            // Nothing scored as an article (a page of short lines, a list, a table): all its text but the furniture.
            blocks = HTMLBlockWriter.paragraphs(of: [0], finder: finder, keepingClutter: true)
            page = TextCleaner().clean(paragraphs: blocks.paragraphs, knownTitle: title)
        }
        if page.paragraphs.isEmpty {
            // Every box named like furniture ("skip-link-content", "page-header"): the text by tags alone.
            blocks = HTMLBlockWriter.paragraphs(
                of: [0], finder: MainTextFinder(document, readingNames: false), keepingClutter: true)
            page = TextCleaner().clean(paragraphs: blocks.paragraphs, knownTitle: title)
        }
        if blocks.cut {
            warnings.append(
                "the page's text is cut at \(ArticleReading.sizeLimit / 1_048_576) MB, the limit of an article")
        }
        var article = Article(
            id: id, source: source, title: page.title ?? title ?? "", subtitle: page.subtitle,
            byline: metadata.author ?? page.byline ?? HTMLDatelines.byline(in: document),
            sourceName: metadata.siteName, paragraphs: page.paragraphs, warnings: warnings)
        article.canonicalURL = metadata.canonicalURL
        if let best = metadata.dates.first {
            article.published = PublicationDate(date: best.date, basis: best.basis)
        } else if let date = ArticleAssembler.publicationDate(page: page, metadata: [:], captured: nil) {
            article.published = date
        } else if let dateline = HTMLDatelines.dateline(in: document) {
            article.published = PublicationDate(date: dateline.date, basis: dateline.basis)
        }
        return article
    }

    /// Every block of text in `html` but scripts, styles and page furniture, none judged as article or not:
    /// for the short HTML of feed summaries and titles, which the article finder may find too slight.
    public static func allText(html data: Data) -> [Paragraph] {
        HTMLBlockWriter.paragraphs(of: [0], finder: MainTextFinder(parse(data).0), keepingClutter: true).paragraphs
    }

    /// Whether `bytes` are valid UTF-8, checked without building a string as large as the page.
    static func isValidUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// The page parsed in the character set its bytes call for.
    static func parse(_ data: Data) -> (HTMLDocument, [String]) {
        func parse(_ encoding: String?) -> HTMLDocument {
            data.withUnsafeBytes { HTMLTreeBuilder.parse($0, encoding: encoding) }
        }
        if TextDecoding.encoding(of: data) != .utf8 {
            return (parse(nil), [])  // libxml2 reads the UTF-16 byte order mark
        }
        let isUTF8 = data.withUnsafeBytes(Self.isValidUTF8)
        if isUTF8 {
            // Valid UTF-8 beyond ASCII does not happen by chance: trust it over a stale <meta charset>.
            let ascii = data.allSatisfy { $0 < 0x80 }
            return (parse(ascii ? nil : "UTF-8"), [])
        }
        let declared = parse(nil)
        if declared.declaresCharset { return (declared, []) }
        return (
            parse("WINDOWS-1252"),
            ["not valid UTF-8 and no charset declared: decoded as Windows-1252"]
        )
    }
}
