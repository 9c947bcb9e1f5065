import Foundation

/// Writes the article's elements out as paragraphs: one per block of text, headings as `.heading`,
/// figure captions as `.caption`, furniture and clutter left out.
struct HTMLBlockWriter {
    let finder: MainTextFinder
    /// Whether boxes that look like clutter inside the article are written too.
    var keepsClutter = false
    /// Text past this many bytes is not written: an article's text is held to a text file's limit.
    var limit = ArticleReading.sizeLimit
    /// Bytes of the text so far as `Article.text` joins it (a blank line between paragraphs).
    private(set) var written = 0
    /// Whether the text was cut at `limit`.
    private(set) var isCut = false
    private var document: HTMLDocument { finder.document }
    private(set) var paragraphs: [Paragraph] = []
    private var line = ""
    /// How deep inside links the writer is, and the characters of link text in `line`.
    private var linkDepth = 0
    private var linkCharacters: Int32 = 0
    private var kind: Paragraph.Kind = .body

    init(finder: MainTextFinder) { self.finder = finder }

    /// The paragraphs below `roots`, in document order; furniture is always left out, clutter unless
    /// `keepingClutter`.
    static func paragraphs(of roots: [Int], finder: MainTextFinder, keepingClutter: Bool = false)
        -> (paragraphs: [Paragraph], cut: Bool)
    {
        var writer = HTMLBlockWriter(finder: finder)
        writer.keepsClutter = keepingClutter
        for root in roots { writer.write(root, isRoot: true) }
        writer.flush()
        return (writer.paragraphs, writer.isCut)
    }

    private mutating func write(_ index: Int, isRoot: Bool = false) {
        let element = document.elements[index]
        if isCut { return }
        if finder.removed[index] {
            // An article's header is left out but for its lead.
            if finder.inArticleHeader[index] {
                for case .element(let child) in document.children(of: index) { write(child) }
            }
            return
        }
        if !isRoot, !keepsClutter, finder.isClutter(index) { return }
        let tag = element.tag
        if tag == "br" {
            flush()
            return
        }
        let isBlock = HTMLTags.blocks.contains(tag)
        let ownKind = Self.kind(of: element)
        let outerKind = kind
        if isBlock {
            flush()
            if let ownKind { kind = ownKind }
        } else if tag == "img" {
            line += " "
        }
        if tag == "a" { linkDepth += 1 }
        for child in document.children(of: index) {
            switch child {
            case .text(let t):
                line += document.text(node: t)
                if linkDepth > 0 { linkCharacters += MainTextFinder.count(document.textSlice(t)).characters }
            case .element(let e): write(e)
            }
        }
        if tag == "a" { linkDepth -= 1 }
        if isBlock {
            flush()
            kind = outerKind
        }
    }

    /// Headings and captions by their tags, or a caption by its class name ("wp-caption-text", "credit").
    private static func kind(of element: HTMLDocument.Element) -> Paragraph.Kind? {
        if HTMLTags.headings.contains(element.tag) { return .heading }
        if element.tag == "figcaption" || element.tag == "caption" { return .caption }
        if isCaptionNamed(element.hints) { return .caption }
        if ["p", "li", "blockquote", "pre", "td", "dd"].contains(element.tag) { return .body }
        return nil
    }

    /// Class and id words of captions and photo credits: "wp-caption-text", "photoCredit".
    static let captionNames: [[HTMLBoilerplate.Word]] = [
        ["caption"], ["photo", "credit"], ["image", "credit"], ["img", "credit"],
    ].map {
        $0.map { Array($0.utf8) }
    }

    static func isCaptionNamed(_ hints: String) -> Bool {
        guard !hints.isEmpty else { return false }
        return HTMLBoilerplate.words(hints).contains { words in
            captionNames.contains { pattern in
                words.indices.contains { start in
                    start + pattern.count <= words.count
                        && pattern.indices.allSatisfy { words[start + $0].starts(with: pattern[$0]) }
                }
            }
        }
    }

    private mutating func flush() {
        // A soft hyphen (`&shy;`) only says where a word may break.
        let visible = line.contains("\u{AD}") ? line.replacingOccurrences(of: "\u{AD}", with: "") : line
        let text = TextCleaner.normalize(visible)
        let links = linkCharacters
        line = ""
        linkCharacters = 0
        guard !text.isEmpty, !isCut else { return }
        // A short line that is mostly a link points at another page ("Read more: …", a list of stories);
        // a cited address or a source's name in brackets is part of the story.
        if links > 0, kind != .heading, text.utf8.count < 300, links * 2 > MainTextFinder.count(text.utf8).characters,
            text.split(separator: " ").count >= 4, !text.hasPrefix("http")
        {
            return
        }
        let cost = text.utf8.count + (paragraphs.isEmpty ? 0 : 2)
        guard written + cost <= limit else {
            isCut = true
            return
        }
        written += cost
        paragraphs.append(Paragraph(kind, text))
    }
}
