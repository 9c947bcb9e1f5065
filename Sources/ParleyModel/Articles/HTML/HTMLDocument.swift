/// A parsed web page reduced to what reading it needs: elements with the few attributes that tell
/// content from furniture, their text, and the page's JSON-LD blocks.
///
/// Elements live in one array in document order (a parent before its children), so a pass from the end
/// sees every child before its parent. Scripts, styles, forms' controls and embedded graphics are left
/// out while parsing: they are never article text, and leaving them out keeps big pages small.
struct HTMLDocument: Sendable {
    /// One child of an element: another element or a run of text, by index.
    enum Node: Sendable, Equatable {
        case element(Int)
        case text(Int)
    }

    /// One element of the page, with its place in the tree.
    struct Element: Sendable {
        /// Lower-case tag name ("p", "div"); "#root" for the document itself.
        var tag: String
        var parent: Int
        /// Children as a linked list (`HTMLDocument.code` of a node, -1 for none): a list per element
        /// would cost an allocation for every element of the page.
        var firstChild: Int32 = -1
        var lastChild: Int32 = -1
        var nextSibling: Int32 = -1
        /// The kept attributes (`HTMLTreeBuilder.keptAttributes` and the metadata ones), names lower-cased.
        var attributes: [String: String] = [:]

        subscript(attribute name: String) -> String? { attributes[name] }

        /// `id` and `class` together, as written: what boilerplate patterns are matched against.
        var hints: String {
            let id = attributes["id"] ?? ""
            let classes = attributes["class"] ?? ""
            return id.isEmpty ? classes : classes.isEmpty ? id : id + " " + classes
        }
    }

    var elements: [Element] = [Element(tag: "#root", parent: -1)]
    /// The text of every text node, one after the other, as UTF-8: one buffer rather than a string per
    /// node keeps a large page's text at about its own size.
    var textBytes: [UInt8] = []
    /// Where each text node's bytes are in `textBytes`, and the node after it under the same parent.
    var textRanges: [(start: UInt32, count: UInt32, next: Int32)] = []
    /// The text of each `<script type="application/ld+json">`.
    var jsonLD: [String] = []
    /// Whether a `<meta charset>` or `http-equiv` content type named an encoding.
    var declaresCharset = false

    /// A node as one number: an element's index, or -2 minus a text's index (-1 is no node).
    static func code(_ node: Node) -> Int32 {
        switch node {
        case .element(let e): Int32(e)
        case .text(let t): Int32(-2 - t)
        }
    }

    static func node(_ code: Int32) -> Node? {
        code >= 0 ? .element(Int(code)) : code <= -2 ? .text(Int(-2 - code)) : nil
    }

    /// The children of element `index`, in order.
    func children(of index: Int) -> Children { Children(document: self, upcoming: elements[index].firstChild) }

    /// The children of one element, walked along the sibling links.
    struct Children: Sequence, IteratorProtocol {
        let document: HTMLDocument
        var upcoming: Int32

        mutating func next() -> Node? {
            guard let node = HTMLDocument.node(upcoming) else { return nil }
            switch node {
            case .element(let e): upcoming = document.elements[e].nextSibling
            case .text(let t): upcoming = document.textRanges[t].next
            }
            return node
        }
    }

    /// Appends `node` to the children of element `parent`.
    mutating func append(_ node: Node, to parent: Int) {
        let code = Self.code(node)
        switch Self.node(elements[parent].lastChild) {
        case nil: elements[parent].firstChild = code
        case .element(let e): elements[e].nextSibling = code
        case .text(let t): textRanges[t].next = code
        }
        elements[parent].lastChild = code
    }

    /// The bytes of text node `index`.
    func textSlice(_ index: Int) -> ArraySlice<UInt8> {
        let range = textRanges[index]
        return textBytes[Int(range.start)..<Int(range.start + range.count)]
    }

    /// The text of text node `index`.
    func text(node index: Int) -> String {
        String(decoding: textSlice(index), as: UTF8.self)
    }

    /// The text below `index`, whitespace folded; `<br>` and blocks become single spaces.
    func text(of index: Int) -> String {
        var out = ""
        appendText(of: index, to: &out)
        return TextCleaner.normalize(out)
    }

    private func appendText(of index: Int, to out: inout String) {
        for child in children(of: index) {
            switch child {
            case .text(let t): out += text(node: t)
            case .element(let e):
                if HTMLTags.breaksLine.contains(elements[e].tag) { out += " " }
                appendText(of: e, to: &out)
                if HTMLTags.breaksLine.contains(elements[e].tag) { out += " " }
            }
        }
    }

    /// Whether `index` lies inside (or is) an element for which `test` holds.
    func isInside(_ index: Int, where test: (Element) -> Bool) -> Bool {
        var current = index
        while current > 0 {
            if test(elements[current]) { return true }
            current = elements[current].parent
        }
        return false
    }
}

/// The HTML tag groups the reader relies on.
enum HTMLTags {
    /// Never article text; their content is not even kept. (`rt` and `rp` are ruby readings printed beside
    /// the words they gloss: 子(こ)ども reads 子ども.)
    static let skipped: Set<String> = [
        "script", "style", "template", "svg", "math", "iframe", "object", "embed", "canvas", "select", "textarea",
        "button", "input", "option", "video", "audio", "map", "rt", "rp",
    ]
    /// Elements that start a new block of text.
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre", "ul", "ol",
        "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "figure", "figcaption", "h1",
        "h2", "h3", "h4", "h5", "h6", "hr", "br", "form", "fieldset", "address", "center", "body", "html", "caption",
        "details", "summary", "hgroup", "picture", "menu",
    ]
    /// Elements whose edges separate words even inside a line of text.
    static let breaksLine: Set<String> = blocks.union(["img"])
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
}
