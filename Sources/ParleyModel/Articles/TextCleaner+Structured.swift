extension TextCleaner {
    /// Cleans paragraphs whose kinds the page's markup already gave (an HTML page's headings and
    /// captions): the credits, datelines and widgets before the first paragraph of prose are taken as
    /// chrome, the headline repeated in the body goes, widget lines ("Share", "Advertisement") and
    /// markers of other stories or comments go, and a trailing run of other stories' headlines goes.
    public func clean(paragraphs: [Paragraph], knownTitle: String?) -> Page {
        var page = Page()
        page.title = knownTitle
        var writer: String?
        var kept: [Paragraph] = []
        var bodyStarted = false
        // A caption seen before is a gallery's caption on every slide, not a new one.
        var seenCaptions: Set<String> = []
        for paragraph in paragraphs {
            let text = Self.normalize(paragraph.text)
            guard !text.isEmpty else { continue }
            let stripped = Self.stripBullet(text)
            if kept.last?.text == text || LineShape.isJunk(stripped) { continue }
            if paragraph.kind == .caption, !seenCaptions.insert(text).inserted { continue }
            // Table rows and scores are short lines of numbers, not widgets.
            if !stripped.contains(where: \.isNumber),
                LineShape.isSectionMarker(stripped) || LineShape.isWidget(stripped)
            {
                continue
            }
            if !bodyStarted {
                if let knownTitle, stripped == knownTitle { continue }
                if page.title == nil, paragraph.kind == .heading, !LineShape.startsWithSeparator(stripped) {
                    page.title = stripped
                    continue
                }
                if paragraph.kind != .caption, absorbChrome(text, into: &page, writer: &writer) { continue }
                if paragraph.kind == .body, LineShape.isProse(stripped) { bodyStarted = true }
            }
            kept.append(Paragraph(paragraph.kind, text))
        }
        if page.byline == nil { page.byline = writer }
        page.paragraphs = Self.dropTrailingSidebar(Self.dropTrailingNotices(kept), page: &page)
        return page
    }

    /// Words of the notices sites print under a story: rights, terms, follow and subscribe prompts.
    static let noticePhrases = [
        "copyright", "all rights reserved", "may not be reproduced", "terms of use", "terms of service",
        "privacy policy", "follow us on", "follow him on", "follow her on", "follow them on", "sign up for",
        "subscribe to", "newsletter", "click here", "contact us", "news tip",
    ]

    /// Drops the run of short notices that ends a page's text ("This article is subject to copyright…").
    static func dropTrailingNotices(_ paragraphs: [Paragraph]) -> [Paragraph] {
        var end = paragraphs.count
        while end > 1 {
            let text = paragraphs[end - 1].text
            guard text.utf8.count < 400 else { break }
            let lower = text.lowercased()
            guard noticePhrases.contains(where: { lower.contains($0) }) else { break }
            end -= 1
        }
        return Array(paragraphs[..<end])
    }
}
