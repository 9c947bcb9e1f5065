/// An article as the listing commands give it in JSON (`list`, `search`): the export's names and types,
/// `null` for what is unknown, and for a search hit the snippet as plain text with the words it matched.
public struct SummaryItem: Encodable, Sendable, Equatable {
    var id: String
    var source: String
    /// Nil when the article gives no title; `headline` is then its lede's first sentence.
    var title: String?
    /// What the list shows: the title, or the lede's first sentence.
    var headline: String
    var published: String?
    var read: Bool
    var snippet: String?
    var matched: [String]?

    public init(_ summary: ArticleSummary) {
        id = summary.id
        source = summary.sourcePath
        title = summary.hasTitle ? summary.title : nil
        headline = summary.title
        published = summary.published?.description
        read = summary.isRead
    }

    public init(_ hit: SearchHit) {
        self.init(hit.summary)
        let (text, words) = Self.unmark(hit.snippet)
        snippet = text
        matched = words
    }

    /// The snippet without its `[` `]` marks and on one line, and the words the marks held.
    static func unmark(_ marked: String) -> (String, [String]) {
        var text = ""
        var words: [String] = []
        var word: String?
        for character in marked {
            switch character {
            case "[" where word == nil: word = ""
            case "]" where word != nil:
                words.append(word ?? "")
                word = nil
            case _ where character.isNewline || character == "\t":
                if !text.hasSuffix(" ") { text.append(" ") }
            default:
                word?.append(character)
                text.append(character)
            }
        }
        return (text, words)
    }

    enum CodingKeys: String, CodingKey {
        case id, source, title, headline, published, read, snippet, matched
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(source, forKey: .source)
        try c.encode(title, forKey: .title)
        try c.encode(headline, forKey: .headline)
        try c.encode(published, forKey: .published)
        try c.encode(read, forKey: .read)
        try c.encodeIfPresent(snippet, forKey: .snippet)
        try c.encodeIfPresent(matched, forKey: .matched)
    }
}
