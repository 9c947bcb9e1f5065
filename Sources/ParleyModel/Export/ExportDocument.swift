import Foundation

/// The JSON every tool reads (`docs/export-format.md`, `docs/schema/export.schema.json`): articles with
/// entities and meetings, and the merged timeline.
public struct ExportDocument: Codable, Sendable, Equatable {
    public struct ArticleItem: Codable, Sendable, Equatable {
        var id: String
        var source: String
        /// Nil when the article gives no title.
        var title: String?
        /// What the reader shows it by: the title, or the lede's first sentence when there is none.
        var headline: String?
        var subtitle: String?
        var byline: String?
        var published: String?
        var publishedPrecision: String
        var publishedBasis: String?
        /// The page's own web address (a saved page's canonical link), when it gives one.
        var url: String?
        /// The cleaned body, paragraphs separated by blank lines: what mention offsets count in.
        var text: String
        var entities: [EntityItem]
        var meetings: [MeetingItem]

        enum CodingKeys: String, CodingKey {
            case id, source, title, headline, subtitle, byline, published, url, text, entities, meetings
            case publishedPrecision = "published_precision"
            case publishedBasis = "published_basis"
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(source, forKey: .source)
            try c.encode(title, forKey: .title)
            try c.encodeIfPresent(headline, forKey: .headline)
            try c.encodeIfPresent(subtitle, forKey: .subtitle)
            try c.encodeIfPresent(byline, forKey: .byline)
            try c.encode(published, forKey: .published)
            try c.encode(publishedPrecision, forKey: .publishedPrecision)
            try c.encode(publishedBasis, forKey: .publishedBasis)
            try c.encode(url, forKey: .url)
            try c.encode(text, forKey: .text)
            try c.encode(entities, forKey: .entities)
            try c.encode(meetings, forKey: .meetings)
        }
    }

    public struct EntityItem: Codable, Sendable, Equatable {
        var name: String
        var type: String
        var leader: Bool?
        var role: String?
        var country: String?
        var mentions: [Mention]
    }

    public struct MeetingItem: Codable, Sendable, Equatable {
        var participants: [String]
        var place: String?
        var venue: String?
        var date: String?
        var precision: String
        var dateBasis: String
        var status: String
        var evidence: String
        var evidenceSpan: Span

        enum CodingKeys: String, CodingKey {
            case participants, place, venue, date, precision, status, evidence
            case dateBasis = "date_basis"
            case evidenceSpan = "evidence_span"
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(participants, forKey: .participants)
            try c.encode(place, forKey: .place)
            try c.encode(venue, forKey: .venue)
            try c.encode(date, forKey: .date)
            try c.encode(precision, forKey: .precision)
            try c.encode(dateBasis, forKey: .dateBasis)
            try c.encode(status, forKey: .status)
            try c.encode(evidence, forKey: .evidence)
            try c.encode(evidenceSpan, forKey: .evidenceSpan)
        }
    }

    public struct Span: Codable, Sendable, Equatable {
        var start: Int
        var end: Int
    }

    public struct TimelineItem: Codable, Sendable, Equatable {
        var participants: [String]
        var place: String?
        var date: String?
        var precision: String
        var dateBasis: String
        var status: String
        var articles: [String]

        enum CodingKeys: String, CodingKey {
            case participants, place, date, precision, status, articles
            case dateBasis = "date_basis"
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(participants, forKey: .participants)
            try c.encode(place, forKey: .place)
            try c.encode(date, forKey: .date)
            try c.encode(precision, forKey: .precision)
            try c.encode(dateBasis, forKey: .dateBasis)
            try c.encode(status, forKey: .status)
            try c.encode(articles, forKey: .articles)
        }
    }

    /// The version of this format (`docs/export-format.md`): raised when a field changes meaning or goes
    /// away; a new field may come without it.
    public var formatVersion = Self.formatVersion
    public var articles: [ArticleItem]
    public var timeline: [TimelineItem]

    public static let formatVersion = 1

    enum CodingKeys: String, CodingKey {
        case articles, timeline
        case formatVersion = "format_version"
    }

    /// Every article of `store` in list order, and its timeline.
    public init(store: LibraryStore) throws(LibraryError) {
        var items: [ArticleItem] = []
        for id in try store.allArticleIDs() { items.append(Self.item(try store.article(id: id))) }
        articles = items
        timeline = try store.timeline().map(Self.item)
    }

    /// One article in the export's words: `parley show --json` and the export itself.
    public static func item(_ stored: StoredArticle) -> ArticleItem {
        let article = stored.article
        return ArticleItem(
            id: article.id, source: article.source, title: article.hasTitle ? article.title : nil,
            headline: article.headline, subtitle: article.subtitle,
            byline: article.byline, published: article.published?.date.description,
            publishedPrecision: (article.published?.precision ?? .unknown).rawValue,
            publishedBasis: article.published?.basis, url: article.canonicalURL, text: article.text,
            entities: stored.entities.map(item), meetings: stored.meetings.map(item))
    }

    /// An entity in the export's words (`type`, not `kind`): `parley entities --json` too.
    public static func item(_ entity: Entity) -> EntityItem {
        EntityItem(
            name: entity.name, type: entity.kind.rawValue, leader: entity.kind == .person ? entity.leader : nil,
            role: entity.role, country: entity.country, mentions: entity.mentions)
    }

    /// A meeting report in the export's words: `parley meetings --json` too.
    public static func item(_ meeting: Meeting) -> MeetingItem {
        MeetingItem(
            participants: meeting.participants, place: meeting.place, venue: meeting.venue,
            date: meeting.date?.description, precision: meeting.precision.rawValue, dateBasis: meeting.dateBasis,
            status: meeting.status.rawValue, evidence: meeting.evidence,
            evidenceSpan: Span(start: meeting.evidenceStart, end: meeting.evidenceEnd))
    }

    public static func item(_ entry: TimelineEntry) -> TimelineItem {
        TimelineItem(
            participants: entry.participants, place: entry.place, date: entry.date?.description,
            precision: entry.precision.rawValue, dateBasis: entry.dateBasis, status: entry.status.rawValue,
            articles: entry.articles)
    }

    /// Pretty, key-sorted JSON; `null` is written for absent optional values the format names.
    public func json() -> String {
        JSONOutput.string(self) ?? "{}"
    }
}
