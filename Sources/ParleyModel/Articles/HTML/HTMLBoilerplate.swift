/// What marks an element of a web page as furniture rather than article: its tag, its ARIA role, its
/// `class` and `id` names, or being hidden. Patterns of web pages in general, never of one site.
enum HTMLBoilerplate {
    /// Elements that hold a page's furniture wherever they are.
    static let tags: Set<String> = ["nav", "aside", "footer", "header", "menu", "dialog"]
    static let roles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
        "alertdialog", "toolbar", "tablist",
    ]
    /// The class and id words of `language/page-names.tsv`, whose header explains each role.
    static let vocabulary = PageNameVocabulary.bundled
    /// Words of a class or id name that mark furniture whatever else the name says ("article-comments").
    static let certainNames = vocabulary[.certain]
    /// Words that mark furniture even beside a content word ("article-share-bar"), unless the element holds
    /// much of the page's prose ("entry-content-read-more" is the article, with a "read more" fold).
    static let strongNames = certainNames + vocabulary[.strong]
    /// Names that tell a state, not a role: "modal-enabled", "has-sidebar", "js-share-ready", and the
    /// responsive "hidden-xs" (hidden on phones only), or a part of the box hidden ("field--label-hidden"). First
    /// and last words of a name of two or more, unless the name is a furniture name ("visually-hidden").
    static let stateFirstWords = Set(vocabulary[.stateFirst])
    static let stateLastWords = Set(vocabulary[.stateLast])
    /// Pieces that mark furniture unless the name also reads as content ("site-footer", not "post-header").
    static let weakNames = vocabulary[.weak]
    /// Class tokens that are furniture on their own ("ad", "ads"): too short to look for inside words.
    static let tokenNames = Set(vocabulary[.token])
    /// Pieces that read as the article itself.
    static let contentNames = vocabulary[.content]
    /// Whole words that name an article's lead, standfirst or summary, printed above its body and often
    /// inside its header ("article-lead", "chapo", "Vorspann", "bajada"): part of the article's text.
    /// Matched as whole words, so that an advertising "leaderboard" is no lead.
    static let leadNames = vocabulary[.lead]
    /// A name piece that only looks like furniture: "commentary" is prose, not comments.
    static let contentExceptions = vocabulary[.exception]

    /// Microdata that pages repeat in hidden blocks for search engines; the visible headline and byline
    /// are read from the page's metadata instead.
    static let metadataProperties: Set<String> = [
        "datepublished", "datemodified", "datecreated", "keywords", "mainentityofpage", "url", "thumbnailurl",
        "publisher", "headline", "author", "image", "dateline", "wordcount", "articlesection",
    ]

    /// What the class and id names of one element say.
    struct Names: Equatable {
        /// A word that is furniture whatever else the name says.
        var certain = false
        /// A word that is furniture even beside a content word.
        var strong = false
        /// A word that is furniture unless a content word stands beside it.
        var weak = false
        var content = false
        /// An embedded post ("social-media-embed"), which the story quotes.
        var embedded = false
        /// The article's lead or standfirst ("article__lead", "chapo").
        var lead = false

        /// Furniture by name alone.
        var isFurniture: Bool { certain || (!embedded && (strong || (weak && !content))) }
        /// A weight in the manner of Readability's class weight: +25 for content, -25 for furniture.
        var weight: Double { (content ? 25 : 0) - (isFurniture ? 25 : 0) }
    }

    /// Whether the element is furniture by its tag, role, names or visibility; `characters` is how much
    /// text it holds outside links, which lets a name that is only likely furniture stand when the element
    /// holds prose.
    static func isFurniture(_ element: HTMLDocument.Element, names: Names, characters: Int) -> Bool {
        if tags.contains(element.tag) { return true }
        // What a page shows without scripts: a tracking image or a notice, or on some pages the article itself.
        if element.tag == "noscript" { return characters < 200 }
        if let role = element[attribute: "role"]?.lowercased(), roles.contains(role) { return true }
        if isHidden(element) { return true }
        if let property = element[attribute: "itemprop"]?.lowercased(), metadataProperties.contains(property),
            characters < 200
        {
            return true
        }
        if ["a", "body", "html", "article", "main"].contains(element.tag) { return false }
        if names.certain { return true }
        // A post embedded in the story ("social-media-embed") is quoted by it, not shared from it.
        if names.embedded || names.lead { return false }
        if names.strong { return !names.content || characters < 400 }
        // A heading is named for the section it opens ("nav_the_second_part"), not for the page's menus.
        return names.weak && !names.content && !HTMLTags.headings.contains(element.tag)
    }

    /// Hidden from a reader: `hidden`, `aria-hidden="true"`, or an inline style that hides it.
    static func isHidden(_ element: HTMLDocument.Element) -> Bool {
        if element[attribute: "hidden"] != nil { return true }
        if element[attribute: "aria-hidden"]?.lowercased() == "true" { return true }
        guard let style = element[attribute: "style"]?.lowercased() else { return false }
        let compact = String(style.unicodeScalars.filter { $0 != " " })
        return compact.hasPrefix("display:none") || compact.hasPrefix("visibility:hidden")
            || style.split(separator: ";").contains {
                let rule = String($0.unicodeScalars.filter { $0 != " " })
                return rule == "display:none" || rule == "visibility:hidden"
            }
    }

    /// One word of a name, as lower-cased bytes.
    typealias Word = [UInt8]

    /// The words of class and id names: "PageBuilder-pageWrapper share_bar" → [page, builder, page, wrapper],
    /// [share, bar] (lower-cased). Names are matched by their words so that "pagewrapper" is no "pager".
    static func words(_ names: String) -> [[Word]] {
        var result: [[Word]] = []
        var words: [Word] = []
        var current: Word = []
        var previousLower = false
        func endWord() {
            if !current.isEmpty { words.append(current) }
            current = []
        }
        func endName() {
            endWord()
            if !words.isEmpty { result.append(words) }
            words = []
        }
        for byte in names.utf8 {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D: endName()
            case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: "."): endWord()
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if previousLower { endWord() }  // camelCase: "pageWrapper"
                current.append(byte + 0x20)
            default: current.append(byte)
            }
            previousLower = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
        }
        endName()
        return result
    }

    /// Patterns as word sequences: "read-more" → [read, more]; the last word matches as a prefix.
    private static func sequences(_ patterns: [String]) -> [[Word]] {
        patterns.map { $0.split(separator: "-").map { Array($0.utf8) } }
    }
    private static let certainSequences = sequences(certainNames)
    private static let strongSequences = sequences(strongNames)
    private static let weakSequences = sequences(weakNames)
    private static let contentSequences = sequences(contentNames)
    private static let exceptionSequences = sequences(contentExceptions)
    private static let tokenWords = Set(tokenNames.map { Array($0.utf8) })
    private static let stateFirst = Set(stateFirstWords.map { Array($0.utf8) })
    private static let stateLast = Set(stateLastWords.map { Array($0.utf8) })
    private static let embed = Array("embed".utf8)
    private static let leadSequences = sequences(leadNames)

    /// Whether `pattern` occurs in `words`: whole words, the last one as a prefix ("comment" in "comments").
    private static func occurs(_ pattern: [Word], in words: [Word]) -> Bool {
        guard pattern.count <= words.count, let last = pattern.last else { return false }
        for start in 0...(words.count - pattern.count) {
            let end = start + pattern.count - 1
            guard words[end].starts(with: last) else { continue }
            if pattern.count == 1 || (0..<pattern.count - 1).allSatisfy({ words[start + $0] == pattern[$0] }) {
                return true
            }
        }
        return false
    }

    /// What class and id names (space-separated, as written) say about the element.
    static func classify(_ hints: String) -> Names {
        var names = Names()
        guard !hints.isEmpty else { return names }
        for words in words(hints) {
            if words.count >= 2, let first = words.first, let last = words.last,
                stateFirst.contains(first) || stateLast.contains(last),
                !strongSequences.contains(where: { occurs($0, in: words) })
            {
                continue
            }
            if exceptionSequences.contains(where: { occurs($0, in: words) }) {
                names.content = true
                continue
            }
            if words.contains(where: { $0.starts(with: embed) }) { names.embedded = true }
            if leadSequences.contains(where: { lead in
                words.indices.contains { start in
                    start + lead.count <= words.count && lead.indices.allSatisfy { words[start + $0] == lead[$0] }
                }
            }) {
                names.lead = true
            }
            if words.contains(where: { tokenWords.contains($0) }) { names.strong = true }
            if certainSequences.contains(where: { occurs($0, in: words) }) { names.certain = true }
            if names.certain || strongSequences.contains(where: { occurs($0, in: words) }) { names.strong = true }
            if weakSequences.contains(where: { occurs($0, in: words) }) { names.weak = true }
            if contentSequences.contains(where: { occurs($0, in: words) }) { names.content = true }
        }
        return names
    }
}
