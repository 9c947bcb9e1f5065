/// What marks an element of a web page as furniture rather than article: its tag, its ARIA role, its
/// `class` and `id` names, or being hidden. Patterns of web pages in general, never of one site.
enum HTMLBoilerplate {
    /// Elements that hold a page's furniture wherever they are.
    static let tags: Set<String> = ["nav", "aside", "footer", "header", "menu", "dialog"]
    static let roles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
        "alertdialog", "toolbar", "tablist",
    ]
    /// Pieces of a class or id name that mark furniture even inside the article ("article-share-bar").
    static let strongNames = [
        "comment", "share", "sharing", "social", "related", "recommend", "cookie", "consent", "gdpr", "newsletter",
        "subscri", "signup", "sign-up", "outbrain", "taboola", "disqus", "popup", "modal", "paywall", "promo",
        "sponsor", "advert", "breadcrumb", "more-stories", "morestories", "most-popular", "mostpopular", "most-read",
        "mostread", "trending", "read-more", "readmore", "author-bio", "authorbio", "sr-only", "visually-hidden",
        "visuallyhidden", "screen-reader", "skip-link", "skiplink", "further-reading", "see-also", "also-read",
        "print-only", "login", "toolbar",
    ]
    /// Pieces that mark furniture unless the name also reads as content ("site-footer", not "post-header").
    static let weakNames = [
        "header", "footer", "masthead", "nav", "menu", "sidebar", "side-bar", "widget", "banner", "pagination", "pager",
        "tags", "tag-list", "byline", "dateline", "author", "meta", "rating", "follow", "jump", "tools", "utility",
        "subnav", "links", "teaser", "hidden",
    ]
    /// Class tokens that are furniture on their own ("ad", "ads"): too short to look for inside words.
    static let tokenNames: Set<String> = ["ad", "ads", "adv", "advertisement", "hide", "hidden", "nocontent", "aside"]
    /// Pieces that read as the article itself.
    static let contentNames = ["article", "body", "content", "entry", "main", "post", "story", "text", "blog"]
    /// A name piece that only looks like furniture: "commentary" is prose, not comments.
    static let contentExceptions = ["commentary"]

    /// Whether the element is furniture by its tag, role, names or visibility.
    static func isFurniture(_ element: HTMLDocument.Element) -> Bool {
        if tags.contains(element.tag) { return true }
        if let role = element[attribute: "role"]?.lowercased(), roles.contains(role) { return true }
        if isHidden(element) { return true }
        return ["a", "body", "html", "article", "main"].contains(element.tag) ? false : namedFurniture(element.hints)
    }

    /// Hidden from a reader: `hidden`, `aria-hidden="true"`, or an inline style that hides it.
    static func isHidden(_ element: HTMLDocument.Element) -> Bool {
        if element[attribute: "hidden"] != nil { return true }
        if element[attribute: "aria-hidden"]?.lowercased() == "true" { return true }
        guard let style = element[attribute: "style"]?.lowercased() else { return false }
        let compact = style.filter { $0 != " " }
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }

    /// Whether class and id names (lower-cased, space-separated) mark furniture.
    static func namedFurniture(_ hints: String) -> Bool {
        guard !hints.isEmpty else { return false }
        let names = hints.split(separator: " ")
        var strong = false
        var weak = false
        var content = false
        for name in names {
            if contentExceptions.contains(where: { name.contains($0) }) {
                content = true
                continue
            }
            if tokenNames.contains(String(name)) { strong = true }
            for token in name.split(whereSeparator: { $0 == "-" || $0 == "_" }) where tokenNames.contains(String(token)) {
                strong = true
            }
            if strongNames.contains(where: { name.contains($0) }) { strong = true }
            if weakNames.contains(where: { name.contains($0) }) { weak = true }
            if contentNames.contains(where: { name.contains($0) }) { content = true }
        }
        return strong || (weak && !content)
    }

    /// A class weight in the manner of Readability: +25 for a content name, -25 for a furniture name.
    static func nameWeight(_ hints: String) -> Double {
        guard !hints.isEmpty else { return 0 }
        var weight = 0.0
        if contentNames.contains(where: { hints.contains($0) }) { weight += 25 }
        if namedFurniture(hints) { weight -= 25 }
        return weight
    }
}
