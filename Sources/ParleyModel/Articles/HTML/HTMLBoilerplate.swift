/// What marks an element of a web page as furniture rather than article: its tag, its ARIA role, its
/// `class` and `id` names, or being hidden. Patterns of web pages in general, never of one site.
enum HTMLBoilerplate {
    /// Elements that hold a page's furniture wherever they are.
    static let tags: Set<String> = ["nav", "aside", "footer", "header", "menu", "dialog"]
    static let roles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
        "alertdialog", "toolbar", "tablist",
    ]
    /// Words of a class or id name that mark furniture whatever else the name says ("article-comments").
    static let certainNames = [
        "comment", "disqus", "outbrain", "taboola", "cookie", "consent", "gdpr", "newsletter", "sr-only",
        "visually-hidden", "visuallyhidden", "screen-reader", "skip-link", "skiplink",
    ]
    /// Words that mark furniture even beside a content word ("article-share-bar"), unless the element holds
    /// much of the page's prose ("entry-content-read-more" is the article, with a "read more" fold).
    static let strongNames =
        certainNames + [
            "share", "sharing", "social", "related", "recommend", "subscri", "signup", "sign-up", "popup", "modal",
            "promo", "sponsor", "advert", "breadcrumb", "more-stories", "morestories", "most-popular",
            "mostpopular", "most-read", "mostread", "trending", "read-more", "readmore", "author-bio", "authorbio",
            "further-reading", "see-also", "also-read", "print-only", "login", "toolbar",
        ]
    /// Names that tell a state, not a role: "modal-enabled", "has-sidebar", "js-share-ready", and the
    /// responsive "hidden-xs" (hidden on phones only).
    static let statePrefixes = ["has-", "is-", "js-", "no-", "with-", "hidden-", "visible-"]
    static let stateSuffixes = ["-enabled", "-disabled", "-active", "-open", "-closed", "-visible", "-ready"]
    /// Pieces that mark furniture unless the name also reads as content ("site-footer", not "post-header").
    static let weakNames = [
        "header", "footer", "masthead", "nav", "menu", "sidebar", "side-bar", "banner", "pagination", "pager",
        "tags", "tag-list", "byline", "dateline", "author", "meta", "rating", "follow", "jump", "tools", "utility",
        "subnav", "links", "teaser", "hidden",
    ]
    /// Class tokens that are furniture on their own ("ad", "ads"): too short to look for inside words.
    static let tokenNames: Set<String> = ["ad", "ads", "adv", "advertisement", "hide", "hidden", "nocontent", "aside"]
    /// Pieces that read as the article itself.
    static let contentNames = ["article", "body", "content", "entry", "main", "post", "story", "text", "blog"]
    /// A name piece that only looks like furniture: "commentary" is prose, not comments.
    static let contentExceptions = ["commentary"]

    /// Microdata that pages repeat in hidden blocks for search engines; the visible headline and byline
    /// are read from the page's metadata instead.
    static let metadataProperties: Set<String> = [
        "datepublished", "datemodified", "datecreated", "keywords", "mainentityofpage", "url", "thumbnailurl",
        "publisher", "headline", "author", "image", "dateline", "wordcount", "articlesection",
    ]

    /// Whether the element is furniture by its tag, role, names or visibility; `characters` is how much
    /// text it holds outside links, which lets a name that is only likely furniture stand when the element
    /// holds prose.
    static func isFurniture(_ element: HTMLDocument.Element, characters: Int) -> Bool {
        if tags.contains(element.tag) { return true }
        if let role = element[attribute: "role"]?.lowercased(), roles.contains(role) { return true }
        if isHidden(element) { return true }
        if let property = element[attribute: "itemprop"]?.lowercased(), metadataProperties.contains(property),
            characters < 200
        {
            return true
        }
        if ["a", "body", "html", "article", "main"].contains(element.tag) { return false }
        let names = classify(element.hints)
        if names.certain { return true }
        // A post embedded in the story ("social-media-embed") is quoted by it, not shared from it.
        if names.embedded { return false }
        if names.strong { return !names.content || characters < 400 }
        return names.weak && !names.content
    }

    /// Hidden from a reader: `hidden`, `aria-hidden="true"`, or an inline style that hides it.
    static func isHidden(_ element: HTMLDocument.Element) -> Bool {
        if element[attribute: "hidden"] != nil { return true }
        if element[attribute: "aria-hidden"]?.lowercased() == "true" { return true }
        guard let style = element[attribute: "style"]?.lowercased() else { return false }
        let compact = style.filter { $0 != " " }
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }

    /// The words of class and id names: "PageBuilder-pageWrapper share_bar" → page, builder, page, wrapper,
    /// share, bar (lower-cased). Names are matched by their words so that "pagewrapper" is no "pager".
    static func words(_ names: String) -> [[Substring]] {
        names.split(separator: " ").map { name in
            var words: [Substring] = []
            var start = name.startIndex
            var previous: Character?
            for index in name.indices {
                let c = name[index]
                if c == "-" || c == "_" || c == ":" || c == "." {
                    if start < index { words.append(name[start..<index]) }
                    start = name.index(after: index)
                } else if c.isUppercase, let p = previous, p.isLowercase {
                    if start < index { words.append(name[start..<index]) }
                    start = index
                }
                previous = c
            }
            if start < name.endIndex { words.append(name[start...]) }
            return words
        }
    }

    /// Whether class and id names (space-separated, as written) mark furniture.
    static func namedFurniture(_ hints: String) -> Bool {
        let names = classify(hints)
        return names.strong || (names.weak && !names.content)
    }

    /// Whether any name has a strong furniture word, a weak one, a content word.
    static func classify(_ hints: String) -> (certain: Bool, strong: Bool, weak: Bool, content: Bool, embedded: Bool) {
        guard !hints.isEmpty else { return (false, false, false, false, false) }
        var embedded = false
        var certain = false
        var strong = false
        var weak = false
        var content = false
        for name in words(hints) {
            let lowered = name.map { $0.lowercased() }
            let joined = lowered.joined(separator: "-")
            if statePrefixes.contains(where: { joined.hasPrefix($0) })
                || stateSuffixes.contains(where: { joined.hasSuffix($0) })
            {
                continue
            }
            if contentExceptions.contains(where: { joined.contains($0) }) {
                content = true
                continue
            }
            for word in lowered {
                if word.hasPrefix("embed") { embedded = true }
                if tokenNames.contains(word) { strong = true }
                if strongNames.contains(where: { word.hasPrefix($0) }) { strong = true }
                if certainNames.contains(where: { word.hasPrefix($0) }) { certain = true }
                if weakNames.contains(where: { word.hasPrefix($0) }) { weak = true }
                if contentNames.contains(where: { word.hasPrefix($0) }) { content = true }
            }
            // two-word names: "read-more", "most-popular", "see-also"
            if strongNames.contains(where: { $0.contains("-") && joined.contains($0) }) { strong = true }
            if certainNames.contains(where: { $0.contains("-") && joined.contains($0) }) { certain = true }
        }
        return (certain, strong, weak, content, embedded)
    }

    /// A class weight in the manner of Readability: +25 for a content name, -25 for a furniture name.
    static func nameWeight(_ hints: String) -> Double {
        let names = classify(hints)
        return (names.content ? 25 : 0) - (names.strong || (names.weak && !names.content) ? 25 : 0)
    }
}
