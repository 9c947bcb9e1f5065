import Foundation

/// What a page says about itself in its head and its JSON-LD: title, publication date, author, site name
/// and canonical address.
struct HTMLMetadata: Sendable {
    var openGraphTitle: String?
    var documentTitle: String?
    var headings: [String] = []
    var siteName: String?
    var author: String?
    var canonicalURL: String?
    /// Dates with the evidence they came from, strongest first.
    var dates: [(date: CalendarDate, basis: String)] = []

    /// `<meta>` names and properties that carry a publication date, most specific first.
    static let dateMetaNames = [
        "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "publishdate",
        "publish-date", "publication_date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued",
        "sailthru.date", "parsely-pub-date", "og:published_time",
    ]
    static let authorMetaNames = ["author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author"]
    /// JSON-LD types that describe the article itself.
    static let articleTypes = [
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "webpage", "socialmediaposting", "liveblogposting", "scholarlyarticle", "report",
    ]

    init(document: HTMLDocument) {
        var meta: [String: String] = [:]
        var timeDate: (CalendarDate, String)?
        var itempropDate: (CalendarDate, String)?
        for index in document.elements.indices {
            let element = document.elements[index]
            switch element.tag {
            case "meta":
                guard let key = (element[attribute: "property"] ?? element[attribute: "name"])?.lowercased(),
                    let content = element[attribute: "content"], !content.isEmpty
                else {
                    if Self.itemprops(of: element).contains("datepublished"),
                        let content = element[attribute: "content"], let date = ArticleAssembler.date(content),
                        itempropDate == nil
                    {
                        itempropDate = (date, "itemprop datePublished")
                    }
                    continue
                }
                if meta[key] == nil { meta[key] = content }
            case "title":
                if documentTitle == nil { documentTitle = Self.nonEmpty(document.text(of: index)) }
            case "h1":
                if let text = Self.nonEmpty(document.text(of: index)) { headings.append(text) }
            case "link":
                if element[attribute: "rel"]?.lowercased().split(separator: " ").contains("canonical") == true,
                    let href = element[attribute: "href"], canonicalURL == nil
                {
                    canonicalURL = Self.webAddress(href)
                }
            case "time":
                if timeDate == nil, let value = element[attribute: "datetime"], let date = ArticleAssembler.date(value)
                {
                    timeDate = (date, "<time datetime=\"\(TextCleaner.clip(value, 25))\">")
                }
            default:
                if itempropDate == nil, Self.itemprops(of: element).contains("datepublished"),
                    let value = element[attribute: "datetime"] ?? element[attribute: "content"],
                    let date = ArticleAssembler.date(value)
                {
                    itempropDate = (date, "itemprop datePublished")
                }
            }
        }
        openGraphTitle = meta["og:title"].flatMap(Self.nonEmpty) ?? meta["twitter:title"].flatMap(Self.nonEmpty)
        siteName = meta["og:site_name"].flatMap(Self.nonEmpty) ?? meta["application-name"].flatMap(Self.nonEmpty)
        if canonicalURL == nil { canonicalURL = meta["og:url"].flatMap(Self.webAddress) }
        for name in Self.dateMetaNames {
            if let value = meta[name], let date = ArticleAssembler.date(value) {
                dates.append((date, "meta \(name)"))
                break
            }
        }
        let linked = document.jsonLD.compactMap(JSONLinkedData.init(json:))
        if let article = linked.lazy.compactMap({ $0.article(types: Self.articleTypes) }).first {
            if let value = article.datePublished, let date = ArticleAssembler.date(value) {
                dates.append((date, "JSON-LD datePublished"))
            }
            author = article.author
            if siteName == nil { siteName = article.publisher }
            if canonicalURL == nil { canonicalURL = article.url.flatMap(Self.webAddress) }
            if openGraphTitle == nil, documentTitle == nil { documentTitle = article.headline }
        }
        if let itempropDate { dates.append(itempropDate) }
        if let timeDate { dates.append(timeDate) }
        if author == nil {
            for name in Self.authorMetaNames {
                if let value = meta[name].flatMap(Self.nonEmpty), Self.webAddress(value) == nil {
                    author = value
                    break
                }
            }
        }
    }

    /// The headline: `og:title`, else the main `<h1>` when the `<title>` holds it ("Talks resume | Site"),
    /// else the `<title>` without a trailing site name, else the first `<h1>`.
    var title: String? {
        if let openGraphTitle { return openGraphTitle }
        if let documentTitle {
            if let heading = headings.first(where: { documentTitle.contains($0) }) { return heading }
            return Self.withoutSiteName(documentTitle, siteName: siteName)
        }
        return headings.first
    }

    /// "Talks resume in Geneva | Harbour Courier" → "Talks resume in Geneva", when the part cut off is the
    /// site's name or is short beside the headline.
    static func withoutSiteName(_ title: String, siteName: String?) -> String {
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = String(title[..<range.lowerBound])
            let tail = String(title[range.upperBound...])
            if let siteName, tail.lowercased() == siteName.lowercased() { return head }
            if tail.split(separator: " ").count <= 4, head.split(separator: " ").count >= 3 { return head }
        }
        return title
    }

    /// The names an element's `itemprop` lists, lower case: `itemprop="datePublished dateCreated"` gives both.
    static func itemprops(of element: HTMLDocument.Element) -> [Substring] {
        (element[attribute: "itemprop"] ?? "").lowercased().split(whereSeparator: \.isWhitespace)
    }

    static func nonEmpty(_ text: String) -> String? {
        let normal = TextCleaner.normalize(text)
        return normal.isEmpty ? nil : normal
    }

    /// An http(s) address without spaces or control characters; anything else is not a link to follow.
    static func webAddress(_ text: String) -> String? {
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let lower = value.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), value.count > 8,
            !value.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F })
        else { return nil }
        return value
    }
}
