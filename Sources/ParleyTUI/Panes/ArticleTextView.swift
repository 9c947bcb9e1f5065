import ParleyModel
import ParleyTerminal

/// The open article: title, credits and date with its basis, then the wrapped body with mentions
/// coloured by kind, meeting sentences marked, captions set apart and search matches highlighted.
enum ArticleTextView {
    /// Style spans over body offsets, later spans winning.
    struct Spans {
        var ranges: [(Range<Int>, (Style) -> Style)] = []

        func style(at offset: Int, base: Style) -> Style {
            var style = base
            for (range, transform) in ranges where range.contains(offset) { style = transform(style) }
            return style
        }
    }

    static func spans(_ state: AppState, theme: Theme) -> Spans {
        var spans = Spans()
        guard let article = state.reader.article else { return spans }
        for meeting in article.meetings {
            let style = theme[.meetingEvidence]
            spans.ranges.append(
                (
                    meeting.evidenceStart..<meeting.evidenceEnd,
                    { base in
                        var s = base
                        s.attributes.formUnion(style.attributes)
                        if style.background != .default { s.background = style.background }
                        return s
                    }
                ))
        }
        for entity in article.entities {
            let style = theme[EntitiesView.role(for: entity)]
            for mention in entity.mentions {
                spans.ranges.append(
                    (
                        mention.start..<mention.end,
                        { base in
                            Style(
                                foreground: style.foreground, background: base.background,
                                attributes: base.attributes.union(style.attributes))
                        }
                    ))
            }
        }
        if let evidence = state.reader.evidence {
            spans.ranges.append((evidence, { _ in theme[.searchMatch] }))
        }
        for (index, match) in state.reader.matches.enumerated() {
            let style = theme[.searchMatch]
            spans.ranges.append(
                (
                    match,
                    { _ in
                        var s = style
                        if index == state.reader.currentMatch { s.attributes.insert(.bold) }
                        return s
                    }
                ))
        }
        return spans
    }

    static func draw(_ state: AppState, rect: Rect, theme: Theme, into buffer: inout ScreenBuffer) {
        let reader = state.reader
        let content = PaneFrame.draw(
            reader.article.map { _ in "Article" } ?? "Article", focused: state.focus == .article, rect: rect,
            theme: theme, into: &buffer)
        guard reader.article != nil else {
            buffer.put(
                "Select an article and press Enter.", at: Point(x: content.x, y: content.y), style: theme[.articleMeta],
                limit: content.maxX)
            return
        }
        let spans = spans(state, theme: theme)
        for line in 0..<content.height {
            let index = reader.scroll + line
            guard index < reader.lines.count else { break }
            let wrapped = reader.lines[index]
            let y = content.y + line
            switch wrapped.kind {
            case .title, .headline:
                buffer.put(
                    wrapped.text, at: Point(x: content.x, y: y),
                    style: wrapped.kind == .title
                        ? theme[.articleHeading] : ArticleListView.headlineStyle(theme[.articleHeading]),
                    limit: content.maxX)
            case .meta:
                buffer.put(wrapped.text, at: Point(x: content.x, y: y), style: theme[.articleMeta], limit: content.maxX)
            case .blank: continue
            case .body, .heading, .caption:
                let base = theme[
                    wrapped.kind == .heading
                        ? .articleHeading : wrapped.kind == .caption ? .articleCaption : .articleText]
                var x = content.x
                if wrapped.kind == .caption {
                    x = buffer.put("▌ ", at: Point(x: x, y: y), style: theme[.articleMeta], limit: content.maxX)
                }
                var offset = wrapped.bodyStart ?? 0
                for character in wrapped.text {
                    x = buffer.put(
                        String(character), at: Point(x: x, y: y), style: spans.style(at: offset, base: base),
                        limit: content.maxX)
                    offset += character.unicodeScalars.count
                }
            }
        }
    }
}
