/// Finds the article in a page the way Readability and trafilatura do: furniture is set aside by tag,
/// role and name; every paragraph of prose scores its containers by length and commas; the best
/// container, damped by its share of link text, wins, with the siblings that score near it; inside it,
/// lists and boxes that are mostly links are dropped.
struct MainTextFinder {
    let document: HTMLDocument
    /// Elements set aside as furniture (with everything inside them).
    private(set) var removed: [Bool]
    /// Removed elements inside an article's own header (furniture: its title, byline and date are read from
    /// metadata), where a lead named as such is still the article's and is not removed.
    private(set) var inArticleHeader: [Bool]
    /// Non-blank characters of text below each element, and of that, inside links.
    /// (32-bit: a capped page has far fewer characters, and a 50 MB page has half a million elements.)
    private(set) var characters: [Int32]
    private(set) var linkCharacters: [Int32]
    private var commas: [Int32]
    /// Paragraphs, images and list items below each element, for telling a box of prose from clutter.
    private var tagCounts: [(paragraphs: Int32, images: Int32, items: Int32)]
    private var scores: [Double?]
    /// What each element's class and id names say, worked out once per distinct name string.
    let names: [HTMLBoilerplate.Names]

    /// Reads `document`; `readingNames: false` judges furniture by tags and roles alone, for a page whose
    /// every box is named like furniture.
    init(_ document: HTMLDocument, readingNames: Bool = true) {
        self.document = document
        let count = document.elements.count
        removed = Array(repeating: false, count: count)
        inArticleHeader = removed
        characters = Array(repeating: 0, count: count)
        linkCharacters = Array(repeating: 0, count: count)
        commas = Array(repeating: 0, count: count)
        tagCounts = Array(repeating: (0, 0, 0), count: count)
        scores = Array(repeating: nil, count: count)
        var known: [String: HTMLBoilerplate.Names] = [:]
        names = document.elements.map { element in
            guard readingNames else { return HTMLBoilerplate.Names() }
            let hints = element.hints
            if let names = known[hints] { return names }
            let names = HTMLBoilerplate.classify(hints)
            known[hints] = names
            return names
        }
        markFurniture()
        measure()
    }

    /// The elements that hold the article, in document order: the best box, the siblings that belong with
    /// it, and the article's lead when it stands apart from them.
    mutating func contentRoots() -> [Int] {
        scoreParagraphs()
        guard let top = topCandidate() else { return [bodyElement()] }
        let roots = withSiblings(top)
        return (leads(before: roots) + roots).sorted()
    }

    // MARK: furniture

    private mutating func markFurniture() {
        let elements = document.elements
        // An element holding the page's declared article body is never furniture; one holding a box named as
        // content with prose in it, or most of the page's prose, is not furniture by its names.
        var holdsMain = Array(repeating: false, count: elements.count)
        var holdsProse = Array(repeating: false, count: elements.count)
        var rawCharacters = Array(repeating: Int32(0), count: elements.count)
        var rawLinks = Array(repeating: Int32(0), count: elements.count)
        for index in elements.indices.reversed() where index > 0 {
            let element = elements[index]
            if Self.declaresMain(element) { holdsMain[index] = true }
            for child in document.children(of: index) {
                if case .text(let t) = child { rawCharacters[index] += Self.count(document.textSlice(t)).characters }
            }
            if element.tag == "a" { rawLinks[index] = rawCharacters[index] }
            let named = names[index]
            if named.content, !named.isFurniture, rawCharacters[index] - rawLinks[index] >= Self.proseBox {
                holdsProse[index] = true
            }
            if holdsMain[index] { holdsMain[element.parent] = true }
            if holdsProse[index] { holdsProse[element.parent] = true }
            rawCharacters[element.parent] += rawCharacters[index]
            rawLinks[element.parent] += rawLinks[index]
        }
        let pageProse = rawCharacters[0] - rawLinks[0]
        var insideMain = Array(repeating: false, count: elements.count)
        for index in elements.indices where index > 0 {
            let element = elements[index]
            let parent = element.parent
            insideMain[index] = insideMain[parent] || (parent > 0 && Self.declaresMain(elements[parent]))
            if removed[parent], !inArticleHeader[parent] {
                removed[index] = true
                continue
            }
            guard !holdsMain[index] else { continue }
            let prose = rawCharacters[index] - rawLinks[index]
            let keepsNames = holdsProse[index] || (prose >= Self.proseBox && prose * 2 >= pageProse)
            var named = names[index]
            if keepsNames { named = HTMLBoilerplate.Names(certain: named.certain) }
            let furniture = HTMLBoilerplate.isFurniture(element, names: named, characters: Int(prose))
            if inArticleHeader[parent] {
                inArticleHeader[index] = !(named.lead && prose >= Self.leadParagraph)
                removed[index] = inArticleHeader[index] || furniture
                continue
            }
            removed[index] = furniture
            if removed[index], element.tag == "header", !named.certain, insideMain[index] || keepsNames {
                inArticleHeader[index] = true
            }
        }
    }

    /// Characters of prose that make a lead a paragraph of the article's text: a one-line deck under the
    /// headline ("The quay gets wider") is a subtitle, as the headline is a title.
    static let leadParagraph: Int32 = 130

    /// Characters of prose that make a box the article's rather than a scrap beside it.
    static let proseBox: Int32 = 500

    /// `<article>`, `<main>`, `role="main"` or `itemprop="articleBody"`: the page saying where its text is.
    static func declaresMain(_ element: HTMLDocument.Element) -> Bool {
        if element.tag == "main" || element.tag == "article" { return true }
        if element[attribute: "role"]?.lowercased() == "main" { return true }
        return element[attribute: "itemprop"]?.lowercased() == "articlebody"
    }

    private mutating func measure() {
        let elements = document.elements
        for index in elements.indices.reversed() {
            guard !removed[index] else { continue }
            for child in document.children(of: index) {
                if case .text(let t) = child {
                    let (chars, marks) = Self.count(document.textSlice(t))
                    characters[index] += chars
                    commas[index] += marks
                }
            }
            // A box with a paragraph's worth of text straight inside it (no <p>) counts as a paragraph.
            if characters[index] >= 100, HTMLTags.blocks.contains(elements[index].tag), elements[index].tag != "p" {
                tagCounts[index].paragraphs += 1
            }
            if elements[index].tag == "a" { linkCharacters[index] = characters[index] }
            guard index > 0 else { continue }
            let parent = elements[index].parent
            characters[parent] += characters[index]
            linkCharacters[parent] += linkCharacters[index]
            commas[parent] += commas[index]
            var counts = tagCounts[index]
            switch elements[index].tag {
            case "p": counts.paragraphs += 1
            case "img": counts.images += 1
            case "li": counts.items += 1
            default: break
            }
            tagCounts[parent].paragraphs += counts.paragraphs
            tagCounts[parent].images += counts.images
            tagCounts[parent].items += counts.items
        }
    }

    /// Non-blank characters and commas (Latin, fullwidth, ideographic, Arabic) in UTF-8 text.
    static func count<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> (characters: Int32, commas: Int32) {
        var chars: Int32 = 0
        var marks: Int32 = 0
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in bytes {
            switch byte {
            case 0x20, 0x0A, 0x09, 0x0D: break
            case 0x80...0xBF:  // a continuation byte: the character was counted at its lead byte
                if byte == 0xA0, previous == 0xC2 { chars -= 1 }  // no-break space
                if (previous == 0xD8 && byte == 0x8C) || (beforePrevious == 0xEF && previous == 0xBC && byte == 0x8C)
                    || (beforePrevious == 0xE3 && previous == 0x80 && byte == 0x81)
                {
                    marks += 1
                }
            case 0x2C:
                marks += 1
                chars += 1
            default: chars += 1
            }
            beforePrevious = previous
            previous = byte
        }
        return (chars, marks)
    }

    func linkDensity(_ index: Int) -> Double {
        characters[index] == 0 ? 0 : Double(linkCharacters[index]) / Double(characters[index])
    }

    // MARK: scoring

    /// The block element a run of text belongs to: itself when it is a block, else its nearest block ancestor.
    private func paragraphOwner(_ index: Int) -> Int {
        var current = index
        while current > 0, !HTMLTags.blocks.contains(document.elements[current].tag) {
            current = document.elements[current].parent
        }
        return current
    }

    /// Every block with text of its own (not in a child block) scores its parent and ancestors, as
    /// Readability scores its paragraphs.
    private mutating func scoreParagraphs() {
        let elements = document.elements
        var ownText = Array(repeating: Int32(0), count: elements.count)
        var ownCommas = Array(repeating: Int32(0), count: elements.count)
        for index in elements.indices where index > 0 && !removed[index] {
            for child in document.children(of: index) {
                if case .text(let t) = child {
                    let (chars, marks) = Self.count(document.textSlice(t))
                    guard chars > 0 else { continue }
                    let owner = paragraphOwner(index)
                    ownText[owner] += chars
                    ownCommas[owner] += marks
                }
            }
        }
        for index in elements.indices where ownText[index] >= 25 {
            let tag = elements[index].tag
            guard !HTMLTags.headings.contains(tag), !isInsideLink(index) else { continue }
            let score = 1 + Double(ownCommas[index]) + min(3, Double(ownText[index]) / 100)
            // Text straight inside a box (no <p>) is a paragraph of that box, as Readability wraps it in one.
            var ancestor = Self.paragraphTags.contains(tag) ? elements[index].parent : index
            var level = 0
            while ancestor > 0, level < 5 {
                let divider = level == 0 ? 1 : level == 1 ? 2 : Double(level * 3)
                scores[ancestor] = (scores[ancestor] ?? initialScore(ancestor)) + score / divider
                ancestor = elements[ancestor].parent
                level += 1
            }
        }
        for index in scores.indices {
            if let score = scores[index] { scores[index] = score * (1 - linkDensity(index)) }
        }
    }

    /// Elements that are a paragraph themselves, rather than a box that holds text.
    static let paragraphTags: Set<String> = [
        "p", "pre", "td", "th", "blockquote", "li", "dd", "dt", "figcaption", "caption", "address", "h1", "h2", "h3",
        "h4", "h5", "h6",
    ]

    func isDescendant(_ index: Int, of ancestor: Int) -> Bool {
        var current = document.elements[index].parent
        while current >= 0 {
            if current == ancestor { return true }
            current = document.elements[current].parent
        }
        return false
    }

    private func isInsideLink(_ index: Int) -> Bool {
        document.isInside(index) { $0.tag == "a" }
    }

    private func initialScore(_ index: Int) -> Double {
        let element = document.elements[index]
        var score: Double
        switch element.tag {
        case "div", "article", "section", "main": score = 5
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        if Self.declaresMain(element) { score += 25 }
        return score + names[index].weight
    }

    private func topCandidate() -> Int? {
        let scored = scores.indices.compactMap { index in
            scores[index].flatMap { removed[index] ? nil : (index: index, score: $0) }
        }
        guard let best = scored.max(by: { $0.score < $1.score }) else { return nil }
        var top = best.index
        let topScore = best.score
        // When several boxes score near the best (an article cut into cards), their common ancestor is
        // the article: Readability's rule of three alternative candidates.
        let rivals = scored.filter { $0.index != top && $0.score >= topScore * 0.75 }
            .sorted { $0.score > $1.score }.prefix(4).map(\.index)
        if rivals.count >= 3 {
            var ancestor = document.elements[top].parent
            while ancestor > 0, document.elements[ancestor].tag != "body" {
                let inside = rivals.filter { isDescendant($0, of: ancestor) }
                if inside.count >= 3 {
                    top = ancestor
                    break
                }
                ancestor = document.elements[ancestor].parent
            }
        }
        // Climb while the parent scores better: the paragraphs of one article often sit in several boxes.
        var lastScore = topScore
        var parent = document.elements[top].parent
        while parent > 0, document.elements[parent].tag != "body" {
            guard let parentScore = scores[parent] else {
                parent = document.elements[parent].parent
                continue
            }
            if parentScore < topScore / 3 { break }
            if parentScore > lastScore {
                top = parent
                break
            }
            lastScore = parentScore
            parent = document.elements[parent].parent
        }
        // An only child says no more than its parent.
        while document.elements[top].parent > 0 {
            let parent = document.elements[top].parent
            let blocks = document.children(of: parent).filter {
                if case .element(let e) = $0 { return !removed[e] && characters[e] > 0 }
                return false
            }
            guard blocks.count == 1, document.elements[parent].tag != "body" else { break }
            top = parent
        }
        return top
    }

    /// The candidate and the siblings that belong with it: scoring near it, or prose paragraphs.
    private func withSiblings(_ top: Int) -> [Int] {
        let parent = document.elements[top].parent
        guard parent >= 0 else { return [top] }
        let topScore = scores[top] ?? 0
        let threshold = max(10, topScore * 0.2)
        let topClass = document.elements[top][attribute: "class"]
        var roots: [Int] = []
        for child in document.children(of: parent) {
            guard case .element(let sibling) = child, !removed[sibling] else { continue }
            if sibling == top {
                roots.append(sibling)
                continue
            }
            var bonus = 0.0
            if let topClass, !topClass.isEmpty, document.elements[sibling][attribute: "class"] == topClass {
                bonus = topScore * 0.2
            }
            if let score = scores[sibling], score + bonus >= threshold {
                roots.append(sibling)
            } else if document.elements[sibling].tag == "p" {
                let length = characters[sibling]
                let density = linkDensity(sibling)
                if length > 80, density < 0.25 {
                    roots.append(sibling)
                } else if length > 0, density == 0, document.text(of: sibling).hasSuffix(".") {
                    roots.append(sibling)
                }
            }
        }
        return roots
    }

    private func bodyElement() -> Int {
        document.elements.indices.first { document.elements[$0].tag == "body" } ?? 0
    }

    // MARK: cleaning inside the article

    /// Whether a box inside the article is furniture by its make-up: mostly links, lists of links, or a
    /// scrap of text among images (Readability's conditional cleaning).
    func isClutter(_ index: Int) -> Bool {
        let element = document.elements[index]
        guard ["div", "section", "ul", "ol", "table", "form", "dl", "figure"].contains(element.tag) else {
            if HTMLTags.headings.contains(element.tag) { return linkDensity(index) > 0.33 }
            return false
        }
        let weight = names[index].weight
        let isList = element.tag == "ul" || element.tag == "ol" || element.tag == "dl"
        // A list scores below zero by its tag alone (Readability's start); only a name against it makes it clutter.
        if weight + (scores[index] ?? 0) < 0, !isList || weight < 0 { return true }
        if commas[index] >= 10 { return false }
        // Long prose is the article whatever its markup: Korean and Japanese write few commas.
        if characters[index] - linkCharacters[index] >= 1000, linkDensity(index) < 0.3 { return false }
        let (paragraphs, images, items) = tagCounts[index]
        let density = linkDensity(index)
        let length = characters[index]
        if images > 1, Double(paragraphs) / Double(images) < 0.5, !(element.tag == "figure") { return true }
        if !isList, items > paragraphs + 100 { return true }
        if length < 25, images == 0, element.tag != "figure", !isList { return true }
        // A link or two in a box of prose is a reference; a box that is mostly links is not the story.
        let prose = length - linkCharacters[index]
        if weight < 25, density > 0.2, !isList || density > 0.5, prose < 200 || density > 0.5 { return true }
        if weight >= 25, density > 0.5 { return true }
        return false
    }
}
