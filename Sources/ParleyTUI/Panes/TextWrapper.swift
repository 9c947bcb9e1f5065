import ParleyModel
import ParleyTerminal

/// Lays an article out in lines of a given width: title, credits, then each paragraph wrapped at
/// spaces (a word longer than the line is cut), keeping each line's offset into the body.
public enum TextWrapper {
    /// Captions are drawn indented by this many columns.
    public static let captionIndent = 2

    public static func lines(for stored: StoredArticle, width: Int) -> [WrappedLine] {
        guard width > 0 else { return [] }
        var lines: [WrappedLine] = []
        let titleKind: WrappedLine.Kind = stored.article.hasTitle ? .title : .headline
        for text in wrap(stored.displayTitle, width: width) {
            lines.append(WrappedLine(kind: titleKind, text: text.text))
        }
        for meta in metaLines(stored) {
            for text in wrap(meta, width: width) { lines.append(WrappedLine(kind: .meta, text: text.text)) }
        }
        lines.append(WrappedLine(kind: .blank, text: ""))
        let kinds = stored.article.paragraphs.map(\.kind)
        var offset = 0
        for (index, paragraph) in stored.displayBody.components(separatedBy: "\n\n").enumerated() {
            let kind = index < kinds.count ? kinds[index] : .body
            let lineKind: WrappedLine.Kind = kind == .caption ? .caption : kind == .heading ? .heading : .body
            let available = kind == .caption ? width - captionIndent : width
            for piece in wrap(paragraph, width: max(1, available)) {
                lines.append(WrappedLine(kind: lineKind, text: piece.text, bodyStart: offset + piece.start))
            }
            lines.append(WrappedLine(kind: .blank, text: ""))
            offset += paragraph.unicodeScalars.count + 2
        }
        return lines
    }

    static func metaLines(_ stored: StoredArticle) -> [String] {
        let article = stored.article
        var lines: [String] = []
        if let subtitle = article.subtitle { lines.append(DisplayText.sanitize(subtitle)) }
        var credit: [String] = []
        if let byline = article.byline { credit.append("By " + DisplayText.sanitize(byline)) }
        if let name = article.sourceName { credit.append(DisplayText.sanitize(name)) }
        if !credit.isEmpty { lines.append(credit.joined(separator: " · ")) }
        if let published = article.published {
            lines.append("Published \(published.date) (\(DisplayText.sanitize(published.basis)))")
        } else if let reference = stored.reference {
            lines.append("Publication date unknown; dates read against \(reference.date) (\(reference.basis))")
        } else {
            lines.append("Publication date unknown")
        }
        return lines
    }

    /// Wraps one paragraph: each piece with its scalar offset in the paragraph.
    public static func wrap(_ text: String, width: Int) -> [(text: String, start: Int)] {
        guard width > 0 else { return [] }
        var result: [(String, Int)] = []
        var line = ""
        var lineWidth = 0
        var lineStart = 0
        var offset = 0
        var lastSpace: (index: String.Index, offset: Int, width: Int)?
        for character in text {
            let scalars = character.unicodeScalars.count
            if character == "\n" {
                result.append((line, lineStart))
                line = ""
                lineWidth = 0
                offset += scalars
                lineStart = offset
                lastSpace = nil
                continue
            }
            let w = DisplayWidth.of(character)
            if lineWidth + w > width, !line.isEmpty {
                if let space = lastSpace, character != " " {
                    let head = String(line[..<space.index])
                    let tail = String(line[line.index(after: space.index)...])
                    result.append((head, lineStart))
                    lineStart = space.offset + 1
                    line = tail
                    lineWidth = DisplayWidth.of(tail)
                } else {
                    result.append((line, lineStart))
                    line = ""
                    lineWidth = 0
                    lineStart = offset + (character == " " ? 1 : 0)
                }
                lastSpace = nil
                if character == " " {
                    offset += scalars
                    continue
                }
            }
            if character == " " { lastSpace = (line.endIndex, offset, lineWidth) }
            line.append(character)
            lineWidth += w
            offset += scalars
        }
        if !line.isEmpty || result.isEmpty { result.append((line, lineStart)) }
        return result
    }
}
