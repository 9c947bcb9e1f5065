/// What an article without a title line is shown by: its lede's first sentence, cut at a word.
///
///     Headline.lede(of: [Paragraph(.body, "Ruto met Abiy in Nairobi. They spoke of trade.")])
///     // "Ruto met Abiy in Nairobi."
public enum Headline {
    /// The longest headline drawn from a lede, in characters (the ellipsis included).
    public static let limit = 100

    /// The first sentence of the first paragraph of prose (a caption or heading when there is none),
    /// page junk skipped; "" for an article with no text.
    public static func lede(of paragraphs: [Paragraph], limit: Int = Headline.limit) -> String {
        let usable = paragraphs.filter { !LineShape.isJunk($0.text) && !LineShape.startsWithSeparator($0.text) }
        guard let lede = usable.first(where: { $0.kind == .body }) ?? usable.first ?? paragraphs.first else {
            return ""
        }
        return cut(firstSentence(of: lede.text), to: limit)
    }

    /// The text up to the end of its first sentence: a full stop, question or exclamation mark followed
    /// by a space and a capital, not after an initial ("J.") or a short abbreviation ("Gen.", "Mr.").
    static func firstSentence(of text: String) -> String {
        let characters = Array(text)
        var wordStart = 0
        for index in characters.indices {
            let character = characters[index]
            if character == " " { wordStart = index + 1 }
            guard ".!?。！？".contains(character) else { continue }
            if "。！？".contains(character) { return String(characters[...index]) }
            guard index + 2 < characters.count, characters[index + 1] == " " else { continue }
            let next = characters[index + 2]
            guard next.isUppercase || "\"“‘'".contains(next) else { continue }
            let word = characters[wordStart..<index].filter(\.isLetter)
            if character == ".", word.count <= 3, word.first?.isUppercase == true { continue }
            return String(characters[...index])
        }
        return text
    }

    /// `text` on one line, no longer than `limit` characters: cut after the last whole word that fits,
    /// with an ellipsis.
    static func cut(_ text: String, to limit: Int) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard flat.count > limit, limit > 1 else { return flat }
        let head = flat.prefix(limit - 1)
        var end = head.lastIndex(of: " ") ?? head.endIndex
        if end == head.startIndex { end = head.endIndex }
        var kept = flat[..<end]
        while let last = kept.last, ",;:–—-".contains(last) { kept.removeLast() }
        return kept + "…"
    }
}
