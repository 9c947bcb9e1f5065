/// A news article as Parley reads it: headline, credits, cleaned paragraphs and publication date.
///
/// `text` is the cleaned body that `parley show` prints; every offset Parley stores counts Unicode
/// scalars of `text`.
public struct Article: Sendable, Equatable, Identifiable {
    public var id: String
    /// Path or URL the article came from.
    public var source: String
    /// The headline the article gives; "" when it has none (`headline` is what is shown then).
    public var title: String
    public var subtitle: String?
    /// The person or desk credited: "Mara Ellison", "Harbour Courier Staff".
    public var byline: String?
    /// The publication or site name, when the page gives one.
    public var sourceName: String?
    public var paragraphs: [Paragraph]
    public var published: PublicationDate?
    /// When the page was saved, if the file says (front matter `captured:`); anchors "2 days ago".
    public var captured: CalendarDate?
    /// Problems met while reading that did not stop it: "invalid UTF-8 replaced".
    public var warnings: [String]
    /// The address a saved web page names as its own (`<link rel="canonical">`, `og:url`, JSON-LD `url`):
    /// where `source` is the saved file, this is the page on the web.
    public var canonicalURL: String?

    public init(
        id: String, source: String, title: String, subtitle: String? = nil, byline: String? = nil,
        sourceName: String? = nil, paragraphs: [Paragraph], published: PublicationDate? = nil,
        captured: CalendarDate? = nil, warnings: [String] = []
    ) {
        self.id = id
        self.source = source
        self.title = title
        self.subtitle = subtitle
        self.byline = byline.map(Self.withoutByPrefix)
        self.sourceName = sourceName
        self.paragraphs = paragraphs
        self.published = published
        self.captured = captured
        self.warnings = warnings
    }

    /// Whether the article gives a headline of its own.
    public var hasTitle: Bool { !title.isEmpty }

    /// What the article is shown by: its title, else its lede's first sentence cut at a word.
    public var headline: String { hasTitle ? title : Headline.lede(of: paragraphs) }

    /// A credit without the "By" it was written with, however often: "By By Ana Ruiz" → "Ana Ruiz".
    static func withoutByPrefix(_ byline: String) -> String {
        var name = Substring(byline).drop(while: \.isWhitespace)
        while name.count > 3, name.prefix(3).lowercased() == "by ", name.dropFirst(3).contains(where: \.isLetter) {
            name = name.dropFirst(3).drop(while: \.isWhitespace)
        }
        return String(name)
    }

    /// The cleaned body: paragraphs separated by blank lines.
    public var text: String { paragraphs.map(\.text).joined(separator: "\n\n") }

    /// Each paragraph with the scalar offset at which it starts in `text`.
    public var paragraphOffsets: [(paragraph: Paragraph, start: Int)] {
        var offset = 0
        var result: [(Paragraph, Int)] = []
        for paragraph in paragraphs {
            result.append((paragraph, offset))
            offset += paragraph.text.unicodeScalars.count + 2
        }
        return result
    }
}

/// One block of an article's cleaned body.
public struct Paragraph: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        case body, heading, caption
    }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}
